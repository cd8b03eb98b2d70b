"""Import text…: a transcript typed elsewhere (a .txt file or a paste) added after the existing turns.

The dialog shows what the import will add before anything is written: how many turns, each speaker
label found and whom it gives speech to (a seat, a pseudonym, the facilitator; a label it cannot place
waits for a choice in its list). The turns are written in one transaction (``transcript_text.append``
through a ``CollectionOp``): a refusal, or a speaker without consent, writes none. Ctrl+Z in the text
box undoes typing in one turn only, so an import is undone by deleting its turns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import sessions, transcript_text
from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.core.errors import EnvironmentProblem
from desktop.core.participants import SeatedParticipant
from desktop.core.transcript_text import FACILITATOR, SEAT, NewTurn, ParsedTurn, TextRefused
from desktop.core.transcripts import NoConsent, TurnView
from desktop.ui.focus_group.import_text_box import PasteBox, beginning, shown_whole
from desktop.ui.focus_group.turn_direction import turn_alignment
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import shown_digits, shown_number
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.tab_order import chain

if TYPE_CHECKING:
    from desktop.ui.focus_group.editor import FocusGroupEditor

CHOOSE, FACILITATOR_CHOICE, NO_SPEAKER = "", "facilitator", "none"  # a label's choice, else a participant id
PREVIEW_TURNS = 200  # the turns listed; the count says how many there are in all
PARSE_DELAY_MS = 300


class ImportTextDialog(QDialog):
    """The text, the labels with their speakers, the turns to add; Import is enabled once every label
    that starts a turn has a speaker."""

    def __init__(self, people: list[SeatedParticipant], floor_seconds: int, parent: QWidget | None = None, *,
                 rtl_session: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("import_text_dialog")
        self.people = people
        self.floor = floor_seconds
        self.rtl_session = rtl_session  # an Arabic or Kurdish session: its lines read right to left
        self.chosen: dict[str, str] = {}  # label -> the user's choice (kept while the text changes)
        self.turns: list[ParsedTurn] = []
        self.held: str | None = None  # the text to import when it is too long to show whole (import_text_box)
        self.labels: list[str] = []

        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.source_line = QLabel(self)
        self.source_line.setObjectName("import_source")
        self.source_line.setWordWrap(True)
        self.text_box = PasteBox(self)
        self.text_box.setObjectName("import_text")
        self.text_box.setTabChangesFocus(True)  # Tab leaves the box (a pasted tab stays): else a keyboard trap
        self.text_box.textChanged.connect(self._text_changed)
        self.text_box.refused.connect(lambda: self.source_line.setText(self._refusal("too_big")))
        self.text_box.tooLong.connect(self.hold)
        if rtl_session:  # a line that begins with «P3:» or a time stamp is still an Arabic or Kurdish line
            option = self.text_box.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.text_box.document().setDefaultTextOption(option)
        self.held_note = QLabel(self)  # the box shows the beginning of a held text: says so
        self.held_note.setObjectName("import_held_note")
        self.held_note.setWordWrap(True)
        self.held_note.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.label_table = QTableWidget(0, 3, self)
        self.label_table.setObjectName("import_labels")
        self.turn_table = QTableWidget(0, 3, self)
        self.turn_table.setObjectName("import_turns")
        for table in (self.label_table, self.turn_table):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.turn_table.setWordWrap(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=PARSE_DELAY_MS)
        self._timer.timeout.connect(self.reparse)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.source_line, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text_box, 3)
        layout.addWidget(self.held_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.label_table, 2)
        layout.addWidget(self.turn_table, 3)
        layout.addWidget(self.buttons)
        fit_resize(self, 780, 720)  # smaller on a smaller screen
        self.retranslate()
        self.reparse()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a transcript typed elsewhere"))
        self.choose_button.setText(self.tr("Choose a &file…"))
        self.text_box.setPlaceholderText(self.tr(
            "Paste the transcript here, one turn a line, such as «P3: …», «Facilitator: …» or «[00:12:34] P2: …»; "
            "a line without a speaker continues the turn above it."))
        self.held_note.setText(self.tr(
            "This text is too long to show whole: above is its beginning, which cannot be edited here. "
            "The turns below are from the whole text, and all of it will be imported."))
        self.text_box.setAccessibleName(self.tr("Transcript text to import"))
        self.import_button.setText(self.tr("&Import"))
        self.label_table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Turns"), self.tr("Speaker")])
        self.label_table.setAccessibleName(self.tr("Speaker labels found"))
        self.turn_table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Time"), self.tr("Text")])
        self.turn_table.setAccessibleName(self.tr("Turns to add"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the words, and the lists' speakers, in the new language
            self.retranslate()
            self.reparse()

    # --- reading -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Transcript text"), "", self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """The file's text in the box, and which encoding it was read in; one line if it is refused."""
        try:
            decoded = transcript_text.decode(read_at_most(path, transcript_text.MAX_BYTES))
        except TextRefused as exc:
            self.source_line.setText(self._refusal(exc.code))
            return False
        except (NotAFile, OSError):
            self.source_line.setText(self.tr("This file could not be read."))
            return False
        self.source_line.setText(self.tr("The file was read as %1.").replace("%1", f"\u2066{decoded.encoding}\u2069"))
        if shown_whole(decoded.text):
            self.held = None
            self.held_note.setVisible(False)
            self.text_box.setReadOnly(False)
            self.text_box.setPlainText(decoded.text)
            self.reparse()
        else:
            self.hold(decoded.text)
        return True

    def hold(self, text: str) -> None:
        """``text``, too long to show whole, imported whole: the box, read-only, shows its beginning."""
        self.held = text
        self.text_box.blockSignals(True)
        self.text_box.setPlainText(beginning(text))
        self.text_box.blockSignals(False)
        self.text_box.setReadOnly(True)
        self.held_note.setVisible(True)
        self.reparse()

    def _refusal(self, code: str) -> str:
        if code == "too_big":
            megabytes = shown_number(transcript_text.MAX_BYTES // (1024 * 1024))
            return self.tr("Not imported: the text is larger than %1 MB.").replace("%1", megabytes)
        if code == "not_text":
            return self.tr("Not imported: this is not a text file.")
        return self.tr("There is no text to import.")

    def _text_changed(self) -> None:
        self._timer.start()

    # --- the preview -------------------------------------------------------------------------
    def reparse(self) -> None:
        self._timer.stop()
        text = self.text_box.toPlainText() if self.held is None else self.held
        try:
            transcript_text.check_text(text)
        except TextRefused as exc:
            self.turns, self.labels = [], []
            self.label_table.setRowCount(0)
            self.turn_table.setRowCount(0)
            self.summary.setText(self._refusal(exc.code))
            self.import_button.setEnabled(False)
            return
        ignored = {label for label, choice in self.chosen.items() if choice == NO_SPEAKER}
        parsed = transcript_text.parse(text, ignored)
        for label in parsed.labels:
            self.chosen.setdefault(label, self._choice_of(label))
        transcript_text.settle_stamps(parsed.turns, self.floor)
        self.turns, self.labels = parsed.turns, parsed.labels
        self._show_labels(parsed.counts)
        self._show_turns()

    def _choice_of(self, label: str) -> str:
        """What ``label`` is taken to mean before anyone chooses: a seat, the facilitator, a pseudonym."""
        if not label:
            return CHOOSE
        found = transcript_text.guess(label)
        if found.kind == FACILITATOR:
            return FACILITATOR_CHOICE
        person = next((p for p in self.people if (p.seat == found.seat if found.kind == SEAT
                                                   else transcript_text.name_key(p.code) == found.key)), None)
        return person.participant_id if person is not None and person.can_speak else CHOOSE

    def _show_labels(self, counts: dict[str, int]) -> None:
        self.label_table.setRowCount(len(self.labels))
        combos = []
        for row, label in enumerate(self.labels):
            shown = label or self.tr("(text before the first speaker)")
            self.label_table.setItem(row, 0, QTableWidgetItem(shown))
            self.label_table.setItem(row, 1, QTableWidgetItem(shown_number(counts.get(label, 0))))
            combos.append(self._combo(label))
            self.label_table.setCellWidget(row, 2, combos[-1])
        # Tab from the text goes through each label's speaker list, in order, then to the turns.
        chain(self.text_box, self.label_table, *combos, self.turn_table, self.import_button)

    def _combo(self, label: str) -> QComboBox:
        combo = QComboBox(self.label_table)
        combo.setObjectName("import_speaker")
        combo.setAccessibleName(self.tr("Speaker for %1").replace("%1", label or self.tr("(text before the first speaker)")))
        combo.addItem(self.tr("Choose…"), CHOOSE)
        combo.addItem(self.tr("Facilitator"), FACILITATOR_CHOICE)
        items = combo.model()
        assert isinstance(items, QStandardItemModel)
        for p in self.people:
            text = self.tr("Seat %1: %2").replace("%1", shown_number(p.seat)).replace("%2", p.code)
            if not p.can_speak:
                text = self.tr("%1 — no consent").replace("%1", text)
            combo.addItem(text, p.participant_id)
            item = items.item(combo.count() - 1)
            if item is not None and not p.can_speak:
                item.setEnabled(False)
        combo.addItem(self.tr("Leave out") if not label else self.tr("No speaker: text of the turn above"), NO_SPEAKER)
        combo.setCurrentIndex(max(combo.findData(self.chosen.get(label, CHOOSE)), 0))
        combo.activated.connect(lambda _i, c=combo, lb=label: self._chose(lb, str(c.currentData())))
        return combo

    def _chose(self, label: str, choice: str) -> None:
        was = self.chosen.get(label)
        self.chosen[label] = choice
        if NO_SPEAKER in (was, choice) and label:
            QTimer.singleShot(0, self.reparse)  # the label's lines now start turns, or no longer do
        else:
            self._show_turns()

    def _speaker_text(self, label: str) -> str:
        choice = self.chosen.get(label, CHOOSE)
        if choice == FACILITATOR_CHOICE:
            return self.tr("Facilitator")
        person = next((p for p in self.people if p.participant_id == choice), None)
        return person.code if person is not None else self.tr("Choose…")

    def _show_turns(self) -> None:
        wanted = [t for t in self.turns if self.chosen.get(t.label, CHOOSE) != NO_SPEAKER]
        waiting = [label for label in self.labels if self.chosen.get(label, CHOOSE) == CHOOSE
                   and any(t.label == label for t in wanted)]
        self.turn_table.setRowCount(min(len(wanted), PREVIEW_TURNS))
        for row, turn in enumerate(wanted[:PREVIEW_TURNS]):
            first = turn.text.split("\n", 1)[0]
            cells = (self._speaker_text(turn.label), shown_digits(turn.timestamp), first[:300])
            for column, value in enumerate(cells):
                self.turn_table.setItem(row, column, QTableWidgetItem(value))
            words = self.turn_table.item(row, 2)
            if words is not None:
                words.setTextAlignment(turn_alignment(first, self.rtl_session) | Qt.AlignmentFlag.AlignVCenter)
        count = shown_number(len(wanted))
        if not wanted:
            summary = self.tr("No turns found: each turn begins with its speaker and a colon, such as «P3: …».")
        elif waiting:
            summary = self.tr("Turns to add: %1. Choose the speaker of each label marked «Choose…».") \
                .replace("%1", count)
        else:
            summary = self.tr("Turns to add after the existing ones: %1.").replace("%1", count)
        self.summary.setText(summary)
        self.import_button.setEnabled(bool(wanted) and not waiting)

    def new_turns(self) -> list[NewTurn]:
        """The turns to write, each with its speaker (None: the facilitator)."""
        out = []
        for turn in self.turns:
            choice = self.chosen.get(turn.label, CHOOSE)
            if choice in (CHOOSE, NO_SPEAKER):
                continue
            out.append(NewTurn(None if choice == FACILITATOR_CHOICE else choice, turn.text, turn.timestamp))
        return out


# --- from the editor ---------------------------------------------------------------------------
def open_import(editor: FocusGroupEditor) -> ImportTextDialog | None:
    """Save what is typed, then show the dialog; its Import appends the turns (``write``)."""
    if editor.is_read_only() or not editor.is_loaded:
        return None
    editor.flush()
    if editor.has_unsaved():  # the save failed, and said why: the import would be reloaded over the text
        return None
    rows = editor.transcript.model.rows
    stamps = [transcript_text.stamp_seconds(r.timestamp) for r in rows]
    floor = max((s for s in stamps if s is not None), default=0)
    dialog = ImportTextDialog(editor.people.rows, floor, editor, rtl_session=editor.transcript.model.rtl_session)
    dialog.accepted.connect(lambda: write(editor, dialog.new_turns()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def write(editor: FocusGroupEditor, turns: list[NewTurn]) -> None:
    """Append ``turns`` in one transaction; the editor shows the transcript as stored afterwards."""
    session_id = editor.session_id
    editor.setEnabled(False)  # nothing typed meanwhile is lost when the transcript is shown again

    def done(views: list[TurnView]) -> None:
        editor.setEnabled(True)
        editor.transcript.set_turns(views)
        count = shown_number(len(turns))
        editor.show_message(lambda: QCoreApplication.translate("ImportTextDialog", "Turns imported: %1.")
                            .replace("%1", count))

    def failed(exc: BaseException) -> None:
        editor.setEnabled(True)
        if isinstance(exc, NoConsent):
            editor.show_message(lambda: QCoreApplication.translate(
                "ImportTextDialog", "Nothing was imported: a speaker has no recorded consent."))
        elif isinstance(exc, sessions.SessionReadOnly):
            editor.show_message(lambda: QCoreApplication.translate(
                "ImportTextDialog", "Nothing was imported: this session is final and read-only."))
        elif isinstance(exc, EnvironmentProblem):
            editor.show_message(lambda: QCoreApplication.translate("ImportTextDialog", "Nothing was imported: %1")
                                .replace("%1", environment_reason(exc)))
        else:
            raise exc

    CollectionOp(editor.ctx, lambda s: transcript_text.append(s, session_id, turns)) \
        .success(done).failure(failed).owned_by(editor).run_in_background()
