"""At the centre, an import through the Sync page rebuilds an open coding window only when it brought
something of the window's session: that session's words, or a new pseudonym or consent of someone who
speaks in it.

An import writes past the flush hook that names the sessions of an ordinary save, and the page
announced it as "any session": every open coding window built its whole text again after every import
(a second with a long transcript, the coder's selection lost), whatever the bundles held.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import change_set
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.sync.page import SyncPage
from tests.coding_window_helpers import select_words, shown_window
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


class _Field:
    """What the laptop recorded: two focus groups, a participant speaking in each."""

    def __init__(self, team: Team) -> None:
        with team.devices[0].transaction() as s:
            self.ours = Session(kind="focus_group", title="البصرة", date=dt.date(2026, 11, 5), governorate="basra")
            self.other = Session(kind="focus_group", title="هەولێر", date=dt.date(2026, 11, 6), governorate="erbil")
            self.speaker = Participant(code="BSR-FG01-P01", governorate="basra")
            self.elsewhere = Participant(code="EBL-FG02-P01", governorate="erbil")
            s.add_all([self.ours, self.other, self.speaker, self.elsewhere])
            s.flush()
            self.our_turn = TranscriptTurn(session_id=self.ours.id, participant_id=self.speaker.id, position=0.0,
                                           text="نريد قانوناً عادلاً للانتخابات.")
            self.other_turn = TranscriptTurn(session_id=self.other.id, participant_id=self.elsewhere.id,
                                             position=0.0, text="کۆمسیۆن زۆر دواکەوت.")
            s.add_all([self.our_turn, self.other_turn])
            s.flush()
            self.ids = {name: getattr(self, name).id for name in
                        ("ours", "other", "speaker", "elsewhere", "our_turn", "other_turn")}


def _send(team: Team, folder: Path, name: str, edit) -> Path:  # type: ignore[no-untyped-def]
    with team.devices[0].transaction() as s:
        edit(s)
    bundle = export_bundle(team.devices[0], folder / name)
    assert bundle is not None
    return bundle.path


def _import(page: SyncPage, qtbot: QtBot, path: Path) -> None:
    page.last_outcomes = []
    assert page.import_paths([path])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1, timeout=30_000)
    assert page.last_outcomes[0].status == "imported"


def test_an_import_rebuilds_only_the_coding_window_of_a_session_it_brought(team: Team, make_ctx, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    field = _Field(team)
    ids = field.ids
    first = export_bundle(team.devices[0], tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]

    ctx = make_ctx(team.centre, user_name="coordinator")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    ws = shown_window(ctx, qtbot, ids["ours"])
    cursor = select_words(ws, "قانوناً", focus=True)
    built = ws.blocks

    # The other session's words edited, and a new pseudonym for someone who speaks only there.
    def elsewhere(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, ids["other_turn"]).text = "کۆمسیۆن زۆر زۆر دواکەوت."
        s.get(Participant, ids["elsewhere"]).code = "EBL-FG02-P09"

    _import(page, qtbot, _send(team, tmp_path, "elsewhere.majlis", elsewhere))
    assert page.last_outcomes[0].sessions == frozenset({ids["other"]})
    assert ws.blocks is built  # not built again
    assert ws.view.textCursor().selectionStart() == cursor.selectionStart()

    # A new pseudonym of the one who speaks here: the turn's label follows.
    _import(page, qtbot, _send(team, tmp_path, "pseudonym.majlis",
                               lambda s: setattr(s.get(Participant, ids["speaker"]), "code", "BSR-FG01-P07")))
    assert ws.blocks is not built
    assert ws.blocks[0].doc.label.startswith("BSR-FG01-P07")
    built = ws.blocks

    # This session's words edited: shown at once.
    _import(page, qtbot, _send(team, tmp_path, "ours.majlis", lambda s: setattr(
        s.get(TranscriptTurn, ids["our_turn"]), "text", "نريد قانوناً عادلاً للانتخابات الآن.")))
    assert ws.blocks is not built
    assert ws.blocks[0].doc.text == "نريد قانوناً عادلاً للانتخابات الآن."


def test_a_statement_on_a_table_of_no_session_names_none(team: Team) -> None:
    """A bulk statement on codes or local state says nothing of sessions (it made a save beside it
    count as any session); one on a table of sessions still may concern any."""
    from sqlalchemy import update

    from desktop.core.models import Code, LocalState

    field = _Field(team)
    store = team.devices[0]
    with change_set.collect() as touched, store.transaction() as s:
        s.get(TranscriptTurn, field.ids["our_turn"]).text = "…"
        s.execute(update(Code).where(Code.id == "none").values(colour="#000000"))
        s.execute(update(LocalState).where(LocalState.key == "none").values(value=""))
    assert touched.sessions == {field.ids["ours"]}
    with change_set.collect() as touched, store.transaction() as s:
        s.execute(update(TranscriptTurn).where(TranscriptTurn.id == field.ids["other_turn"]).values(position=2.0))
    assert touched.sessions is None
