"""Add attendee: a participant or an organisation found by typing, and the role they attend in.

The picker was a plain list of the first 5,000 pseudonyms (or organisations) with no search: at a
centre holding more, the others could never be chosen, and scrolling thousands of look-alike codes
was the only way to the rest. Now what is typed narrows the list (part of a pseudonym, part of a
name, folded as the pages' filters fold Arabic and Kurdish). Only the first ``SHOWN`` matches are read
and listed, the search runs on the DB worker after a pause in the typing, and a line says when more
match than are listed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core.reference import ATTENDANCE_ROLES
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import QueryOp, read_now
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.search_letters import needs_letters, only_marks
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

# (session, typed text, at most) -> [(id, what is shown)] in the order to list them
Find = Callable[[OrmSession, str, int], list[tuple[str, str]]]

SHOWN = 200  # matches listed at most: more are found by typing more
PAUSE_MS = 150  # the search waits for a pause in the typing
# Keys typed in the search box that move in the list instead (the list keeps no focus of its own then).
_LIST_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class AttendeeDialog(QDialog):
    """Pick a participant (``kind="participant"``) or an organisation, and the role they attend in."""

    def __init__(self, ctx: AppContext, find: Find, parent: QWidget | None = None, *,
                 kind: str = "participant", role: str = "") -> None:
        """``role``: the one chosen at first (the first in the list, "provincial council member", took a
        citizen found and Enter pressed for one)."""
        super().__init__(parent)
        self.ctx, self._find, self.kind = ctx, find, kind
        self.searches = 0  # searches shown (tests wait on it)
        self._asked = 0  # searches asked for: an older one coming back late is not shown
        self.setWindowTitle(self.tr("Add attendee"))
        self.find_box = QLineEdit(self)
        self.find_box.setClearButtonEnabled(True)
        if kind == "organisation":
            self.find_box.setPlaceholderText(self.tr("Type part of the organisation's name"))
        else:
            self.find_box.setPlaceholderText(self.tr("Type part of the pseudonym"))
        self.find_box.setAccessibleName(self.tr("Search"))
        self.find_box.installEventFilter(self)
        self.who = QListWidget(self)
        self.who.setAccessibleName(self.tr("Attendee"))
        self.who.setUniformItemSizes(True)
        self.who.itemActivated.connect(lambda _item: self.accept())
        self.note = WordWrapLabel(self)  # more match than listed, or none does
        self.role = ChoiceBox(self)
        for code in ATTENDANCE_ROLES:
            self.role.addItem(labels.role(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.role.setAccessibleName(self.tr("Role"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.who.currentRowChanged.connect(lambda _row: self._enable_ok())
        form = QFormLayout(self)
        form.addRow(self.tr("Search"), self.find_box)
        form.addRow(self.tr("Attendee"), self.who)
        form.addRow(self.note)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.find_box.textChanged.connect(lambda _t: self._timer.start())
        # The first page at once (a limited read): the dialog never opens on an empty list.
        self._show("", read_now(ctx, lambda s: find(s, "", SHOWN + 1)))
        self.find_box.setFocus()

    # --- searching ---------------------------------------------------------------------------------

    def search(self) -> None:
        """The matches of what is typed now, read on the DB worker; the last search asked wins."""
        self._timer.stop()
        self._asked += 1
        asked, text, find = self._asked, self.find_box.text(), self._find

        def found(rows: list[tuple[str, str]]) -> None:
            if asked == self._asked:
                self._show(text, rows)

        QueryOp(self.ctx, lambda s: find(s, text, SHOWN + 1), found).owned_by(self).run_in_background()

    def _show(self, text: str, rows: list[tuple[str, str]]) -> None:
        self.who.clear()
        for ref_id, name in rows[:SHOWN]:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ref_id)
            self.who.addItem(item)
        if rows:
            self.who.setCurrentRow(0)  # Enter takes the first match
        if len(rows) > SHOWN:
            say(self.note, lambda: self.tr("Only the first %1 are listed: type more to find the others.").replace(
                "%1", self.ctx.language.format_number(SHOWN)))
        elif not rows and only_marks(text):  # harakat, tatweel, direction marks: nothing to look for
            say(self.note, needs_letters)
        elif not rows and text.strip():
            say(self.note, lambda: self.tr("Nothing matches what is typed."))
        else:
            say(self.note, "")
        self.note.setHidden(not self.note.text())
        self._enable_ok()
        self.searches += 1

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.who.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search box move in the list, the typing kept."""
        if watched is self.find_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in _LIST_KEYS and self.who.count():
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
            row = self.who.currentRow() + step[Qt.Key(event.key())]
            self.who.setCurrentRow(max(0, min(self.who.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self._timer.isActive():  # typed, and OK (or Enter) before the list followed: find it first
            self.search()
            return
        if self.who.currentItem() is not None:
            super().accept()

    # --- what was chosen ---------------------------------------------------------------------------

    def choice(self) -> tuple[str, str] | None:
        item = self.who.currentItem()
        ref_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return (str(ref_id), self.role.currentData()) if ref_id else None

    def chosen_name(self) -> str:
        item = self.who.currentItem()
        return item.text() if item is not None else ""

    def offered(self) -> list[str]:
        """What the list shows, top to bottom."""
        return [self.who.item(i).text() for i in range(self.who.count())]
