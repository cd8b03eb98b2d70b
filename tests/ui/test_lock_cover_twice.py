"""A dialog covered by the lock and given back: its cover left it only at the event loop's next turn
(deleteLater), so a test, or a second lock in the same turn (the idle delay running out again while
the unlock's work was still being handled), still found a lock screen in it. The second lock then
took the hidden, dying cover for its own and left the dialog's content in view. The cover now leaves
the dialog as it is given back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import lock_cover


def _question(qtbot: QtBot) -> tuple[QWidget, QDialog, QLabel]:
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    dialog = QDialog(main)
    dialog.setModal(True)
    content = QLabel("what the participant answered", dialog)
    QVBoxLayout(dialog).addWidget(content)
    dialog.show()
    qtbot.waitExposed(dialog)
    return main, dialog, content


def _cover(dialog: QDialog) -> QWidget:
    return QLabel("locked", dialog)


def test_a_dialog_given_back_holds_no_cover_and_a_lock_at_once_covers_it_again(qtbot: QtBot) -> None:
    main, dialog, content = _question(qtbot)
    hidden = lock_cover.hide_other_windows(main, cover=_cover)
    assert hidden == [dialog] and not content.isVisible()
    lock_cover.show_again(hidden)  # no event processed between this and what follows
    assert dialog.findChild(QWidget, lock_cover.COVER_NAME) is None
    assert content.isVisible()
    hidden = lock_cover.hide_other_windows(main, cover=_cover)
    cover = dialog.findChild(QWidget, lock_cover.COVER_NAME)
    assert cover is not None and cover.isVisible()
    assert not content.isVisible()
    lock_cover.show_again(hidden)
    assert content.isVisible()
