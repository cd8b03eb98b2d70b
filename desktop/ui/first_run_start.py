"""The first-run wizard's last page: join a team (its file read and its key's fingerprint confirmed),
start a team, work alone, or open the demo."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.field_text import one_line
from desktop.core.local_tables import Team
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.team_key import TeamKeyView
from desktop.ui.widgets.save_files import path_box, shown_path
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.wrapped_choice import WrappedRadio


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Their words wrap: on one line, "Open the demo (…)" made the wizard wider than a laptop's screen.
        self.join = WrappedRadio(self)
        self.start = WrappedRadio(self)
        self.demo = WrappedRadio(self)
        self.alone = WrappedRadio(self)
        self.alone.setChecked(True)
        self.team_file = path_box(QLineEdit(self))  # a file's name reads left to right
        self.team_file.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.pick_team_file)
        # The team's name and its key's fingerprint, as the Sync page's Join a team… shows them: the
        # facilitator compares the fingerprint by phone and ticks that it matches before Finish.
        self.key_view = TeamKeyView(self, confirm=True)
        self.key_view.changed.connect(self.completeChanged.emit)
        self.team_name = limit_line(QLineEdit(self), Team, "name")  # a paste of a page: what the team keeps
        row = QHBoxLayout()
        row.addWidget(self.team_file, 1)
        row.addWidget(self.browse)
        # The page's lines in a scroll area: with a team file chosen they need more height than a
        # 1366x768 laptop at 150 % gives the wizard (424 logical pixels), and squeezed below their
        # smallest size the fingerprint, the words to compare it and the check box drew over each other.
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = scrolled(self.body, self, name="start_page_scroll", column=True, follow_focus=True)
        outer.addWidget(self.scroller)
        layout.addWidget(self.join)
        layout.addLayout(row)
        layout.addWidget(self.key_view)
        layout.addWidget(self.start)
        layout.addWidget(self.team_name)
        layout.addWidget(self.alone)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        for b in (self.join, self.start, self.demo, self.alone):
            b.toggled.connect(lambda _on: self.completeChanged.emit())
            b.toggled.connect(lambda _on: self._tab_stop_on_ticked())
        self._tab_stop_on_ticked()
        self.team_name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def _tab_stop_on_ticked(self) -> None:
        """The choice ticked is the choices' one Tab stop, where the wizard puts the focus as it shows the
        page: it stood on "Join a team", the first, while "Work alone" was ticked, and Enter (Finish) made
        a database working alone. The arrows move between the choices whatever their stop (as the
        language page's, first_run.LanguagePage)."""
        for button in (self.join, self.start, self.demo, self.alone):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How will you use Majlis?"))
        self.join.setText(self.tr("&Join a team (with the team file from your coordinator)"))
        self.start.setText(self.tr("&Start a team (I am the coordinator)"))
        self.alone.setText(self.tr("Work &alone for now (join a team later)"))
        self.demo.setText(self.tr("Open the &demo (a throwaway database with sample sessions)"))
        self.browse.setText(self.tr("&Choose team file…"))
        self.team_file.setAccessibleName(self.tr("Team file"))
        self.team_name.setPlaceholderText(self.tr("Team name"))
        self.team_name.setAccessibleName(self.tr("Team name"))

    def pick_team_file(self) -> None:
        # On the USB stick it came on (else Documents), not where the program was started; all files too:
        # messaging apps rename files ("team.majlis-team (1)"), and the content decides.
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Team file"), str(default_export_folder()),
                                              QCoreApplication.translate(  # the words of Join a team…
                                                  "JoinTeamDialog", "Majlis team files (*.majlis-team);;All files (*)"))
        if path:
            self.load_team_file(Path(path))

    def load_team_file(self, path: Path) -> bool:
        """Read the chosen team file and show its team and key fingerprint (or one line saying why it
        cannot be used); the page is complete only once the fingerprint is confirmed."""
        self.team_file.setText(path.name)  # as the Sync page's Join a team… shows it; the folder on hover
        self.team_file.setToolTip(shown_path(path))  # left to right, each folder in its place
        self.join.setChecked(True)
        return self.key_view.load(path) is not None

    def team_file_gone(self) -> bool:
        """Joining, and the team file chosen is no longer there (the USB stick taken out after the
        comparison): said on the page, in one line, and the file is to be chosen again; nothing is to be
        made. Finish made the database all the same, and then said the team could not be set up."""
        path = self.key_view.path
        if self.choice() != "join" or path is None or os.path.isfile(path):  # isfile: False on a stick's I/O error too
            return False
        name = path.name
        self.key_view.clear()  # no fingerprint of a file not there: Finish greys until one is chosen
        self.team_file.clear()
        self.team_file.setToolTip("")
        self.key_view.say_error(lambda: self.tr(
            "The team file %1 is no longer there: nothing was created. If it is on a USB stick, put the stick "
            "back and choose the file again.").replace("%1", shown_path(name)))
        self.browse.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter chooses it again
        self.scroller.ensureWidgetVisible(self.key_view.error)
        return True

    def choice(self) -> str:
        for name in ("join", "start", "demo"):
            if getattr(self, name).isChecked():
                return name
        return "alone"

    def isComplete(self) -> bool:
        c = self.choice()
        if c == "join":
            return self.key_view.accepted()
        if c == "start":
            return bool(one_line(self.team_name.text()))
        return True
