"""Import text…: a text with more different labels ("word:" at line starts) than a focus group has
speakers (a log or a list of settings pasted by mistake) is said, in one line, not to look like a
transcript with speakers, with Import kept greyed. Before, the dialog built one speaker list per label
on the window's thread (sixty thousand of them for a 1.3 MB log, after a 23-second parse)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.core import participants, transcript_text
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.import_text_box import SHOWN_MAX
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.qt_i18n import shown_number
from tests.ui.test_recording_fg_editor import consent_for, new_focus_group, open_editor
from tests.ui_helpers import language_fixture

language = language_fixture("ckb")

MANY = ("This does not look like a transcript with speakers: more than %1 different labels begin lines "
        "with a colon. Each turn begins with its speaker, such as «P3: …».")


def _said_many() -> str:
    return QCoreApplication.translate("ImportTextDialog", MANY).replace(
        "%1", shown_number(transcript_text.MAX_LABELS))


def _editor(ctx: AppContext, store: Store, qtbot: QtBot) -> FocusGroupEditor:
    sid = new_focus_group(store)
    with store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(store, pid, sid)
    return open_editor(ctx, qtbot, sid)


def _dialog(editor: FocusGroupEditor) -> ImportTextDialog:
    editor.transcript.import_button.click()
    dialog = editor.findChild(ImportTextDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _paste(dialog: ImportTextDialog, qtbot: QtBot, text: str) -> None:
    dialog.text_box.selectAll()
    pasted = QMimeData()
    pasted.setText(text)
    dialog.text_box.insertFromMimeData(pasted)  # what Ctrl+V does
    dialog.reparse()
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=30_000)


def _combos(dialog: ImportTextDialog) -> list[QComboBox]:
    return dialog.label_table.findChildren(QComboBox)


@pytest.mark.parametrize("lines", [300, 60_000])  # shown in the box; held (too long to show whole)
def test_a_log_pasted_by_mistake_is_said_not_to_be_a_transcript(
        ctx: AppContext, store: Store, qtbot: QtBot, lines: int) -> None:
    editor = _editor(ctx, store, qtbot)
    dialog = _dialog(editor)
    log = "\n".join(f"user{i}: logged in from 10.0.0.{i % 250}" for i in range(lines))
    _paste(dialog, qtbot, log)
    assert (dialog.held is not None) == (len(log) > SHOWN_MAX)
    assert dialog.summary.text() == _said_many()
    assert dialog.label_table.rowCount() == 0 and _combos(dialog) == []
    assert dialog.turn_table.rowCount() == 0 and not dialog.import_button.isEnabled()

    # A transcript pasted in its place is read as ever.
    dialog.clear_button.click()
    _paste(dialog, qtbot, "P1: نعم\nFacilitator: شكراً")
    assert dialog.labels == ["P1", "Facilitator"] and len(_combos(dialog)) == 2
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_as_many_labels_as_the_cap_are_still_listed(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    editor = _editor(ctx, store, qtbot)
    dialog = _dialog(editor)
    cap = transcript_text.MAX_LABELS
    _paste(dialog, qtbot, "\n".join(["P1: نعم", *(f"Guest{i}: hello" for i in range(cap - 1))]))
    assert len(dialog.labels) == cap and len(_combos(dialog)) == cap
    assert dialog.summary.text() != _said_many()
    _paste(dialog, qtbot, "\n".join(["P1: نعم", *(f"Guest{i}: hello" for i in range(cap))]))
    assert dialog.summary.text() == _said_many() and dialog.label_table.rowCount() == 0
    qtbot.waitUntil(lambda: _combos(dialog) == [])  # the lists of the text before are deleted later
    assert not dialog.import_button.isEnabled()
    dialog.reject()
