"""Import a KoboToolbox / ODK Central export with its XLSForm: choose the questions, say whether the
respondents' identifying columns are kept, and watch it run on the DB worker (cancel at any time).

The form is read first (off the UI thread) to list its questions in the interface language; the data
file is read once, by the import itself, in one transaction: a refusal (unknown columns, mixed
encodings, duplicated submission ids, no form) is one translated line and leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import FormPreview, ImportResult, import_survey, preview_form
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.tasks import Cancelled, CancelToken
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_files import path_box, path_in, put_path
from desktop.ui.widgets.screen_fit import fit_resize_for_text
from desktop.ui.widgets.scroll_frame import FillingPart, bring_into_view, scrolled
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.while_alive import while_alive
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_check import WrappedCheck

NAME_ROLE = Qt.ItemDataRole.UserRole
IDENTIFYING_ROLE = Qt.ItemDataRole.UserRole + 1
#  Refusals about the XLSForm (desktop/core/survey_form.py, survey_import.py): the form's box is at fault.
FORM_REFUSALS = frozenset({"password_protected_form", "unreadable_form", "no_survey_sheet", "missing_form",
                           "missing_form_file", "form_not_a_file", "form_another_kind"})


def survey_message(exc: BaseException) -> str:
    """One translated line for a refused survey file (the template translated, then filled)."""
    if isinstance(exc, SurveyImportError):
        return exc.translated(QCoreApplication.translate)
    return QCoreApplication.translate("SurveyImportDialog", "The survey could not be imported.")


class SurveyImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: FormPreview | None = None
        self.imported: ImportResult | None = None
        self.token: CancelToken | None = None
        self.data_path, self.form_path = path_box(QLineEdit(self)), path_box(QLineEdit(self))
        self.data_button, self.form_button = QPushButton(self), QPushButton(self)
        self.data_button.clicked.connect(self.choose_data)
        self.form_button.clicked.connect(self.choose_form)
        self.form_path.editingFinished.connect(self.read_form)
        self.questions = QListWidget(self)
        # Six lines at least; the rest of the height when there is more (220 pixels made the dialog
        # taller than a 1366x768 laptop at 150 % has room for).
        self.questions.setMinimumHeight(6 * self.questions.fontMetrics().lineSpacing())
        self.all_button, self.none_button = QPushButton(self), QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.keep_identifying = QCheckBox(self)
        self.keep_identifying.toggled.connect(lambda _on: self._mark_identifying())
        # Its words wrap: on one line they made the dialog wider than a netbook's screen at 24 points.
        self.keep_identifying_row = WrappedCheck(self.keep_identifying, self)
        self.keep_identifying_words = self.keep_identifying_row.words
        self.notes = WordWrapLabel(self)  # missing labels: a note, not a refusal
        self.notes.hide()  # empty, it was a blank line between the check box and a refusal
        self.error = WordWrapLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.form = QFormLayout()
        self.data_label, self.form_label = QLabel(self), QLabel(self)
        for label, edit, button in ((self.data_label, self.data_path, self.data_button),
                                    (self.form_label, self.form_path, self.form_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            label.setBuddy(edit)
            self.form.addRow(label, row)
        self.questions_label = QLabel(self)
        self.questions_label.setBuddy(self.questions)
        pick = QHBoxLayout()
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        pick.addStretch(1)
        # Tab row by row, as the rows stand: the two paths were made first, so Tab went from the export's
        # path to the form's, then back up to the export's "Choose…".
        chain(self.data_path, self.data_button, self.form_path, self.form_button, self.questions)
        # Everything above Import and Cancel scrolls when the screen is shorter than it: at 24 points the
        # dialog's smallest height was 869 pixels, Import and Cancel below a 1366x768 laptop's screen.
        content = FillingPart(self)  # the list takes the room there is (the check box's words wrap)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        # The path boxes under their labels where the labels take much of the width: beside them, at 20
        # points in Kurdish, a box 285 pixels wide showed a third of a path.
        self.labels_above = LabelsAbove(self.form, content)
        layout.addWidget(self.questions_label)
        layout.addWidget(self.questions, 1)
        layout.addLayout(pick)
        layout.addWidget(self.keep_identifying_row)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, self, name="survey_import_scroll", column=True), 1)
        outer.addWidget(self.buttons)
        fit_resize_for_text(self, 640, 560)  # wider with a larger text: room for a path in its box
        while_alive(ctx.language.languageChanged, self, self.retranslate)
        self.retranslate()
        self._update_buttons()

    # --- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a survey"))
        self.data_label.setText(self.tr("Survey &export (XLSX or CSV)"))
        self.form_label.setText(self.tr("X&LSForm (the form's .xlsx)"))
        self.data_path.setAccessibleName(self.tr("Survey export"))
        self.form_path.setAccessibleName(self.tr("XLSForm"))
        self.data_button.setText(self.tr("Choose…"))
        self.data_button.setAccessibleName(self.tr("Choose the survey export"))
        self.form_button.setText(self.tr("Choose…"))
        self.form_button.setAccessibleName(self.tr("Choose the XLSForm"))
        self.questions_label.setText(self.tr("&Questions to import"))
        self.questions.setAccessibleName(self.tr("Questions to import"))
        self.all_button.setText(self.tr("Select &all"))
        self.none_button.setText(self.tr("Select &none"))
        self.keep_identifying_row.setText(self.tr("&Keep identifying columns (names, phones, locations, who submitted)"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.preview is not None:
            self._fill(self.preview)

    def _question_text(self, label: str, name: str, identifying: bool) -> str:
        text = f"{label} ({name})" if label and label != name else name
        return self.tr("%1 (identifying)").replace("%1", text) if identifying else text

    def _missing_note(self, preview: FormPreview) -> str:
        lines = []
        names = {"ar": self.tr("Arabic"), "ckb": self.tr("Kurdish"), "en": self.tr("English")}
        for lang, list_name, count in preview.missing_labels:
            language = names[lang]
            if list_name:
                lines.append(self.ctx.language.count_digits(self.tr(
                    "%n answer label(s) missing in %1 (list %2); another language is shown.", "", count), count)
                    .replace("%1", language).replace("%2", list_name))
            else:
                lines.append(self.ctx.language.count_digits(self.tr(
                    "%n question label(s) missing in %1; another language is shown.", "", count), count)
                    .replace("%1", language))
        return "\n".join(lines)

    # --- choosing the files ------------------------------------------------------------------------

    @staticmethod
    def _folder_of(edit: QLineEdit) -> str:
        """The folder of the file named in ``edit``, "" for none: a chooser opens there. The export and its
        XLSForm are downloaded side by side, and each chooser opened in the app's own working folder."""
        text = path_in(edit)
        folder = Path(text).parent if text else None
        return str(folder) if folder is not None and folder.is_dir() else ""

    def choose_data(self) -> None:
        folder = self._folder_of(self.data_path) or self._folder_of(self.form_path)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Survey export"), folder,
                                              self.tr("Survey exports (*.xlsx *.csv)"))
        if path:
            put_path(self.data_path, path)
            self._update_buttons()

    def choose_form(self) -> None:
        folder = self._folder_of(self.form_path) or self._folder_of(self.data_path)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("XLSForm"), folder, self.tr("XLSForms (*.xlsx *.xls)"))
        if path:
            self.set_form(Path(path))

    def set_files(self, data: Path, form: Path | None) -> None:
        """Both files at once (also what a test or a drop does)."""
        put_path(self.data_path, data)
        if form is not None:
            self.set_form(form)
        self._update_buttons()

    def set_form(self, path: Path) -> None:
        put_path(self.form_path, path)
        self.read_form()

    def _form_file(self) -> Path | None:
        text = path_in(self.form_path)
        return Path(text) if text else None

    def read_form(self) -> None:
        """List the form's questions; read on the worker thread (a big form takes a moment)."""
        form = self._form_file()
        self.error.clear()
        if form is None:
            return
        text = path_in(self.data_path)
        data = Path(text) if text else None  # looked at only to say the two files were swapped
        self.ctx.tasks.run(lambda _token, _progress: preview_form(form, data), self._previewed,
                           lambda exc: self._refused(exc, form_read=True))

    def _previewed(self, preview: FormPreview) -> None:
        self.preview = preview
        self._fill(preview)
        self._update_buttons()

    def _fill(self, preview: FormPreview) -> None:
        lang = self.ctx.language.language
        chosen = self.chosen_questions()
        self.questions.clear()
        for q in preview.questions:
            label = q.labels.get(lang) or next((q.labels[k] for k in ("ar", "ckb", "en") if q.labels.get(k)), "")
            item = QListWidgetItem(self._question_text(label, q.name, q.identifying), self.questions)
            item.setData(NAME_ROLE, q.name)
            item.setData(IDENTIFYING_ROLE, q.identifying)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = (q.name in chosen) if chosen is not None else not q.identifying
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._mark_identifying()
        note = self._missing_note(preview)
        self.notes.setText(note)
        self.notes.setVisible(bool(note))

    def _check_all(self, on: bool) -> None:
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _mark_identifying(self) -> None:
        """Identifying questions can be chosen only when their columns are to be kept."""
        keep = self.keep_identifying.isChecked()
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            if item.data(IDENTIFYING_ROLE):
                flags = item.flags()
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if keep else flags & ~Qt.ItemFlag.ItemIsEnabled)
                if not keep:
                    item.setCheckState(Qt.CheckState.Unchecked)

    def chosen_questions(self) -> set[str] | None:
        if self.questions.count() == 0:
            return None
        return {str(self.questions.item(i).data(NAME_ROLE)) for i in range(self.questions.count())
                if self.questions.item(i).checkState() == Qt.CheckState.Checked}

    def _update_buttons(self) -> None:
        running = self.token is not None
        self.import_button.setEnabled(not running and bool(path_in(self.data_path)))
        for w in (self.data_path, self.form_path, self.data_button, self.form_button, self.questions,
                  self.keep_identifying, self.all_button, self.none_button):
            w.setEnabled(not running)

    # --- the import --------------------------------------------------------------------------------

    def start_import(self) -> None:
        data = Path(path_in(self.data_path))
        form, keep, chosen = self._form_file(), self.keep_identifying.isChecked(), self.chosen_questions()
        if chosen is not None and not chosen:
            self._say_error(lambda: self.tr("Choose at least one question to import."))
            self.questions.setFocus()
            return
        self.error.clear()
        self.progress.setRange(0, 0)  # the number of rows is known only once they are read
        self.progress.show()
        bring_into_view(self.progress)  # below the question list, out of sight at 20 points

        def run(store: Any, token: CancelToken, progress: Any) -> ImportResult:
            token.check()  # cancelled while waiting for the worker: the file not even opened

            def step(rows: int, total: int) -> bool:
                progress(rows, total)
                return not token.cancelled

            return import_survey(store, data, form, keep_identifying=keep, progress=step, questions=chosen)

        op = CollectionOp.with_progress(self.ctx, run, self._progress)
        self.token = op.success(self._done).failure(self._refused).run_in_background()
        self._update_buttons()

    def _progress(self, rows: int, total: int) -> None:
        if total:  # the bar fills, its count drawn on it (a busy bar, the number unknown, shows no text)
            self.progress.setRange(0, max(total, rows))
            self.progress.setValue(rows)
        self.progress.setFormat(self.ctx.language.count_digits(self.tr("%n response(s) read", "", rows), rows))

    def _done(self, result: ImportResult) -> None:
        self.token = None
        self.imported = result
        self.progress.hide()
        self._update_buttons()
        self.accept()

    def _refused(self, exc: BaseException, *, form_read: bool = False) -> None:
        """A refusal said in one line; the keyboard on the box of the file at fault, what it holds kept
        (``form_read``: the refusal came from reading the form alone, to list its questions)."""
        self.token = None
        self.progress.hide()
        self._update_buttons()
        if isinstance(exc, Cancelled) or isinstance(exc, SurveyImportError) and exc.reason == "cancelled":
            self._say_error(lambda: self.tr("The import was cancelled; nothing was imported."))
            return
        if not isinstance(exc, SurveyImportError | OSError):
            raise exc
        self._say_error(lambda: survey_message(exc) if isinstance(exc, SurveyImportError)
                        else self.tr("The survey file cannot be read."))
        self._at_fault(exc, form_read=form_read).setFocus()

    def _at_fault(self, exc: BaseException, *, form_read: bool) -> QLineEdit:
        """The box of the file a refusal is about: the form's when reading the form alone or when the line
        is about the form (or names its file alone); the survey export's otherwise (two files swapped: the
        first of them)."""
        if not isinstance(exc, SurveyImportError):
            return self.form_path if form_read else self.data_path
        if exc.reason == "files_swapped":
            return self.data_path
        if form_read or exc.reason in FORM_REFUSALS:
            return self.form_path
        form, data = Path(path_in(self.form_path)).name, Path(path_in(self.data_path)).name
        return self.form_path if form and form != data and exc.params.get("file") == form else self.data_path

    def _say_error(self, words: Words) -> None:
        """The refusal line, scrolled into sight: at 20 points the file fields and the question list fill the
        dialog, and the line, below them, was below its edge (Import seemed to do nothing)."""
        say(self.error, words)
        bring_into_view(self.error)

    def cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel (the button, Escape, closing the window): a running import is stopped at its next
        block, leaving nothing behind, and the dialog stays to say so."""
        if self.token is not None:
            self.token.cancel()
            # Said at once: the import stops at its next block, which a large sheet reaches only once
            # it is read (seconds), and Cancel seemed to do nothing meanwhile.
            self._say_error(lambda: self.tr("Stopping the import…"))
            return
        super().reject()
