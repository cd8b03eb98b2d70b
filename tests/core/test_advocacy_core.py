"""Recommendations: status history, evidence links, and support counts checked against hand counts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import recommendations, support
from desktop.core.db import Store
from desktop.core.models import ChangeLog, ConsentRecord
from desktop.core.retrieval import Filters
from tests.advocacy_fixture import WITHDRAWN_WORDS, World, build


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


def _recommendation(store: Store, **fields: str) -> str:
    with store.transaction() as s:
        rec = recommendations.create(
            s, {"title_ar": "بطاقة بايومترية", "title_ckb": "کارتی بایۆمەتری", "title_en": "Biometric cards",
                "target_law": "Provincial Council Elections Law", "target_article": "Art. 38",
                "authority": "IHEC", **fields},
            date=dt.date(2022, 12, 1),
        )
        return rec.id


def test_status_history_gives_the_current_status_by_date(store: Store) -> None:
    rec_id = _recommendation(store)
    with store.transaction() as s:
        recommendations.add_status(s, rec_id, "adopted", date=dt.date(2023, 3, 27), note="Parliament vote",
                                   source="Official Gazette")
        recommendations.add_status(s, rec_id, "presented", date=dt.date(2023, 1, 15))  # news arriving late
    with store.session() as s:
        steps = [h.status for h in recommendations.history(s, rec_id)]
        assert steps == ["drafted", "presented", "adopted"]
        assert recommendations.current_statuses(s)[rec_id] == "adopted"
    with store.transaction() as s, pytest.raises(recommendations.RecommendationError) as err:
        recommendations.add_status(s, rec_id, "won", date=dt.date(2023, 3, 28))
    assert err.value.code == "unknown_status"


def test_a_recommendation_needs_a_title(store: Store) -> None:
    with store.transaction() as s, pytest.raises(recommendations.RecommendationError) as err:
        recommendations.create(s, {"title_ar": "  ", "target_law": "x"})
    assert err.value.code == "title_required"


def test_recommendation_rows_are_logged_for_bundles(store: Store) -> None:
    rec_id = _recommendation(store)
    with store.session() as s:
        entities = {c.entity for c in s.query(ChangeLog).filter(ChangeLog.row_id.is_not(None))}
        assert {"recommendation", "recommendation_status"} <= entities
        assert recommendations.get(s, rec_id).number == 1


def test_support_counts_match_the_hand_count(store: Store, world: World) -> None:
    rec_id = _recommendation(store)
    with store.transaction() as s:
        recommendations.link_code(s, rec_id, world.codes["A"])  # subcodes included: A and A1
        recommendations.link_segment(s, rec_id, world.segments["seg5"])
        recommendations.link_segment(s, rec_id, world.segments["seg1"])  # also found by the code: once
    with store.session() as s:
        sup = support.support(s, rec_id)
    # seg1..seg8; seg3 is P3's, who withdrew everything.
    assert sup.withdrawn == 1
    assert sup.segments == 7
    assert sup.participants == 5  # P1, P2, P4, P5, P6 (P3 withdrew; the facilitator is nobody's vote)
    assert sup.sessions == 3 and sup.governorates == 3
    assert sup.governorate_keys == ["baghdad", "basra", "erbil"]
    assert sup.organisations == 2  # O1 (at S1 and S3) and O2
    assert sup.by_gender == {"female": 2, "male": 3}
    assert sup.by_age_band == {"18-24": 1, "25-34": 1, "35-44": 1, "45-54": 1, "": 1}
    # Quotable: seg1 (P1), seg5 (P5), seg6 (P6), seg7 (minutes), seg8 (facilitator). P2 never agreed, P4 withdrew quotes.
    quoted = {q.segment_id for q in sup.quotes}
    assert quoted == {world.segments[k] for k in ("seg1", "seg5", "seg6", "seg7", "seg8")}
    assert sup.not_quotable == 2
    assert all(WITHDRAWN_WORDS not in q.text + q.before + q.after for q in sup.quotes)


def test_a_code_link_keeps_its_filters(store: Store, world: World) -> None:
    rec_id = _recommendation(store)
    with store.transaction() as s:
        recommendations.link_code(s, rec_id, world.codes["A"], filters=Filters(genders=frozenset({"female"})))
    with store.session() as s:
        sup = support.support(s, rec_id)
    assert (sup.participants, sup.sessions, sup.governorates, sup.organisations) == (1, 1, 1, 1)
    assert sup.withdrawn == 1 and sup.by_gender == {"female": 1}
    with store.session() as s:
        (link,) = recommendations.links(s, rec_id)
        assert recommendations.filters_from_json(link.filters) == Filters(genders=frozenset({"female"}))


def test_a_later_withdrawal_removes_support_and_quote(store: Store, world: World) -> None:
    rec_id = _recommendation(store)
    with store.transaction() as s:
        recommendations.link_segment(s, rec_id, world.segments["seg1"])
        recommendations.link_segment(s, rec_id, world.segments["seg9"])
    with store.session() as s:
        before = support.support(s, rec_id)
    assert before.participants == 1 and len(before.quotes) == 2
    with store.transaction() as s:
        record = s.get(ConsentRecord, world.consents["P1"])
        assert record is not None
        record.withdrawn_at, record.withdrawal_scope = "2023-04-01", "all"
    with store.session() as s:
        after = support.support(s, rec_id)
    assert after.participants == 0 and after.quotes == [] and after.withdrawn == 2


def test_listing_shows_status_and_counts(store: Store, world: World) -> None:
    rec_id = _recommendation(store)
    other = _recommendation(store, title_en="Publish results within 24 hours", title_ar="", title_ckb="")
    with store.transaction() as s:
        recommendations.link_code(s, rec_id, world.codes["A"])
        recommendations.link_code(s, other, world.codes["B"])
        recommendations.add_status(s, other, "rejected", date=dt.date(2023, 4, 1))
    with store.session() as s:
        rows = support.listing(s, "ar")
    assert [(r.number, r.title, r.status) for r in rows] == [
        (1, "بطاقة بايومترية", "drafted"), (2, "Publish results within 24 hours", "rejected")
    ]
    # B: seg5 (P5, S2 erbil) and seg9 (P1, S1 basra; O1 attended S1)
    assert (rows[1].participants, rows[1].sessions, rows[1].governorates, rows[1].organisations) == (2, 2, 2, 1)


def test_unlinking_and_deleting(store: Store, world: World) -> None:
    rec_id = _recommendation(store)
    with store.transaction() as s:
        link = recommendations.link_segment(s, rec_id, world.segments["seg1"])
    with store.transaction() as s:
        recommendations.unlink(s, link.id)
    with store.session() as s:
        assert support.support(s, rec_id).segments == 0
    with store.transaction() as s:
        recommendations.delete(s, rec_id)
    with store.session() as s:
        assert support.listing(s, "en") == []


def test_outreach_and_the_network(store: Store, world: World) -> None:
    from desktop.core import outreach

    rec_id = _recommendation(store)
    with store.transaction() as s:
        outreach.create(s, {"kind": "meeting", "title": "لقاء اللجنة القانونية", "date": dt.date(2023, 1, 20),
                            "place": "مجلس النواب", "governorate": "baghdad", "audience": "Legal committee",
                            "reach": 12, "organisation_ids": [world.orgs["O1"], world.orgs["O2"]],
                            "recommendation_ids": [rec_id]})
        outreach.create(s, {"kind": "media", "title": "Al-Sumaria interview", "date": dt.date(2023, 2, 2),
                            "reach": 50000, "organisation_ids": [world.orgs["O1"]]})
        with pytest.raises(outreach.OutreachError) as err:
            outreach.create(s, {"kind": "media", "title": "no date"})
        assert err.value.code == "date_required"
    with store.session() as s:
        assert [e.title for e in outreach.events(s)] == ["Al-Sumaria interview", "لقاء اللجنة القانونية"]
        assert [e.title for e in outreach.events(s, rec_id)] == ["لقاء اللجنة القانونية"]
        net = {a.id: a for a in outreach.network(s)}
    o1, o2 = net[world.orgs["O1"]], net[world.orgs["O2"]]
    assert (o1.sessions, o1.outreach, o1.reach) == (2, 2, 50012)
    assert o1.by_month == {"2023-01": (2, 1), "2023-02": (0, 1)}
    assert (o2.sessions, o2.outreach, o2.by_month) == (1, 1, {"2023-01": (1, 1)})


def test_the_same_evidence_linked_twice_is_one_link(store: Store, world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """'Link this figure' clicked twice gave two links to one survey figure: the evidence brief then
    printed its line and its bar twice. Linking the same code (with the same filters) twice likewise
    listed it twice. The second link is the first; other filters or answers are links of their own."""
    from desktop.core.survey_import import import_survey
    from desktop.exports.brief_pdf import write_brief_pdf
    from tests.kobo_export import write_kobo_xlsx

    gen = write_kobo_xlsx(tmp_path, 40)
    survey = import_survey(store, gen.data, gen.form)
    with store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        first = recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes"],
                                            group_by="governorate", group_value="basra")
        again = recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes"],
                                            group_by="governorate", group_value="basra")
        other = recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes"])
        code = recommendations.link_code(s, rec.id, world.codes["A"])
        code_again = recommendations.link_code(s, rec.id, world.codes["A"])
        women = recommendations.link_code(s, rec.id, world.codes["A"], filters=Filters(genders=frozenset({"female"})))
        assert again.id == first.id and other.id != first.id
        assert code_again.id == code.id and women.id != code.id
        assert len(recommendations.links(s, rec.id)) == 4
        rec_id = rec.id
    (brief,) = write_brief_pdf(store, tmp_path / "brief.pdf", rec_id=rec_id, lang="en")
    assert len(brief.survey_lines) == 2 == len(set(brief.survey_lines))
