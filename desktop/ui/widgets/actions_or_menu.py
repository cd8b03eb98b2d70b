"""A session editor's buttons (Code this session…, PDF, Audit trail, Finalise or Unlock…) in one row
beside Back and the title when they fit there, else one "Session actions" button whose menu holds them.

With a larger text size (Settings → Font size at 20 points on a 1366x768 laptop at 150 %) the row went
on to three lines, Back and the title in the middle one, and the tabs under it kept about 100 pixels:
the whole editor scrolled. Now the top of the editor is one line whatever the text size, Back and the
title first, and the tabs get the room. The buttons keep their own visibility (Finalise or Unlock…, as
the session's status says): the menu offers those the row would show, enabled as they are, and
their Alt keys (Alt+I for Finalise) still work while they are in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from desktop.ui.widgets.menu_room import keep_room


class ActionsOrMenu(QWidget):
    """``widgets`` (buttons, or widgets holding buttons in a layout) side by side in reading order when
    the room given is as wide as they are; else the ``more`` button, whose menu triggers them."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None, *,
                 more: QToolButton | None = None) -> None:
        """``more``: a narrower menu button than the usual push button (its words set by a subclass)."""
        super().__init__(parent)
        self.row = QWidget(self)
        row_layout = QHBoxLayout(self.row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row_layout.addWidget(widget)
        self.widgets = list(widgets)
        self.more: QPushButton | QToolButton = QPushButton(self) if more is None else more
        if more is None:
            self.more.setObjectName("session_actions_menu")
        else:
            more.setParent(self)
            more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.menu.aboutToShow.connect(self.fill_menu)
        keep_room(self.menu)  # after fill_menu: measured with the buttons' words in it
        self.more.setMenu(self.menu)
        self.more.hide()
        self._keys: dict[str, QShortcut] = {}  # the buttons' Alt keys while they are in the menu
        self.row.installEventFilter(self)
        # Wider than its smallest (the menu button) only when the row fits: it takes what is left
        # beside Back and the title, which stretches.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.more.setText(self.tr("Session actions"))
        self.more.setToolTip(self.tr("Code this session, PDF, audit trail, finalise or unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self._follow_keys)  # the buttons' new words, and Alt keys with them
        super().changeEvent(event)

    # --- size ------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        row = self.row.sizeHint()
        return QSize(row.width(), max(row.height(), self.more.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        more = self.more.sizeHint()
        return QSize(more.width(), max(more.height(), self.row.sizeHint().height()))

    def collapsed(self) -> bool:
        """The buttons are in the menu."""
        return self.row.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.row and event.type() == QEvent.Type.LayoutRequest:  # words or a button changed
            self.updateGeometry()
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        room = self.rect()
        fits = room.width() >= self.row.sizeHint().width()
        self.row.setVisible(fits)
        self.more.setVisible(not fits)
        self._follow_keys()
        if fits:
            self.row.setGeometry(room)
        else:  # at the end of the line in reading order, where the buttons were
            self.more.setGeometry(QStyle.alignedRect(
                self.layoutDirection(), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.more.sizeHint().boundedTo(room.size()), room))

    def _follow_keys(self) -> None:
        """Hidden in the menu, a button's Alt key no longer reaches it: a shortcut of the same key does,
        only while they are in the menu (beside the button's own it would make both ambiguous)."""
        wanted = {QKeySequence.mnemonic(b.text()).toString() for b in self._all_buttons()} - {""}
        for key in list(self._keys):
            if key not in wanted:
                self._keys.pop(key).deleteLater()
        for key in wanted - set(self._keys):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda k=key: self._pressed(k))
            self._keys[key] = shortcut
        for shortcut in self._keys.values():
            shortcut.setEnabled(self.collapsed())

    def _pressed(self, key: str) -> None:
        for button in self.buttons():
            if QKeySequence.mnemonic(button.text()).toString() == key and button.isEnabled():
                button.click()
                return

    def _all_buttons(self) -> list[QAbstractButton]:
        return [b for w in self.widgets for b in ([w] if isinstance(w, QAbstractButton) else
                                                  w.findChildren(QAbstractButton))]

    # --- the menu --------------------------------------------------------------------------------
    def buttons(self) -> list[QAbstractButton]:
        """The buttons the row shows (or would show), in reading order."""
        found: list[QAbstractButton] = []
        for widget in self.widgets:
            if not widget.isVisibleTo(self.row):
                continue
            if isinstance(widget, QAbstractButton):
                found.append(widget)
                continue
            layout = widget.layout()
            items = [item.widget() for i in range(layout.count()) if (item := layout.itemAt(i)) is not None] \
                if layout is not None else []
            found += [b for b in items if isinstance(b, QAbstractButton) and b.isVisibleTo(widget)]
        return found

    def fill_menu(self) -> None:
        """Made as it opens: the buttons' words, state and visibility of the moment."""
        self.menu.clear()
        for button in self.buttons():
            action = self.menu.addAction(button.icon(), button.text())
            action.setToolTip(button.toolTip())
            action.setEnabled(button.isEnabled())
            if button.isCheckable():  # Shortcuts (the transcript's): shown on or off, as the button is
                action.setCheckable(True)
                action.setChecked(button.isChecked())
            submenu = button.menu() if isinstance(button, QPushButton) else None
            if submenu is not None:  # PDF: its documents, one level down
                action.setMenu(submenu)
            else:
                action.triggered.connect(lambda _=False, b=button: b.click())
