"""The centre publishes a new version of the consent form; a laptop applies the team update. The
laptop's participants who consented on the older version need re-consent there too, as at the
centre: the centre marked its copies, but participants never travel from the centre to a laptop, so
the laptop went on with them as if nothing had changed. Recording consent on the new version clears
the mark, and the centre learns it with the next bundle."""

from __future__ import annotations

from pathlib import Path

from desktop.core import builtin_consent, consent
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, join_team, write_current_team_file, write_team_update
from tests.conftest import PASSPHRASE
from tests.consent_helpers import arabic_form
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

FORM = consent.TEAM_FORM_KEY


team = team_copy_fixture(devices=1)


def _publish(team: Team, title: str, folder: Path) -> Path:
    consent.publish_version(team.centre, FORM, arabic_form(title, quote=True))
    return write_team_update(team.centre, folder).path


def _consent_on_newest(store: Store, participant_id: str) -> int:
    with store.session() as s:
        form = consent.template_for(s, FORM, "ar")
        assert form is not None
        version, form_id = form.version, form.id
    consent.record_consent(store, participant_id, None, form_id, {"participate": True, "quote": True}, "paper",
                           facilitator="F1")
    return version


def _needs_reconsent(store: Store, participant_id: str) -> bool:
    with store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        return person.reconsent_needed


def test_a_new_form_version_marks_the_laptops_participants_and_new_consent_clears_it(
        team: Team, tmp_path: Path) -> None:
    laptop, stick = team.devices[0], tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, _publish(team, "النموذج ١", stick))
    with laptop.transaction() as s:
        person = Participant(code="BSR-FG01-P01")
        s.add(person)
    assert _consent_on_newest(laptop, person.id) == 1
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]

    newer = _publish(team, "النموذج ٢", stick)
    assert _needs_reconsent(team.centre, person.id)  # the centre marks its copy when it publishes
    _, changed = import_team_update(laptop, newer)
    assert changed > 0
    assert _needs_reconsent(laptop, person.id)  # and the laptop now says so too

    assert _consent_on_newest(laptop, person.id) == 2
    assert not _needs_reconsent(laptop, person.id)
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None
    assert [o.status for o in import_files(team.centre, [second.path], team.identities)] == ["imported"]
    assert not _needs_reconsent(team.centre, person.id)


def test_a_newer_team_file_marks_them_too(team: Team, tmp_path: Path) -> None:
    """A laptop given the newer team file (join again, same team) instead of the team update."""
    laptop, stick = team.devices[0], tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, _publish(team, "النموذج ١", stick))
    with laptop.transaction() as s:
        person = Participant(code="BSR-FG01-P02")
        s.add(person)
    _consent_on_newest(laptop, person.id)
    consent.publish_version(team.centre, FORM, arabic_form("النموذج ٢", quote=True))
    newer_file = tmp_path / "newer.majlis-team"
    write_current_team_file(team.centre, newer_file)
    join_team(laptop, newer_file)
    assert _needs_reconsent(laptop, person.id)


def test_joining_the_first_time_marks_nobody(team: Team, tmp_path: Path) -> None:
    """A laptop that worked alone (its own built-in form) and joins: the team's form is another form,
    not a newer version of the one its participants signed."""
    stick = tmp_path / "stick"
    stick.mkdir()
    _publish(team, "النموذج ١", stick)
    alone = fresh_store(tmp_path / "alone.db", PASSPHRASE, "alone laptop")
    try:
        builtin_consent.install(alone)
        with alone.transaction() as s:
            person = Participant(code="BSR-FG01-P03")
            s.add(person)
        with alone.session() as s:
            form = consent.template_for(s, consent.BUILTIN_FORM_KEY, "ar")
            assert form is not None
            form_id, answers = form.id, {c.clause_key: True for c in consent.clauses(s, form.id)}
        consent.record_consent(alone, person.id, None, form_id, answers, "paper", facilitator="F1")
        newest = tmp_path / "now.majlis-team"
        write_current_team_file(team.centre, newest)
        join_team(alone, newest)
        assert not _needs_reconsent(alone, person.id)
    finally:
        alone.close()


def test_a_consent_on_the_older_version_arriving_later_is_marked_at_the_centre(team: Team, tmp_path: Path) -> None:
    """The laptop had not applied the new version's update yet and recorded a new participant's
    consent on the older one: at the centre that participant needs re-consent too (the register and
    the workbook said otherwise). Their consent on the new version, arriving after, clears it."""
    laptop, stick = team.devices[0], tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, _publish(team, "النموذج ١", stick))
    newer = _publish(team, "النموذج ٢", stick)  # published; the laptop has not got it yet
    with laptop.transaction() as s:
        person = Participant(code="BSR-FG02-P01")
        s.add(person)
    assert _consent_on_newest(laptop, person.id) == 1
    late = export_bundle(laptop, tmp_path / "late.majlis")
    assert late is not None
    assert [o.status for o in import_files(team.centre, [late.path], team.identities)] == ["imported"]
    assert _needs_reconsent(team.centre, person.id)

    import_team_update(laptop, newer)
    assert _needs_reconsent(laptop, person.id)
    assert _consent_on_newest(laptop, person.id) == 2
    again = export_bundle(laptop, tmp_path / "again.majlis")
    assert again is not None
    assert [o.status for o in import_files(team.centre, [again.path], team.identities)] == ["imported"]
    assert not _needs_reconsent(team.centre, person.id)
