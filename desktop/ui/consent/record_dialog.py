"""Recording one participant's consent for one session: the form, the answers, the method, Save.

The form (title, body, clauses, what the signature means) is shown in the participant's language,
large and adjustable, full screen; the facilitator's controls follow the interface language.
Rules live in :mod:`desktop.core.consent`; this dialog only collects and shows its answers.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import consent, consent_views
from desktop.core.errors import EnvironmentProblem
from desktop.i18n.languages import is_rtl, name_or_code, native_name
from desktop.ui.consent.clause_widgets import ClauseRow, ReadAloudView
from desktop.ui.consent.form_parts import (
    MAX_SCAN_SIDE,
    ScrolledOnlyWhenShort,
    builtin_form_when_alone,
    focus_in_view,
    refusal_text,
    scan_bytes,
)
from desktop.ui.consent.form_words import SIGN_HERE, SIGNATURE_MEANING, word
from desktop.ui.consent.reconsent_note import ReconsentNote
from desktop.ui.consent.record_methods import METHODS, ConsentMethods
from desktop.ui.context import AppContext
from desktop.ui.help.dialog import install_f1
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.qt_i18n import shown_number, ui_font
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.device_name import unbroken
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_key import save_key
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.separator import separator
from desktop.ui.widgets.stacking_row import StackingRow, labelled
from desktop.ui.widgets.wheel_guard import ChoiceBox, ChoiceSlider
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

# The scan's reading is in form_parts, the ways of consenting (METHODS) in record_methods.
__all__ = ["MAX_SCAN_SIDE", "METHODS", "ConsentDialog", "scan_bytes"]


class ConsentDialog(ConsentMethods):
    def __init__(self, ctx: AppContext, participant_id: str, session_id: str | None,
                 parent: QWidget | None = None, *, full_screen: bool = True) -> None:
        super().__init__(parent)
        if full_screen:  # however it is opened (exec(), show()), the participant sees the whole screen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.ctx, self.participant_id, self.session_id = ctx, participant_id, session_id
        self.record_id: str | None = None
        self.scan: bytes | None = None
        self.error = WordWrapLabel()
        self.setObjectName("consent_dialog")
        builtin_form_when_alone(ctx)
        form = read_now(ctx, lambda s: consent_views.form_to_sign(s, participant_id, session_id))
        self.pseudonym, self.template_id, self.lang = form.pseudonym, form.template_id, form.language
        self.withdrawn_all = form.withdrawn_all  # no form then: said in the header, Save disabled
        self.language_chosen = False  # the form's language picked in this dialog (kept as the participant's)
        # Who obtains consent: the one at the keyboard (Settings), else the one named on this session's
        # last consent (at a door: typed once, not 15 times), else who runs it; never the laptop's name.
        people = (ctx.user_name, form.last_obtained_by, form.session_facilitator)
        obtained_by = next((p.strip() for p in people if p and p.strip()), "")
        self._build(form.title, form.body, form.meaning, form.clauses, obtained_by)
        self._list_languages(form.languages)
        self.newer = (form.newer_version, form.newer_languages)
        self.reconsent_note.show_changes(form.changes, self.pseudonym)  # a re-consent: what to explain
        self.read_aloud_button.setEnabled(bool(self.clause_rows))  # no form: nothing to read (Yes raised)
        if self.withdrawn_all:  # nothing to sign: no signature or witness is taken down for nothing
            for button in self.method_buttons.buttons():
                button.setEnabled(False)
            # Nor a text size, reading aloud, ways of consenting or who obtained consent: they meant
            # nothing beside "no consent can be recorded for them again", and the name could be typed.
            for widget in (self._size_pair, self.read_aloud_button, self.method_box, self._methods_row):
                widget.setVisible(False)
            self._who.setRowVisible(0, False)
        self.retranslate()
        self._apply_size(self.size_slider.value())
        install_f1(self, "consent")
        # Opened on the first clause, not in the language box (first in the Tab chain): Down pressed there
        # to read on switched the form to another language and dropped the answers given.
        (self.clause_rows[0].yes if self.clause_rows else self.cancel_button).setFocus()

    # --- construction ---------------------------------------------------------------------------
    def _build(self, title: str, body: str, meaning: str, rows: list[tuple[str, str, bool]],
               facilitator: str) -> None:
        form_direction = Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight
        self.header = WordWrapLabel()
        self.older_note = WordWrapLabel()  # the form shown is older than the newest version, in another language
        self.older_note.setObjectName("older_version_note")
        self.older_note.setStyleSheet("color: #b00020;")
        self.reconsent_note = ReconsentNote()
        self.size_label = QLabel()
        self.size_slider = ChoiceSlider(Qt.Orientation.Horizontal)
        self.size_slider.setObjectName("font_size")
        self.size_slider.setRange(12, 40)
        self.size_slider.setValue(18)
        self.size_slider.valueChanged.connect(self._apply_size)
        self.size_label.setBuddy(self.size_slider)
        self.read_aloud_button = QPushButton()
        self.read_aloud_button.setObjectName("read_aloud")
        self.read_aloud_button.setCheckable(True)
        self.read_aloud_button.toggled.connect(self._toggle_read_aloud)
        # The form in another language than the participant's (a Kurdish speaker in an Arabic session).
        self.form_language_label = QLabel()
        self.form_language = ChoiceBox()
        self.form_language.setObjectName("form_language")
        self.form_language_label.setBuddy(self.form_language)
        # The controls go on to more lines, and below the heading, where the dialog is too narrow for
        # them (at 24 points in English the dialog was 1,414 pixels wide at least, past a laptop's screen).
        self._language_pair = labelled(self.form_language_label, self.form_language)
        self._size_pair = labelled(self.size_label, self.size_slider)
        controls = FlowRow([self._language_pair, self._size_pair, self.read_aloud_button])
        top = StackingRow([(self.header, 1), (controls, 0)])

        # the form itself, in the participant's language and direction
        self.form = QWidget()
        self.form.setLayoutDirection(form_direction)
        self.title_label = WordWrapLabel(title)
        self.body_label = WordWrapLabel(body)
        self.clause_rows = [ClauseRow(k, t, r, self.lang) for k, t, r in rows]
        form_layout = QVBoxLayout(self.form)
        form_layout.addWidget(self.title_label)
        form_layout.addWidget(self.body_label)
        for row in self.clause_rows:
            row.answered.connect(lambda: self.error.setText(""))
            form_layout.addWidget(row)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # No Tab stop of its own (a screen reader said only "scroll area"; the keyboard walk stopped on
        # it between the dialog's top and the first clause): the clauses are the stops, and the scroll
        # area brings the one Tab reaches into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.read_aloud = ReadAloudView(self.clause_rows, self.lang)
        self.read_aloud.setLayoutDirection(form_direction)
        self.views = QStackedWidget()
        self.views.addWidget(scroll)
        self.views.addWidget(self.read_aloud)

        methods, who = self._build_methods(meaning, form_direction, facilitator)
        self.scan_button.clicked.connect(self._attach_scan)

        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_key(self.save_button)  # Ctrl+S from a clause or the pad too, where Enter does not save
        self.save_button.setEnabled(self.template_id is not None)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        # Everything above Save and Cancel scrolls when the screen is shorter than it: with a way of
        # consenting chosen, the form, the read-aloud view and the signature pad asked for 557 logical
        # pixels, and on a 1366x768 laptop at 150 % (full screen: 512) the dialog grew past the
        # screen's bottom with Save and Cancel under it, the signature's meaning cut in half.
        content = ScrolledOnlyWhenShort()
        content.setObjectName("consent_form_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.older_note)
        layout.addWidget(self.reconsent_note)
        layout.addWidget(self.views, 5)
        layout.addWidget(self.method_box)
        layout.addWidget(methods)
        layout.addWidget(self.method_pages, 2)
        layout.addLayout(who)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, self, name="consent_dialog_scroll", column=True), 1)
        outer.addLayout(buttons)

    def _list_languages(self, languages: tuple[str, ...]) -> None:
        self.form_language.blockSignals(True)
        for code in languages:
            self.form_language.addItem(native_name(code), code)
        self.form_language.setCurrentIndex(max(0, self.form_language.findData(self.lang)))
        self.form_language.blockSignals(False)
        self.form_language.currentIndexChanged.connect(self._form_language_chosen)
        self._language_pair.setVisible(len(languages) > 1)

    def _form_language_chosen(self, _index: int) -> None:
        code = self.form_language.currentData()
        if not code or code == self.lang:
            return
        if any(row.answer() is not None for row in self.clause_rows) and not confirm_removal(
                self, self.tr("Language of the form"), self.tr(
                    "Show the form in %1? The answers given so far are cleared: the participant answers the "
                    "form they read.").replace("%1", native_name(str(code)))):
            self.form_language.blockSignals(True)  # No: the form, its language and its answers as they were
            self.form_language.setCurrentIndex(max(0, self.form_language.findData(self.lang)))
            self.form_language.blockSignals(False)
            return
        pid, sid = self.participant_id, self.session_id
        self.language_chosen = True
        self._show_form(read_now(self.ctx, lambda s: consent_views.form_to_sign(s, pid, sid, str(code))))

    def _show_form(self, form: consent_views.FormToSign) -> None:
        """The form again in another language: its text, its clauses (unanswered: the participant
        answers what they read), read-aloud and what the signature means, in that language's direction."""
        self.template_id, self.lang = form.template_id, form.language
        self.newer = (form.newer_version, form.newer_languages)
        self.reconsent_note.show_changes(form.changes, self.pseudonym)
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight
        self.form.setLayoutDirection(direction)
        self.title_label.setText(form.title)
        self.body_label.setText(form.body)
        layout = self.form.layout()
        assert isinstance(layout, QVBoxLayout)
        for row in self.clause_rows:  # hidden at once: deleteLater waits for the event loop
            layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.clause_rows = [ClauseRow(k, t, r, self.lang) for k, t, r in form.clauses]
        for i, row in enumerate(self.clause_rows):
            row.answered.connect(lambda: self.error.setText(""))
            layout.insertWidget(2 + i, row)  # after the title and the text
        reading = self.views.currentIndex() == 1
        self.views.removeWidget(self.read_aloud)
        self.read_aloud.hide()
        self.read_aloud.deleteLater()
        self.read_aloud = ReadAloudView(self.clause_rows, self.lang)
        self.read_aloud.setLayoutDirection(direction)
        self.views.insertWidget(1, self.read_aloud)
        self.meaning_label.setText(f"{word(SIGNATURE_MEANING, self.lang)}: {form.meaning}")
        self.meaning_label.setLayoutDirection(direction)
        self.error.setText("")
        self.retranslate()
        self._apply_size(self.size_slider.value())
        if reading:
            self.views.setCurrentIndex(1)
            self.read_aloud.show_clause(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent — %1").replace("%1", self.pseudonym))
        self.form_language_label.setText(self.tr("Form &language:"))
        version, languages = self.newer
        self.older_note.setVisible(bool(version))
        self.older_note.setText(self.tr(
            "This is an older version of the form: version %1 is in %2 only. Choose that language above to have "
            "the newest version signed, or the participant will be asked again.").replace(
                "%1", shown_number(version)).replace("%2", separator().join(name_or_code(code) for code in languages))
            if version else "")
        self.reconsent_note.retranslate()
        self.form_language.setAccessibleName(self.tr("Language of the form"))
        if self.withdrawn_all:
            self.header.setText(self.tr("%1 withdrew consent to everything and what they said was erased: no consent "
                                        "can be recorded for them again. Someone who takes part again is added as a "
                                        "new participant.").replace("%1", unbroken(self.pseudonym)))
        else:
            self.header.setText(self.tr("Consent of %1").replace("%1", unbroken(self.pseudonym))
                                if self.template_id else self.tr("No consent form is available on this device."))
        self.size_label.setText(self.tr("Text si&ze"))
        self.size_slider.setAccessibleName(self.tr("Text size"))
        self.read_aloud_button.setText(self.tr("&Read aloud, one clause at a time"))
        self.read_aloud.previous.setText(self.tr("&Previous"))
        self.read_aloud.next.setText(self.tr("&Next"))
        self.method_box.setText(self.tr("How is consent given?"))
        labels = (self.tr("Signed on &screen"), self.tr("Signed &paper form"),
                  self.tr("&Verbal, with a witness"), self.tr("&Thumbprint, with a witness"))
        for i, text in enumerate(labels):
            self.method_buttons.button(i).setText(text)
        self.pad.setAccessibleName(self.tr("Signature pad"))
        self.pad.set_hint(word(SIGN_HERE, self.lang))
        self.clear_button.setText(self.tr("C&lear signature"))
        self.scan_button.setText(self.tr("&Attach a photo or scan of the signed form (optional)…"))
        self._show_scan_status()
        self.witness_label.setText(self.tr("&Witness (impartial):"))
        self.witness_edit.setAccessibleName(self.tr("Witness name"))
        self.facilitator_label.setText(self.tr("Consent obtained &by:"))
        self.facilitator_edit.setAccessibleName(self.tr("Person who obtained consent"))
        self.save_button.setText(self.tr("Save &consent"))  # Alt+S is Signed on screen's
        self.cancel_button.setText(self.tr("Cancel"))

    def _say_error(self, words: Words) -> None:
        """The line beside Save, kept in the interface's language if it is switched meanwhile."""
        say(self.error, words, self.error.setText)

    def error_text(self, code: str) -> str:
        return refusal_text(code)

    # --- behaviour ------------------------------------------------------------------------------
    def _apply_size(self, size: int) -> None:
        font = ui_font(self.lang, float(size))
        # Set on every widget of the form, not on the form alone: a child with a style sheet of its own
        # (and every child, under the application style sheet the app once had: widgets.read_only_look)
        # may not take its parent's font, and the participant read the text and the clauses at the
        # interface's small size, the size slider moving the title only.
        for widget in (self.form, *self.form.findChildren(QWidget)):
            widget.setFont(font)
        self.meaning_label.setFont(font)
        title = ui_font(self.lang, size * 1.3)
        title.setBold(True)
        self.title_label.setFont(title)
        self.read_aloud.set_point_size(float(size), font)

    def _toggle_read_aloud(self, on: bool) -> None:
        self.views.setCurrentIndex(1 if on else 0)
        if on:
            self.read_aloud.show_clause(self.read_aloud.index)

    def _attach_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo or scan of the signed form"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"))
        if not path:
            return
        # Read on the worker; Save waits for it (a consent saved meanwhile would go without its scan).
        self.save_button.setEnabled(False)
        self.scan_status.setText(self.tr("Reading the scan…"))
        self.ctx.tasks.run(lambda _token, _progress: scan_bytes(path), on_done=self._scan_read,
                           on_error=self._scan_failed)

    def _scan_read(self, data: bytes | None) -> None:
        if not shiboken6.isValid(self):  # the dialog was closed meanwhile
            return
        self.save_button.setEnabled(self.template_id is not None)
        if data is None:
            self._show_scan_status()
            self._say_error(lambda: self.tr("That file is not an image."))
            return
        self.scan = data
        self._show_scan_status()

    def _scan_failed(self, exc: BaseException) -> None:
        """A scan that could not be read: a file gone since it was chosen (its USB stick pulled out) is
        said so; anything else as a file that is no image, as before."""
        if not isinstance(exc, FileNotFoundError):
            self._scan_read(None)
            return
        if not shiboken6.isValid(self):  # the dialog was closed meanwhile
            return
        self.save_button.setEnabled(self.template_id is not None)
        self._show_scan_status()
        self._say_error(lambda: self.tr("The file is not there any more (was the USB stick removed?). "
                                        "Plug the stick in, or choose the file again."))

    def _show_scan_status(self) -> None:
        self.scan_status.setText(self.tr("Scan attached.") if self.scan else self.tr("No scan attached."))

    def answers(self) -> dict[str, bool]:
        return {r.clause_key: a for r in self.clause_rows if (a := r.answer()) is not None}

    def save(self) -> None:
        for row in self.clause_rows:
            row.mark_missing(row.answer() is None)
        method = self.method()
        if self.template_id is None:
            missing = "withdrawn_all" if self.withdrawn_all else "unknown_template"
            self._say_error(lambda: self.error_text(missing))
            return
        # Each refusal takes the keyboard to what it names, brought into view (the form scrolls).
        unanswered = [i for i, r in enumerate(self.clause_rows) if r.answer() is None]
        if unanswered:
            self._say_error(lambda: self.error_text("unanswered_clause"))
            if self.views.currentIndex() == 1:  # reading aloud: that clause, one at a time
                self.read_aloud.show_clause(unanswered[0])
            focus_in_view(self.read_aloud.yes if self.views.currentIndex() == 1
                          else self.clause_rows[unanswered[0]].yes)
            return
        if method is None:
            self._say_error(lambda: self.error_text("no_method"))
            focus_in_view(self.method_buttons.button(0))
            return
        participant_id, session_id, template_id, answers = (
            self.participant_id, self.session_id, self.template_id, self.answers())
        signature = self.pad.to_png() if method == "on_screen" else None
        scan = self.scan if method == "paper" else None
        witness, facilitator = self.witness_edit.text(), self.facilitator_edit.text()
        # The language they chose to read the form in is kept as theirs: the next form is shown in it.
        language = self.lang if self.language_chosen else None
        self.error.setText("")
        try:
            # At once: the dialog closes on success, and the editor behind it re-reads who may speak.
            self.record_id = CollectionOp.on_store(self.ctx, lambda store: consent.record_consent(
                store, participant_id, session_id, template_id, answers, method, signature_png=signature,
                paper_scan=scan, witness=witness, facilitator=facilitator, language=language)).run_now()
        except consent.ConsentInvalid as exc:
            code = exc.code
            self._say_error(lambda: self.error_text(code))
            fields = {"empty_signature": self.pad, "witness_required": self.witness_edit,
                      "facilitator_required": self.facilitator_edit}
            if code in fields:
                focus_in_view(fields[code])
            return
        except EnvironmentProblem as exc:
            # A full disk or another program's lock: nothing was stored, the answers and the
            # signature stay in the form, and Save can be pressed again.
            reason = reason_of(exc)
            self._say_error(lambda: self.tr("Not saved: %1 The answers stay in the form: press Save consent again in "
                                            "a moment.").replace("%1", environment_reason(reason)))
            return
        self.accept()
