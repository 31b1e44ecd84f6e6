"""Every table of the station database. Import from here: `from db.schema import Customer`."""

from db.schema.anomalies import BillingAnomaly, PrintedDocument
from db.schema.audit_tickets import AuditFinding, AuditRun, AuditTicket, AuditTicketEvent
from db.schema.base import Base
from db.schema.codes import CodeAlias, CodeValue
from db.schema.consumption import (
    AreaSupply,
    ConsumptionColumn,
    ConsumptionGeneration,
    ConsumptionMatrixState,
    MonthlyConsumption,
)
from db.schema.core import (
    Asset,
    AssetEvent,
    AuditLog,
    Customer,
    CustomerAreaLink,
    ImportBatch,
    MeteringPoint,
    StationSetting,
    TransformerArea,
    User,
)
from db.schema.orders import (
    Attachment,
    AttachmentBlob,
    BillingCase,
    Finding,
    FindingEvent,
    Notice,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderInspector,
    WorkOrderTarget,
)
from db.schema.periods import MonthlyAmendment, PeriodLock
from db.schema.rules import BatchSampling, Holiday, InspectionVisit, RuleSetting, Tariff

__all__ = [
    "Base",
    "BillingAnomaly",
    "PrintedDocument",
    "AuditRun",
    "AuditFinding",
    "AuditTicket",
    "AuditTicketEvent",
    "StationSetting",
    "User",
    "ImportBatch",
    "TransformerArea",
    "Customer",
    "CustomerAreaLink",
    "MeteringPoint",
    "Asset",
    "AssetEvent",
    "AuditLog",
    "MonthlyConsumption",
    "AreaSupply",
    "ConsumptionColumn",
    "ConsumptionGeneration",
    "ConsumptionMatrixState",
    "RuleSetting",
    "Holiday",
    "Tariff",
    "BatchSampling",
    "InspectionVisit",
    "CodeValue",
    "CodeAlias",
    "WorkOrder",
    "WorkOrderInspector",
    "WorkOrderTarget",
    "WorkOrderEvent",
    "Finding",
    "FindingEvent",
    "BillingCase",
    "AttachmentBlob",
    "Attachment",
    "Notice",
    "PeriodLock",
    "MonthlyAmendment",
]
