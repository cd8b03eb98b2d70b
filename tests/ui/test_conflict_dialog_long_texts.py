"""A conflict on a long text (a turn of 1,200 words, edited on two laptops) opens at once.

The dialog shows the two versions side by side with the words that differ marked, from a word difference
made on the interface's thread as it opens. Whitespace was a token of the difference on its own, as
common as all the words together, and the matcher (without its junk heuristic) compared each space with
every other: opening such a conflict stood the window still for seconds (1,000 words: 1 s per side, and the
difference was made twice; 2,000 words: 10 s). A word now keeps the whitespace after it, and the
difference is made once for both sides."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QElapsedTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select

from desktop.core.models import Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.sync.conflict_dialog import ConflictDialog
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page

WORDS = 1200


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def _speech(rng: random.Random) -> list[str]:
    """A long answer: words of a large vocabulary, the commonest far more often (as in speech)."""
    letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي"
    vocabulary = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 7))) for _ in range(3000)]
    return rng.choices(vocabulary, [1 / (rank + 1) for rank in range(len(vocabulary))], k=WORDS)


def _one_long_conflict(team: Team, folder: Path) -> tuple[str, str]:
    """The same turn, edited on two laptops (the second has it as from the centre): both versions."""
    a, b = team.devices
    words = _speech(random.Random(7))
    with a.transaction() as s:
        session = Session(kind="focus_group", title="جلسة البصرة")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, text=" ".join(words), position=1.0)
        s.add(turn)
        s.flush()
        turn_id = turn.id
    first = export_bundle(a, folder / "a1.majlis")
    for model in (Session, TranscriptTurn):
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    versions = []
    for laptop, step, word in ((a, 37, "مصحح"), (b, 41, "وەشان")):
        edited = [word if n % step == 5 else w for n, w in enumerate(words)]
        with laptop.transaction() as s:
            s.get(TranscriptTurn, turn_id).text = " ".join(edited)
        versions.append(" ".join(edited))
    bundles = [first, export_bundle(a, folder / "a2.majlis"), export_bundle(b, folder / "b1.majlis")]
    outcomes = import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert sum(o.conflicts for o in outcomes) == 1
    return versions[0], versions[1]


def test_a_conflict_on_a_long_turn_opens_at_once(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any) -> None:
    first, second = _one_long_conflict(team, tmp_path)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=30_000)
    clock = QElapsedTimer()
    clock.start()
    dialog = page.conflicts.resolve_selected()  # made on the interface's thread: the window waits for it
    held = clock.elapsed()
    assert isinstance(dialog, ConflictDialog)
    # Without the fix: the difference of two 1,200-word versions made twice, over a second here.
    # 700 ms, not 300: a two-core machine loaded by other work went past 300 ms with the fix in place
    # (passing alone and on a rerun); the slow way took over a second on a quiet one.
    assert held < 700, f"the window stood still for {held} ms while the conflict opened"
    # Both versions whole, each on its side, and the words only one of them has marked (struck out on the
    # other version's side, bold on the current text's).
    assert {dialog.conflict.value_a, dialog.conflict.value_b} == {first, second}
    assert dialog.theirs.toPlainText() == dialog.conflict.value_a
    assert dialog.mine.toPlainText() == dialog.conflict.value_b
    assert "line-through" in dialog.theirs.toHtml() and "line-through" not in dialog.mine.toHtml()
    assert "font-weight:700" in dialog.mine.toHtml()
    dialog.reject()
