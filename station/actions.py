"""One function per user action on the ledgers, the due lists and the rule settings; each owns one transaction.

Writes run in `ws.sessions.begin()` (commit on success, roll back on Rejected) and return frozen rows
made inside the transaction; reads use a short session. Bad input raises Rejected(problems).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from station import areas, assets, customers
from station.domain import asset_no as barcode
from station.domain.problems import Problem
from station.domain.rows import AreaRow, AssetDetail, AssetRow, CustomerDetail, CustomerRow
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.codes.store import CodeRow
    from station.consumption.curve import CurveData
    from station.consumption.loss import AreaLossSeries, LossRow
    from station.consumption.service import ScanRun, SuspectRow
    from station.jobs import IsCancelled, Progress
    from station.rules import RuleRow, TariffRow
    from station.schedule import Completion, DueItem, ExceptionItem, SamplingRow

# --- Customers ------------------------------------------------------------------------------------


def create_customer(ws: Workspace, draft: customers.CustomerDraft) -> CustomerRow:
    with ws.sessions.begin() as s:
        new_id = customers.create_customer(s, draft, ws.operator)
        return _must(customers.customer_row(s, new_id))


def update_customer(ws: Workspace, customer_id: int, draft: customers.CustomerDraft,
                    on: dt.date | None = None, *, expected: customers.CustomerDraft | None = None) -> CustomerRow:
    with ws.sessions.begin() as s:
        customers.update_customer(s, customer_id, draft, ws.operator, on=on, expected=expected)
        return _must(customers.customer_row(s, customer_id))


def check_customer_draft(ws: Workspace, draft: customers.CustomerDraft,
                         existing_id: int | None = None) -> list[Problem]:
    """The form's database checks (户号 taken, 台区 exists), run after typing pauses; a short read."""
    with ws.sessions() as s:
        return customers.stored_problems(s, draft, existing_id)


def close_customer(ws: Workspace, customer_id: int, closed_on: dt.date, reason: str) -> CustomerRow:
    with ws.sessions.begin() as s:
        customers.close_customer(s, customer_id, closed_on, reason, ws.operator)
        return _must(customers.customer_row(s, customer_id))


def create_area(ws: Workspace, *, code: str, name: str, feeder: str | None = None,
                transformer_kva: Decimal | None = None, gateway_meter: str | None = None,
                area_type: str = "public") -> AreaRow:
    with ws.sessions.begin() as s:
        areas.create_area(s, code=code, name=name, operator=ws.operator, feeder=feeder,
                          transformer_kva=transformer_kva, gateway_meter=gateway_meter, area_type=area_type)
        return _must(areas.find_area(s, code))


def update_area(ws: Workspace, area_id: int, **changes: Any) -> AreaRow:
    with ws.sessions.begin() as s:
        areas.update_area(s, area_id, operator=ws.operator, **changes)
        return next(a for a in areas.list_areas(s) if a.id == area_id)


# --- Assets ---------------------------------------------------------------------------------------


def receive_assets(ws: Workspace, drafts: Sequence[assets.AssetDraft], received_on: dt.date,
                   batch_no: str) -> list[int]:
    with ws.sessions.begin() as s:
        return assets.receive_assets(s, drafts, received_on, batch_no, ws.operator)


def receive_range(ws: Workspace, first: str, last: str, template: assets.AssetDraft, received_on: dt.date,
                  batch_no: str) -> list[int]:
    """Receive every barcode from `first` to `last` (a scanned range) with `template`'s nameplate data."""
    drafts = [assets.AssetDraft(**{**_fields(template), "asset_no": n}) for n in barcode.expand_range(first, last)]
    return receive_assets(ws, drafts, received_on, batch_no)


def verify_asset(ws: Workspace, asset_id: int, on: dt.date, result: str, certificate_no: str | None,
                 error_pct: Decimal | None = None, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.verify_asset(s, asset_id, on, result, certificate_no, ws.operator, error_pct=error_pct, reason=reason)
        return _must(assets.asset_row(s, asset_id))


def issue_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.issue_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def install_asset(ws: Workspace, asset_id: int, metering_point_id: int, on: dt.date,
                  reading: Decimal | None) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.install_asset(s, asset_id, metering_point_id, on, reading, ws.operator)
        return _must(assets.asset_row(s, asset_id))


def remove_asset(ws: Workspace, asset_id: int, on: dt.date, reading: Decimal | None, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.remove_asset(s, asset_id, on, reading, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def return_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.return_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def mark_to_scrap(ws: Workspace, asset_id: int, on: dt.date, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.mark_to_scrap(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def scrap_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.scrap_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


# --- Reads for the GUI ----------------------------------------------------------------------------


def load_customer_ids(ws: Workspace, flt: customers.CustomerFilter, sort_key: str = "account_no",
                      descending: bool = False) -> list[int]:
    with ws.sessions() as s:
        return customers.customer_ids(s, flt, sort_key, descending)


def load_customer_rows(ws: Workspace, ids: Iterable[int]) -> dict[int, CustomerRow]:
    with ws.sessions() as s:
        return customers.customer_rows(s, ids)


def load_customer_detail(ws: Workspace, customer_id: int) -> CustomerDetail | None:
    with ws.sessions() as s:
        return customers.customer_detail(s, customer_id)


def load_asset_ids(ws: Workspace, flt: assets.AssetFilter, sort_key: str = "asset_no",
                   descending: bool = False) -> list[int]:
    with ws.sessions() as s:
        return assets.asset_ids(s, flt, sort_key, descending)


def load_asset_rows(ws: Workspace, ids: Iterable[int]) -> dict[int, AssetRow]:
    with ws.sessions() as s:
        return assets.asset_rows(s, ids)


def load_asset_detail(ws: Workspace, asset_id: int) -> AssetDetail | None:
    with ws.sessions() as s:
        return assets.asset_detail(s, asset_id)


def load_areas(ws: Workspace) -> list[AreaRow]:
    with ws.sessions() as s:
        return areas.list_areas(s)


def load_models(ws: Workspace) -> list[str]:
    with ws.sessions() as s:
        return assets.distinct_models(s)


def find_by_scan(ws: Workspace, text: str) -> tuple[Literal["asset", "customer"], int] | None:
    """What the global scan box opens: an asset for a 22-digit barcode, else a customer by 户号."""
    code = customers.normalise_search(text)
    with ws.sessions() as s:
        if len(code) == barcode.LENGTH:
            asset_id = assets.find_asset(s, code)
            if asset_id is not None:
                return ("asset", asset_id)
        customer_id = customers.find_customer(s, code)
        return None if customer_id is None else ("customer", customer_id)


# --- Due lists (轮换检定计划) and rule settings -----------------------------------------------------
# station.schedule / station.rules load numpy and the rule tables: imported on first use, not at start-up.


def load_due_items(ws: Workspace, month: dt.date | str, *, kinds: Iterable[str] | None = None,
                   statuses: Iterable[str] | None = None, area_id: int | None = None,
                   device_class: str | None = None) -> list[DueItem]:
    """The due list of `month` ("YYYY-MM"), urgent and overdue first (station.schedule.due_items)."""
    from station.schedule import due_items

    with ws.sessions() as s:
        return due_items(s, month, kinds=kinds, statuses=statuses, area_id=area_id, device_class=device_class)


def load_due_exceptions(ws: Workspace, area_id: int | None = None) -> list[ExceptionItem]:
    from station.schedule import exceptions

    with ws.sessions() as s:
        return exceptions(s, area_id=area_id)


def load_due_workload(ws: Workspace, year: int, area_id: int | None = None) -> dict[int, dict[str, int]]:
    from station.schedule import workload_by_month

    with ws.sessions() as s:
        return workload_by_month(s, year, area_id)


def record_completion(ws: Workspace, kind: str, target_id: int, on: dt.date, *, result: str | None = None,
                      error_pct: Decimal | str | None = None, note: str = "") -> Completion:
    """An on-site test, PT drop test, CT/PT check or inspection visit done: an event with the operator."""
    from station.schedule import record_completion as record

    with ws.sessions.begin() as s:
        return record(s, kind, target_id, on, ws.operator, result=result, error_pct=error_pct, note=note)


def record_sampling(ws: Workspace, model: str, maker: str, year: int, on: dt.date, result: str,
                    note: str = "") -> SamplingRow:
    """A batch's sampling result: a pass extends the batch's life, a fail makes the whole batch due."""
    from station.schedule import record_sampling as record

    with ws.sessions.begin() as s:
        return record(s, model, maker, year, on, result, ws.operator, note=note)


def write_due_plan(ws: Workspace, items: Sequence[DueItem], path: str, *, month: str, scope: str = "",
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> str:
    """月度轮换检定计划 of `items` as a PDF at `path` (the station's and 台区 names read here)."""
    from station.reports.due_plan import due_plan_pdf

    with ws.sessions() as s:
        due_plan_pdf(s, items, path, month=month, scope=scope, **_job_hooks(progress, cancelled))
    return path


def load_rules_and_tariffs(ws: Workspace) -> tuple[list[RuleRow], list[TariffRow]]:
    """Every rule with its value, default and source, and the tariffs (stored, then examples)."""
    from station.rules import list_rules, list_tariffs

    with ws.sessions() as s:
        return list_rules(s), list_tariffs(s)


def set_rule(ws: Workspace, key: str, value: Any, source: str | None = None) -> RuleRow:
    """A supervisor's new rule value, validated and audit-logged."""
    from station.rules import set_rule as store

    with ws.sessions.begin() as s:
        return store(s, key, value, ws.operator, source=source)


def set_tariff(ws: Workspace, *, tariff_category: str, voltage_level: str, price: Decimal,
               effective_from: dt.date, basic_price_kva: Decimal | None = None, source: str = "") -> TariffRow:
    """A tariff from `effective_from` (the one in force then ends there), audit-logged."""
    from station.rules import set_tariff as store

    with ws.sessions.begin() as s:
        return store(s, tariff_category=tariff_category, voltage_level=voltage_level, price=price,
                     effective_from=effective_from, operator=ws.operator, basic_price_kva=basic_price_kva,
                     source=source)


# --- Consumption analysis (issue 3): reads in one short session each; reports write only their file ---------


def last_reading_month(ws: Workspace) -> str | None:
    """"YYYY-MM" of the last month with readings (the analysis pages' default month), None without any."""
    from station.consumption.load import last_reading_month as last
    from station.consumption.load import month_label

    with ws.sessions() as s:
        m = last(s)
    return month_label(m) if m is not None else None


def load_scan(ws: Workspace, month: str | int, *, area_code: str | None = None, top: int | None = None,
              progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> tuple[ScanRun, list[SuspectRow]]:
    """The station's sudden-drop scan of `month` and its ranked suspects (optionally one 台区, the first
    `top`). The ScanRun is handed back so curves and drill-downs of that month show the list's verdicts."""
    from station.consumption.service import scan_suspects

    with ws.sessions() as s:
        return scan_suspects(s, month, area_code, top, **_job_hooks(progress, cancelled))


def load_line_loss(ws: Workspace, month: str | int) -> list[LossRow]:
    """Every 台区's line loss in `month`, highest rate first."""
    from station.consumption.loss import line_loss_table

    with ws.sessions() as s:
        return list(line_loss_table(s, month))


def load_curve(ws: Workspace, customer_id: int, month: str | int | None = None,
               run: ScanRun | None = None) -> CurveData | None:
    """A customer's monthly curve; with the month's `run` its score, reason and start are the list's."""
    from station.consumption.curve import customer_curve

    with ws.sessions() as s:
        return customer_curve(s, customer_id, month, run)


def load_area_series(ws: Workspace, area_id: int) -> AreaLossSeries:
    """A 台区's supplied, sold and loss rate over every month with data."""
    from station.consumption.loss import area_loss_series

    with ws.sessions() as s:
        return area_loss_series(s, area_id)


def load_area_customers(ws: Workspace, area_id: int, month: str | int, run: ScanRun | None = None, *,
                        progress: Progress | None = None,
                        cancelled: IsCancelled | None = None) -> tuple[ScanRun, list[SuspectRow]]:
    """A 台区's customers (as of `month`) by drop score; scans the month unless `run` is that month's."""
    from station.consumption.load import parse_month
    from station.consumption.service import area_customers_by_score, scan_month

    with ws.sessions() as s:
        if run is None or run.month != parse_month(month):
            run = scan_month(s, month, **_job_hooks(progress, cancelled))
        return run, list(area_customers_by_score(s, area_id, month, run))


def write_inspection_list(ws: Workspace, rows: Sequence[SuspectRow], path: str | Path, *, month: str,
                          scope: str = "", progress: Progress | None = None,
                          cancelled: IsCancelled | None = None) -> Path:
    """稽查清单 of `rows` (in the order given) as a PDF at `path`; station name and addresses read here."""
    from station.reports.inspection_list import inspection_list_pdf

    with ws.sessions() as s:
        inspection_list_pdf(s, rows, path, month=month, scope=scope, **_job_hooks(progress, cancelled))
    return Path(path)


def write_lineloss_report(ws: Workspace, month: str, path: str | Path, *, progress: Progress | None = None,
                          cancelled: IsCancelled | None = None) -> Path:
    """The month's 台区线损 report as a PDF at `path`."""
    from station.reports.lineloss import lineloss_pdf

    with ws.sessions() as s:
        lineloss_pdf(s, path, month, **_job_hooks(progress, cancelled))
    return Path(path)


def _job_hooks(progress: Progress | None, cancelled: IsCancelled | None) -> dict[str, Any]:
    return {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}


def _fields(draft: assets.AssetDraft) -> dict[str, Any]:
    return {f: getattr(draft, f) for f in assets.AssetDraft.__dataclass_fields__}


def _must(row: Any) -> Any:
    if row is None:  # pragma: no cover - the row was written in this very transaction
        raise LookupError("row vanished inside its own transaction")
    return row


# --- Station settings, exports and ledger reports (called by ui/) -------------------------------------


def load_station_settings(ws: Workspace) -> dict[str, Any]:
    """Every station setting (stored values over the defaults)."""
    from station import settings

    with ws.sessions() as s:
        return settings.get_all(s)


def load_station_name(ws: Workspace) -> str:
    """The station's name; "" while none is set (a new database, or the demo not yet generated)."""
    from station import settings

    with ws.sessions() as s:
        return str(settings.get(s, "station.name") or "")


def save_station_settings(ws: Workspace, values: dict[str, Any]) -> None:
    """Set several station settings in one transaction; each change writes its audit row."""
    from station import settings

    with ws.sessions.begin() as s:
        for key, value in values.items():
            settings.put(s, key, value, operator=ws.operator)


def export_view(ws: Workspace, kind: Literal["customers", "assets"], flt: Any, path: str | Path,
                sort_key: str, descending: bool, progress: Progress | None = None,
                cancelled: IsCancelled | None = None) -> int:
    """Write the customers or assets of `flt`, in the ledger's order, to .xlsx/.csv at `path`; rows written."""
    from station import exports

    write = exports.export_customers if kind == "customers" else exports.export_assets
    with ws.sessions() as s:
        return int(write(s, flt, path, sort_key=sort_key, descending=descending, **_job_hooks(progress, cancelled)))


def build_ledger_pdf(ws: Workspace, kind: Literal["customers", "assets"], path: str | Path,
                     area_code: str | None = None, month: str | None = None, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> Path:
    """The customer or asset ledger of one 台区 (None: all) as of `month`'s end (None: today) as a PDF."""
    from station.reports import asset_ledger_pdf, customer_ledger_pdf

    build = customer_ledger_pdf if kind == "customers" else asset_ledger_pdf
    with ws.sessions() as s:
        build(s, path, area_code=area_code, month=month, **_job_hooks(progress, cancelled))
    return Path(path)


# --- Code tables (issue 7): the station's 行业分类, 用电类别 and 电压等级 ------------------------------------


def load_code_table(ws: Workspace, table: str) -> list[CodeRow]:
    """Every value of a code table with its aliases and how many customers hold it; a short read."""
    from station.codes.store import code_rows

    with ws.sessions() as s:
        return code_rows(s, table)


def add_code_value(ws: Workspace, table: str, code: str, name: str, *, parent: str | None = None) -> CodeRow:
    """A station's own value (under `parent`), audited; Rejected with every reason."""
    from station.codes.store import add_value

    with ws.sessions.begin() as s:
        return add_value(s, table, code, name, ws.operator, parent=parent, source=ws.operator)


def add_code_alias(ws: Workspace, table: str, code: str, alias: str) -> CodeRow:
    """Another name of a value (an older edition's, an export's spelling), audited."""
    from station.codes.store import add_alias

    with ws.sessions.begin() as s:
        return add_alias(s, table, code, alias, ws.operator, source=ws.operator)


def set_code_retired(ws: Workspace, table: str, code: str, retired: bool) -> CodeRow:
    """Retire a value (rows holding it stay valid; no new row or change takes it) or bring it back."""
    from station.codes.store import set_retired

    with ws.sessions.begin() as s:
        return set_retired(s, table, code, retired, ws.operator)
