"""稽查工作传票 (issue 11): audit tickets raised for the record audit's stored findings, and the findings kept
between runs (a finding the audit no longer produces closes by itself: the record was corrected).

`states` is the pure state machine; `findings` records a run; `service` raises and moves tickets; `queries`
reads them. Only station.actions.audit_tickets opens the transactions.
"""
