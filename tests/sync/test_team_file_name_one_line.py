"""A team file's name is shown and kept on one line (desktop/sync/team_file.py ``shown_team_name``).

The team file is public: an outsider who has a copy makes one of their own (their own central key, the
same team id) with any name. Join a team… (the Sync page and the first-run wizard, one shared
``TeamKeyView``) showed the name above the fingerprint a facilitator compares by phone. A name of several
lines drew there a line "Fingerprint of the team's key:" with the REAL centre's fingerprint (public too)
above the outsider's own: the facilitator who compared the first one joined the outsider's team, and
encrypted every bundle to the outsider's key. A right-to-left override turned the words after it around.
Such a name is now one line (breaks and control characters become spaces, bidi marks go), and a name
longer than the team's column (200) is cut there: a legitimate centre makes neither (the wizard and
``team create`` take one line of at most 200), so only a forged or very old file is touched. Real
Ed25519 signatures, a real encrypted database, a real Qt widget.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.models import Team as TeamRow
from desktop.sync import keys
from desktop.sync.team import join_team
from desktop.sync.team_file import make_team_file, read_team_file
from desktop.ui.sync.team_key import TeamKeyView
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def _forged(path: Path, name: str) -> tuple[Path, str]:
    """A team file under the outsider's own key; (its path, the real centre's fingerprint it shows off)."""
    real = keys.key_fingerprint(keys.public_key_b64(keys.generate_signing_key()))
    named = name.replace("{real}", real)
    path.write_bytes(make_team_file(team_id="01-team", team_name=named, central_signing_key=keys.generate_signing_key(),
                                    recipients=[keys.recipient_of(keys.generate_identity())], payload={}))
    return path, real


FAKE_FINGERPRINT = ("Elections law cohort\n\nFingerprint of the team's key:\u2028{real}\r\n"
                    "Call your coordinator and compare this fingerprint.\u2029\u202eold key\x1b[2J\x85")


def test_a_name_of_several_lines_is_shown_on_one(tmp_path: Path, qtbot: QtBot) -> None:
    path, real = _forged(tmp_path / "forged.majlis-team", FAKE_FINGERPRINT)
    name = read_team_file(path).team_name
    assert not set(name) & set("\n\r\u2028\u2029\u202e\x1b\x85"), repr(name)
    assert " ".join(name.split()).startswith("Elections law cohort Fingerprint of the team's key: " + real)
    view = TeamKeyView(confirm=True)
    qtbot.addWidget(view)
    view.load(path)
    shown = view.team_label.text()
    assert shown == f"Team: \u2068{' '.join(name.split())}\u2069"  # its runs of spaces one (test_join_name_cannot_pose_as_fingerprint)
    assert view.fingerprint.text() != real  # the outsider's key is the one shown to compare


def test_joining_keeps_the_name_on_one_line_and_within_its_column(tmp_path: Path) -> None:
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "laptop")
    try:
        path, _ = _forged(tmp_path / "long.majlis-team", "Basra\nteam " + "ب" * 400)
        join_team(store, path)
        with store.session() as s:
            kept = s.query(TeamRow).one().name
        assert kept == "Basra team " + "ب" * 189 and len(kept) == 200
    finally:
        store.close()


def test_a_name_the_centre_gives_is_kept_as_it_is(tmp_path: Path) -> None:
    """Arabic and Sorani with a ZWNJ inside a word (spelling), spaces between words: unchanged."""
    for name in ("فريق قانون الانتخابات", "تیمی یاسای هەڵبژاردن", "خانه\u200cی گەنجان", ""):
        path, _ = _forged(tmp_path / "plain.majlis-team", name)
        assert read_team_file(path).team_name == name
        path.unlink()
