"""First run: language, passphrase, device name, then join a team, start a team, or open the demo."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.validation import passphrase_strength
from desktop.i18n.languages import LANGUAGES
from desktop.ui.widgets.field_error import FieldError

DB_FILE = "majlis.db"


def team_service_available() -> bool:
    return importlib.util.find_spec("desktop.sync.team") is not None


class LanguagePage(QWizardPage):
    def __init__(self, language: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for lang in LANGUAGES:
            button = QRadioButton(lang.native_name, self)
            button.setProperty("code", lang.code)
            button.setChecked(lang.code == language.language)
            button.toggled.connect(lambda on, code=lang.code: on and self.language.set_language(code))
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Majlis"))
        self.setSubTitle(self.tr("Choose the language of the interface. You can change it later."))


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._changed)
        self.strength = QLabel(self)
        self.mismatch = FieldError(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first)
        form.addRow("", self.strength)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.mismatch)
        form.addRow(self.warning)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Create a passphrase"))
        self.setSubTitle(self.tr("The database on this laptop is encrypted with it."))
        self.first_label.setText(self.tr("&Passphrase"))
        self.second_label.setText(self.tr("&Repeat it"))
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.warning.setText(
            self.tr("Write it down and keep it safe. If it is lost, nobody can recover the data: not you, not the team, not the makers of Majlis.")
        )
        self._changed()

    def _changed(self) -> None:
        texts = [
            self.tr("Too short: use at least 8 characters."),
            self.tr("Strength: weak. A few words make a stronger passphrase."),
            self.tr("Strength: fair."),
            self.tr("Strength: strong."),
        ]
        pw = self.first.text()
        self.strength.setText(texts[passphrase_strength(pw)] if pw else "")
        mismatch = bool(self.second.text()) and self.second.text() != pw
        self.mismatch.set_error(self.tr("The two passphrases differ.") if mismatch else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        pw = self.first.text()
        return passphrase_strength(pw) > 0 and pw == self.second.text()


class DevicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.label = QLabel(self)
        self.label.setBuddy(self.name)
        form = QFormLayout(self)
        form.addRow(self.label, self.name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop"))
        self.setSubTitle(self.tr("A name the coordinator will see for this device, e.g. \"Basra laptop 2\". Not a person's name."))
        self.label.setText(self.tr("&Device name"))
        self.name.setAccessibleName(self.tr("Device name"))

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join = QRadioButton(self)
        self.start = QRadioButton(self)
        self.demo = QRadioButton(self)
        self.alone = QRadioButton(self)
        self.alone.setChecked(True)
        self.team_file = QLineEdit(self)
        self.team_file.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.pick_team_file)
        self.team_name = QLineEdit(self)
        available = team_service_available()
        for w in (self.join, self.start, self.team_file, self.browse, self.team_name):
            w.setEnabled(available)
        self._available = available
        row = QHBoxLayout()
        row.addWidget(self.team_file, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.join)
        layout.addLayout(row)
        layout.addWidget(self.start)
        layout.addWidget(self.team_name)
        layout.addWidget(self.alone)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        for b in (self.join, self.start, self.demo, self.alone):
            b.toggled.connect(lambda _on: self.completeChanged.emit())
        self.team_name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

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
        if not self._available:
            for w in (self.join, self.start, self.browse):
                w.setToolTip(self.tr("Not available in this version yet."))

    def pick_team_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Team file"), "", self.tr("Majlis team files (*.majlis-team)"))
        if path:
            self.team_file.setText(path)
            self.join.setChecked(True)

    def choice(self) -> str:
        for name in ("join", "start", "demo"):
            if getattr(self, name).isChecked():
                return name
        return "alone"

    def isComplete(self) -> bool:
        c = self.choice()
        if c == "join":
            return bool(self.team_file.text())
        if c == "start":
            return bool(self.team_name.text().strip())
        return True


class FirstRunWizard(QWizard):
    """Emits ``finishedWith(store, demo)`` once the database exists (or the demo is open)."""

    finishedWith = Signal(object, bool)

    def __init__(self, language: Any, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.data_dir = data_dir
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(language, self)
        self.passphrase_page = PassphrasePage(self)
        self.device_page = DevicePage(self)
        self.start_page = StartPage(self)
        for page in (self.language_page, self.passphrase_page, self.device_page, self.start_page):
            self.addPage(page)
        self.resize(640, 480)
        self.retranslate()

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

    def database_path(self) -> Path:
        folder = self.data_dir or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        folder.mkdir(parents=True, exist_ok=True)
        path, n = folder / DB_FILE, 2
        while path.exists():  # never overwrite a database that is already there
            path, n = folder / f"majlis-{n}.db", n + 1
        return path

    def accept(self) -> None:
        try:
            store, demo = self.create_database()
        except Exception as exc:
            from desktop.ui.unlock import error_text

            QMessageBox.critical(self, self.tr("Majlis"), error_text(exc))
            return
        super().accept()
        self.finishedWith.emit(store, demo)

    def create_database(self) -> tuple[Any, bool]:
        choice = self.start_page.choice()
        if choice == "demo":
            from desktop.ui.demo_store import create_demo_store

            return create_demo_store(), True
        from desktop.core.db import create_store

        path = self.database_path()
        store = create_store(path, self.passphrase_page.first.text(), self.device_page.name.text().strip())
        if choice in ("join", "start"):
            self._team(store, choice, path.parent)
        return store, False

    def _team(self, store: Any, choice: str, folder: Path) -> None:
        from desktop.sync import team

        try:
            if choice == "join":
                team.join_team(store, self.start_page.team_file.text())
            else:
                name = self.start_page.team_name.text().strip()
                team_file = folder / "team.majlis-team"
                identity = folder / "team-identity.key"
                team.create_team(store, name=name, team_file=team_file, identity_file=identity)
                QMessageBox.information(
                    self,
                    self.tr("Team created"),
                    self.tr("Give the team file to each facilitator: %1\n\nBack up the team key and keep it secret: %2")
                    .replace("%1", str(team_file)).replace("%2", str(identity)),
                )
        except Exception as exc:  # the database exists; joining can be retried from the Sync page
            QMessageBox.warning(
                self,
                self.tr("Team"),
                self.tr("The database was created, but the team could not be set up: %1\nYou can try again from the Sync page.")
                .replace("%1", getattr(exc, "message", str(exc))),
            )
