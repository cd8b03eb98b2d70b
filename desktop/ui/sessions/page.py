"""The sessions list: filters, a lazily loaded table, and the actions that open or create sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import sessions as svc
from desktop.core.errors import EnvironmentProblem
from desktop.core.reference import GOVERNORATES, SESSION_KINDS, SESSION_STATUSES
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import CollectionOp
from desktop.ui.page_base import Page
from desktop.ui.sessions.list_columns import VENUE_WIDTH, ListColumns
from desktop.ui.sessions.list_model import SessionListModel
from desktop.ui.widgets import live_status
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.filter_area import FilterArea
from desktop.ui.widgets.filter_fold import FilterFold
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.menu_room import keep_context_menu_room
from desktop.ui.widgets.refit_on_font import refit_on_font_change
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.select_row import select_row
from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT
from desktop.ui.widgets.stacking_row import StackingRow, labelled
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.while_alive import while_alive
from desktop.ui.widgets.whole_hint import keep_hint_whole

NO_DATE = QDate(2000, 1, 1)


# The venue column's widest: a long venue is cut rather than the title (the column that stretches).


class SessionsPage(Page):
    key = "sessions"
    openSession = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = SessionListModel(ctx, self)
        self.busy = BusyState(self)
        self.loads = 0  # reloads that arrived from the worker (tests wait on it)
        self.creating = False  # a new session is being stored (its editor opens when it is)
        self.new_roundtable = QPushButton(self)
        self.new_roundtable.clicked.connect(lambda: self.new_session("roundtable"))
        self.new_focus_group = QPushButton(self)
        self.new_focus_group.clicked.connect(lambda: self.new_session("focus_group"))
        self.filters_toggle = QPushButton(self)  # shown only where the page is short (filter_fold)
        # Opened where the page is short (20 points on a laptop), the filters scroll in an area of their
        # own above the list, which keeps rows in sight (filter_area); elsewhere the area is as tall as they.
        self.filter_area = FilterArea(self)
        self.search = QLineEdit(self)
        self.search_hint = keep_hint_whole(self.search)  # its hint whole, not "Search title or…"
        self.search.setClearButtonEnabled(True)
        self.kind = ChoiceBox(self)
        self.governorate = ChoiceBox(self)
        self.status = ChoiceBox(self)
        self._too_early = False  # a year before 2000 was just typed into From or To (refused)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.date_to)
        self.count_label = QLabel(self)
        # From a date after To: no session can match, and the empty list said nothing of why.
        self.dates_error = FieldError(self)
        # Only marks typed (harakat, tatweel, direction marks): nothing to look for, and the empty list
        # said nothing of why.
        self.search_error = FieldError(self)
        self.search_error.describe(self.search)
        self.dates_error.describe(self.date_from, self.date_to)  # From after To: both are to put right

        self.view = QTableView(self)
        cells_follow_their_text(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setObjectName("sessions_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes the spare width
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(2, 110)
        self.view.setColumnWidth(3, 120)
        self.view.setColumnWidth(4, VENUE_WIDTH)
        self.view.setColumnWidth(5, 90)
        self._fitted_for: tuple[str, str] | None = None  # the language and digits the columns fit
        self.columns = ListColumns(self.view)
        # activated = Enter on the keyboard and double-click with the mouse.
        self.view.activated.connect(lambda index: self.openSession.emit(self.model.session_id(index.row())))
        # Right-click (or the menu key) on a row: open it, go straight to coding it, or sort by the
        # current cell's column (sorting was a click on a column's header only).
        self.open_action, self.code_action, self.sort_action = QAction(self), QAction(self), QAction(self)
        self.code_action.setShortcut(QKeySequence(CODE_SESSION_SHORTCUT))
        for action in (self.open_action, self.code_action, self.sort_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        keep_context_menu_room(self.view)  # its words whole at 20 points
        self.open_action.triggered.connect(self._open_current)
        self.code_action.triggered.connect(self.code_current)
        self.sort_action.triggered.connect(self.sort_by_current_column)

        # Typing in the search box waits for a pause, so 12,000 rows are not re-queried per letter.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind, self.governorate, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())

        # The two buttons, and the count at the row's far end, on more lines where the page is narrow (at 20
        # points on a laptop at 150 % with the dates below side by side, the page asked 681 pixels of 613
        # and scrolled sideways, the count cut at its edge).
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        actions = StackingRow([(FlowRow([self.new_roundtable, self.new_focus_group, self.filters_toggle]), 0),
                               (self.count_label, 1)])
        # The three lists go on to another line where the page is too narrow for them beside the search
        # (24 points: the statuses list ran past the page's edge).
        self.lists = FlowRow([self.kind, self.governorate, self.status])
        filters = StackingRow([(self.search, 2), (self.lists, 0)])
        # On the first line beside the lists, not in the middle of their lines: in English at 20 points the
        # filters opened short (filter_area) showed the kinds' list and not the search below it.
        filters.box.setAlignment(self.search, Qt.AlignmentFlag.AlignTop)
        # The dates on a line of their own: on one line with the rest the filters asked for 836 logical
        # pixels in Kurdish, more than a 1366x768 laptop at 150 % gives the page.
        # From and To each with its label, the second under the first where the two do not fit.
        # The row itself is what folds (filter_fold), in a layout (in the filter area's): a container widget
        # of its own around it took the two date fields out of the page's Tab chain (never reached by Tab).
        self.dates = StackingRow([(labelled(self.from_label, self.date_from), 0),
                                  (labelled(self.to_label, self.date_to), 0)])
        dates = QHBoxLayout()
        dates.addWidget(self.dates)
        dates.addStretch(1)
        self.filter_area.hold([filters, self.search_error, dates, self.dates_error])
        layout = QVBoxLayout(self)
        layout.addWidget(actions)
        layout.addWidget(self.filter_area)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.fold = FilterFold(self, self.filters_toggle, [filters, self.dates, self.count_label], [actions], self.view,
                               self._filters_on, self._filters_words, self.filter_area)
        # Opening the page puts the focus in the table; Tab goes on from there to the buttons, the
        # search and the filters above it (in the order of creation Tab skipped them).
        # The table is the page's last widget: Qt takes "table, then the button" as already so (the
        # page's own entry, which leads to the table, comes round between them), so it is moved first.
        QWidget.setTabOrder(self.new_roundtable, self.view)
        self.filter_area.chain(self.view, self.new_roundtable, self.new_focus_group, self.filters_toggle, self.search,
                               self.kind, self.governorate, self.status, self.date_from, self.date_to)
        # In the middle of an empty list: how to start one, or that the search and filters hide them all.
        self.empty_words = EmptyWords(self.view, self._empty_words, keep_height=True)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._fit_columns)
        refit_on_font_change(self.view, lambda: self._fit_columns(again=True))  # 20 points: every column was 170
        while_alive(ctx.language.digitsChanged, self, self.model.retranslate)
        while_alive(ctx.language.languageChanged, self, self.apply_filter)
        # Sessions also arrive or change from elsewhere (an import or a team update on the Sync page, a
        # conflict decided there): the list, read once when the window opened, went on saying "No sessions
        # yet" after the day's bundles. Read again at once on screen, else when next shown.
        self._stale = False
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()
        # The first read is on the DB worker, as the later ones are: the main window is on screen at
        # once over a campaign's 10,000 sessions (DESIGN: within 1 s of the passphrase), the rows a
        # moment later, with the busy look if they take over 300 ms.
        self.apply_filter()

    def heightForWidth(self, width: int) -> int:
        """Where the filters fold (a short page), the height the page's frame gives it before scrolling is
        its smallest: the list's wish for four rows (192 pixels) scrolled the page with the filters open
        at 20 points, the rows the fold keeps for it in sight below them (filter_fold, filter_area)."""
        fold = getattr(self, "fold", None)  # asked while the page is being made
        if fold is not None and fold.short:
            return self.minimumSizeHint().height()
        return super().heightForWidth(width)

    def _date_edit(self) -> QDateEdit:
        edit = DigitDateEdit(lambda: self.ctx.language.digits, self)  # the digit setting, not the locale's
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        # A year before 2000 typed: refused by the box, said under the dates until a date is taken (these
        # connections come before the filter's, so the line is gone or kept when the filter reads them).
        edit.yearTooEarly.connect(lambda: self._year_refused(True))
        edit.dateChanged.connect(lambda _d: self._year_refused(False))
        return edit

    def _year_refused(self, refused: bool) -> None:
        self._too_early = refused
        if refused:
            self._say_crossed_dates(self.current_filter())

    def title(self) -> str:
        return self.tr("Sessions")

    def sort_by_current_column(self) -> None:
        """Sort by the current cell's column, A to Z (earliest first); by that column already: the other
        way round. The header's sort arrow follows, as after a click on it."""
        column = self.view.currentIndex().column()
        if column < 0:
            return
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.view.sortByColumn(column, order)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open"))
        self.code_action.setText(self.tr("&Code this session…"))
        self.sort_action.setText(self.tr("&Sort by this column"))
        self.new_roundtable.setText(self.tr("New &roundtable"))
        self.new_focus_group.setText(self.tr("New focus &group"))
        self.search_hint.set_hint(self.tr("Search title or venue"))
        self.search.setAccessibleName(self.tr("Search title or venue"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setSpecialValueText(self.tr("any"))
            edit.setAccessibleName(name)
        self._fill(self.kind, self.tr("All kinds"), [(k, labels.kind(k)) for k in SESSION_KINDS])
        lang = self.ctx.language.language
        self._fill(self.governorate, self.tr("All governorates"), [(g.key, g.name(lang)) for g in GOVERNORATES])
        self._fill(self.status, self.tr("All statuses"), [(k, labels.status(k)) for k in SESSION_STATUSES])
        self.kind.setAccessibleName(self.tr("Kind"))
        self.governorate.setAccessibleName(self.tr("Governorate"))
        self.status.setAccessibleName(self.tr("Status"))
        self.view.setAccessibleName(self.tr("Sessions"))
        self.model.retranslate()
        self._update_count()
        if hasattr(self, "fold"):
            self.fold.say()

    def current_session_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            rows = self.view.selectionModel().selectedRows()
            index = rows[0] if rows else index
        return self.model.session_id(index.row()) if index.isValid() else None

    def _open_current(self) -> None:
        session_id = self.current_session_id()
        if session_id:
            self.openSession.emit(session_id)

    def code_current(self) -> QWidget | None:
        """The coding window on the selected session (no editor in between)."""
        from desktop.ui.coding.window import open_coding_window

        session_id = self.current_session_id()
        return open_coding_window(self.ctx, session_id) if session_id else None

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for key, text in items:
            combo.addItem(text, key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _date(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def current_filter(self) -> svc.SessionFilter:
        return svc.SessionFilter(
            kind=self.kind.currentData(),
            governorate=self.governorate.currentData(),
            status=self.status.currentData(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        """Search on the DB worker: over a campaign's 10,000 sessions a filter took 0.1 to 0.3 s of the
        UI thread; the list keeps painting and fills when the worker is done (the last filter wins)."""
        self._debounce.stop()
        self.model.filter = self.current_filter()
        self.fold.say()
        self._say_crossed_dates(self.model.filter)
        say_if_only_marks(self.search_error, self.search.text())
        self.refresh()

    def _say_crossed_dates(self, flt: svc.SessionFilter) -> None:
        """From after To matches no session: the line under the dates says so (the list is empty
        because of the dates, not because none was held); gone once they are in order again."""
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self.dates_error.set_error(lambda: self.tr(
                "The From date is after the To date: no session can fall between them."))
        elif self._too_early:
            self.dates_error.set_error(lambda: self.tr("No session is dated before 2000: type a year from 2000 on."))
        else:
            self.dates_error.set_error("")

    def _fit_columns(self, again: bool = False) -> None:
        """The date, kind, governorate and status columns as wide as what they show, the venue at most
        VENUE_WIDTH: the title (Stretch) takes the rest. Fixed widths left an Arabic roundtable's title
        cut short in the 1180-pixel window beside a date column half empty. Done once per language and
        digits (an Arabic date is longer), not on every read, so a column a person widened stays so;
        ``again`` after a new font reached the list (a text size, a language's font)."""
        shown = (str(self.ctx.language.language), str(self.ctx.language.digits))
        if again:
            self._fitted_for = None
        if self._fitted_for == shown or not self.model.rowCount():
            return
        self._fitted_for = shown
        self.columns.fit()  # within the list's width at 20 points too (list_columns)

    def _empty_words(self) -> str:
        if not self.loads:
            return ""
        flt = self.model.filter
        if any((flt.kind, flt.governorate, flt.status, flt.date_from, flt.date_to, flt.text.strip())):
            return self.tr("No session matches the search and filters.")
        return self.tr("No sessions yet. Start one with New roundtable or New focus group.")

    def _filters_words(self, n: int) -> str:
        """The Filters button's words: how many filters (the search among them) are on."""
        if not n:
            return self.tr("Filters")
        # Not a plural message: a count in brackets reads alike for any number in ar and ckb, and
        # English plural forms are made only for "(s)" sources (translations/ts_tool.py).
        return self.tr("Filters (%1 on)").replace("%1", self.ctx.language.format_number(n))

    def _filters_on(self) -> int:
        """The search, lists and dates that narrow the list now (said on the Filters button)."""
        flt = self.current_filter()
        values = (flt.kind, flt.governorate, flt.status, flt.date_from, flt.date_to, flt.text.strip())
        return sum(1 for value in values if value)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        # %n picks the plural form (Arabic has six); the number itself follows the digit setting.
        self.count_label.setText(self.tr("%n session(s)", "", n).replace(str(n), self.ctx.language.format_number(n)))

    def _on_data_changed(self, tables: object) -> None:
        if not (isinstance(tables, set | frozenset) and "session" in tables):
            return
        if self.isVisible():
            self.refresh()
        else:  # hidden (another page, a session's editor): no read per save while an editor types
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read again on the DB worker (after an import, 12,000 sessions took a tenth of a second or
        more on the UI thread); the selection follows its session (or goes to ``select``'s)."""
        self._stale = False
        selected = self.view.currentIndex()
        sid = select or (self.model.session_id(selected.row()) if selected.isValid() else None)

        def reselect() -> None:
            self.loads += 1
            self.empty_words.follow()  # nothing said before the first read: a held list is not "none yet"
            if sid:
                row = self.model.row_of(sid)
                if row >= 0:
                    select_row(self.view, row)

        self.model.reload_in_background(self.busy, reselect)

    def back_from_editor(self, session_id: str) -> None:
        """Shown again as its editor closes: the session is the current row (Enter opens it again, Up and
        Down go on from it); the list had the keyboard on another row (its first), or on none."""
        self.refresh(select=session_id)

    def new_session(self, kind: str) -> None:
        """Create the session on the DB worker and open its editor when it is stored.

        Writing it (session, change log, search index) took 0.1 to 0.3 s on the UI thread of a busy
        laptop; the editor now opens a moment after the click instead, the window painting meanwhile.
        The person at the keyboard runs the session unless they write someone else in.
        """
        if self.creating:
            return  # a second click while the first session is being stored: one session, not two
        self._set_creating(True)
        people = {"facilitator": self.ctx.user_name.strip()} if self.ctx.user_name.strip() else {}
        # Held, most likely, in the language the facilitator works in: a Kurdish screen no longer
        # starts every new session as Arabic (the column's default). The details tab changes it.
        language = self.ctx.language.language
        CollectionOp.on_store(
            self.ctx, lambda store: svc.create_session(store, kind, date=dt.date.today(), language=language, **people)
        ).success(self._created).failure(self._not_created).with_busy(self.busy).run_in_background()

    def _set_creating(self, creating: bool) -> None:
        self.creating = creating
        for button in (self.new_roundtable, self.new_focus_group):
            button.setEnabled(not creating)

    def _not_created(self, exc: BaseException) -> None:
        self._set_creating(False)
        if isinstance(exc, EnvironmentProblem):
            # Another program's write or a full disk: raised, the click did nothing a person could see
            # (a crash.log entry only). Said in the status bar; pressing again tries again.
            reason = reason_of(exc)
            live_status.show(self, lambda: self.tr("The session was not created: %1").replace(
                "%1", environment_reason(reason)), 15_000)
            return
        raise exc  # a bug: shown as any other worker failure, as before

    def _created(self, session_id: str) -> None:
        self._set_creating(False)
        self.refresh()
        self.openSession.emit(session_id)
