"""The Reports page: retrieval, search, matrix with bar chart, co-occurrence, agreement."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.operations import QueryOp
from desktop.ui.page_base import Page
from desktop.ui.reports import common
from desktop.ui.reports.agreement_tab import AgreementTab
from desktop.ui.reports.common import ReportsData, load_reports_data
from desktop.ui.reports.cooccurrence_tab import CooccurrenceTab
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.retrieval_tab import RetrievalTab
from desktop.ui.reports.search_tab import SearchTab
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.current_tab_sized import CurrentTabSized


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = ReportsData()
        self.loads = 0  # how many loads have arrived from the worker (tests wait on it)
        self.retrieval = RetrievalTab(ctx)
        self.search = SearchTab(ctx)
        self.matrix = MatrixTab(ctx)
        self.cooccurrence = CooccurrenceTab(ctx)
        self.agreement = AgreementTab(ctx)
        self.tabs = CurrentTabSized(self)
        layout = QVBoxLayout(self)
        # The tabs' names in a drop-down list above them where neither above nor beside the pages they
        # leave room (English at 24 points on a laptop at 150 %: beside, the page scrolled sideways).
        layout.addWidget(self.tabs.chooser())
        # In the page before the tabs go in: under the application's style sheet, a tab widget moved into
        # the page once filled had every widget of its five tabs styled again (a fifth of the page's build).
        layout.addWidget(self.tabs)
        for tab in self._all():
            self.tabs.addTab(tab, "")
        self.busy = BusyState(self)
        self._again_soon = False
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def _all(self) -> tuple[QWidget, ...]:
        return (self.retrieval, self.search, self.matrix, self.cooccurrence, self.agreement)

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        names = (self.tr("Retrieval"), self.tr("Search"), self.tr("Matrix"), self.tr("Co-occurrence"),
                 self.tr("Agreement"))
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.tabs.setAccessibleName(self.tr("Reports"))
        for tab in self._all():
            tab.retranslate()  # type: ignore[attr-defined]
        self._show(self.data)  # code names in the new language, from what was read

    def refresh(self) -> None:
        """Codes, coders and attributes are read on the DB worker; the tabs are on screen meanwhile."""
        QueryOp(self.ctx, load_reports_data, self._loaded).with_busy(self.busy).run_in_background()

    def _loaded(self, data: ReportsData) -> None:
        self.loads += 1
        self._show(data)

    def _show(self, data: ReportsData) -> None:
        self.data = data
        for tab in self._all():
            tab.reload_codes(data)  # type: ignore[attr-defined]

    def _on_data_changed(self, tables: object) -> None:
        if not isinstance(tables, set | frozenset):
            return
        if tables & common.CODING:
            self.refresh()
        stale = [read.data_changed(tables) for read in self._reads()]
        if any(stale) and self.isVisible() and not self._again_soon:
            # Once per burst of changes (an import announces several), after the changes are in.
            self._again_soon = True
            QTimer.singleShot(0, self._read_again)

    def _reads(self) -> list[common.ShownRead]:
        return [read for tab in self._all() for read in tab.shown_reads]  # type: ignore[attr-defined]

    def _read_again(self) -> None:
        self._again_soon = False
        for read in self._reads():
            read.read_again()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read_again()  # what changed while another page was on screen
