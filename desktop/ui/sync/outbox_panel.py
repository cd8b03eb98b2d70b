"""The facilitator's half of the Sync page: join a team, how much is unsent, export, and where the
last bundle went. Every number is refreshed whenever data changes, and right after an export."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import EnvironmentProblem
from desktop.sync.export import export_bundle
from desktop.sync.outbox import LAST_EXPORT_FOLDER, Outbox, outbox, with_bundle_suffix
from desktop.ui.context import AppContext
from desktop.ui.operations import Reloader
from desktop.ui.sync import redate_flow, texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.join_dialog import JoinTeamDialog
from desktop.ui.sync.new_key_button import NewKeyButton
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.plain_copy import plain_copies
from desktop.ui.widgets.question_dialog import QuestionDialog
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.while_alive import while_alive
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

EXPORT_TABLES = {"bundle_receipt", "local_state"}

log = logging.getLogger(__name__)


class OwnIdLabel(WordWrapLabel):
    """"Device id: … Public key:": in the Tab chain (a label selectable by keyboard is click-focus only in
    Qt), the id selected when Tab or Shift+Tab arrives on it, so Ctrl+C copies it (``plain_copies``: the id
    without the marks that keep it left to right), for the centre's Register a device…."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        text = self.text()
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) and "\u2069" in text:
            start = text.index("\u2066")
            self.setSelection(start, text.index("\u2069", start) + 1 - start)


class OutboxPanel(QGroupBox):
    """``message(line)`` carries one line for the page's results list: a function that says it in the
    language chosen when it is called (desktop.ui.sync.results_log)."""

    message = Signal(object)
    stateChanged = Signal()  # a new state was read (team joined, export done, unsent count moved)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("outbox")
        self.state: Outbox | None = None
        self.exporting = False
        # An import runs on the page's one DB worker: an export asked meanwhile waited behind it, the
        # button pressed and nothing seen for the length of the import.
        self.held = False
        self.redating = False  # one re-dating at a time (a question open or the work running)
        self.redate_box: QuestionDialog | None = None
        self.team_label, self.unsent_label = WordWrapLabel(self), QLabel(self)
        self.last_label, self.where_label = WordWrapLabel(self), WordWrapLabel(self)
        self.key_label = WordWrapLabel(self)  # the fingerprint the coordinator compares before approving
        # Its device id and public key, read out (or sent) to the centre's Register a device…: selectable;
        # the key in a read-only box, which scrolls within itself (one long word made the page scroll sideways
        # at 20 points on a laptop).
        self.id_key_label = OwnIdLabel(self)
        self.id_key_label.setObjectName("own_id_key")
        self.id_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.id_key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which set ClickFocus
        plain_copies(self.id_key_label)  # the id copied without its marks (pasted into Register a device…)
        self.key_box = QLineEdit(self)
        self.key_box.setObjectName("own_public_key")
        self.key_box.setReadOnly(True)
        self.key_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_box.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.key_box.setMinimumWidth(self.key_box.fontMetrics().averageCharWidth() * 8)
        self.key_box.hide()
        self.clock_label = WordWrapLabel(self)  # this computer's date is behind what is recorded here
        self.clock_label.setObjectName("clock_behind")
        self.revoked_label = WordWrapLabel(self)  # the centre revoked this laptop's key: New signing key…
        self.revoked_label.setObjectName("key_revoked")
        self.key_label.setObjectName("own_fingerprint")
        # Wrapped (before the fingerprint, whose groups stay together): on one line it was wider than the
        # page at 24 points on a laptop at 150 %, and the page scrolled sideways, the fingerprint cut.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        keep_relative_font(self.unsent_label, self, scale=1.3, bold=True)
        self.join_button, self.export_button, self.open_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.join_button.clicked.connect(self.join_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.open_button.clicked.connect(self.open_folder)
        # Shown with the clock warning: for a laptop whose date was set ahead and is right now.
        self.redate_button = QPushButton(self)
        self.redate_button.setObjectName("redate")
        self.redate_button.clicked.connect(self.redate_dialog)
        # On more lines where the panel is narrow (20 points on a laptop at 150 %: side by side they asked 639
        # pixels of 613, and the Sync page scrolled sideways, its text cut at the edge).
        # The centre revoked this laptop's key (a lost laptop's backup restored here): new_key_button.py.
        self.new_key_button = NewKeyButton(ctx, self.message.emit, self.refresh, self)
        self.new_key_button.hide()  # until the state read says this is a laptop in a team
        buttons = FlowRow([self.join_button, self.export_button, self.redate_button, self.open_button,
                           self.new_key_button])
        layout = QVBoxLayout(self)
        for label in (self.team_label, self.unsent_label, self.clock_label, self.last_label, self.where_label,
                      self.key_label, self.id_key_label, self.key_box, self.revoked_label):
            layout.addWidget(label)
        layout.addWidget(buttons)
        # In the Tab chain after the buttons, the id then the key (Tab, then Ctrl+C copies the id, Ctrl+A and
        # Ctrl+C the key, without a mouse): above them they came first, and Ctrl+6 put the keyboard on them
        # rather than on Export bundle….
        QWidget.setTabOrder(self.new_key_button, self.id_key_label)
        QWidget.setTabOrder(self.id_key_label, self.key_box)
        # Read on the DB worker, on every data change: the page must not stand still after each autosave.
        self.reader = Reloader(ctx, self, outbox, self._loaded)
        while_alive(ctx.events.changed, self, self.refresh)
        while_alive(ctx.language.digitsChanged, self, self.retranslate)
        self.retranslate()
        self.refresh()

    # --- state -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reader.request()

    def set_held(self, held: bool) -> None:
        """An import is running (``held``): Export waits for it, greyed; enabled again after it."""
        self.held = held
        if self.state is not None:
            self.retranslate()
        else:
            self.export_button.setEnabled(not held and self.export_button.isEnabled())

    def _loaded(self, state: Outbox) -> None:
        self.state = state
        self.retranslate()
        self.stateChanged.emit()

    def retranslate(self) -> None:
        centre = self.state is not None and self.state.is_central
        self.setTitle(self.tr("The team's centre") if centre else self.tr("Send your work"))
        self.join_button.setText(self.tr("&Join a team…"))
        self.export_button.setText(self.tr("&Export bundle…"))
        self.open_button.setText(self.tr("&Open the folder"))
        self.export_button.setAccessibleName(self.tr("Export bundle"))
        self.open_button.setAccessibleName(self.tr("Open the folder of the last bundle"))
        self.redate_button.setText(self.tr("Re-da&te waiting work…"))
        self.redate_button.setAccessibleName(self.tr("Re-date waiting work"))
        self.new_key_button.retranslate()
        st = self.state
        if st is None:
            return
        fmt = self.ctx.language
        if centre:
            team_text = self.tr("This computer is the team's centre: it imports the laptops' bundles and publishes "
                                "team updates for them.")
        elif self.ctx.demo:
            # Joining would send the demo's made-up sessions to a real team's centre, and the membership
            # goes with the demo's folder when the app closes.
            team_text = self.tr("This is the demo database, thrown away when Majlis closes: it cannot join a team "
                                "or send work. Your own database can.")
        elif st.in_team:
            team_text = self.tr("This laptop is in a team: bundles you export go to its coordinators.")
        else:
            team_text = self.tr("This laptop works alone. Join a team to send your work; everything recorded so "
                                "far goes in the first bundle.")
        self.team_label.setText(team_text)
        self.unsent_label.setText(self.tr("Unsent changes: %1").replace("%1", fmt.format_number(st.unsent)))
        if centre:  # no coordinator to tell; only its bundles wait (laptops take team updates dated ahead)
            behind = self.tr(
                "This computer's clock is more than a day behind changes recorded here (dated up to %1). If its "
                "date and time are wrong, set them right. If they are right, the date was set ahead when those "
                "changes were recorded: bundles for other coordinators cannot be exported until then unless you "
                "re-date them. Team updates are not affected.")
        else:
            behind = self.tr(
                "This computer's clock is more than a day behind changes recorded here (dated up to %1), so they "
                "cannot be sent yet. If its date and time are wrong, set them right. If they are right, the date "
                "was set ahead when those changes were recorded: the centre refuses them until then; tell your "
                "coordinator.")
        self.clock_label.setText(behind.replace("%1", fmt.format_date(st.clock_behind_until))
                                 if st.clock_behind_until is not None else "")
        self.clock_label.setVisible(st.clock_behind_until is not None)
        self.redate_button.setVisible(st.clock_behind_until is not None)
        self.redate_button.setEnabled(not self.redating and not self.exporting)
        if st.last_export_at is not None and st.last_export_range is not None:
            self.last_label.setText(self.tr("Last bundle: %1 (changes %2 to %3)")
                                    .replace("%1", fmt.format_datetime(st.last_export_at.astimezone()))
                                    .replace("%2", fmt.format_number(st.last_export_range[0]))
                                    .replace("%3", fmt.format_number(st.last_export_range[1])))
        else:
            self.last_label.setText(self.tr("No bundle exported yet."))
        # A folder path reads left to right in every language, its slashes and its folders in place.
        self.where_label.setText(self.tr("Saved in: %1").replace("%1", shown_path(st.last_export_folder))
                                 if st.last_export_folder else "")
        self.where_label.setVisible(bool(st.last_export_folder))
        # A fingerprint is Latin hex read left to right: isolated, its groups keep their order. The
        # centre's own is shown with its roster, as this computer's.
        self.key_label.setText(self.tr("This laptop's key fingerprint: %1").replace(
            "%1", texts.isolated_fingerprint(st.key_fingerprint)) if st.in_team and st.key_fingerprint and not centre else "")
        self.key_label.setVisible(bool(self.key_label.text()))
        # Ids and keys are Latin, read left to right: each in its own isolate in an Arabic line.
        shown = bool(self.key_label.text() and st.public_key and not self.ctx.demo)
        self.id_key_label.setText(self.tr("Device id: %1\nPublic key:").replace(
            "%1", f"\u2066{self.ctx.store.device_id}\u2069") if shown else "")
        self.id_key_label.setVisible(shown)
        self.key_box.setText(st.public_key if shown else "")
        self.key_box.setCursorPosition(0)  # its start in sight where the box is narrower than the key
        self.key_box.setAccessibleName(self.tr("This laptop's public key"))
        self.key_box.setVisible(shown)
        self.new_key_button.setVisible(bool(self.key_label.text()) and not self.ctx.demo)
        self.revoked_label.setText(self.tr(
            "The centre revoked this key (a lost or stolen laptop's): your bundles are refused there. Make a new "
            "one with New signing key…, read its fingerprint to your coordinator, then export a bundle.")
            if st.key_revoked and not centre else "")
        self.revoked_label.setVisible(bool(self.revoked_label.text()))
        self.join_button.setVisible(not st.in_team and not self.ctx.demo)
        self.export_button.setEnabled(st.in_team and not self.exporting and not self.redating  # one at a time
                                      and not self.held)
        self.export_button.setToolTip("" if st.in_team else self.tr("Join a team first."))
        # Nor sends work (its team line says why), so no bundle's folder to open either.
        self.export_button.setVisible(not self.ctx.demo)
        self.open_button.setVisible(not self.ctx.demo)
        # Nor a count of changes "unsent" or "No bundle exported yet.": nothing waits to go from the demo.
        self.unsent_label.setVisible(not self.ctx.demo)
        self.last_label.setVisible(not self.ctx.demo)
        self.open_button.setEnabled(bool(st.last_export_folder) and Path(st.last_export_folder).is_dir())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- actions -------------------------------------------------------------------------------------

    def join_dialog(self) -> JoinTeamDialog:
        dialog = JoinTeamDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.message.emit(
            lambda: self.tr("This laptop has joined the team. Export a bundle to send your work.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_dialog(self) -> None:
        if self._refused():  # before where: nothing asked, nothing started
            return
        st = self.state or outbox(self.ctx.store)
        folder = default_export_folder(st.last_export_folder)
        # No "replace it?" question: a bundle never replaces another (export_bundle refuses, with a
        # translated line), since the file there may not have been sent yet.
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), str(folder / st.next_name),
            self.tr("Majlis bundles (*.majlis);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.export_to(Path(with_bundle_suffix(path)))

    def _refused(self) -> bool:
        """Another export runs (File → Export's, a report's): one at a time (export_run), said in one line
        in the results list and in the status bar."""
        if not (self.exporting or export_run.running(self)):
            return False
        self.message.emit(export_run.refused)
        live_status.show(self, export_run.refused, 10000)
        return True

    def export_to(self, path: Path) -> None:
        """Written on the DB worker as File → Export's exports are (export_run): its steps and Cancel in
        the status bar, a Cancel before the bundle takes its name leaving no file and the position as it
        was, one after it said as too late."""
        if self._refused():
            return
        store = self.ctx.store
        self.exporting = True
        self.export_button.setEnabled(False)
        more: list[bool] = []

        def work(token: Any, progress: Any) -> Any:
            result = export_bundle(store, path, cancelled=lambda: token.cancelled, progress=progress)
            if result is not None:
                try:
                    store.set_state(LAST_EXPORT_FOLDER, str(result.path.parent))
                except EnvironmentProblem:  # the disk full just now: the bundle is written and counted all the same
                    log.warning("the last bundle's folder could not be noted")
            return result

        def tell(words: Words, timeout: int) -> None:
            if not shiboken6.isValid(self):  # the window closed meanwhile: no one to tell
                return
            self.message.emit(words)
            live_status.show(self, words, timeout)  # the results list may be out of sight at 20 points
            if any(more):  # another epoch's work (after a restore), or past a bundle's limits
                self.message.emit(lambda: self.tr("More changes wait for the next bundle: export again."))
            self._export_ended()

        def written(result: Any) -> Words:
            if result is None:
                return lambda: self.tr("Nothing to export: no new changes since the last bundle.")
            count, name = result.change_count, shown_path(result.path)  # the whole path, as every export says it
            more.append(result.more_pending)
            return lambda: self.ctx.language.count_digits(
                self.tr("Bundle written: {name} (%n change(s))", "", count), count).format(name=name)

        export_run.start(self, self.ctx.tasks.run, work, what="bundle", tell=tell, written=written,
                         failure=lambda exc: partial(texts.write_failed, exc))  # a write-protected stick, a full disk

    def _export_ended(self) -> None:
        self.exporting = False
        self.ctx.events.changed.emit(set(EXPORT_TABLES))  # the unsent count here and in the status bar
        self.refresh()

    def redate_dialog(self) -> None:
        """Re-date waiting work…: asked with both dates, then done on the worker (redate_flow)."""
        redate_flow.start(self)

    def open_folder(self) -> bool:
        folder = self.state.last_export_folder if self.state else ""
        return bool(folder) and QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
