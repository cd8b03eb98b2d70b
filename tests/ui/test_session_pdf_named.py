"""Saving a roundtable's minutes as a PDF from its editor, as a note-taker does after each session.

The save dialog offered ``minutes-0182f6eb-6c2e-764b-9707-107e855c3844.pdf``: a folder of the minutes
of five roundtables held five such names, told apart by nobody. It now offers the session's code (the
one its pseudonyms start with, written on the paper consent forms) and its date. A name typed without
``.pdf`` gave a file without an extension, which opens in nothing on Windows; it now gets the
extension, as the other exports' files do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.pdf_helpers import missing_words
from tests.ui_helpers import roundtable_editor


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The file names the save dialog offers; the person types "minutes of basra" (no extension)."""
    names: list[str] = []

    def dialog(_parent: Any, _title: str, path: str, _filter: str) -> tuple[str, str]:
        names.append(Path(path).name)
        return str(tmp_path / "minutes of basra"), "PDF document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return names


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_minutes_pdf_is_offered_a_name_of_its_session_and_gets_its_extension(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, offered: list[str], lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, title="طاولة البصرة", date=dt.date(2023, 2, 14))
    with qtbot.waitSignal(editor.pdf_button.written, timeout=30_000):
        editor.pdf_button.export("minutes")
    assert offered == ["minutes-BSR-RT01-2023-02-14.pdf"]
    written = tmp_path / "minutes of basra.pdf"
    assert written.is_file() and not (tmp_path / "minutes of basra").exists()
    assert missing_words(written, "طاولة البصرة") == []

    other = roundtable_editor(ctx, qtbot, title="مێزی هەولێر", governorate="erbil", date=dt.date(2023, 3, 1))
    with qtbot.waitSignal(other.pdf_button.written, timeout=30_000):
        other.pdf_button.export("summary")
    assert offered[1] == "summary-EBL-RT01-2023-03-01.pdf"
    assert (tmp_path / "minutes of basra (2).pdf").is_file()  # the first one is kept
