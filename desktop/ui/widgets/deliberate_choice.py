"""A drop-down list, and a group of radio buttons, whose choice takes effect only when a person makes it.

Qt's closed combo box changes its choice under the arrow keys, Page Up/Down, Home/End, a letter typed
and the wheel, each change applied at once. For the interface language that was a trap: Ctrl+9 put the
keyboard in the Settings page's language box, and one press of Down switched the whole interface to a
language the person may not read, the way back written in it. Here those keys open the list instead,
the letter typed moving to the first name it begins; in the open list the keys only move the
highlight, Enter (or a click) chooses and Escape leaves the choice as it was. The wheel never turns it:
it scrolls the page under the pointer.

The first-run wizard's languages are radio buttons, and Qt's arrows in a group of them tick the next one
as they move to it: each press switched the interface. DeliberateRadioButton's arrows move only the
keyboard's focus; Space, Enter or a click ticks the one the focus is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from desktop.ui.widgets.wheel_guard import ChoiceBox

# The keys with which a closed QComboBox moves to another item (QComboBox::keyPressEvent).
MOVES = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Home, Qt.Key.Key_End})
SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class DeliberateChoiceBox(ChoiceBox):
    """A combo box the keyboard opens rather than turns: its choice changes only from the open list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shortcut = bool(event.modifiers() & SHORTCUT_MODIFIERS)
        typed = event.text() if event.text().isprintable() and event.text().strip() else ""
        if self.isEditable() or shortcut or not (event.key() in MOVES or typed):
            super().keyPressEvent(event)
            return
        self.showPopup()
        if typed:
            self.view().keyboardSearch(typed)  # "E": the highlight on English, not yet chosen
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # passed on to the page, which scrolls


def stop_on_ticked(group: QButtonGroup) -> None:
    """The button ticked is the group's one Tab stop, the others taken by a click or the arrows only."""
    ticked = group.checkedButton()
    if ticked is None:
        return
    for button in group.buttons():
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is ticked else Qt.FocusPolicy.ClickFocus)


class DeliberateRadioButton(QRadioButton):
    """A radio button of a group whose arrows go from button to button without ticking any; Enter ticks it.
    The group's one Tab stop is the button ticked (Qt moves it to the button last focused)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # Qt's: this button the group's one Tab stop
        group = self.group()
        if group is not None:
            stop_on_ticked(group)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        group = self.group()
        key = event.key()
        if group is None or event.modifiers() & SHORTCUT_MODIFIERS:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isChecked():
            self.click()  # chosen; Enter on the button already ticked goes on to the dialog (its Next)
            event.accept()
            return
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            super().keyPressEvent(event)
            return
        # Up and Down in the order shown (a column); Left and Right would tick at Qt's hands: nothing.
        shown = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key), 0)
        at = shown.index(self) + step if self in shown else -1
        if step and 0 <= at < len(shown):
            reason = Qt.FocusReason.BacktabFocusReason if step < 0 else Qt.FocusReason.TabFocusReason
            shown[at].setFocus(reason)
            event.accept()
        else:
            event.ignore()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """The group is one Tab stop, the button ticked: Tab from another (where the arrows put the focus)
        leaves the group as from there, not on to the ticked one further down the chain."""
        group = self.group()
        ticked = group.checkedButton() if group is not None else None
        if group is None or ticked is None or ticked is self:
            return super().focusNextPrevChild(forward)
        members = set(group.buttons())
        stop: QWidget = ticked
        widget: QWidget | None = stop
        while widget is not None:
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is None or widget is stop:
                return super().focusNextPrevChild(forward)
            if (widget not in members and widget.window() is self.window() and widget.focusProxy() is None
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled()):
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(forward)
