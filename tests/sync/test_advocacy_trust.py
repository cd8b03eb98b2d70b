"""Recommendations and their statuses are team-wide: only coordinators change them.

Through the real bundle writer and importer, with a field laptop's key and a coordinator laptop's
key on the centre's roster: a field bundle that creates, changes or deletes a recommendation or a
status is refused whole (one translated line, the centre's data unchanged, the next file of the
same import applied); a field laptop still links evidence to the recommendations the centre sent it
in a team update; a coordinator's bundle changes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.models import Code, EvidenceLink, Recommendation, RecommendationStatus, Session
from desktop.i18n.catalogue import translate
from desktop.sync.errors import MESSAGE_CONTEXT, default_message_for
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.sync_helpers import Team, full_digest, make_team, session_bundle


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    # devices[0]: a facilitator's laptop (field); devices[1]: a second coordinator's laptop.
    t = make_team(tmp_path, devices=2, roles=("field", "coordinator"), told=True)
    yield t
    t.close()


def _centre_recommendation(team: Team, tmp_path: Path) -> tuple[str, str]:
    """The centre drafts a recommendation and sends it to every laptop in a team update."""
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "البطاقة البايومترية", "title_en": "Biometric cards"},
                                     date=dt.date(2022, 11, 1))
        status = recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2022, 11, 20), source="الشبكة")
        rec_id, status_id = rec.id, status.id
    update_file = tmp_path / "update.majlis"
    export_team_update(team.centre, update_file)
    for laptop in team.devices:
        import_team_update(laptop, update_file)
    return rec_id, status_id


def _refused_whole(team: Team, tmp_path: Path, field_bundle: Path) -> None:
    """Refused alone: the centre's every table unchanged. Refused first of two: the next file applies."""
    before = full_digest(team.centre)
    (alone,) = import_files(team.centre, [field_bundle], team.identities)
    assert (alone.status, alone.code) == ("refused", "team_wide_row"), alone
    assert full_digest(team.centre) == before
    after = session_bundle(team.devices[1], tmp_path / "other.majlis", "جلسة البصرة")
    refused, applied = import_files(team.centre, [field_bundle, after],
                                    team.identities)
    assert (refused.status, refused.code) == ("refused", "team_wide_row"), refused
    assert "\n" not in refused.message and "coordinators" in refused.message
    assert applied.status == "imported", applied
    with team.centre.session() as s:
        assert s.scalars(select(Session.title)).all() == ["جلسة البصرة"]


def test_a_field_laptop_cannot_create_a_recommendation(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    with field.transaction() as s:
        assert not recommendations.may_change(s)
        with pytest.raises(recommendations.RecommendationError) as refused:
            recommendations.create(s, {"title_ar": "توصية"})
        assert refused.value.code == "coordinators_only"
    with field.transaction() as s:  # an older or altered app writes the row anyway
        s.add(Recommendation(number=9, title_ar="توصية من الميدان"))
    made = export_bundle(field, tmp_path / "field.majlis")
    assert made is not None
    before = full_digest(team.centre)
    (outcome,) = import_files(team.centre, [made.path], team.identities)
    assert (outcome.status, outcome.code) == ("refused", "team_wide_row")
    assert full_digest(team.centre) == before
    # The refusal is one line in the person's language.
    english = default_message_for("team_wide_row")
    for lang in ("ar", "ckb"):
        said = translate(lang, MESSAGE_CONTEXT, english)
        assert said and said != english and "\n" not in said


def test_a_field_laptop_cannot_change_or_delete_them_but_links_evidence(team: Team, tmp_path: Path) -> None:
    rec_id, status_id = _centre_recommendation(team, tmp_path)
    field = team.devices[0]
    with field.session() as s:  # the team update brought them, read-only
        assert recommendations.get(s, rec_id).title_ar == "البطاقة البايومترية"
        assert [h.status for h in recommendations.history(s, rec_id)] == ["drafted", "endorsed"]
    # 1. A changed title.
    with field.transaction() as s:
        row = s.get(Recommendation, rec_id)
        assert row is not None
        row.title_ar = "عنوان غيّره الميدان"
    changed = export_bundle(field, tmp_path / "changed.majlis")
    assert changed is not None
    _refused_whole(team, tmp_path, changed.path)


def test_a_field_laptop_cannot_delete_a_status(team: Team, tmp_path: Path) -> None:
    rec_id, status_id = _centre_recommendation(team, tmp_path)
    field = team.devices[0]
    with field.transaction() as s:
        row = s.get(RecommendationStatus, status_id)
        assert row is not None
        row.deleted = True
    deleted = export_bundle(field, tmp_path / "deleted.majlis")
    assert deleted is not None
    _refused_whole(team, tmp_path, deleted.path)
    with team.centre.session() as s:
        assert recommendations.current_statuses(s, [rec_id]) == {rec_id: "endorsed"}


def test_a_field_laptop_links_evidence_and_a_coordinator_changes_them(team: Team, tmp_path: Path) -> None:
    rec_id, _status = _centre_recommendation(team, tmp_path)
    field, coordinator = team.devices
    with field.transaction() as s:
        code = Code(name_ar="البطاقة", name_ckb="کارت", name_en="cards")  # the laptop's in-vivo code
        s.add(code)
        s.flush()
        link_id = recommendations.link_code(s, rec_id, code.id).id
    field_bundle = export_bundle(field, tmp_path / "field.majlis")
    with coordinator.transaction() as s:
        assert recommendations.may_change(s)
        recommendations.update(s, rec_id, {"title_en": "Biometric voter cards only"})
        recommendations.add_status(s, rec_id, "presented", date=dt.date(2023, 1, 10), source="اللجنة القانونية")
        mine = recommendations.create(s, {"title_ckb": "ڕاسپاردەی نوێ"}, date=dt.date(2023, 1, 11))
        new_id = mine.id
    coordinator_bundle = export_bundle(coordinator, tmp_path / "coordinator.majlis")
    assert field_bundle is not None and coordinator_bundle is not None
    outcomes = import_files(team.centre, [field_bundle.path, coordinator_bundle.path], team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"], outcomes
    with team.centre.session() as s:
        assert s.get(EvidenceLink, link_id) is not None
        assert recommendations.get(s, rec_id).title_en == "Biometric voter cards only"
        assert recommendations.current_statuses(s, [rec_id]) == {rec_id: "presented"}
        assert recommendations.get(s, new_id).title_ckb == "ڕاسپاردەی نوێ"
