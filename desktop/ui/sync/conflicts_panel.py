"""The Sync page's open conflicts (the centre's): their list, and a conflict opened to be resolved by
a double click, by Enter on its row, or by the Resolve button.

A coordinator works through thirty of them from the keyboard: the list read again after each
resolution keeps the keyboard's place, so Enter opens the next at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.erasure import ERASED_RESOLUTION
from desktop.sync import conflicts
from desktop.sync.centre_view import CentreView
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.models import ConflictsModel
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.text_direction import cells_follow_their_text


class ConflictsPanel(QWidget):
    def __init__(self, ctx: AppContext, results: ResultsLog, refresh: Callable[[], None],
                 failed: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        """``results`` says a resolution; ``refresh`` reads the page again after one; ``failed`` says a
        resolution that could not be written (the page's one line for a failed sync step)."""
        super().__init__(parent)
        self.ctx = ctx
        self._results, self._refresh, self._failed = results, refresh, failed
        self.label = QLabel()
        self._count: int | None = None
        # An import is running: a resolution would wait behind it on the one DB worker.
        self.held = False  # the open conflicts read last (None before the first read)
        self.model = ConflictsModel(self)
        self.view = QTableView()
        cells_follow_their_text(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Where the conflict is, whole (Qt's default 100 pixels read "Session: گفتوگۆی …"), and the two
        # versions side by side, equally wide (the current text had 100 pixels, the other the rest).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.viewport().installEventFilter(self)
        # Widened or narrowed by hand (its header's edge dragged): kept, not fitted again at the next
        # resize of the window (every resize put it back).
        self._where_by_hand = False
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.label.setBuddy(self.view)
        self.resolve_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.resolve_button.clicked.connect(self.resolve_selected)
        # Activated: a double click, and Enter on the row the arrows reached (a coordinator works
        # through thirty of them from the keyboard). Not also doubleClicked: that opened it twice.
        self.view.activated.connect(self._open_conflict)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_where()
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0 and not self._fitting:
            self._where_by_hand = True

    def _fit_where(self) -> None:
        """"Where" as wide as its longest text, up to two fifths of the table: the versions keep room;
        unless the coordinator set its width by hand."""
        if not self.model.items or self._where_by_hand:
            return
        room = self.view.viewport().width() * 2 // 5
        self._fitting = True
        try:
            self.view.setColumnWidth(0, min(self.view.sizeHintForColumn(0), room))
        finally:
            self._fitting = False

    def retranslate(self) -> None:
        self.resolve_button.setText(self.tr("&Resolve conflict…"))
        # How many, said: an empty table alone left a coordinator wondering whether any had been read.
        if self._count is None:
            self.label.setText(self.tr("Open &conflicts:"))
        elif self._count == 0:
            self.label.setText(self.tr("Open &conflicts: none"))
        else:
            self.label.setText(self.tr("Open &conflicts: %1").replace("%1", self.ctx.language.format_number(self._count)))
        self.resolve_button.setAccessibleName(self.tr("Resolve conflict"))
        self.view.setAccessibleName(self.tr("Open conflicts"))
        self._fit_where()  # its words in the language now chosen

    def set_conflicts(self, found: CentreView) -> None:
        """The list read again keeps the keyboard's place: the same conflict if it is still open, else
        the one now in its row (after a resolution, the next), so Enter opens the next at once."""
        view, model = self.view, self.model
        row = view.currentIndex().row()
        was = model.items[row].id if 0 <= row < len(model.items) else None
        model.set_items(found.conflicts, found.contexts)
        self._count = len(model.items)
        self.retranslate()
        self._enable()
        if was is None or not model.items:
            return
        ids = [item.id for item in model.items]
        self._make_current(ids.index(was) if was in ids else min(row, len(ids) - 1))

    def _make_current(self, row: int) -> None:
        """``row`` current and selected. Not QTableView.selectRow: right to left (Arabic, Kurdish) it looks
        for the column at the viewport's far edge, one pixel past the last, and makes no row current, so
        Enter opened nothing after the first resolution."""
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)

    def set_held(self, held: bool) -> None:
        """An import is running (``held``): Resolve waits for it, greyed (Enter and a double click too)."""
        self.held = held
        self._enable()

    def _enable(self) -> None:
        self.resolve_button.setEnabled(bool(self.model.items) and not self.held)

    def _open_conflict(self, index: QModelIndex) -> None:
        self._make_current(index.row())
        self.resolve_selected()

    def resolve_selected(self) -> ConflictDialog | None:
        if self.held:
            return None
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.model.index(0, 0, QModelIndex())
        if not index.isValid():
            return None
        item = self.model.items[index.row()]
        context = self.model.contexts[index.row()]
        dialog = ConflictDialog(item, context, self._format_when, self)
        dialog.accepted.connect(lambda: self._resolve(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _format_when(self, when: dt.datetime) -> str:
        return self.ctx.language.format_datetime(when.astimezone())

    def _resolve(self, dialog: ConflictDialog) -> None:
        conflict_id = dialog.conflict.id
        choice, text, actor = dialog.choice, dialog.text, self.ctx.user_name

        def work(store: Store) -> str:
            return conflicts.resolve(store, conflict_id, choice, text=text, actor=actor)  # type: ignore[arg-type]

        CollectionOp.on_store(self.ctx, work).success(lambda _: self._resolved()).failure(self._not_resolved) \
            .run_in_background()

    def _not_resolved(self, exc: BaseException) -> None:
        """Refused or failed: said, and the list read again (a conflict closed meanwhile stood in it,
        and every try said "Something went wrong")."""
        # Each case in its own words: a conflict resolved in another window or with majlis-cli was said
        # to have been closed by an erasure, and one whose row was deleted meanwhile "resolved".
        if isinstance(exc, conflicts.ConflictClosed) and exc.details.get("resolution") == ERASED_RESOLUTION:
            self._results.say(lambda: self.tr("This conflict was already closed (an erasure closes the conflicts "
                                              "over the words it erased). Nothing was changed."))
        elif isinstance(exc, conflicts.ConflictClosed):
            self._results.say(lambda: self.tr("This conflict was already resolved (in another window, or with "
                                              "majlis-cli). Nothing was changed."))
        elif isinstance(exc, conflicts.ConflictRowDeleted):
            self._results.say(lambda: self.tr("The text of this conflict was deleted meanwhile (its session, agenda "
                                              "item or turn was deleted): nothing is left to decide, and the "
                                              "conflict is closed. Nothing was written."))
        else:
            self._failed(exc)
        self._refresh()

    def _resolved(self) -> None:
        self._results.say(lambda: self.tr("Conflict resolved."))
        self._refresh()
