"""The centre's note of the form versions its team updates carried (``published_forms``, in the per-user
state folder, outside the encrypted database) edited or damaged. Its versions set the number of the next
version the centre publishes. A version of ``Infinity`` (JSON as Python reads it) made publishing fail with
OverflowError, and so did ``lost_forms`` (read by the register and a consent's PDF when a consent's form
text is missing); a version too large for the database made the next one fail to be written (OverflowError
again); one entry that was not an object made the whole note unreadable (every version sent forgotten). An
entry that is not a form version this centre wrote is now left out, the others kept: the next version is
numbered after the versions held and the sound entries, and the team update carrying it reaches the laptop.
A note at the highest version a bundle carries makes publishing refused, not numbered past it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import consent, published_forms
from desktop.sync.team import apply_team_update, write_team_update
from desktop.sync.values import INT_MAX
from tests.consent_helpers import template_texts
from tests.sync_helpers import make_team

FORM = consent.TEAM_FORM_KEY
LOST_ID = "0190f0aa-0000-7000-8000-0000000000aa"  # a version 4 sent, no longer held (a restore)
SOUND = f'"{LOST_ID}": {{"key": "{FORM}", "version": 4, "language": "ar"}}'
EDITED = {
    "infinity": "Infinity",
    "too large for the database": "100000000000000000000",
    "past a bundle's integers": str(2**31),
    "negative": "-5",
    "text": '"9"',
    "true": "true",
    "fraction": "7.5",
}


@pytest.mark.parametrize("version", EDITED.values(), ids=EDITED.keys())
def test_an_edited_note_leaves_out_what_is_not_a_version(tmp_path: Path, version: str) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        note = published_forms._file(centre.device_id)
        note.parent.mkdir(parents=True, exist_ok=True)
        edited = f'"0190f0aa-0000-7000-8000-0000000000bb": {{"key": "{FORM}", "version": {version}, "language": "ar"}}'
        note.write_text(f'{{"device_id": "{centre.device_id}", "forms": {{{SOUND}, {edited}, "x": 3}}}}',
                        encoding="utf-8")
        with centre.session() as s:
            assert set(published_forms.lost_forms(s)) == {LOST_ID}
        assert consent.publish_version(centre, FORM, template_texts()) == 5
        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path)
        assert applied.forms[0] == 1
        with laptop.session() as s:
            form = consent.template_for(s, FORM, "ar")
            assert form is not None and form.version == 5
    finally:
        team.close()


def test_a_note_at_the_highest_version_refuses_the_next(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        centre = team.centre
        note = published_forms._file(centre.device_id)
        note.parent.mkdir(parents=True, exist_ok=True)
        top = f'"{LOST_ID}": {{"key": "{FORM}", "version": {INT_MAX}, "language": "ar"}}'
        note.write_text(f'{{"device_id": "{centre.device_id}", "forms": {{{top}}}}}', encoding="utf-8")
        with pytest.raises(consent.ConsentInvalid) as refused:
            consent.publish_version(centre, FORM, template_texts())
        assert refused.value.code == "too_many_versions"
    finally:
        team.close()
