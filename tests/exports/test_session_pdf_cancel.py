"""A session's PDF stops when it is cancelled, up to the last moment before it takes its name.

``write_session_pdf`` is told its steps (a transcript's turns in groups, then the file) and asks
``cancelled`` at each one and once more just before the rename: a Cancel while the transcript is laid
out, or while the file is written, leaves nothing in the folder (no PDF, no hidden temporary file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.exports.pdf_sessions import TURNS_PER_STEP, write_session_pdf
from tests.pdf_helpers import missing_words

TURNS = 4 * TURNS_PER_STEP


def focus_group(store: Store) -> str:
    session_id = sessions.create_session(store, "focus_group", title="گرووپی هەولێر", governorate="erbil",
                                         language="ckb")
    with store.transaction() as s:
        s.add_all(TranscriptTurn(session_id=session_id, position=float(i), participant_id=None,
                                 text=f"قسەی ژمارە {i} دەربارەی یاسای هەڵبژاردن") for i in range(TURNS))
    return session_id


@pytest.mark.parametrize("after", [2, "last"])
def test_a_cancel_leaves_nothing_in_the_folder(store: Store, tmp_path: Path, after: int | str) -> None:
    """Cancelled after the second step (the transcript half laid out), or only at the last question
    (the file already written beside its name): InterruptedError, and the folder as it was."""
    session_id = focus_group(store)
    asked: list[int] = []
    steps: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return after == "last" and len(asked) > 4 or after == len(asked)

    folder = tmp_path / "stick"
    folder.mkdir()
    with pytest.raises(InterruptedError):
        write_session_pdf(store, session_id, folder / "transcript.pdf", "minutes", "ckb",
                          progress=lambda done, total: steps.append((done, total)), cancelled=cancelled)
    assert list(folder.iterdir()) == []
    if after == "last":  # every turn laid out, the last question the one before the rename
        assert len(asked) == 5 and len(steps) == 4
    else:
        assert len(steps) == 1
    assert all(total == TURNS + 1 for _, total in steps)


def test_not_cancelled_the_pdf_is_written_with_its_steps(store: Store, tmp_path: Path) -> None:
    session_id = focus_group(store)
    steps: list[tuple[int, int]] = []
    folder = tmp_path / "stick"
    folder.mkdir()
    out = write_session_pdf(store, session_id, folder / "transcript.pdf", "minutes", "ckb",
                            progress=lambda done, total: steps.append((done, total)), cancelled=lambda: False)
    assert [p.name for p in folder.iterdir()] == ["transcript.pdf"] and out == folder / "transcript.pdf"
    assert steps == [(i, TURNS + 1) for i in range(0, TURNS, TURNS_PER_STEP)] + [(1, 1)]
    assert missing_words(out, f"قسەی ژمارە {TURNS - 1} دەربارەی یاسای هەڵبژاردن") == []
    assert out.stat().st_mode & 0o777 == 0o600  # private: as before
