"""The lines on the page that say where an export went, selectable and copied as the path itself.

Reports → Matrix's "Saved <path>", a recommendation's "Evidence brief written: <path>", a focus group's
"PDF written: <path>" and the Consent page's "Saved <path>" could not be selected: a workbook's path deep
in a partner's folders was typed again, letter by letter, into the file manager. At 20 points a long path
was cut where the line ran out, in the middle of a folder's name. Each is now selectable by mouse and by
keyboard, its path copied without the marks that keep it left to right or the invisible breaks, and shown
breaking after its separators (as the status bar's line). ``text()`` stays the line as said.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import breakable_paths, shown_path
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.matrix_helpers import matrix_at_20_points
from tests.shots import shots_folder
from tests.ui.test_brief_like_the_others import recommendation_open
from tests.ui.test_consent_actions_in_sight import LAPTOP, open_consent
from tests.ui.test_session_pdf_like_the_others import focus_group_open

T = QApplication.translate
DEEP = ("exports_for_the_partner_organisation", "december_2026_roundtables", "shared_with_the_ministry")
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
BREAKS = re.compile("[\u200b\u2060]")


def copied(label: QLabel, start: int, length: int, qtbot: QtBot) -> str:
    """What Ctrl+C puts on the clipboard with ``length`` characters of the shown text selected from ``start``."""
    QGuiApplication.clipboard().clear()
    label.setSelection(start, length)
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QGuiApplication.clipboard().text()


def assert_done_line(label: QLabel, said: str, target: Path, qtbot: QtBot, tmp_path: Path, name: str) -> None:
    assert label.text() == said  # the line as said: what a language switch and the tests compare
    shown = QLabel.text(label)
    assert shown == breakable_paths(said) != said  # a long path breaks after its separators
    assert label.textInteractionFlags() & SELECTABLE == SELECTABLE
    # The path alone, selected with the mouse and copied: the path itself, no mark, no break.
    start = shown.rindex("\u2066") + 1  # the path's isolate, the last ("PDF" may have its own)
    assert copied(label, start, shown.rindex("\u2069") - start, qtbot) == str(target)
    # The whole line: as said (its marks keep the path whole where it is pasted), without the breaks.
    assert copied(label, 0, len(shown), qtbot) == said
    # By keyboard (once clicked, as Qt gives a selectable label the focus): the selection to its end, copied.
    label.setFocus()
    label.setSelection(0, 0)
    qtbot.keyClick(label, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert BREAKS.search(label.selectedText())  # the breaks shown, the path among what is selected
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == said
    label.window().grab().save(str(shots_folder(tmp_path, "MAJLIS_HP9_SHOTS") / f"{name}.png"))


def deep_folder(tmp_path: Path) -> Path:
    folder = tmp_path.joinpath(*DEEP)
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_matrix_image_s_line(manager: LanguageManager, store: Store, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str) -> None:
    _page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, lang, sessions=2, seed=5)
    target = deep_folder(tmp_path) / "matrix.png"
    assert matrix.export_matrix_png(target) == target
    settle()
    said = T("MatrixTab", "Saved %1").replace("%1", shown_path(target))
    assert_done_line(matrix.status, said, target, qtbot, tmp_path, f"matrix_saved_{lang}")


def test_the_evidence_brief_s_line(manager: LanguageManager, store: Store, qtbot: QtBot,
                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, page = recommendation_open(manager, store, qtbot, monkeypatch, "ckb")
    target = deep_folder(tmp_path) / "brief.pdf"
    with qtbot.waitSignal(page.view.brief_button.written, timeout=60_000):
        page.view.brief_button.export(str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    said = T("BriefButton", "Evidence brief written: %1").replace("%1", shown_path(target))
    assert_done_line(page.view.notice, said, target, qtbot, tmp_path, "brief_written_ckb")


def test_a_focus_group_pdf_s_line(manager: LanguageManager, store: Store, qtbot: QtBot,
                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, editor = focus_group_open(manager, store, qtbot, monkeypatch, "ar")
    target = deep_folder(tmp_path) / "transcript.pdf"
    with qtbot.waitSignal(editor.pdf_button.written, timeout=60_000):
        editor.pdf_button.export("minutes", str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    said = T("PdfButton", "PDF written: %1").replace("%1", shown_path(target))
    assert_done_line(editor.status_line, said, target, qtbot, tmp_path, "pdf_written_ar")


def test_a_consent_printout_s_line(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                   qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, page = open_consent(manager, demo_store, qtbot, "ckb", 20.0, LAPTOP, monkeypatch)
    page.select_record(page.register.rows[0].record_id)
    settle()
    folder = deep_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    printed: list[object] = []
    page.printed.connect(printed.append)
    assert page.print_register()
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    assert window.ctx.tasks.drain(30_000)
    settle()
    [target] = list(folder.iterdir())
    said = T("ConsentPage", "Saved %1").replace("%1", shown_path(target))
    assert_done_line(page.status, said, target, qtbot, tmp_path, "consent_saved_ckb")
