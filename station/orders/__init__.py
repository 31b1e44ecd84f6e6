"""工单 (issue 10): work orders from plan to closure, their findings, back-billing cases, attachments and notices.

    vocab        kinds, sources, results, attachment and notice kinds (the CLI's codes) and their names
    states       the three state machines as tables, and what each transition still misses (pure)
    numbering    GD2026-0001 (orders), AJ2026-0001 (cases), JG2026-0001 … (notices)
    service      create an order, its facts, transitions, the report and the due list's completion
    findings     deadlines by category (rule settings), re-checks, extensions, void; overdue computed
    cases        back-billing cases: computed, stored with inputs and working, approved, amended by versions
    attachments  content-addressed files (the data folder on SQLite, the database on PostgreSQL)
    notices      issuing a document: content, number, QR payload, the frozen PDF; documents renders it
    queries      lists, counts and the order form
Services take a session and never commit: station.actions.orders is the API.
"""
