"""The finding categories are spelled once (station.orders.vocab.FINDING_CATEGORIES); every table keyed by a
category, the station's code table and the documents' names agree with it."""

from __future__ import annotations

from station.codes.seed import FINDING_CATEGORY
from station.codes.store import code_rows
from station.i18n import catalogue
from station.orders import states, vocab
from station.rule_settings.order_rules import DEADLINE_KEYS
from station.workspace import Workspace


def test_every_category_has_a_deadline_a_rule_a_requirement_and_a_chinese_name() -> None:
    categories = set(vocab.FINDING_CATEGORIES)
    assert set(DEADLINE_KEYS) == categories
    assert set(vocab.FINDING_RULE_ZH) == categories
    assert set(vocab.FINDING_REQUIREMENT_ZH) == categories
    assert list(vocab.FINDING_CATEGORY_ZH) == list(vocab.FINDING_CATEGORIES)
    assert set(states.FOLLOW_UP_KIND) <= categories  # "other" suggests no kind: the supervisor picks one


def test_a_new_station_offers_exactly_these_categories_with_their_chinese_names(any_workspace: Workspace) -> None:
    with any_workspace.sessions() as s:
        rows = code_rows(s, FINDING_CATEGORY)
    assert [(r.code, r.name) for r in rows] == list(vocab.FINDING_CATEGORY_ZH.items())


def test_each_category_name_is_translated_in_the_catalogue() -> None:
    zh = catalogue("zh_CN")
    assert all(zh.get(("station", name)) for name in vocab.FINDING_CATEGORIES.values())
