"""The Participants page: everyone recorded on this laptop, by pseudonym, filterable.

Editing happens in the focus-group editor where a person is seated; this page is for finding people
and seeing who still lacks consent. Real names are never shown here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.participants import SeatedParticipant
from desktop.core.reference import GOVERNORATES
from desktop.ui.consent import withdrawal_flow
from desktop.ui.context import AppContext
from desktop.ui.page_base import Page
from desktop.ui.participants.model import COLUMNS, FIRST, AllParticipantsModel
from desktop.ui.settings_store import PARTICIPANT_COLUMNS
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.column_choice import ColumnChoice
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.filter_area import FilterArea
from desktop.ui.widgets.filter_fold import FilterFold
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.refit_on_font import refit_on_font_change
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.stacking_row import StackingRow, labelled
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.while_alive import while_alive
from desktop.ui.widgets.whole_hint import keep_hint_whole
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

WATCHED = {"participant", "consent_record", "attendance", "erasure"}

PRECISION_ROWS = 30  # rows measured to size the columns: about one screenful


class ParticipantsPage(Page):
    key = "participants"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AllParticipantsModel(ctx, self)
        self.busy = BusyState(self)
        self.loads = 0  # how many filters have arrived from the worker (tests wait on it)
        self.search = QLineEdit(self)
        self.search_hint = keep_hint_whole(self.search)  # its hint whole, not cut at "occupation or…"
        self.search.setObjectName("participants_search")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.governorate = ChoiceBox(self)
        self.governorate.setObjectName("participants_governorate")
        self.governorate_label = QLabel(self)
        self.governorate_label.setBuddy(self.governorate)
        self.count_label = QLabel(self)
        # Only marks typed (harakat, tatweel, direction marks): nothing to look for. The list showed
        # everyone, as if nothing had been typed, without a word.
        self.search_error = FieldError(self)
        self.search_error.describe(self.search)
        self.status = WordWrapLabel(self)
        self.status.setObjectName("participants_status")
        self.view = QTableView(self)
        cells_follow_their_text(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setObjectName("participants_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first screenful of rows: each cell measured is a call into Python (200
        # rows took 160 ms of the UI thread on a campaign's 10,000 sessions). Not 0 ("the visible
        # area"): for a view not on screen Qt then measured all 48,000 rows, 40 s of the UI thread.
        self.view.horizontalHeader().setResizeContentsPrecision(PRECISION_ROWS)
        # The pseudonym and the consent always show, first; the others as a person chooses (a menu on the
        # headings, or the menu key on the list), kept in the settings: at 20 points on a laptop at 150 %
        # the list's side reaches the governorate, and the rest only by scrolling sideways unless hidden.
        self.columns = ColumnChoice(self.view, COLUMNS, [c for c in COLUMNS if c not in FIRST[:2]],
                                    PARTICIPANT_COLUMNS)
        refit_on_font_change(self.view, self._fit_columns)

        # Typing in the search box filters after a short pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.governorate.activated.connect(lambda _i: self.apply_filter())

        # Each label beside its field; the pairs one above the other where the line is too narrow for them
        # (24 points on a 1366-pixel screen: the page scrolled sideways, the count out of sight).
        # Where they do not fit on one line, the search (as wide as its hint) goes on the first and the
        # governorate on the second. The count stands under the list, beside Withdraw consent… (below).
        searching = labelled(self.search_label, self.search)
        self.bar = StackingRow([(searching, 2), (labelled(self.governorate_label, self.governorate), 1)])
        # Opened where the page is short (20 points on a laptop), the filters and the count took two lines
        # and the list's rows but one: the filters scroll in an area of their own, the search's line in
        # sight (the governorate's beside it in Arabic and Kurdish), two rows below, and the count, under
        # the list, in sight with them (it was on the governorate's line, or a third, scrolled away).
        self.filter_area = FilterArea(self)
        self.filter_area.hold([self.bar, self.search_error])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_area)
        layout.addWidget(self.view, 1)
        # In the middle of an empty list: where participants come from, or that the search hides them all.
        self.empty_words = EmptyWords(self.view, self._empty_words, keep_height=True)
        # Made after the list (made before it, Withdraw consent… at the page's bottom was its first Tab stop),
        # and the pairs, made after the table, put before it.
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("participants_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        # Where the page is short (20 points on a laptop screen: the two lines above the list left it one
        # row) the search, the governorate and the count fold behind this button, which says how many
        # of them are on; it stands under the list beside Withdraw consent…, before it by Tab.
        self.filters_toggle = QPushButton(self)
        self.filters_toggle.setObjectName("participants_filters")
        self.filter_area.chain(self.search, self.governorate, self.view, self.filters_toggle, self.withdraw_button)
        # The count beside them, on a line of its own where the page is narrow (24 points: the three
        # on one line asked 700 pixels of 582, and the page scrolled sideways).
        actions = StackingRow([(FlowRow([self.filters_toggle, self.withdraw_button, self.count_label]), 0),
                               (self.status, 1)])
        layout.addWidget(actions)
        self.fold = FilterFold(self, self.filters_toggle, [self.bar], [actions], self.view,
                               self._filters_on, self._filters_words, self.filter_area, lines=1,
                               riders=(self.count_label,))
        # Opened by a person (a click, Space): the keyboard goes to the search it showed, above the list,
        # rather than on to Withdraw consent… below it (as on the Sessions page, whose filters follow the button).
        self.filters_toggle.clicked.connect(lambda checked: checked and self.search.setFocus())
        ctx.events.changed.connect(self._on_data_changed)
        while_alive(ctx.language.languageChanged, self, self.retranslate)
        while_alive(ctx.language.digitsChanged, self, self._show_count)
        self.retranslate()
        self.refresh()

    def heightForWidth(self, width: int) -> int:
        """Where the filters fold (a short page), the height the page's frame gives it before scrolling is
        its smallest, as on the Sessions page: the row under the list holds a FlowRow (its height follows
        its width), and the frame then gave the page its preferred height, 8 pixels more than the frame's,
        and the page scrolled with the filters open at 20 points."""
        fold = getattr(self, "fold", None)  # asked while the page is being made
        if fold is not None and fold.short:
            return self.minimumSizeHint().height()
        return super().heightForWidth(width)

    def title(self) -> str:
        return self.tr("Participants")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_hint.set_hint(self.tr("Pseudonym, occupation or district"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.governorate_label.setText(self.tr("&Governorate:"))
        self.governorate.setAccessibleName(self.tr("Filter by governorate"))
        self.view.setAccessibleName(self.tr("Participants"))
        self.view.setAccessibleDescription(self.tr(
            "The menu key, or a right click on the column headings, chooses the columns shown."))
        self.model.retranslate()  # the column titles and a device with no label, in the new language
        self.withdraw_button.setText(self.tr("&Withdraw consent…"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected participant's consent: quotes only, "
                                                "or everything (their words and identity are erased)"))
        current = self.governorate.currentData()
        self.governorate.clear()
        self.governorate.addItem(self.tr("All governorates"), "")
        for gov in GOVERNORATES:
            self.governorate.addItem(gov.name(self.ctx.language.language), gov.key)
        self.governorate.setCurrentIndex(max(self.governorate.findData(current), 0))
        self._show_count()

    def refresh(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        """Search and read the first rows on the DB worker: the page is on screen meanwhile."""
        self._debounce.stop()
        say_if_only_marks(self.search_error, self.search.text())
        self.model.filter_in_background(self.search.text(), self.governorate.currentData() or "",
                                        self.busy, self._filtered)
        self.fold.say()

    def _filtered(self) -> None:
        self.loads += 1
        self.empty_words.follow()  # nothing said before the first read: a held list is not "none yet"
        self._fit_columns()
        self._show_count()

    def _fit_columns(self) -> None:
        """After a read, and once a new font reached the list (Settings → Text size: at 20 points the
        pseudonyms were cut to the old font's width until the list was read again)."""
        self.view.resizeColumnsToContents()
        # A pseudonym is never cut: it is the only name a participant has on screen.
        sample = self.view.fontMetrics().horizontalAdvance("WWW-FG00-P00") + 24
        if self.view.columnWidth(0) < sample:
            self.view.setColumnWidth(0, sample)

    def _empty_words(self) -> str:
        if not self.loads:
            return ""
        if self.search.text().strip() or self.governorate.currentData():
            return self.tr("No participant matches the search.")
        return self.tr("No participants yet. They are added in a session, in its Participants or Attendance tab.")

    def _filters_words(self, n: int) -> str:
        """The Filters button's words: how many filters (the search among them) are on."""
        if not n:
            return self.tr("Filters")
        # Not a plural message, as on the Sessions page: a count in brackets reads alike for any number.
        return self.tr("Filters (%1 on)").replace("%1", self.ctx.language.format_number(n))

    def _filters_on(self) -> int:
        """The search and the governorate, where they narrow the list now."""
        return sum(1 for value in (self.search.text().strip(), self.governorate.currentData()) if value)

    def selected(self) -> SeatedParticipant | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def first_stop(self) -> QWidget:
        """Opened from the keyboard (Ctrl+2), the list has it, as on the Sessions page (a focus proxy
        would put the list first in the Tab chain, and Tab from the navigation would never reach the
        search above it)."""
        return self.view

    def withdraw_selected(self) -> None:
        person = self.selected()
        if person is None:
            say(self.status, lambda: self.tr("Select a participant first."))
            return
        withdrawal_flow.start(self.ctx, self, person.participant_id, person.code, partial(say, self.status))

    def _show_count(self) -> None:
        count = self.model.rowCount()
        # %n picks the plural form (Arabic has six); the digits are then our formatter's choice.
        text = self.tr("%n participant(s)", "", count)
        self.count_label.setText(text.replace(str(count), self.ctx.language.format_number(count), 1))
        self.fold.say()  # its number in the chosen digits too

    def _on_data_changed(self, tables: object) -> None:
        if isinstance(tables, set | frozenset) and tables & WATCHED:
            self.refresh()
