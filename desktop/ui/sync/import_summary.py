"""What the last import did, said beside the Import button and as a bold heading in Results over the
run's lines; an import the last close stopped is said the same way at the next start (closed_import)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidgetItem, QStyle, QWidget

from desktop.sync.importer import ImportOutcome
from desktop.ui.context import AppContext
from desktop.ui.sync import texts
from desktop.ui.sync.closed_import import ClosedImportWords
from desktop.ui.sync.import_report import ImportTally, distinct_names, problems_first, summary
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.sync.team_updates import Applied, TeamUpdates
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.scroll_frame import bring_into_view


class ImportSummary:
    """The last run's tally, and where it is said (``label`` beside the Import button, ``results``)."""

    def __init__(self, ctx: AppContext, page: QWidget, label: QLabel, results: ResultsLog,
                 team_updates: TeamUpdates) -> None:
        self.ctx, self.page, self.label, self.results, self.team_updates = ctx, page, label, results, team_updates
        self.last_tally: ImportTally | None = None
        self.stopped_by_close = False  # the last tally is of an import the last close stopped
        # What the run did beyond its counts, said under them (a withdrawal that arrived): the Results
        # list is below the window's edge at 20 points, and the line there was never seen.
        self.note: Callable[[], str] | None = None

    def retranslate(self) -> None:
        if self.last_tally is not None:  # the last run's summary, in the language now chosen
            self.label.setText(self.now())

    def now(self) -> str:
        closed = self.stopped_by_close  # its tally has counts only: no file is listed under Results
        said = (summary(self.last_tally, self.ctx.language.format_number, listed=not closed)
                if self.last_tally else "")
        read_any = self.last_tally is not None and self.last_tally.done > 0
        if closed:
            return f"{ClosedImportWords().heading(read_any)} {said}"
        return f"{said}\n{self.note()}" if said and self.note is not None else said

    def add_note(self, words: Callable[[], str]) -> None:
        """``words`` said under the last run's counts beside the Import button, in the language of the moment."""
        self.note = words
        self.label.setText(self.now())

    def _heading(self, item: QListWidgetItem) -> QListWidgetItem:
        bold = item.font()
        bold.setBold(True)
        item.setFont(bold)
        return item

    def show_closed(self, stopped: ImportTally | None) -> None:
        """An import stopped by the last close, said beside the Import button and in Results."""
        if stopped is None:
            return
        self.last_tally, self.stopped_by_close, self.note = stopped, True, None
        self.label.setText(self.now())
        self.label.setVisible(True)
        self._heading(self.results.say(self.now))

    def report(self, tally: ImportTally, outcomes: list[ImportOutcome], updates: list[Applied]) -> None:
        """The run's summary beside the Import button, and in Results a bold heading with the same
        summary over the run's lines: the team updates chosen with the bundles, then the bundles,
        refused and held first; the list scrolls to the heading."""
        fmt = self.ctx.language.format_number
        self.last_tally, self.stopped_by_close, self.note = tally, False, None
        self.label.setText(summary(tally, fmt))
        self.label.setVisible(True)
        bring_into_view(self.label)  # where the progress bar was: below the window's edge at 24 points
        heading = self._heading(self.results.say(partial(summary, tally, fmt)))
        self.team_updates.say(updates)
        icons = {"refused": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "held": QStyle.StandardPixmap.SP_MessageBoxWarning}
        names = distinct_names([o.source for o in outcomes])  # a name two files share, with their folders
        for outcome in problems_first(outcomes):
            # The file name in a left-to-right isolate: a Kurdish or Arabic name ("هەولێر-laptop-3.majlis")
            # was laid out piece by piece in an Arabic or Kurdish line.
            name = shown_path(names[outcome.source])
            item = self.results.say(partial(texts.outcome_line, outcome, name, fmt))
            if outcome.status in icons:
                item.setIcon(self.page.style().standardIcon(icons[outcome.status]))
        self.results.scrollToItem(heading, QAbstractItemView.ScrollHint.PositionAtTop)
