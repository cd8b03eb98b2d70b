"""The main window's status bar: the demo's mark, this laptop's name, its team and the count of
unsent changes, read on the DB worker and said in the language now chosen."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.operations import Reloader
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.separator import upright_rule
from desktop.ui.widgets.whole_status import WholeStatusLine

log = logging.getLogger(__name__)


def _status_bar(store: Store) -> dict[str, Any]:
    from desktop.core.status import status_bar  # as before: not among the imports of the first paint

    return status_bar(store)


class WindowStatus:
    """The status bar's items in ``window``; ``read`` asks the DB worker, ``render`` says what it read."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        self.ctx = ctx
        # A long laptop or team name ends in '…' (whole in its tooltip) where the window is narrow (a
        # netbook, a larger text size); the count of unsent changes keeps its width: squeezed beside
        # them, it lost its number.
        self.device_label = ElidedLabel(window, least_characters=6)
        self.team_label = ElidedLabel(window, least_characters=6)
        self.team_label.setObjectName("status_team")
        for name in (self.device_label, self.team_label):  # whole where there is room, shortened where not
            name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.unsent_label = QLabel(window)
        self.unsent_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        # A demo is said apart from the team: the demo database is in no team, and the status bar
        # must not name one the Sync page says it lacks.
        self.demo_label = QLabel(window)
        self.demo_label.setObjectName("status_demo")
        self.demo_label.setVisible(ctx.demo)
        # Nothing is ever sent from the demo (it joins no team): "Unsent changes: 1,744" there, its made-up
        # sessions counted, read as work waiting to go. "Demo database" says what it is.
        self.unsent_label.setVisible(not ctx.demo)
        for n, w in enumerate((self.demo_label, self.device_label, self.team_label, self.unsent_label)):
            if n:  # a line between two items shown (the demo's label, or the count, only where that is)
                window.statusBar().addPermanentWidget(rule := upright_rule(window))
                rule.setVisible(not w.isHidden() if n == 3 else n > 1 or ctx.demo)
            w.setContentsMargins(4, 0, 4, 0)  # not hugging the lines
            window.statusBar().addPermanentWidget(w)
        # A line longer than the room beside these items is shown whole, on more lines (whole_status).
        self.whole_line = WholeStatusLine(window.statusBar())
        self.status: dict[str, Any] = {}
        # The status bar must never take the window down (a replaced file still reaches failure_hook).
        self.reader = Reloader(ctx, window, _status_bar, self.read,
                               failure=lambda _exc: log.warning("status bar refresh failed"))

    def read(self, status: dict[str, Any]) -> None:
        self.status = status
        self.render()

    def render(self) -> None:
        st = self.status
        # Each name in its own direction (isolated): a Latin name in an Arabic or Kurdish line, shortened,
        # had its "…" drawn at the line's far end, away from where it was cut; Qt puts it in the isolate.
        # The words the window always had, under its name; literal translate() calls, which lupdate reads.
        translate = QCoreApplication.translate
        self.device_label.setText(translate("MainWindow", "Device: %1").replace(
            "%1", isolated(str(st.get("device_name") or "—"))))
        # The same fact as the Sync page (a team row or none), in the same words.
        team = st.get("team")
        self.team_label.setText(translate("MainWindow", "Team: %1").replace("%1", isolated(str(team))) if team
                                else translate("MainWindow", "Working alone"))
        self.demo_label.setText(translate("MainWindow", "Demo database"))
        self.demo_label.setToolTip(translate(
            "MainWindow", "Sample sessions in a throwaway database: it is deleted when Majlis closes."))
        unsent = self.ctx.language.format_number(int(st.get("unsent_changes", 0)))
        self.unsent_label.setText(translate("MainWindow", "Unsent changes: %1").replace("%1", unsent))
        self.unsent_label.setAccessibleName(self.unsent_label.text())
