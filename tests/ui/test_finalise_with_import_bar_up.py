"""Finalise pressed while the editor's import bar waits (typing kept, "nothing saved over the import until
Show theirs or Keep mine") must not finalise the minutes as STORED: ``flush()`` saves nothing while the bar
is up, so finalising then made the session final on content the person never saw, and the typing left on
screen read-only was no longer counted unsaved (closing lost it silently). Found by hp13's review
(finding 4); Finalise now says to choose on the bar first (``SessionEditorBase.save_first``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core.models import Decision, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.context import AppContext
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page
from tests.team_fixture import team_fixture
from tests.ui_helpers import language_fixture

MakeCtx = Callable[..., AppContext]
language = language_fixture("en")
team = team_fixture(devices=1)
TYPED = "Hall of the people"


def test_finalise_with_the_bar_up_neither_finalises_unseen_minutes_nor_drops_the_typing(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:  # a roundtable that may be finalised: title, date, governorate
        session = Session(kind="roundtable", title="Basra table", governorate="basra",
                          date=dt.date.today() - dt.timedelta(days=1))
        s.add(session)
        s.flush()
        s.add(Decision(session_id=session.id, text="First decision", position=0.0))
        sid = session.id
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]

    ctx = make_ctx(team.centre, user_name="coordinator")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    editor = RoundtableEditor(ctx, sid)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()

    minutes = svc.load_minutes(laptop, sid)  # the laptop renames it meanwhile
    minutes.fields["title"] = "Basra table, second"
    svc.save_minutes(laptop, sid, minutes)
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None

    editor.edits["venue"].setText(TYPED)  # typed at the centre, not saved yet
    editor.edits["venue"].textEdited.emit(TYPED)
    editor.autosave_timer.setInterval(600_000)
    editor.autosave_timer.start()
    imported_lines(page, qtbot, [second.path])
    qtbot.waitUntil(lambda: not editor.import_bar.isHidden(), timeout=10_000)

    finalised = editor.finalise()  # F&inalise, pressed with the bar up

    stored = svc.load_minutes(team.centre, sid)
    if finalised:  # finalised: then with what the screen showed, the typing in it
        assert stored.fields["venue"] == TYPED, (
            f"made final without the typing shown on screen; typing still counted unsaved: {editor.has_unsaved()}")
    else:  # refused while the bar waits: the typing still waits, and closing would ask
        assert stored.status == "draft"
        assert editor.has_unsaved(), "the typing on screen is no longer counted as unsaved: closing loses it"
