"""One function per user action, by area; each owns exactly one transaction (the only place that opens one).

Writes run in `ws.sessions.begin()` (commit on success, roll back on Rejected or a cancel) and return frozen
rows made inside the transaction; reads use one short session. Bad input raises Rejected(problems).
The GUI (through ui/ops.py), the CLI (station/cli/*_cmd.py, argument parsers over these) and every import
call the same functions. `from station import actions; actions.create_customer(ws, draft)` works for every
action: the areas are re-exported here.

    customers   客户档案 and 台区          assets    计量资产 and its lifecycle
    imports     every import kind          consumption  the drop scan, line loss, curves
    due         轮换检定计划                billing   what the back-billing calculator reads
    reports     PDFs and exports           settings  rule settings, tariffs, station settings
    codes       code tables                users     operators and logins
    history     a record's audited changes  demo      the demo station
"""

from __future__ import annotations

from station.actions.assets import (
    install_asset,
    issue_asset,
    load_asset_detail,
    load_asset_ids,
    load_asset_rows,
    load_models,
    load_point_label,
    mark_to_scrap,
    receive_assets,
    remove_asset,
    return_asset,
    scrap_asset,
    verify_asset,
)
from station.actions.audit import verify_audit_log
from station.actions.billing import (
    find_account,
    load_billing_setup,
    load_customer_case,
    load_tariff_periods,
)
from station.actions.codes import (
    add_code_alias,
    add_code_value,
    load_code_table,
    set_code_retired,
)
from station.actions.consumption import (
    last_reading_month,
    load_area_customers,
    load_area_series,
    load_curve,
    load_line_loss,
    load_scan,
)
from station.actions.customers import (
    check_customer_draft,
    close_customer,
    create_area,
    create_customer,
    find_by_scan,
    load_areas,
    load_customer_detail,
    load_customer_ids,
    load_customer_rows,
    update_customer,
)
from station.actions.demo import (
    create_demo,
)
from station.actions.due import (
    load_due_exceptions,
    load_due_items,
    load_due_workload,
    record_completion,
    record_sampling,
)
from station.actions.history import (
    HISTORY_ENTITIES,
    load_history,
    load_history_of,
)
from station.actions.imports import (
    FileImport,
    import_file,
    preview_file,
    write_import,
)
from station.actions.reports import (
    NoSuchArea,
    build_ledger_pdf,
    export_ledger,
    export_view,
    print_ledger,
    write_due_plan,
    write_inspection_list,
    write_lineloss_report,
)
from station.actions.settings import (
    list_rules,
    load_rules_and_tariffs,
    load_station_name,
    load_station_settings,
    save_station_settings,
    set_rule,
    set_tariff,
)
from station.actions.users import (
    add_user,
    create_first_admin,
    list_users,
    load_login_names,
    login,
    set_password,
    set_user_active,
    station_has_users,
)

__all__ = [
    "HISTORY_ENTITIES",
    "create_first_admin",
    "load_history",
    "load_history_of",
    "load_login_names",
    "login",
    "set_password",
    "set_user_active",
    "station_has_users",
    "FileImport",
    "NoSuchArea",
    "add_code_alias",
    "add_code_value",
    "add_user",
    "build_ledger_pdf",
    "check_customer_draft",
    "close_customer",
    "create_area",
    "create_customer",
    "create_demo",
    "export_ledger",
    "export_view",
    "find_account",
    "find_by_scan",
    "import_file",
    "verify_audit_log",
    "install_asset",
    "issue_asset",
    "last_reading_month",
    "list_rules",
    "list_users",
    "load_area_customers",
    "load_area_series",
    "load_areas",
    "load_asset_detail",
    "load_asset_ids",
    "load_asset_rows",
    "load_billing_setup",
    "load_code_table",
    "load_curve",
    "load_customer_case",
    "load_customer_detail",
    "load_customer_ids",
    "load_customer_rows",
    "load_due_exceptions",
    "load_due_items",
    "load_due_workload",
    "load_line_loss",
    "load_models",
    "load_point_label",
    "load_rules_and_tariffs",
    "load_scan",
    "load_station_name",
    "load_station_settings",
    "load_tariff_periods",
    "mark_to_scrap",
    "preview_file",
    "print_ledger",
    "receive_assets",
    "record_completion",
    "record_sampling",
    "remove_asset",
    "return_asset",
    "save_station_settings",
    "scrap_asset",
    "set_code_retired",
    "set_rule",
    "set_tariff",
    "update_customer",
    "verify_asset",
    "write_due_plan",
    "write_import",
    "write_inspection_list",
    "write_lineloss_report",
]
