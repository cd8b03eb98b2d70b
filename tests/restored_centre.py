"""The restored centre that lost a consent form version: version 3 was published after its backup, reached
the laptop by a team update and was signed there. Shared by the tests of a centre restored on the same
computer and on another one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import consent
from desktop.core.backups import backup
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate, Participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts
from tests.sync_helpers import make_team

FORM = consent.TEAM_FORM_KEY


def marked_words(mark: str) -> dict[str, consent.TemplateText]:
    """The team form's texts with ``mark`` after each title (which version's words these are)."""
    return {lang: consent.TemplateText(t.title + mark, t.body, t.signature_meaning, t.clauses)
            for lang, t in template_texts().items()}


def publish_and_send(centre: Store, laptop: Store, mark: str, out: Path) -> tuple[int, tuple[int, int]]:
    """Publish a version at the centre and apply its team update on the laptop: (version, forms applied)."""
    version = consent.publish_version(centre, FORM, marked_words(mark))
    return version, apply_team_update(laptop, write_team_update(centre, out).path).forms


@dataclass(frozen=True)
class LostVersion:
    kept: Path  # the centre's backup, made before it published version 3
    bundle: Path  # the laptop's bundle: a consent on version 3
    v3_id: str  # version 3's template id (Arabic) on the laptop
    group: FocusGroup  # two participants: the first signed version 3
    identity_file: Path


def centre_that_will_lose_version_three(tmp_path: Path) -> LostVersion:
    """A team (centre ``centre.db``, laptop ``field0.db`` in ``tmp_path``, both closed on return): versions 1
    and 2 published, the centre backed up, version 3 published and signed by the group's first participant."""
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        publish_and_send(centre, laptop, " v1", tmp_path / "u1.majlis")
        publish_and_send(centre, laptop, " v2", tmp_path / "u2.majlis")
        kept = backup(centre.engine, tmp_path / "centre.db", PASSPHRASE)
        assert publish_and_send(centre, laptop, " v3", tmp_path / "u3.majlis")[0] == 3
        group = focus_group(laptop, 2, language="ar")
        with laptop.session() as s:
            form = consent.template_for(s, FORM, "ar")
            assert form is not None and form.version == 3
            v3_id = form.id
        consent.record_consent(laptop, group.participants[0], group.session_id, v3_id, all_yes(v3_id, laptop),
                               "paper", facilitator="F1")
        bundle = export_bundle(laptop, tmp_path / "laptop.majlis")
        assert bundle is not None
    finally:
        team.close()
    return LostVersion(kept, bundle.path, v3_id, group, team.identity_file)


def import_bundle(centre: Store, path: Path, lost: LostVersion) -> None:
    [outcome] = import_files(centre, [path], load_identity_file(lost.identity_file))
    assert outcome.status == "imported", outcome.message


def learns_version_three_then_publishes_four(centre: Store, lost: LostVersion) -> consent.RegisterRow:
    """The restored centre imports the laptop's bundle: the consent shows version 3 (whose words are lost
    here), the next version published is 4, and its signer is asked again. Returns the consent's row."""
    import_bundle(centre, lost.bundle, lost)
    with centre.session() as s:
        assert s.get(ConsentTemplate, lost.v3_id) is None  # its words are lost here
        [row] = consent.register(s)
        assert (row.template_key, row.version, row.language) == (FORM, 3, "ar")  # learned from the bundle
        assert row.asked_version == 0  # nothing newer than version 3 yet
    assert consent.publish_version(centre, FORM, marked_words(" v4")) == 4  # never a second version 3
    with centre.session() as s:
        person = s.get(Participant, lost.group.participants[0])
        assert person is not None and person.reconsent_needed  # asked again on version 4
        [row] = consent.register(s)
        assert (row.version, row.asked_version) == (3, 4)
    return row


def late_consent_on_version_three_asked_again(centre: Store, laptop: Store, lost: LostVersion, out: Path) -> None:
    """A consent on version 3 arriving after version 4 was published: its participant is asked again."""
    late = lost.group.participants[1]
    consent.record_consent(laptop, late, lost.group.session_id, lost.v3_id, all_yes(lost.v3_id, laptop),
                           "paper", facilitator="F1")
    second = export_bundle(laptop, out)
    assert second is not None
    import_bundle(centre, second.path, lost)
    with centre.session() as s:
        person = s.get(Participant, late)
        assert person is not None and person.reconsent_needed
