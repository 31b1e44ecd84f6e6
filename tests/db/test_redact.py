"""A database URL is shown without its password (issue 15): in messages, dialogs and logs."""

from __future__ import annotations

from db.redact import redact


def test_the_password_of_a_url_is_replaced() -> None:
    text = "无法打开数据库 postgresql://station:S3cretPW@10.0.0.5:5432/station: connection refused"
    assert redact(text) == "无法打开数据库 postgresql://station:***@10.0.0.5:5432/station: connection refused"
    assert redact("postgresql+psycopg://u:p%40ss@h/db") == "postgresql+psycopg://u:***@h/db"
    assert redact("host=h password=S3cret dbname=x") == "host=h password=*** dbname=x"
    assert redact("station.db") == "station.db" and redact("postgresql://u@h/db") == "postgresql://u@h/db"
