"""Settings: interface language, digits, font size and idle lock, applied at once; the passphrase
changed (``passphrase_box.py``); backups (``backups_box.py``).

Every change is stored through :mod:`desktop.ui.settings_store` and applied through the
LanguageManager in the context, so the language switches without a restart: Qt posts
LanguageChange to every widget and each page retranslates itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import app_paths, diagnostics
from desktop.core.models import Session
from desktop.i18n.digits import Digits
from desktop.i18n.languages import LANGUAGES
from desktop.ui.context import PERSON_NAME_STATE, AppContext
from desktop.ui.page_base import Page
from desktop.ui.settings.backups_box import BackupsBox
from desktop.ui.settings.passphrase_box import PassphraseBox
from desktop.ui.settings_store import (
    DIGITS,
    FONT_SIZE,
    IDLE_LOCK_MAX,
    IDLE_LOCK_MIN,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SettingsStore,
)
from desktop.ui.widgets.deliberate_choice import DeliberateChoiceBox
from desktop.ui.widgets.digit_spin import DigitSpinBox
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.path_label import PathLabel
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.separator import separator
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

FONT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 24)
# A fixed date for the preview, so that month names and digits can be compared at a glance.
PREVIEW_DATE = date(2023, 3, 5)
PREVIEW_NUMBER = 1234567


class SettingsPage(Page):
    key = "settings"

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, settings: SettingsStore | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.settings = settings if settings is not None else SettingsStore()

        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        keep_relative_font(self.heading, self, scale=1.4, bold=True)

        self.display_box = QGroupBox(self)
        # Chosen from its open list only: the arrow keys on the closed box switched the whole interface,
        # live, to a language the person may not read (DeliberateChoiceBox).
        self.language_combo = DeliberateChoiceBox(self.display_box)
        for language in LANGUAGES:
            # Each language is named in its own script: findable whatever the current one.
            self.language_combo.addItem(language.native_name, language.code)
        self.digits_combo = ChoiceBox(self.display_box)
        self.digits_combo.addItem("", "arab")
        self.digits_combo.addItem("", "latn")
        self.font_combo = ChoiceBox(self.display_box)
        self.font_combo.addItem("", 0.0)
        for size in FONT_SIZES:
            self.font_combo.addItem("", float(size))
        for combo in (self.language_combo, self.digits_combo, self.font_combo):
            # Measured again whenever their words change: a box measured once, in the language it was
            # first shown in, cut the longer Arabic or Kurdish words off after a switch.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview = QLabel(self.display_box)
        self.preview.setObjectName("settingsPreview")

        self.language_label = QLabel(self.display_box)
        self.language_label.setBuddy(self.language_combo)
        self.digits_label = QLabel(self.display_box)
        self.digits_label.setBuddy(self.digits_combo)
        self.font_label = QLabel(self.display_box)
        self.font_label.setBuddy(self.font_combo)
        self.preview_label = QLabel(self.display_box)

        display_form = QFormLayout(self.display_box)
        # Short choices: a full-width combo box only makes the eye travel across the screen.
        display_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        display_form.addRow(self.language_label, self.language_combo)
        display_form.addRow(self.digits_label, self.digits_combo)
        display_form.addRow(self.font_label, self.font_combo)
        display_form.addRow(self.preview_label, self.preview)

        self.security_box = QGroupBox(self)
        self.idle_spin = DigitSpinBox(lambda: self.ctx.language.digits, self.security_box)
        self.idle_spin.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_label = QLabel(self.security_box)
        self.idle_label.setBuddy(self.idle_spin)
        self.idle_hint = WordWrapLabel(self.security_box)
        security_form = QFormLayout(self.security_box)
        security_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        security_form.addRow(self.idle_label, self.idle_spin)
        security_form.addRow(self.idle_hint)

        # Where the data lives, for the person who backs up or moves the laptop (issue 11).
        self.data_box = QGroupBox(self)
        # Wrapped: a long path goes on to a second line, not past the page's side.
        # Selectable, left to right, parts in their order, copied as the path itself.
        self.data_folder = PathLabel(app_paths.data_dir(), self.data_box)
        self.database_path = PathLabel(self.ctx.store.path, self.data_box)
        self.data_folder_label = QLabel(self.data_box)
        self.database_label = QLabel(self.data_box)
        self.open_folder_button = QPushButton(self.data_box)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.diagnostics_button = QPushButton(self.data_box)
        self.diagnostics_button.clicked.connect(self.copy_diagnostics)
        self.data_status = QLabel(self.data_box)
        buttons = FlowRow([self.open_folder_button, self.diagnostics_button])  # on two lines where narrow
        data_form = QFormLayout(self.data_box)
        data_form.addRow(self.data_folder_label, self.data_folder)
        data_form.addRow(self.database_label, self.database_path)
        data_form.addRow(buttons)
        data_form.addRow(self.data_status)

        # The person, apart from the laptop: named as facilitator, consent taker and coder.
        self.person_box = QGroupBox(self)
        self.person_edit = QLineEdit(self.person_box)
        self.person_edit.setObjectName("person_name")
        limit_line(self.person_edit, Session, "facilitator")  # also a coder, an actor, a witness
        self.person_edit.setText(self.ctx.user_name)
        self.person_edit.editingFinished.connect(self._person_named)
        self.person_label = QLabel(self.person_box)
        self.person_label.setBuddy(self.person_edit)
        person_form = QFormLayout(self.person_box)
        person_form.addRow(self.person_label, self.person_edit)
        # Each form's labels above their fields where beside them they do not fit (English at 24 points on a
        # laptop at 150 %: "Your name (facilitator, coder):" beside its field asked 671 pixels in 568, and
        # the whole page scrolled sideways).
        self.labels_above = [LabelsAbove(form, box) for form, box in (
            (display_form, self.display_box), (person_form, self.person_box), (security_form, self.security_box),
            (data_form, self.data_box))]
        # Tab in the order the boxes are shown (the person's box, made last, sits second).
        chain(self.font_combo, self.person_edit, self.idle_spin)

        self.note = WordWrapLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.display_box)
        layout.addWidget(self.person_box)
        layout.addWidget(self.security_box)
        self.backups_box = BackupsBox(self.ctx, self)  # whether a backup exists, and one made now
        # Change passphrase… (the change writes a backup: the Backups box counts it). Not for the demo,
        # whose random key nobody is asked for.
        self.passphrase_box = PassphraseBox(self.ctx, self, changed=self.backups_box.refresh)
        self.passphrase_box.setHidden(self.ctx.demo)
        # Nor Backups: Back up now… asks that passphrase, and the demo's folder (backups with it) is
        # thrown away when the app closes.
        self.backups_box.setHidden(self.ctx.demo)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.data_box)
        layout.addWidget(self.backups_box)
        # The passphrase box, made after the data box, is shown above it: Tab in the order shown.
        chain(self.idle_spin, self.passphrase_box.button, self.open_folder_button, self.diagnostics_button,
              self.backups_box.button, self.backups_box.open_button)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self._load()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.digits_combo.currentIndexChanged.connect(self._digits_chosen)
        self.font_combo.currentIndexChanged.connect(self._font_chosen)
        self.idle_spin.valueChanged.connect(self._idle_chosen)
        self.ctx.language.digitsChanged.connect(self._digits_applied)
        self.ctx.language.languageChanged.connect(self._language_applied)
        self.retranslate()

    def _person_named(self) -> None:
        name = self.person_edit.text().strip()
        if name != self.ctx.user_name:
            self.ctx.store.set_state(PERSON_NAME_STATE, name)
            self.ctx.user_name = name

    # --- Page -------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.person_box.setTitle(self.tr("You"))
        self.person_label.setText(self.tr("&Your name (facilitator, coder):"))
        self.person_edit.setAccessibleName(self.tr("Your name"))
        self.person_edit.setPlaceholderText(self.tr("Not the laptop's name"))
        self.display_box.setTitle(self.tr("Language and display"))
        self.language_label.setText(self.tr("&Interface language:"))
        self.digits_label.setText(self.tr("&Digits:"))
        self.font_label.setText(self.tr("Font si&ze:"))
        self.preview_label.setText(self.tr("Example:"))
        self.digits_combo.setItemText(0, self.tr("Arabic-Indic (٠١٢٣)"))
        self.digits_combo.setItemText(1, self.tr("Latin (0123)"))
        self.security_box.setTitle(self.tr("Security"))
        self.idle_label.setText(self.tr("&Lock after (minutes):"))
        # The demo never locks (MainWindow._on_idle: its random key is asked of nobody): said, not waited for.
        self.idle_hint.setText(
            self.tr("The demo database never locks: it has no passphrase to ask for. On your own database, "
                    "Majlis locks after this many minutes without use and asks for the passphrase again.")
            if self.ctx.demo else
            self.tr("After this many minutes without use, Majlis locks and asks for the passphrase again.")
        )
        self.note.setText(self.tr("Changes take effect at once; no restart is needed."))
        self.data_box.setTitle(self.tr("Your data"))
        self.data_folder_label.setText(self.tr("Data folder:"))
        self.database_label.setText(self.tr("Database:"))
        self.open_folder_button.setText(self.tr("&Open data folder"))
        self.diagnostics_button.setText(self.tr("&Copy diagnostics"))
        self.diagnostics_button.setToolTip(
            self.tr("Versions and folders for whoever helps you; no names, texts or keys.")
        )
        self.data_status.setText("")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.digits_combo.setAccessibleName(self.tr("Digits"))
        self.font_combo.setAccessibleName(self.tr("Font size"))
        self.idle_spin.setAccessibleName(self.tr("Lock after (minutes)"))
        self._refresh_numbers()

    def refresh(self) -> None:
        self._load()
        self.backups_box.refresh()  # a backup made meanwhile (majlis-cli backup)

    # --- loading and showing ----------------------------------------------------------
    def _load(self) -> None:
        """Show the stored values (the language shown is the one actually in use)."""
        combos = (self.language_combo, self.digits_combo, self.font_combo, self.idle_spin)
        for widget in combos:
            widget.blockSignals(True)
        try:
            self._select(self.language_combo, self.ctx.language.language)
            self._select(self.digits_combo, self.ctx.language.digits)
            self._select(self.font_combo, self.settings.font_size)
            self.idle_spin.setValue(self.settings.idle_lock_minutes)
        finally:
            for widget in combos:
                widget.blockSignals(False)
        self._refresh_numbers()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _refresh_numbers(self) -> None:
        lm = self.ctx.language
        self.font_combo.setItemText(0, self.tr("System default"))
        for index, size in enumerate(FONT_SIZES, start=1):
            self.font_combo.setItemText(index, lm.format_number(size))
        self.idle_spin.redisplay()
        self.preview.setText(f"{lm.format_number(PREVIEW_NUMBER)}{separator()}{lm.format_date(PREVIEW_DATE)}")

    # --- the data folder ----------------------------------------------------------------
    def open_data_folder(self) -> bool:
        folder = app_paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def diagnostics_text(self) -> str:
        return diagnostics.as_text(diagnostics.diagnostics(self.ctx.store, qt_version=qVersion()))

    def copy_diagnostics(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.diagnostics_text())
        say(self.data_status, lambda: self.tr("Diagnostics copied to the clipboard."))

    # --- user choices -----------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        stored = self.settings.set(LANGUAGE, code)
        if stored != self.ctx.language.language:
            self.ctx.language.set_language(stored)

    def _digits_chosen(self, index: int) -> None:
        digits: Digits = self.settings.set(DIGITS, self.digits_combo.itemData(index))
        self.ctx.language.set_digits(digits)

    def _font_chosen(self, index: int) -> None:
        size = self.settings.set(FONT_SIZE, float(self.font_combo.itemData(index)))
        self.ctx.language.set_font_size(size or None)

    def _idle_chosen(self, minutes: int) -> None:
        stored = self.settings.set(IDLE_LOCK_MINUTES, minutes)
        # The main window's idle lock read the setting at start; give it the new interval now.
        idle = getattr(self.window(), "idle", None)
        if idle is not None and hasattr(idle, "set_interval"):
            idle.set_interval(stored * 60_000)

    # --- changes made elsewhere (the main window's View menu) -------------------------
    # Stored here too, so a choice made in the View menu is also there at the next start.
    def _digits_applied(self, _digits: str) -> None:
        self.settings.set(DIGITS, self.ctx.language.digits)
        self._select_quietly(self.digits_combo, self.ctx.language.digits)
        self._refresh_numbers()

    def _language_applied(self, _lang: str) -> None:
        self.settings.set(LANGUAGE, self.ctx.language.language)
        self._select_quietly(self.language_combo, self.ctx.language.language)
        self._refresh_numbers()

    def _select_quietly(self, combo: QComboBox, data: object) -> None:
        combo.blockSignals(True)
        try:
            self._select(combo, data)
        finally:
            combo.blockSignals(False)
