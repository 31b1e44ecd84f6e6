"""Due lists (轮换检定计划): on-site tests, PT drop tests, CT/PT checks, rotation, sampling and inspections."""

from __future__ import annotations

from station.due.items import DueItem, DueKind, DueStatus, ExceptionItem, add_working_days, parse_month
from station.due.record import Completion, SamplingRow, record_completion, record_sampling
from station.due.service import count_by_status, due_items, exceptions, workload_by_month

__all__ = [
    "DueItem",
    "DueKind",
    "DueStatus",
    "ExceptionItem",
    "add_working_days",
    "parse_month",
    "Completion",
    "SamplingRow",
    "record_completion",
    "record_sampling",
    "count_by_status",
    "due_items",
    "exceptions",
    "workload_by_month",
]
