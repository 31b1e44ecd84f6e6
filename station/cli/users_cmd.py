"""`station users add|list|passwd|disable|enable`: the operators of the workstation.

On a station with no users, `users add NAME --role admin` creates its administrator (the first start) and
asks that password. Later every sub-command logs in as --operator (station.cli.login); in `add` and
`passwd`, --password-file and --key-file hold the NEW secret (the admin's own password is asked on a
terminal, else taken from $STATION_PASSWORD).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

from station.cli import EXIT_REJECTED
from station.cli.common import add_db_options, lang_of, open_from_args, print_json, print_table, role_text
from station.cli.lang import say, yes_no
from station.cli.login import LoginFailed, log_in, new_key, new_secret
from station.domain.problems import Rejected
from station.domain.roles import SERVICE
from station.i18n import QT_TRANSLATE_NOOP
from station.users import CERT_GRADES, ROLES, first_admin_problem
from station.workspace import Workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help=QT_TRANSLATE_NOOP("cli", "operators: add, list, passwd, disable, enable"))
    usub = p.add_subparsers(dest="users_command", metavar="ACTION")
    usub.required = True
    add = usub.add_parser("add", help=QT_TRANSLATE_NOOP("cli", "add an operator (the first one: the station's administrator)"))
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--cert", metavar="NO", help=QT_TRANSLATE_NOOP("cli", "an inspector's 用电检查证 number"))
    add.add_argument("--grade", choices=CERT_GRADES, help=QT_TRANSLATE_NOOP("cli", "the certificate's grade: 1, 2 or 3 (一/二/三级)"))
    _secret_options(add)
    add.set_defaults(func=_add)
    pw = usub.add_parser("passwd", help=QT_TRANSLATE_NOOP("cli", "set a user's password (the admin anyone's, a user their own)"))
    pw.add_argument("name")
    _secret_options(pw)
    pw.set_defaults(func=_passwd)
    for verb, active, says in (
        ("disable", False, QT_TRANSLATE_NOOP("cli", "disable a user (a disabled user cannot log in)")),
        ("enable", True, QT_TRANSLATE_NOOP("cli", "enable a user (a disabled user cannot log in)")),
    ):
        d = usub.add_parser(verb, help=says)
        d.add_argument("name")
        add_db_options(d)
        d.set_defaults(func=_set_active, active=active)
    ls = usub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list the operators"))
    ls.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(ls)
    ls.set_defaults(func=_list)


def _secret_options(p: argparse.ArgumentParser) -> None:
    add_db_options(p, login_files=False)
    p.add_argument("--password-file", metavar="F", help=QT_TRANSLATE_NOOP("cli", "the new password: the first line of file F "
                   "(default: asked twice on a terminal; none yet without one)"))
    p.add_argument("--key-file", metavar="F", help=QT_TRANSLATE_NOOP("cli", "a service account's key file: read, or created when missing"))


def _refused(exc: Rejected, args: argparse.Namespace) -> int:
    for p in exc.problems:
        print(f"{p.field}: {p.message.in_language(lang_of(args))}", file=sys.stderr)
    return EXIT_REJECTED


def _secret_for(args: argparse.Namespace, name: str, role: str | None, *, required: bool) -> str | None:
    if role == SERVICE:
        if not args.key_file:
            raise LoginFailed(say(args, QT_TRANSLATE_NOOP("cli", "a service account needs --key-file F (read, or created when missing)")))
        return new_key(args.key_file)
    return new_secret(args, name, required=required)


def _add(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args, login=False)
    try:
        if not actions.station_has_users(ws):  # the first start: the administrator, logged in as itself
            if args.role != "admin":
                raise Rejected([first_admin_problem(args.role)])
            actions.create_first_admin(ws, args.name, _secret_for(args, args.name, "admin", required=True) or "")
            print(say(args, QT_TRANSLATE_NOOP("cli", "added user {name} (admin), the station's administrator"), name=args.name))
            return 0
        log_in(ws, args, lang_of(args), files=False)
        secret = _secret_for(args, args.name, args.role, required=False)
        user_id = actions.add_user(ws, args.name, args.role, cert_no=args.cert, cert_grade=args.grade,
                                   password=secret)
    except Rejected as exc:
        return _refused(exc, args)
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "added user {name} ({role}), id {id}") if secret else QT_TRANSLATE_NOOP("cli", "added user {name} ({role}), id {id}, no password yet"), name=args.name, role=args.role, id=user_id))
    return 0


def _role_of(ws: Workspace, name: str) -> str | None:
    from station import actions

    return next((u.role for u in actions.list_users(ws) if u.name == name), None)


def _passwd(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args, login=False)
    try:
        log_in(ws, args, lang_of(args), files=False)
        secret = _secret_for(args, args.name, _role_of(ws, args.name), required=True) or ""
        actions.set_password(ws, args.name, secret)
    except Rejected as exc:
        return _refused(exc, args)
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "password of {name} set"), name=args.name))
    return 0


def _set_active(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args)
    try:
        actions.set_user_active(ws, args.name, args.active)
    except Rejected as exc:
        return _refused(exc, args)
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "user {name} enabled") if args.active else QT_TRANSLATE_NOOP("cli", "user {name} disabled"), name=args.name))
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
            ["id", QT_TRANSLATE_NOOP("cli", "name"), QT_TRANSLATE_NOOP("cli", "role"), QT_TRANSLATE_NOOP("cli", "active"), QT_TRANSLATE_NOOP("cli", "password"), QT_TRANSLATE_NOOP("cli", "cert")],
            [[u.id, u.name, role_text(args, u.role), yes_no(args, u.active), yes_no(args, u.has_password),
              f"{u.cert_no} ({u.cert_grade})" if u.cert_grade else (u.cert_no or "")] for u in users],
        )
    return 0
