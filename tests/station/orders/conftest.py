"""Fixtures of the work-order tests: the town of orders_town.py on SQLite and PostgreSQL, or SQLite only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from orders_town import Town, build_town

from station.workspace import Workspace


@pytest.fixture
def town(any_workspace: Workspace) -> Iterator[Town]:
    yield build_town(any_workspace)


@pytest.fixture
def sqlite_town(workspace: Workspace) -> Iterator[Town]:
    yield build_town(workspace)
