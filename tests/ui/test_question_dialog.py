"""The questions that scroll their text (desktop/ui/widgets/question_dialog.py) answer as the message
boxes they replace did: Esc is Cancel or Not now, Enter alone changes nothing, and the title bar's close
without an escape button leaves the question open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.question_dialog import QuestionDialog
from tests.ui_helpers import end_of_study_offer

Role = QDialogButtonBox.ButtonRole


def _asked(qtbot: QtBot, *roles: Role) -> tuple[QuestionDialog, list[object]]:
    box = QuestionDialog(None, "Title")
    qtbot.addWidget(box)
    box.setText("Question?")
    box.setInformativeText("Why it is asked. " * 40)
    for n, role in enumerate(roles):
        box.addButton(f"Button {n}", role)
    answers: list[object] = []
    box.buttonClicked.connect(answers.append)
    box.finished.connect(lambda _r: answers.append("finished"))
    box.open()
    qtbot.waitUntil(box.isVisible)
    return box, answers


def test_esc_clicks_the_only_rejecting_button(qtbot: QtBot) -> None:
    box, answers = _asked(qtbot, Role.AcceptRole, Role.RejectRole)
    reject = box.buttons()[[box.button_box.buttonRole(b) for b in box.buttons()].index(Role.RejectRole)]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert answers == [reject, "finished"] and box.clickedButton() is reject and not box.isVisible()


def test_without_an_escape_button_esc_and_close_leave_it_open(qtbot: QtBot) -> None:
    box, answers = _asked(qtbot, Role.AcceptRole, Role.ActionRole)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    box.close()
    QApplication.processEvents()
    assert box.isVisible() and answers == [] and box.clickedButton() is None


def test_the_standard_cancel_is_found_by_either_enum(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    box, _answers = _asked(qtbot, Role.AcceptRole)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel) is cancel  # type: ignore[arg-type]
    assert box.escapeButton() is cancel


def test_the_end_of_a_study_offer_erases_nothing_on_enter_or_esc(ctx: AppContext, qtbot: QtBot) -> None:
    """As a message box the offer made Erase identities the default (the first button in the dialog's
    order): Enter alone erased every identity. Not now is the default and Esc's answer now."""
    parent, box = end_of_study_offer(ctx, qtbot)
    qtbot.waitUntil(box.isVisible)
    later = next(b for b in box.buttons() if b.objectName() == "retention_later")
    erase = next(b for b in box.buttons() if b.objectName() == "retention_erase")
    assert box.defaultButton() is later and later.isDefault() and not erase.isDefault()  # type: ignore[attr-defined]
    assert box.focusWidget() is later  # Enter presses it
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.clickedButton() is later and not box.isVisible()
