"""The audit log as evidence: is its hash chain intact, and where was it broken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.audit import ChainReport


def verify_audit_log(ws: Workspace) -> ChainReport:
    """Walk the chain of every audit row (read-only)."""
    from station.audit import verify_chain

    with ws.sessions() as s:
        return verify_chain(s)
