"""A team update that deletes a code the laptop coded with: applied on the Sync page, the laptop's
codings of it go with it and the views are told (coded_segment announced: an open coding window
reloads its codings instead of showing a code that is gone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.sync.team import import_team_update, write_team_update
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def test_the_laptops_codings_of_a_deleted_code_go_and_the_views_hear_it(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                          tmp_path: Path) -> None:
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        code_id = codebook.create_code(s, name_ar="عدم الثقة").id
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "first.majlis").path)
    with laptop.transaction() as s:
        session = Session(kind="focus_group", title="FG Basra 1")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text="لا نثق بأحد")
        s.add(turn)
        s.flush()
        coding.apply_code(s, code_id, "transcript_turn", turn.id, "text", 0, 2, "F1")
    with team.centre.transaction() as s:
        codebook.delete(s, code_id)
    update = write_team_update(team.centre, tmp_path / "second.majlis").path

    ctx = make_ctx(laptop)
    page = open_page(ctx, qtbot)
    announced: list[set[str]] = []
    ctx.events.changed.connect(announced.append)
    assert page.import_paths([update])
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    with laptop.session() as s:
        assert s.execute(select(CodedSegment.id).where(CodedSegment.deleted.is_(False))).all() == []
    assert any("coded_segment" in tables for tables in announced), announced
