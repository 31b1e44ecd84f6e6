"""`station users add|list`: the operators of the workstation."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from station.cli import EXIT_REJECTED
from station.cli.common import add_db_options, open_from_args, print_json, print_table
from station.domain.problems import Rejected
from station.users import CERT_GRADES, ROLES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help="operators: add, list")
    usub = p.add_subparsers(dest="users_command", metavar="ACTION")
    usub.required = True
    add = usub.add_parser("add", help="add an operator (recorded in the audit log)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--cert", metavar="NO", help="an inspector's 用电检查证 number")
    add.add_argument("--grade", choices=CERT_GRADES, help="the certificate's grade: 1, 2 or 3 (一/二/三级)")
    add_db_options(add)
    add.set_defaults(func=_add)
    ls = usub.add_parser("list", help="list the operators")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_options(ls)
    ls.set_defaults(func=_list)


def _add(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args)
    try:
        user_id = actions.add_user(ws, args.name, args.role, cert_no=args.cert, cert_grade=args.grade)
    except Rejected as exc:
        for p in exc.problems:
            print(str(p), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    print(f"added user {args.name} ({args.role}), id {user_id}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args)
    try:
        users = actions.list_users(ws)
    finally:
        ws.close()
    if args.json:
        print_json([dataclasses.asdict(u) for u in users])
    else:
        print_table(
            ["id", "name", "role", "active", "cert"],
            [[u.id, u.name, u.role, "yes" if u.active else "no",
              f"{u.cert_no} ({u.cert_grade})" if u.cert_grade else (u.cert_no or "")] for u in users],
        )
    return 0
