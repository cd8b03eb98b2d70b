"""What the last import did, said beside the Import button and as a bold heading in Results over the
run's lines; an import the last close stopped is said the same way at the next start (closed_import).
When files were refused or held, a button under the summary takes the keyboard to their lines in Results
(the last thing on a long page), selected: Ctrl+C copies them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidgetItem, QPushButton, QStyle, QWidget
from shiboken6 import isValid

from desktop.sync.importer import ImportOutcome
from desktop.sync.team_update_outcomes import Applied
from desktop.ui.context import AppContext
from desktop.ui.sync import texts
from desktop.ui.sync.closed_import import ClosedImportWords
from desktop.ui.sync.held_lines import HeldLines
from desktop.ui.sync.import_report import ImportTally, distinct_names, problems_first, summary
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.sync.team_updates import TeamUpdates
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.scroll_frame import bring_into_view


class ImportSummary:
    """The last run's tally, and where it is said (``label`` beside the Import button, ``results``)."""

    def __init__(self, ctx: AppContext, page: QWidget, label: QLabel, results: ResultsLog,
                 team_updates: TeamUpdates, show_problems: QPushButton) -> None:
        self.ctx, self.page, self.label, self.results, self.team_updates = ctx, page, label, results, team_updates
        self.show_problems = show_problems
        show_problems.clicked.connect(self.to_problems)
        self._problems: list[QListWidgetItem] = []  # the last run's refused and held lines in Results
        self.held = HeldLines(results, page, ctx.language.format_number)  # said again once decided
        # The button goes with the summary (hidden when the next import starts), not with the page.
        self._hides_with = _HidesWith(label, show_problems)
        self.last_tally: ImportTally | None = None
        self.stopped_by_close = False  # the last tally is of an import the last close stopped
        self.close_cancelled_here = False  # the last run was stopped by a close that was then cancelled
        # What the run did beyond its counts, said under them (a withdrawal that arrived): the Results
        # list is below the window's edge at 20 points, and the line there was never seen.
        self.note: Callable[[], str] | None = None
        # The roster's Take button is on the page (the centre's; a second coordinator's has no roster): a
        # file refused for its revoked key says there how a file the lost laptop wrote before is taken.
        self.takes_revoked: Callable[[], bool] = lambda: True

    def retranslate(self) -> None:
        self.show_problems.setText(QCoreApplication.translate("ImportSummary", "Show the refused and held files"))
        if self.last_tally is not None:  # the last run's summary, in the language now chosen
            self.label.setText(self.now())

    def now(self) -> str:
        closed = self.stopped_by_close  # its tally has counts only: no file is listed under Results
        said = (summary(self.last_tally, self.ctx.language.format_number, listed=not closed)
                if self.last_tally else "")
        read_any = self.last_tally is not None and self.last_tally.done > 0
        if closed:
            return f"{ClosedImportWords().heading(read_any)} {said}"
        if self.close_cancelled_here:
            said = f"{ClosedImportWords().close_cancelled()} {said}"
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
        self.close_cancelled_here = False
        self._problems = []
        self.show_problems.setVisible(False)  # its files are not listed: they are said when chosen again
        self.label.setText(self.now())
        self.label.setVisible(True)
        self._heading(self.results.say(self.now))

    def close_cancelled(self) -> None:
        """The last run was stopped by a close that was then cancelled: said over its summary beside the
        Import button (its "Import cancelled" was pressed by no one) and as a line in Results."""
        self.close_cancelled_here = True
        self.label.setText(self.now())
        self.label.setVisible(True)
        bring_into_view(self.label)
        self.results.scrollToItem(self.results.say(lambda: ClosedImportWords().close_cancelled()))

    def report(self, tally: ImportTally, outcomes: list[ImportOutcome], updates: list[Applied]) -> None:
        """The run's summary beside the Import button, and in Results a bold heading with the same
        summary over the run's lines: the team updates chosen with the bundles, then the bundles,
        refused and held first; the list scrolls to the heading."""
        fmt = self.ctx.language.format_number
        self.last_tally, self.stopped_by_close, self.note = tally, False, None
        self.close_cancelled_here = False
        self.label.setText(summary(tally, fmt))
        self.label.setVisible(True)
        bring_into_view(self.label)  # where the progress bar was: below the window's edge at 24 points
        heading = self._heading(self.results.say(partial(summary, tally, fmt)))
        self.team_updates.say(updates)
        icons = {"refused": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "held": QStyle.StandardPixmap.SP_MessageBoxWarning}
        names = distinct_names([o.source for o in outcomes])  # a name two files share, with their folders
        self._problems = []
        take = self.takes_revoked()
        for outcome in problems_first(outcomes):
            # The file name in a left-to-right isolate: a Kurdish or Arabic name ("هەولێر-laptop-3.majlis")
            # was laid out piece by piece in an Arabic or Kurdish line.
            name = shown_path(names[outcome.source])
            item = self.results.say(partial(texts.outcome_line, outcome, name, fmt, take_revoked=take))
            if outcome.status in icons:
                item.setIcon(self.page.style().standardIcon(icons[outcome.status]))
                self._problems.append(item)
            if outcome.status == "held":
                self.held.add(item, outcome, name)
        self.results.scrollToItem(heading, QAbstractItemView.ScrollHint.PositionAtTop)
        self.show_problems.setVisible(bool(self._problems))
        if self._problems:
            bring_into_view(self.show_problems)

    def to_problems(self) -> None:
        """Results brought into view, the last run's refused and held lines selected, the keyboard on the first."""
        lines = [item for item in self._problems if isValid(item) and item.listWidget() is self.results]
        if not lines:
            return
        self.results.clearSelection()
        self.results.setCurrentItem(lines[0], QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for item in lines[1:]:
            item.setSelected(True)
        self.results.scrollToItem(lines[0], QAbstractItemView.ScrollHint.PositionAtTop)
        self.results.setFocus()
        bring_into_view(self.results)


class _HidesWith(QObject):
    """Hides ``follower`` when ``leader`` is hidden itself (not when the page it is on is)."""

    def __init__(self, leader: QWidget, follower: QWidget) -> None:
        super().__init__(leader)
        self.follower = follower
        leader.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isHidden():
            self.follower.setVisible(False)
        return False
