"""Join a team at any time: choose the team file, compare its key fingerprint, confirm.

A team file travels on USB sticks and messaging apps, so holding one proves nothing: the
fingerprint of the central key is shown large, for the facilitator to compare with the one the
coordinator reads out on the phone. Joining runs on the worker; the work already recorded here
keeps its change numbers and travels in the first bundle exported after joining.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import recommendations
from desktop.sync.team import join_team
from desktop.sync.team_file import TeamFile
from desktop.ui.context import AppContext
from desktop.ui.help.dialog import install_f1
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.sync import texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.team_key import TeamKeyView
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.save_files import path_box
from desktop.ui.widgets.screen_fit import fit_resize, grow_to_contents
from desktop.ui.widgets.scroll_frame import ScrolledText
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

TEAM_TABLES = {"team", "code", "consent_template", "consent_clause", "organisation"}


class JoinTeamDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_team_dialog")
        self.ctx = ctx
        self.joined_team_id: str | None = None
        self.intro, self.file_label = WordWrapLabel(self), QLabel(self)
        self.file_edit = path_box(QLineEdit(self))  # a file's name reads left to right
        self.file_edit.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose)
        # Team name, the key's fingerprint to compare, a refused file's line: as the wizard shows them.
        # "Join this team" is the confirmation here, after the words that say to compare.
        self.key_view = TeamKeyView(self)
        self.team_label, self.fingerprint_label = self.key_view.team_label, self.key_view.fingerprint_label
        self.fingerprint, self.compare = self.key_view.fingerprint, self.key_view.compare
        self.error = self.key_view.error
        self.travels = WordWrapLabel(self)
        # Recommendations are the coordinators' in a team: the person hears before joining that their
        # own stay here as local drafts (desktop/sync/local_drafts.py).
        self.drafts = WordWrapLabel(self)
        self.drafts_made = read_now(ctx, recommendations.made_alone)
        self.drafts.setVisible(self.drafts_made > 0)
        self.buttons = QDialogButtonBox(self)
        self.join_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.join_button.setEnabled(False)
        self.join_button.clicked.connect(self.join)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        # What is above Join this team scrolls where the window is shorter than it (a 1366x768 laptop at
        # 150 % with a larger text): squeezed, the fingerprint was cut in half, the words to compare it
        # drawn over the next line.
        body = QWidget(self)
        upper = QVBoxLayout(body)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.intro)
        upper.addWidget(self.file_label)
        upper.addLayout(row)
        upper.addWidget(self.key_view)
        upper.addWidget(self.travels)
        upper.addWidget(self.drafts)
        upper.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrolledText(body, self), 1)
        self.busy = BusyState(self)
        layout.addWidget(self.buttons)
        self.file_label.setBuddy(self.file_edit)
        fit_resize(self, 620, 420)
        self.retranslate()
        install_f1(self, "first-run")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join a team"))
        self.intro.setText(self.tr("Your coordinator gives you the team file (it ends in .majlis-team)."))
        self.file_label.setText(self.tr("Team &file:"))
        self.file_edit.setAccessibleName(self.tr("Team file"))
        self.browse.setText(self.tr("&Choose team file…"))
        self.join_button.setText(self.tr("&Join this team"))
        self.travels.setText(self.tr(
            "What you have already recorded on this laptop stays, and travels to the team in the first "
            "bundle you export."))
        # The count in the digits chosen in Settings (Qt writes %n in Latin ones).
        self.drafts.setText(self.ctx.language.count_digits(self.tr(
            "You drafted %n recommendation(s) on this laptop while working alone. In a team, recommendations are "
            "made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose "
            "one, give a coordinator its evidence brief.", "", self.drafts_made), self.drafts_made))
        self.key_view.retranslate()

    @property
    def team_file(self) -> TeamFile | None:
        return self.key_view.team_file

    @property
    def path(self) -> Path | None:
        return self.key_view.path

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(  # on the USB stick it came on, else Documents
            self, self.tr("Team file"), str(default_export_folder()),
            self.tr("Majlis team files (*.majlis-team);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and check the team file (a few kilobytes: signature and layout) and show its key."""
        self.file_edit.setText(path.name)
        loaded = self.key_view.load(path) is not None
        self.join_button.setEnabled(loaded)
        grow_to_contents(self)  # the team's name, key and words to compare, or why the file is refused
        return loaded

    def join(self) -> None:
        if self.path is None or self.team_file is None:
            return
        path, shown = self.path, self.team_file.central_verify_key
        self.join_button.setEnabled(False)
        self.browse.setEnabled(False)
        self.key_view.say_error("")

        # On the DB worker, with the busy look after 300 ms: joining writes the team's codebook and
        # consent forms and renumbers what was done alone (seconds on a full laptop). The key enrolled
        # is the one whose fingerprint was shown, or none (a file changed since is refused).
        CollectionOp.on_store(self.ctx, lambda store: join_team(store, path, shown_central_key=shown)[0]) \
            .with_busy(self.busy) \
            .success(self._joined).failure(self._failed).run_in_background()

    def _joined(self, team_id: str) -> None:
        self.joined_team_id = team_id
        self.ctx.events.changed.emit(set(TEAM_TABLES))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.browse.setEnabled(True)
        self.join_button.setEnabled(self.team_file is not None)
        self.key_view.say_error(lambda: texts.error_message(exc))
        grow_to_contents(self)
