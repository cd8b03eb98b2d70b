"""Support counted in SQL equals support counted segment by segment from retrieval.

``support`` counts per (speaker, session) in SQL and reads quotes a page at a time
(``support_query``). The reference here walks every retrieved segment in Python, as support did
before: for every filter a saved code query can carry, the counts, the quotes and their order must be
the same, and paging must give the same quotes as reading them all. A withdrawn participant's words
never come back from any page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from desktop.core import recommendations, retrieval, support, support_query
from desktop.core.db import Store
from desktop.core.models import Attendance, Participant
from desktop.core.retrieval import Filters, Retrieved
from tests.advocacy_fixture import WITHDRAWN_WORDS, World, build


@pytest.fixture
def world(store: Store) -> World:
    w = build(store)
    with store.transaction() as s:  # participant attributes, for the attribute filter
        for key, region in (("P1", "urban"), ("P2", "rural"), ("P5", "urban"), ("P6", 7)):
            person = s.get(Participant, w.people[key])
            assert person is not None
            person.attributes = {"setting": region}
    return w


def _reference(store: Store, rec_id: str) -> tuple[tuple[object, ...], list[str]]:
    """Counts and quote ids the slow way: every segment a Retrieved item, consent per item."""
    with store.session() as s:
        found: dict[str, Retrieved] = {}
        for link in recommendations.links(s, rec_id):
            if link.kind == "segment" and link.segment_id:
                for item in retrieval.retrieve_segments(s, [link.segment_id]):
                    found.setdefault(item.segment_id, item)
            elif link.kind == "code" and link.code_id:
                for item in retrieval.retrieve(s, [link.code_id], include_subcodes=link.include_subcodes,
                                               filters=recommendations.filters_from_json(link.filters)):
                    found.setdefault(item.segment_id, item)
        live = [i for i in found.values() if not i.redacted]
        people = {i.participant_id: i for i in live if i.participant_id}
        sessions = {i.session_id: i.governorate for i in live}
        orgs = {a.organisation_id for a in s.query(Attendance).filter(
            Attendance.session_id.in_(list(sessions)), Attendance.organisation_id.is_not(None),
            Attendance.deleted.is_(False))}
    quotes = sorted((i for i in live if not i.do_not_quote),
                    key=lambda i: (i.session_date is None, i.session_date or dt.date.min, i.session_id,
                                   i.doc_table, _position(store, i), i.start, i.segment_id))
    counts = (
        len(people), len(sessions), len({g for g in sessions.values() if g}), len(orgs), len(live),
        len(found) - len(live), sum(1 for i in live if i.do_not_quote),
        dict(Counter(p.gender for p in people.values())), dict(Counter(p.age_band for p in people.values())),
    )
    return counts, [q.segment_id for q in quotes]


def _position(store: Store, item: Retrieved) -> float:
    from desktop.core.coding import DOC_FIELDS

    with store.session() as s:
        doc = s.get(DOC_FIELDS[item.doc_table][0], item.doc_id)
        return float(getattr(doc, "position", 0.0) or 0.0)


def _counts(sup: support.Support) -> tuple[object, ...]:
    return (sup.participants, sup.sessions, sup.governorates, sup.organisations, sup.segments, sup.withdrawn,
            sup.not_quotable, sup.by_gender, sup.by_age_band)


FILTERS = [
    Filters(),
    Filters(genders=frozenset({"female"})),
    Filters(genders=frozenset({"male", ""})),  # "" keeps the facilitator's and the minutes' words
    Filters(age_bands=frozenset({"25-34", "35-44"})),
    Filters(governorates=frozenset({"basra", "baghdad"})),
    Filters(kinds=frozenset({"roundtable"})),
    Filters(coders=frozenset({"t"})),
    Filters(coders=frozenset({"nobody"})),
    Filters(date_from=dt.date(2023, 1, 15)),
    Filters(date_to=dt.date(2023, 1, 15)),
    Filters(attributes=(("setting", frozenset({"urban"})),)),
    Filters(attributes=(("setting", frozenset({"7", ""})),)),  # a number, and no value (no speaker)
    Filters(genders=frozenset({"female"}), governorates=frozenset({"erbil"})),
]


@pytest.mark.parametrize("flt", FILTERS, ids=[str(n) for n in range(len(FILTERS))])
def test_a_saved_code_query_counts_the_same_in_sql(store: Store, world: World, flt: Filters) -> None:
    with store.transaction() as s:
        rec_id = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 12, 1)).id
        recommendations.link_code(s, rec_id, world.codes["A"], filters=flt)
        recommendations.link_segment(s, rec_id, world.segments["seg5"])
    counts, quote_ids = _reference(store, rec_id)
    with store.session() as s:
        sup = support.support(s, rec_id)
    assert _counts(sup) == counts
    assert [q.segment_id for q in sup.quotes] == quote_ids and sup.quote_count == len(quote_ids)


def test_quotes_page_by_page_are_the_quotes(store: Store, world: World) -> None:
    with store.transaction() as s:
        rec_id = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 12, 1)).id
        for key in ("seg9", "seg8", "seg7", "seg6", "seg5", "seg4", "seg3", "seg2", "seg1"):
            recommendations.link_segment(s, rec_id, world.segments[key])
        recommendations.link_code(s, rec_id, world.codes["B"])
    counts, quote_ids = _reference(store, rec_id)
    with store.session() as s:
        sup = support.support(s, rec_id, with_quotes=False)
        assert sup.quotes == [] and _counts(sup) == counts
        assert sup.quote_query is not None and sup.quote_query.total == len(quote_ids) == 6
        pages = [support.quote_page(s, sup.quote_query, offset, 2) for offset in range(0, 8, 2)]
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    assert [q.segment_id for page in pages for q in page] == quote_ids
    shown = [q for page in pages for q in page]
    assert all(WITHDRAWN_WORDS not in q.text + q.before + q.after for q in shown)
    assert world.segments["seg3"] not in quote_ids  # P3 withdrew everything
    assert {world.segments["seg2"], world.segments["seg4"]}.isdisjoint(quote_ids)  # P2 refused, P4 withdrew quotes


def test_a_withdrawal_after_counting_never_shows_on_a_later_page(store: Store, world: World) -> None:
    from desktop.core.models import ConsentRecord

    with store.transaction() as s:
        rec_id = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 12, 1)).id
        recommendations.link_code(s, rec_id, world.codes["A"])
    with store.session() as s:
        sup = support.support(s, rec_id, with_quotes=False)
    assert sup.quote_query is not None
    with store.transaction() as s:  # P1 withdraws while the view shows the first page
        record = s.get(ConsentRecord, world.consents["P1"])
        assert record is not None
        record.withdrawn_at, record.withdrawal_scope = "2023-04-01", "all"
    with store.session() as s:
        shown = support_query.quote_page(s, sup.quote_query, 0, None)
    assert world.segments["seg1"] not in {q.segment_id for q in shown}
