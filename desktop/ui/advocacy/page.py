"""The Recommendations page: recommendations with status and support, outreach, and the network."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import outreach, recommendations, support
from desktop.core.recommendations import Listed
from desktop.i18n import formatting
from desktop.i18n.digits import Digits
from desktop.ui.advocacy.deletes import RecommendationDeletes
from desktop.ui.advocacy.empty_lists import EmptyAdvocacyLists
from desktop.ui.advocacy.list_filter import matching
from desktop.ui.advocacy.loaders import network_rows, outreach_rows
from desktop.ui.advocacy.outreach_form import OutreachForm
from desktop.ui.advocacy.recommendation_view import RecommendationView
from desktop.ui.advocacy.survey_tab import SurveyTab
from desktop.ui.advocacy.table_model import RowsModel, WidthFitter, make_table, while_alive
from desktop.ui.advocacy.view_words import role_explanation, status_word
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import QueryOp, read_now
from desktop.ui.page_base import Page
from desktop.ui.settings_store import RECOMMENDATION_COLUMNS
from desktop.ui.widgets.column_choice import ColumnChoice
from desktop.ui.widgets.current_tab_sized import CurrentTabSized
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.lazy_panel import LazyPanel
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.select_row import select_row
from desktop.ui.widgets.splitter_share import SplitterShares
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.stacking_splitter import StackingSplitter
from desktop.ui.widgets.table_rows import keep_rows_shown
from desktop.ui.widgets.whole_hint import keep_hint_whole

WATCHED = frozenset({
    "recommendation", "recommendation_status", "evidence_link", "survey", "survey_response_block",
    "outreach_event", "organisation", "coded_segment", "consent_record", "attendance",
})
# The list's columns by the names the settings keep (RECOMMENDATION_COLUMNS); the support counts, from
# "participants" on, may be hidden.
LIST_COLUMNS = ("number", "title", "status", "participants", "sessions", "governorates", "organisations")
# A title's characters the list shows (then "…", the whole in the row's tooltip and the form): one of 300
# at 20 points on a laptop at 150 % made a row twice as tall as the list, never seen whole. A title of a
# realistic length (90 characters) stays whole (tests/ui/test_recommendations_on_laptop.py).
TITLE_SHOWN = 120


class RecommendationsPage(OutreachForm, Page):
    key = "recommendations"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.titles: dict[str, dict[str, str]] = {}  # recommendation id -> language -> title
        self.drafts: set[str] = set()  # drafted here before joining the team: local, not sent
        self.tabs = CurrentTabSized(self)  # the page as tall as the tab shown asks, not the largest
        # --- recommendations
        fmt = ctx.language.format_number
        self.list_model = RowsModel([
            (lambda: self.tr("No."), lambda r: fmt(r.number)),
            (lambda: self.tr("Recommendation"), lambda r: self.titles.get(r.id, {}).get(ctx.language.language) or r.title),
            (lambda: self.tr("Status"), self._status_text),
            (lambda: self.tr("Participants"), lambda r: fmt(r.participants)),
            (lambda: self.tr("Sessions"), lambda r: fmt(r.sessions)),
            (lambda: self.tr("Governorates"), lambda r: fmt(r.governorates)),
            (lambda: self.tr("Organisations"), lambda r: fmt(r.organisations)),
        ], self, cut={LIST_COLUMNS.index("title"): TITLE_SHOWN})
        rec_tab = QWidget(self)
        self.list = make_table(rec_tab, self.list_model, fit=False)
        # Beside the recommendation the list has 250 to 420 pixels (a 1366x768 screen at 150 % or 100 %):
        # its seven columns took about 750, and a recommendation's status was behind a horizontal scroll
        # bar. The title takes the room the others leave (cut with an ellipsis, whole in its tooltip);
        # the number and the status always show whole; the support counts show as a person chooses
        # (a menu on the headings, or the menu key on the list), kept in the settings.
        # A long title goes on to more lines between its words, its row as tall as they are (tens of rows:
        # each measured); the list keeps room for ten letters of it, or goes above the recommendation. (A
        # dozen asked 556 pixels at 24 points in English, above the recommendation in a tab 528 wide on a
        # laptop at 150 %, and the page scrolled sideways.)
        self.list.setWordWrap(True)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list_fit = WidthFitter(self.list, stretch=LIST_COLUMNS.index("title"),
                                    whole=(LIST_COLUMNS.index("number"), LIST_COLUMNS.index("status")), least=10)
        keep_rows_shown(self.list, 3)  # above the recommendation, three rows at least
        self.list_columns = ColumnChoice(self.list, LIST_COLUMNS, LIST_COLUMNS[3:], RECOMMENDATION_COLUMNS)
        self.list_columns.changed.connect(self.list_fit.later)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.new_button = QPushButton(rec_tab)
        self.new_button.clicked.connect(self.new_recommendation)
        # The one to update found by typing (list_filter.py): dozens of recommendations were scrolled.
        self.filter_box = QLineEdit(rec_tab)
        self.filter_hint = keep_hint_whole(self.filter_box)  # its hint whole at any text size
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda _text: self._apply_filter())
        self.filter_note = FieldError(rec_tab)  # marks alone typed: nothing to look for
        self.filter_note.describe(self.filter_box)
        # The recommendation's side is built in the turn after the page is shown (or when used): the
        # page and its largest part are never built in one event-loop turn.
        self._view: RecommendationView | None = None
        self._may_change = True
        self._view_panel = LazyPanel(self._make_view, rec_tab)
        left = QWidget(rec_tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.list, 1)
        self.deletes = RecommendationDeletes(self, left)  # Delete recommendation, and the Delete key
        left_layout.addWidget(StackingRow([(self.new_button, 0), (self.deletes.button, 0)], left))
        left_layout.addWidget(self.deletes.said)
        # Beside each other where the width allows, the list above the recommendation where not (20 points
        # on a laptop at 150 %: the page scrolled sideways): widgets/stacking_splitter.py.
        splitter = StackingSplitter(rec_tab)
        splitter.addWidget(left)
        splitter.addWidget(self._view_panel)
        # Those shares after each resize until the handle is dragged: turned down and across again while
        # the page was built, the splitter gave the list more than half the width.
        self.list_shares = SplitterShares(splitter, [420, 620])
        QVBoxLayout(rec_tab).addWidget(splitter)
        self.tabs.addTab(rec_tab, "")
        # --- outreach (built when its tab is first shown)
        self.outreach_model = RowsModel([
            (lambda: self.tr("Date"), lambda e: self.ctx.language.format_date(e.date) if e.date else ""),
            (lambda: self.tr("Kind"), lambda e: self._outreach_kind(e.kind)),
            (lambda: self.tr("Title"), lambda e: e.title),
            (lambda: self.tr("Place"), lambda e: e.place),
            (lambda: self.tr("Audience"), lambda e: e.audience),
            (lambda: self.tr("Reach"), lambda e: fmt(e.reach)),
            (lambda: self.tr("Organisations"), lambda e: fmt(len(e.organisation_ids or []))),
        ], self)
        self.outreach_panel = LazyPanel(self._make_outreach, self)
        self.tabs.addTab(self.outreach_panel, "")
        # --- network
        self.network_model = RowsModel([
            (lambda: self.tr("Organisation"), lambda a: a.name),
            (lambda: self.tr("Kind"), lambda a: labels.organisation_kind(a.kind)),
            (lambda: self.tr("Governorate"), lambda a: labels.governorate(a.governorate, self.ctx.language.language)),
            (lambda: self.tr("Sessions"), lambda a: fmt(a.sessions)),
            (lambda: self.tr("Outreach"), lambda a: fmt(a.outreach)),
            (lambda: self.tr("Reach"), lambda a: fmt(a.reach)),
            (lambda: self.tr("Month by month (sessions/outreach)"), lambda a: self._months(a)),
        ], self)
        self.network = make_table(self, self.network_model)
        self.tabs.addTab(self.network, "")
        self._surveys_panel = LazyPanel(lambda panel: SurveyTab(ctx, panel), self)
        self.tabs.addTab(self._surveys_panel, "")
        layout = QVBoxLayout(self)
        # The tabs' names in a drop-down list above them where neither above nor beside the pages they
        # leave room (English at 24 points on a laptop at 150 %: "Reco…", "Outre…", "Netw…", "Surve…").
        layout.addWidget(self.tabs.chooser())
        layout.addWidget(self.tabs)
        self.listed: list[Listed] = []  # the rows the list shows (those the filter lets through)
        self.all_listed: list[Listed] = []
        ctx.events.changed.connect(self._on_changed)
        self.setFocusProxy(self.list)
        # Tab comes into the page at the list (the focus proxy); the tab bar above it was before it in
        # the order of creation, so forward Tab never reached it: it follows the list. The filter above
        # the list comes next, as the Organisations page's search does: before the list, it stood
        # between the navigation and the page's way in, and Tab from the navigation never reached it.
        QWidget.setTabOrder(self.list, self.filter_box)
        QWidget.setTabOrder(self.filter_box, self.tabs.tabBar())
        self.empty_lists = EmptyAdvocacyLists(self)  # what each list says while it is empty
        self.retranslate()
        self.refresh()


    # --- parts built when first needed (desktop.ui.widgets.lazy_panel) --------------------------------

    @property
    def view(self) -> RecommendationView:
        self._view_panel.part()
        assert self._view is not None
        return self._view

    def _make_view(self, panel: QWidget) -> QWidget:
        view = RecommendationView(self.ctx, panel)
        view.saved.connect(lambda _id: self.reload_list())
        view.set_may_change(self._may_change)
        self._view = view
        return view

    @property
    def surveys(self) -> SurveyTab:
        part = self._surveys_panel.part()
        assert isinstance(part, SurveyTab)
        return part

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        fit = getattr(self, "list_fit", None)  # None while the page is being built
        if event.type() == QEvent.Type.FontChange and fit is not None:  # a language's font, or another size
            fit.later()

    # --- words -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Recommendations")

    def _status_text(self, r: Listed) -> str:
        return self.tr("local draft (not sent)") if r.id in self.drafts else status_word(r.status)

    def _outreach_kind(self, kind: str) -> str:
        return {"meeting": self.tr("meeting with officials"), "media": self.tr("media"),
                "workshop": self.tr("workshop"), "other": self.tr("other")}.get(kind, kind)

    def _months(self, a: outreach.OrgActivity) -> str:
        digits, lang = self.ctx.language.format_number, self.ctx.language
        rtl = lang.language in ("ar", "ckb")
        separator = "؛ " if rtl else "; "  # the Arabic semicolon, as the commas
        # "sessions/outreach" as the heading reads it. Two numbers around a slash form one left-to-right
        # run, so in a right-to-left line sessions stood at the left, where the heading has outreach:
        # a right-to-left mark on each side of the slash makes the pair read from the right, as the heading.
        slash = "\u200f/\u200f" if rtl else "/"
        return separator.join(f"{_month(m, lang.language, lang.digits)}: {digits(n_s)}{slash}{digits(n_o)}"
                              for m, (n_s, n_o) in a.by_month.items() if m)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Recommendations"))
        self.tabs.setTabText(1, self.tr("Outreach"))
        self.tabs.setTabText(2, self.tr("Network"))
        self.tabs.setTabText(3, self.tr("Surveys"))
        self.list.setAccessibleName(self.tr("Recommendations"))
        self.list.setAccessibleDescription(self.tr(
            "The menu key, or a right click on the column headings, chooses the columns shown."))
        self.network.setAccessibleName(self.tr("Network"))
        self.filter_hint.set_hint(self.tr("Filter by number, title or status"))
        self.filter_box.setAccessibleName(self.tr("Filter by number, title or status"))
        self.new_button.setText(self.tr("&New recommendation"))
        self.new_button.setToolTip("" if self._may_change else role_explanation())
        self.deletes.retranslate()
        if self.outreach_panel.built:
            self._retranslate_outreach()
        for model in (self.list_model, self.outreach_model, self.network_model):
            model.retranslate()
        if self._view is not None:
            self._view.retranslate()
        if self._surveys_panel.built:
            self.surveys.retranslate()

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.apply_role(read_now(self.ctx, recommendations.may_change))
        self.reload_list()
        if self._surveys_panel.built:
            self.surveys.refresh()
        if self.outreach_panel.built:
            self.read_outreach_choices()
        QueryOp(self.ctx, outreach_rows, while_alive(self, self._outreach_read)).run_in_background()
        QueryOp(self.ctx, network_rows, while_alive(self, self._network_read)).run_in_background()

    def _outreach_read(self, rows: list[Any]) -> None:
        self.outreach_model.set_rows(rows)
        self.empty_lists.arrived("outreach")

    def _network_read(self, rows: list[Any]) -> None:
        self.network_model.set_rows(rows)
        self.empty_lists.arrived("network")

    @property
    def may_change(self) -> bool:
        """Whether this laptop writes recommendations (the coordinators' do; a facilitator's reads them)."""
        return self._may_change

    def apply_role(self, may_change: bool) -> None:
        """A facilitator reads the recommendations; the coordinators write them."""
        self.new_button.setEnabled(may_change)
        self._may_change = may_change
        self.new_button.setToolTip("" if may_change else role_explanation())
        self.deletes.follow()
        self.empty_lists.follow()
        if self._view is not None:
            self._view.set_may_change(may_change)

    def reload_list(self) -> None:
        lang = self.ctx.language.language

        def read(s: Any) -> tuple[list[Listed], dict[str, dict[str, str]], set[str]]:
            rows = support.listing(s, lang)
            # Every language's title, so a language switch shows the new one at once, without a reload.
            titles = {r.id: {code: recommendations.title(r, code) for code in recommendations.LANGUAGES}
                      for r in recommendations.live(s)}
            return rows, titles, recommendations.drafted_here(s)

        QueryOp(self.ctx, read, while_alive(self, self._listed)).run_in_background()

    def _listed(self, result: tuple[list[Listed], dict[str, dict[str, str]], set[str]]) -> None:
        self.all_listed, self.titles, self.drafts = result
        self.empty_lists.read.add("recommendations")
        self._apply_filter()

    def _apply_filter(self) -> None:
        """The list as the filter narrows it; the recommendation shown chosen in it where it is there."""
        typed = self.filter_box.text()
        rows = [] if say_if_only_marks(self.filter_note, typed) else matching(
            self.all_listed, typed, self.titles, self._status_text)
        selected = self._view.rec_id if self._view is not None else None
        self.listed = rows
        self.list_model.set_rows(rows)
        self.empty_lists.follow()
        for i, r in enumerate(rows):
            if r.id == selected:
                select_row(self.list, i)

    def _on_changed(self, tables: Any) -> None:
        if "code" in set(tables or ()) and self._view is not None:
            # A code made, renamed, merged or deleted since (the Codebook page, in vivo, a team update):
            # the codes to link were read once, and a new code never came until a language switch.
            self._view.reload_codes()
        if set(tables or ()) & WATCHED:
            self.refresh()
            # The open recommendation too: a withdrawal or a coding elsewhere changes its support and
            # which quotes may be used (a withdrawn quote stayed listed until it was opened again).
            if self._view is not None and self._view.rec_id:
                self._view.load(self._view.rec_id, keep_fields=True)

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.listed) and self.listed[row].id != self.view.rec_id:
            if not self.view.typing_settled(discard=lambda: None):  # Cancel, or its save refused
                QTimer.singleShot(0, self, self._back_to_shown)  # not from inside the selection's signal
                return
            self.view.load(self.listed[row].id)

    def _back_to_shown(self) -> None:
        """The list on the recommendation in the form again (none chosen for a new one)."""
        row = next((n for n, r in enumerate(self.listed) if r.id == self.view.rec_id), -1)
        if row >= 0:
            select_row(self.list, row)
        else:
            self.list.setCurrentIndex(QModelIndex())

    def may_leave(self) -> bool:
        """Typing not saved in the recommendation's form or the outreach form is asked about (each on
        its tab, shown first); Discard shows the stored words again (an empty outreach form)."""
        if self._view is not None and self._view.has_typed():
            self.tabs.setCurrentIndex(0)
            if not self._view.leaves_typing():
                return False
        if self.outreach_panel.built and self._outreach_typed():
            self.tabs.setCurrentIndex(1)
            return self._outreach_settled()
        return True

    def new_recommendation(self) -> None:
        if not self.view.typing_settled(discard=lambda: None):
            return
        self.list.clearSelection()
        self.view.load(None)
        self.view.fields["title_ar"].setFocus()


def _month(key: str, lang: str, digits: Digits) -> str:
    """"2022-12" as the month it names, in the interface's words and digits; anything else as it is."""
    try:
        return formatting.format_month(dt.date.fromisoformat(f"{key}-01"), lang, digits)
    except ValueError:
        return key
