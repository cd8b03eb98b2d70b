"""First run: language, passphrase, device name, then join a team, start a team, or open the demo."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.field_text import one_line
from desktop.core.models import Device, Session
from desktop.i18n.languages import LANGUAGES
from desktop.ui.first_run_open import OpenExistingButton
from desktop.ui.first_run_passphrase import PassphrasePage
from desktop.ui.first_run_plan import Created, FolderNotMade, Plan, create_from_plan
from desktop.ui.first_run_start import StartPage
from desktop.ui.help.dialog import install_f1
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.deliberate_choice import DeliberateRadioButton, stop_on_ticked
from desktop.ui.widgets.environment_words import reason_of
from desktop.ui.widgets.plain_copy import plain_copies, plain_copies_in
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

DB_FILE = "majlis.db"


def _scrolled_body(page: QWizardPage, name: str) -> QWidget:
    """The page's lines, in a part that scrolls where the wizard is shorter than they are (a larger text
    size, a small screen): squeezed into the page, the wrapped ones were drawn over each other (the
    note that the last database is not there, the warning that a lost passphrase loses the data)."""
    body = QWidget(page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolled(body, page, name=name, column=True, follow_focus=True))
    return body


class LanguagePage(QWizardPage):
    def __init__(self, language: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.group = QButtonGroup(self)
        self.body = _scrolled_body(self, "language_page_scroll")
        layout = QVBoxLayout(self.body)
        # The database opened last, when it is not there: said before a new one is made.
        self.missing: Path | None = None
        self.missing_note = WordWrapLabel(self)
        self.missing_note.setObjectName("missing_database")
        self.missing_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.missing_note.setHidden(True)
        # The page's first Tab stop while it is shown: the wizard opens with the focus on it, in sight (a
        # screen reader reads it first). At 24 points on a laptop it fills the page, and the focus on a
        # language below it scrolled it away as the wizard opened.
        self.missing_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        plain_copies(self.missing_note)  # its path copied without the marks that keep it left to right
        layout.addWidget(self.missing_note)
        for lang in LANGUAGES:
            button = DeliberateRadioButton(lang.native_name, self)  # the arrows move, never switch
            button.setProperty("code", lang.code)
            button.setChecked(lang.code == language.language)
            button.toggled.connect(lambda on, code=lang.code: on and self.language.set_language(code))
            button.toggled.connect(lambda _on: self._tab_stop_on_ticked())
            self.group.addButton(button)
            layout.addWidget(button)
        self._tab_stop_on_ticked()
        layout.addStretch(1)
        self.open_existing = OpenExistingButton(self)  # a database already made: its unlock window instead
        layout.addWidget(self.open_existing)
        self.retranslate()

    def validatePage(self) -> bool:
        """Next: the language shown is the person's choice now, whether they ticked it or the system chose it."""
        self.language.confirm_language()
        return True

    def _tab_stop_on_ticked(self) -> None:
        """The language ticked is the group's one Tab stop, where the wizard puts the focus as it opens (Qt
        keeps the stop on the button last focused, the first of them until then: "العربية" in a Kurdish
        wizard, and Space turned it Arabic). The arrows move the focus between the languages whatever their
        stop, ticking none (DeliberateRadioButton)."""
        stop_on_ticked(self.group)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Majlis"))
        self.setSubTitle(self.tr("Choose the language of the interface. You can change it later."))
        if self.missing is not None:
            self.missing_note.setText(self.tr(
                "The database opened last is not there: %1. If it is on a USB stick or another drive, "
                "connect it and start Majlis again. Go on only to make a new, empty database.")
                .replace("%1", shown_path(self.missing)))  # left to right, slashes in place

    def set_missing(self, path: Path | None) -> None:
        self.missing = path
        self.missing_note.setHidden(path is None)
        # No stop while hidden: the wizard gave its first focus to the first stop, hidden or not.
        self.missing_note.setFocusPolicy(Qt.FocusPolicy.NoFocus if path is None else Qt.FocusPolicy.StrongFocus)
        self.retranslate()


class DevicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = limit_line(QLineEdit(self), Device, "name")
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.label = QLabel(self)
        self.label.setBuddy(self.name)
        # The person is asked apart from the laptop: sessions, consent records and codings name people.
        self.person = limit_line(QLineEdit(self), Session, "facilitator")  # also a coder, an actor
        self.person_label = QLabel(self)
        self.person_label.setBuddy(self.person)
        self.person_hint = WordWrapLabel(self)
        self.body = _scrolled_body(self, "device_page_scroll")
        form = QFormLayout(self.body)
        form.addRow(self.label, self.name)
        form.addRow(self.person_label, self.person)
        form.addRow("", self.person_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop"))
        self.setSubTitle(self.tr("A name the coordinator will see for this device, e.g. \"Basra laptop 2\". Not a person's name."))
        self.label.setText(self.tr("&Device name"))
        self.name.setAccessibleName(self.tr("Device name"))
        self.person_label.setText(self.tr("&Your name"))
        self.person.setAccessibleName(self.tr("Your name"))
        self.person_hint.setText(self.tr(
            "Shown as the facilitator of new sessions and as the coder of your codings. You can change it in Settings."))

    def isComplete(self) -> bool:
        # Marks only (an RLM pasted, a lone ZWNJ) is no name: the laptop was stored nameless.
        return bool(one_line(self.name.text()))


class _Relay(QObject):
    done = Signal(object, object)  # Created, exception


class FirstRunWizard(QWizard):
    """Emits ``finishedWith(store, demo)`` once the database exists (or the demo is open)."""

    finishedWith = Signal(object, bool)
    openExisting = Signal(object)  # the path of a database file chosen on the first page

    def __init__(self, language: Any, data_dir: Path | None = None, parent: QWidget | None = None, *,
                 missing: Path | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.data_dir = data_dir
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(language, self)
        self.passphrase_page = PassphrasePage(self)
        self.device_page = DevicePage(self)
        self.start_page = StartPage(self)
        # A team file's name, fingerprint and check box make the last page taller than the others.
        self.start_page.key_view.changed.connect(lambda: QTimer.singleShot(0, self._fit_page))
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._fit_page))
        for page in (self.language_page, self.passphrase_page, self.device_page, self.start_page):
            self.addPage(page)
        self.language_page.set_missing(missing)
        # Its unlock window and the later starts in the language shown here, chosen as much as by Next.
        self.language_page.open_existing.chosen.connect(lambda _path: language.confirm_language())
        self.language_page.open_existing.chosen.connect(self.openExisting)
        self._free_at_start = self.database_path()  # where Finish makes it, as things stood when this opened
        screen_fit.fit_resize_for_text(self, 640, 480)  # wider with a larger text: fewer lines, less scrolling
        self.creating = False
        self._folder: Path | None = None  # where Finish makes the database (named when it is read-only)
        self._cursor_set = False
        self.busy_label = QLabel(self)
        self.busy_label.setHidden(True)
        start_layout = self.start_page.body.layout()
        if start_layout is not None:
            start_layout.addWidget(self.busy_label)
        self._relay = _Relay(self)
        self._relay.done.connect(self._created, Qt.ConnectionType.QueuedConnection)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(self._show_busy)
        self.retranslate()
        install_f1(self, "first-run")

    def childEvent(self, event: QChildEvent) -> None:
        """The wizard's message boxes (the team's files to hand out and back up, a folder refused, another
        window's database) copy a path in them as it is, without the marks that keep it left to right."""
        super().childEvent(event)
        child = event.child()
        if event.polished() and isinstance(child, QMessageBox):
            plain_copies_in(child)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Majlis: first start"))
        for page in (self.language_page, self.passphrase_page, self.device_page, self.start_page):
            page.retranslate()
        # QWizard names its buttons once, at creation, and never on LanguageChange: name them
        # again from Qt's own translations (qtbase_ar, our qtbase_ckb).
        buttons = (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.CommitButton, "Commit"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
            (QWizard.WizardButton.HelpButton, "&Help"),
        )
        for which, source in buttons:
            self.setButtonText(which, QCoreApplication.translate("QWizard", source))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_page(self) -> None:
        """Grow the window (within the screen) until every line of the page shown has its width and its
        height (a team file's fingerprint and the check box under it on the last page, a larger text size
        on any): the page's lines stood past its side edge, cut, in Kurdish. Beyond the screen it scrolls."""
        page = self.currentPage()
        body = getattr(page, "body", None)
        layout = body.layout() if body is not None else None
        if page is None or body is None or layout is None or not page.isVisible():
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the new lines' sizes
        room = screen_fit.room(self)
        width = min(self.width() + max(page.minimumSizeHint().width() - page.width(), 0), room.width())
        shown = body.parentWidget() or body  # the scroll area's viewport: the body is never narrower
        body_width = max(body.width(), shown.width() + width - self.width())  # once the window is resized
        need = layout.totalHeightForWidth(body_width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        height = min(self.height() + max(need - page.height(), 0), room.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def database_path(self) -> Path:
        """Where the new database goes: a free name in the data folder (made by ``create_from_plan``,
        on the worker: a folder that cannot be made is said there, in one line)."""
        folder = self.data_dir or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        path, n = folder / DB_FILE, 2
        while path.exists():  # never overwrite a database that is already there
            path, n = folder / f"majlis-{n}.db", n + 1
        return path

    def accept(self) -> None:
        """Create the database on a background thread (key derivation, schema, a demo's sessions take
        seconds on a busy laptop); the wizard keeps painting and says what it does after 300 ms."""
        if self.creating or self.start_page.team_file_gone():  # looked for again: nothing made without it
            return
        plan = self._plan()
        if plan.choice != "demo" and plan.path != self._free_at_start and not self._second_wanted():
            return
        self._folder = plan.path.parent if plan.choice != "demo" else None
        self.creating = True
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(False)
        self._busy_timer.start()
        relay = self._relay

        def work() -> None:
            try:
                relay.done.emit(create_from_plan(plan), None)
            except Exception as exc:  # shown as one translated sentence on the UI thread
                relay.done.emit(None, exc)

        threading.Thread(target=work, name="first-run", daemon=True).start()

    def _second_wanted(self) -> bool:
        """A database was made where this one would go while the wizard was open: Majlis started twice,
        and the other window's Finish came first. A second, empty one (remembered as the one opened
        last) made the next start unlock it, and the day's work looked lost. Asked, No by default."""
        answer = QMessageBox.question(
            self, self.tr("Majlis"),
            self.tr("While this window was open, another Majlis window made a database in the same folder: %1. "
                    "To work in it, close this window. Make a second, empty database anyway?")
            .replace("%1", shown_path(self._free_at_start)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._free_at_start = self.database_path()  # asked once
        return True

    def reject(self) -> None:
        """Escape and the close button (Cancel is greyed) wait while the database is made: the wizard is
        the only window at first start, and Majlis quit with it, the making cut off half-way."""
        if not self.creating:
            super().reject()

    def _show_busy(self) -> None:
        if self.creating:
            self.busy_label.setText(self.tr("Creating the encrypted database…"))
            self.busy_label.setHidden(False)
            self.start_page.scroller.ensureWidgetVisible(self.busy_label)  # below the page's fold on a small screen
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _created(self, result: object, exc: object) -> None:
        self.creating = False
        self._busy_timer.stop()
        self.busy_label.setHidden(True)
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(True)
        if isinstance(exc, BaseException) or not isinstance(result, Created):
            QMessageBox.critical(self, self.tr("Majlis"), self._failure_text(exc))
            return
        self._report_team(result)
        super().accept()
        self.finishedWith.emit(result.store, result.demo)

    def _failure_text(self, exc: object) -> str:
        """Why no database was made, in one translated line."""
        from desktop.ui.unlock import error_text

        failure = exc if isinstance(exc, BaseException) else RuntimeError()
        folder = self._folder
        if folder is not None and reason_of(failure) == "read_only":
            # The wizard cannot be told another place: whoever helps must know which folder to open up.
            refused = next((p for p in (folder, *folder.parents) if p.exists()), folder)
            return self.tr("Majlis cannot write in the folder %1, where its database goes: the folder is read-only. "
                           "Ask whoever helps you to make it writable, and try again.").replace("%1", shown_path(refused))
        if isinstance(exc, FolderNotMade):
            return self.tr("Majlis could not make the folder for its database: %1 is a file, not a folder. "
                           "Ask whoever helps you to move that file, and try again.").replace("%1", shown_path(exc.path))
        return error_text(failure)

    def _plan(self) -> Plan:
        choice = self.start_page.choice()
        return Plan(
            choice=choice,
            path=self.database_path() if choice != "demo" else Path(),
            passphrase=self.passphrase_page.first.text(),
            device=one_line(self.device_page.name.text()),
            person=one_line(self.device_page.person.text()),
            team_file=str(self.start_page.key_view.path or ""),
            team_name=one_line(self.start_page.team_name.text()),
            team_key=self.start_page.key_view.central_key() or "",
        )

    def create_database(self) -> tuple[Any, bool]:
        """The same work, here and now (tests, scripts); the wizard's Finish runs it in the background."""
        created = create_from_plan(self._plan())
        self._report_team(created)
        return created.store, created.demo

    def _report_team(self, created: Created) -> None:
        if created.team_error is not None:  # the database exists; joining can be retried from the Sync page
            from desktop.ui.sync.texts import error_message

            exc = created.team_error
            QMessageBox.warning(
                self,
                self.tr("Team"),
                self.tr("The database was created, but the team could not be set up: %1\nYou can try again from the Sync page.")
                .replace("%1", error_message(exc)),
            )
        elif created.team_file is not None and created.identity is not None:
            QMessageBox.information(
                self,
                self.tr("Team created"),
                self.tr("Give the team file to each facilitator: %1\n\nBack up the team key and keep it secret: %2")
                .replace("%1", shown_path(created.team_file)).replace("%2", shown_path(created.identity)),
            )
