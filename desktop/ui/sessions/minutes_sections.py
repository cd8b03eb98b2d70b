"""The repeating parts of roundtable minutes: agenda items with notes, and editable row tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import text_cut
from desktop.core.models import AgendaItem
from desktop.ui.models.column_table import ColumnTableModel
from desktop.ui.qt_i18n import shown_number
from desktop.ui.sessions.empty_minutes import EmptyPair
from desktop.ui.widgets.cell_delegate import CellDelegate
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.text_limits import LongTextLimit, limit_line
from desktop.ui.widgets.text_lines import text_height

# The rows a table always has room for: at 20 points on a laptop at 150 % the editor's top row, tabs
# and buttons left Attendance half a row, and its empty words 1 pixel of 92. The editor's frame
# scrolls instead, as the focus group's transcript keeps two turns (turns_room.TURNS_LEAST).
LEAST_ROWS = 2
CELL_MARGIN = 2  # above and below a row's text in its cell


class AgendaItemWidget(QWidget):
    edited = Signal()
    removeRequested = Signal(object)

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data  # the dict the service saves; it writes the new id back into it
        self.number = QLabel(self)
        self.title = limit_line(QLineEdit(data.get("title", ""), self), AgendaItem, "title")
        # QTextEdit, not QPlainTextEdit: it right-aligns RTL paragraphs, each on its own.
        self.notes = QTextEdit(self)
        self.notes.setAcceptRichText(False)
        self.notes.setTabChangesFocus(True)
        self.notes_limit = LongTextLimit(self.notes)
        self.notes.setPlainText(data.get("notes", ""))
        self.notes.setMinimumHeight(110)
        self.remove = QPushButton(self)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        self.title.textEdited.connect(lambda _t: self.edited.emit())
        self.notes.textChanged.connect(self.edited.emit)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.title, 1)
        head.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addLayout(head)
        layout.addWidget(self.notes)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setPlaceholderText(translate("AgendaItemWidget", "Agenda item"))
        self.title.setAccessibleName(translate("AgendaItemWidget", "Agenda item title"))
        self.notes.setPlaceholderText(translate("AgendaItemWidget", "Discussion notes"))
        self.notes.setAccessibleName(translate("AgendaItemWidget", "Discussion notes"))
        self.remove.setText(translate("AgendaItemWidget", "Remove"))
        self.remove.setAccessibleName(translate("AgendaItemWidget", "Remove agenda item"))

    def collect(self) -> dict[str, Any]:
        self.data["title"] = self.title.text()
        self.data["notes"] = self.notes.toPlainText()
        return self.data

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.remove.setEnabled(not read_only)


class AgendaSection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemWidget] = []
        self.read_only = False
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_item())
        self._box = QWidget()
        self._list = QVBoxLayout(self._box)
        self._list.addStretch(1)
        self._scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # No Tab stop of its own (a screen reader said only "scroll area"): the items' fields are the
        # stops, and the scroll area brings the one Tab reaches into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._box)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("AgendaSection", "Add &agenda item"))
        for item in self.items:
            item.retranslate()
        self._renumber()  # the digit setting travels with LanguageChange

    def set_items(self, rows: list[dict[str, Any]]) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []
        for row in rows:
            self._append(row)

    def add_item(self, title: str = "") -> AgendaItemWidget:
        item = self._append({"id": None, "title": title, "notes": ""})
        self._focus(item.title)
        self.edited.emit()
        return item

    def _focus(self, field: QWidget) -> None:
        """The focus to ``field``, scrolled into view once laid out: only the Tab key scrolled to a
        field, and an item added below the fold was typed into out of sight."""
        field.setFocus(Qt.FocusReason.OtherFocusReason)

        def show() -> None:
            if not shiboken6.isValid(field) or not field.isVisible() or not self._box.isAncestorOf(field):
                return
            self._list.activate()  # the new item's place, and the scroll bar's range with it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            item = field.parentWidget()
            if item is not None and item is not self._box:
                self._scroll.ensureWidgetVisible(item, 0, 0)  # its notes too, when there is room
            self._scroll.ensureWidgetVisible(field)

        QTimer.singleShot(0, self, show)  # the item is shown (a queued call of its layout's) first

    def _append(self, row: dict[str, Any]) -> AgendaItemWidget:
        item = AgendaItemWidget(row, self._box)
        # Tab goes from the Add button (or the item above) into this item, then on to what came after:
        # an item made later was put at the end of the window's Tab order, so Tab from its Remove left
        # the editor for the navigation list.
        chain(self.items[-1].remove if self.items else self.add_button, item.title, item.notes, item.remove)
        item.edited.connect(self.edited.emit)
        item.removeRequested.connect(self._remove)
        item.set_read_only(self.read_only)
        self._list.insertWidget(len(self.items), item)
        self.items.append(item)
        self._renumber()
        return item

    def _remove(self, item: AgendaItemWidget) -> None:
        # An item may hold an hour of discussion notes: one click on Remove must not take them.
        title, notes = item.title.text().strip(), item.notes.toPlainText().strip()
        if title or notes:
            translate = QCoreApplication.translate
            question = translate("AgendaSection", "Remove agenda item %1 and its discussion notes?").replace(
                "%1", f"{item.number.text().rstrip('.')} ({text_cut.shortened(title, 60)})" if title else item.number.text().rstrip("."))
            if not confirm_removal(self, translate("AgendaSection", "Remove an agenda item"), question):
                return
        # The focus goes to the item that takes its place (or the one before it, or Add agenda item):
        # it went with the Remove button, to nothing, and the next Tab started from the window's top.
        at = self.items.index(item)
        self.items.remove(item)
        item.hide()
        item.deleteLater()
        self._renumber()
        following = self.items[min(at, len(self.items) - 1)] if self.items else None
        self._focus(following.title if following is not None else self.add_button)
        self.edited.emit()

    def _renumber(self) -> None:
        for i, item in enumerate(self.items):
            item.number.setText(f"{shown_number(i + 1)}.")

    def collect(self) -> list[dict[str, Any]]:
        return [item.collect() for item in self.items]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        for item in self.items:
            item.set_read_only(read_only)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class TableSection(QWidget):
    """A ColumnTableModel in a table with Add / Remove buttons (Delete key removes the current row)."""

    def __init__(
        self, model: ColumnTableModel, add_text: Callable[[], str], name: Callable[[], str], parent: QWidget | None = None,
        empty: EmptyPair | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._add_text, self._name = add_text, name
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setModel(model)
        self.view.setItemDelegate(CellDelegate(self.view))  # columns without their own: typing survives a repaint
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # The first column holds the free text (what, decision, attendee): it takes the spare width.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        # Rows as tall as their words, wrapped at whole words: a decision is a sentence or two, and one
        # line's height showed it cut with "…" on a laptop's screen (a few rows: sized all at once).
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        # Enabled once a row is chosen: with none it did nothing and said nothing.
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable_remove())
        for signal in (model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self._enable_remove())
        # On more lines when the buttons are wider than the tab (a larger text size): the roundtable's
        # attendance adds three buttons, and in one row at 24 points they made the whole editor 1,323
        # pixels wide, wider than the screen, its tabs scrolling sideways.
        self.buttons = FlowRow([self.add_button, self.remove_button], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        layout.addWidget(self.view, 1)
        chain(self.add_button, self.remove_button, self.view)  # the buttons above the table come first
        self._capped: dict[int, float] = {}
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self._fit_capped())
        self.view.viewport().installEventFilter(self)
        self._keep_rows()
        # While it has no rows, what it is for (a draft) or that nothing was recorded (final minutes),
        # the view as tall as the words need (the editor's frame scrolls).
        self.empty_words = None if empty is None else EmptyWords(
            self.view, lambda: empty[1]() if self.model.read_only else empty[0](), keep_height=True)
        self.retranslate()
        self._enable_remove()

    def cap_column(self, column: int, share: float) -> None:
        """``column`` as wide as its words, up to ``share`` of the table's width, its words wrapped past
        that. (As wide as its words without end, an action item's owner of three lines' length made the
        column 780 pixels wide at 20 points, the Action column beside it squeezed and the table
        scrolling sideways on a laptop.)"""
        self._capped[column] = share
        self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_capped()

    def _fit_capped(self) -> None:
        header = self.view.horizontalHeader()
        for column, share in self._capped.items():
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            most = int(self.view.viewport().width() * share)
            header.resizeSection(column, max(header.minimumSectionSize(), min(wanted, most)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self._capped:
            QTimer.singleShot(0, self, self._fit_capped)  # after the view has laid its columns out
        return super().eventFilter(watched, event)

    def _keep_rows(self) -> None:
        """The view at least as tall as its column titles and ``LEAST_ROWS`` rows of one line, while it
        shows: a tab out of sight keeps no height (the tabs are as tall as their tallest page, and the
        Attendance tab's two rows and two lines of buttons scrolled the Details tab, which fits)."""
        view = self.view
        row = text_height(view.font(), 1) + 2 * CELL_MARGIN
        least = view.horizontalHeader().sizeHint().height() + LEAST_ROWS * row + 2 * view.frameWidth()
        if not self.isVisible():
            least = 0
        empty_words = getattr(self, "empty_words", None)
        if empty_words is not None:
            empty_words.own_minimum = least  # the words may ask for more while they show
        view.setMinimumHeight(least)
        if empty_words is not None:
            empty_words.follow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_rows()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._keep_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_rows()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) and self._capped:
            QTimer.singleShot(0, self, self._fit_capped)  # the words' widths changed

    def retranslate(self) -> None:
        self.add_button.setText(self._add_text())
        self.remove_button.setText(QCoreApplication.translate("TableSection", "Remove selected"))
        self.view.setAccessibleName(self._name())
        self.model.retranslate()

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(not self.model.read_only and self.view.currentIndex().isValid())

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or self.model.read_only:
            return
        row = self.model.rows[index.row()]
        if all(_blank(row.get(key)) or row.get(key) == default for key, default in self.model.defaults.items()):
            self.model.remove(index.row())  # nothing written in it (Add once too often): no question
            return
        # Named by the first words it has: an action item with only its owner asked about "()".
        shown = (str(self.model.index(index.row(), column).data() or "").strip()
                 for column in range(self.model.columnCount()))
        question = QCoreApplication.translate("TableSection", "Remove the selected row (%1)?").replace(
            "%1", text_cut.shortened(next((text for text in shown if text), ""), 60))
        title = QCoreApplication.translate("TableSection", "Remove a row")
        if confirm_removal(self, title, question):
            self.model.remove(index.row())

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self._enable_remove()
        if self.empty_words is not None:
            self.empty_words.follow()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and not self.model.read_only:
            self.remove_current()
            return
        super().keyPressEvent(event)
