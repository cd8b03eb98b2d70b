"""Import text…: a transcript typed elsewhere (a .txt file or a paste) added after the existing turns.

The dialog shows what the import will add before anything is written: how many turns, each speaker
label found and whom it gives speech to (a seat, a pseudonym, the facilitator; a label it cannot place
waits for a choice in its list). A file is read and decoded, and the text parsed, on the task runner's
threads apart from the database worker (``run_apart``): four megabytes took 1.3 s, the window frozen,
and autosaves waited behind it. A parse asked for later (the text changed again) supersedes one on
its way, whose result is dropped; Import waits for the newest. The turns are written in one
transaction (``transcript_text.append`` through a ``CollectionOp``, import_text_write.py): a refusal,
or a speaker without consent, writes none. Ctrl+Z in the text box undoes typing in one turn only, so
an import is undone by deleting its turns.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import transcript_text
from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.core.participants import SeatedParticipant
from desktop.core.transcript_text import FACILITATOR, SEAT, Decoded, NewTurn, Parsed, ParsedTurn, TextRefused
from desktop.ui.context import AppContext
from desktop.ui.focus_group.import_text_box import PasteBox, beginning, shown_whole
from desktop.ui.focus_group.import_text_parts import ImportParts
from desktop.ui.focus_group.turn_direction import turn_alignment
from desktop.ui.operations import run_apart
from desktop.ui.qt_i18n import shown_digits, shown_number
from desktop.ui.tasks import Cancelled, CancelToken
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

CHOOSE, FACILITATOR_CHOICE, NO_SPEAKER = "", "facilitator", "none"  # a label's choice, else a participant id
PREVIEW_TURNS = 200  # the turns listed; the count says how many there are in all
PARSE_DELAY_MS = 300
READING_NOTE_MS = 300  # a parse or a file read taking longer says so


def _yielding(token: CancelToken) -> Callable[[], None]:
    """A parse's checkpoint: it stops when ``token`` is cancelled, and hands the interpreter's lock to the
    window's thread, which takes it at each paint and event (every Qt call into Python): else it waited
    up to the 5 ms switch interval each time, and the window stood still for 100 ms at a time."""

    def checkpoint() -> None:
        token.check()
        time.sleep(0)

    return checkpoint


class ImportTextDialog(QDialog):
    """The text, the labels with their speakers, the turns to add; Import is enabled once every label
    that starts a turn has a speaker and no parse or file read is on its way (``pending``)."""

    previewed = Signal()  # a parse's result (turns, or a refusal) is shown

    def __init__(self, ctx: AppContext, people: list[SeatedParticipant], floor_seconds: int,
                 parent: QWidget | None = None, *, rtl_session: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("import_text_dialog")
        self.ctx = ctx
        self.people = people
        self.floor = floor_seconds
        self.rtl_session = rtl_session  # an Arabic or Kurdish session: its lines read right to left
        self.chosen: dict[str, str] = {}  # label -> the user's choice (kept while the text changes)
        self.turns: list[ParsedTurn] = []
        self.held: str | None = None  # the text to import when it is too long to show whole (import_text_box)
        self.labels: list[str] = []
        self.counts: dict[str, int] = {}
        self.refusal: str | None = None  # the last parse's refusal code (TextRefused), None: it was read
        self._parses = self._reads = 0  # each parse and file read asked for: an older one's result is dropped
        self._parsing = self._reading = False
        self._tokens: dict[str, CancelToken] = {}  # the parse and the file read on their way

        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self)  # a held text let go: the box to type or paste in again
        self.clear_button.clicked.connect(self.clear_text)
        self.source_line = WordWrapLabel(self)
        self.source_line.setObjectName("import_source")
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
        self.held_note = WordWrapLabel(self)  # the box shows the beginning of a held text: says so
        self.held_note.setObjectName("import_held_note")
        self.held_note.setVisible(False)
        self.summary = WordWrapLabel(self)
        self.summary.setObjectName("import_summary")
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
        # Columns fit the rows in view: fitting 200 rows took 0.1 s a preview, 0.7 s when rows were replaced.
        self.turn_table.horizontalHeader().setResizeContentsPrecision(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=PARSE_DELAY_MS)
        self._timer.timeout.connect(self.reparse)
        self._slow = QTimer(self, singleShot=True, interval=READING_NOTE_MS)
        self._slow.timeout.connect(self._say_reading)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.clear_button)
        top.addWidget(self.source_line, 1)
        # The text above the preview, or beside it in a short window (a laptop at 150 %): import_text_parts
        self.parts = ImportParts(self, top, self.text_box, self.held_note, self.summary, self.label_table,
                                 self.turn_table, self.buttons)
        QVBoxLayout(self).addWidget(self.parts.splitter)
        self.parts.fit()  # turned for the screen before the first size, which its smallest bounds
        fit_resize(self, 780, 720)  # smaller on a smaller screen
        self.retranslate()
        self.reparse()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a transcript typed elsewhere"))
        self.choose_button.setText(self.tr("Choose a &file…"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty the box, to type or paste another text"))
        self.text_box.setPlaceholderText(self.tr(
            "Paste the transcript here, one turn a line, such as «P3: …», «Facilitator: …» or «[00:12:34] P2: …»; "
            "a line without a speaker continues the turn above it. A chat exported from WhatsApp is read message "
            "by message, its senders as the speakers."))
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
            self._show()

    def done(self, result: int) -> None:
        for token in self._tokens.values():  # a parse or a read no one will see stops at once
            token.cancel()
        super().done(result)

    def accept(self) -> None:
        if not self.pending():  # Enter, or a click that came as Import was greyed
            super().accept()

    def pending(self) -> bool:
        """A parse is waiting for typing to stop, or a parse or a file read is on its way."""
        return self._timer.isActive() or self._parsing or self._reading

    # --- reading -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Transcript text"), "", self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read and decode the file on the worker; then its text in the box (or its beginning, when too long
        to show whole) and which encoding it was read in, or one line if it is refused."""
        self._reads, self._reading = self._reads + 1, True
        read = self._reads
        self._update_import()
        self.source_line.setText(self.tr("Reading the file…"))
        self._tokens["read"] = run_apart(
            self.ctx, lambda _token: transcript_text.decode(read_at_most(path, transcript_text.MAX_BYTES)),
            lambda decoded: self._file_read(read, decoded), lambda exc: self._file_failed(read, exc), owner=self)

    def _file_failed(self, read: int, exc: BaseException) -> None:
        if read != self._reads or isinstance(exc, Cancelled):
            return
        self._reading = False
        self._update_import()
        if isinstance(exc, TextRefused):
            self.source_line.setText(self._refusal(exc.code))
        elif isinstance(exc, NotAFile) and exc.kind == NotAFile.FOLDER:
            self.source_line.setText(self.tr("Not imported: this is a folder, not a text file."))
        elif isinstance(exc, NotAFile | OSError):
            self.source_line.setText(self.tr("This file could not be read."))
        else:
            raise exc

    def _file_read(self, read: int, decoded: Decoded) -> None:
        if read != self._reads:  # another file was chosen meanwhile
            return
        self._reading = False
        self.source_line.setText(self.tr("The file was read as %1.").replace("%1", f"\u2066{decoded.encoding}\u2069"))
        if shown_whole(decoded.text):
            self.held = None
            self.held_note.setVisible(False)
            self.text_box.setReadOnly(False)
            self.text_box.setPlainText(decoded.text)
            self.reparse()
        else:
            self.hold(decoded.text)

    def clear_text(self) -> None:
        """An empty box, editable (a held text, or a file on its way, let go)."""
        self._reads, self._reading = self._reads + 1, False  # a file still being read is not shown
        self.held = None
        self.held_note.setVisible(False)
        self.text_box.setReadOnly(False)
        self.text_box.clear()
        self.source_line.clear()
        self.reparse()
        self.text_box.setFocus()

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
        if code == "team_key":
            return self.tr("Not imported: this is the team's key file, not a transcript. Keep it private.")
        if code == "many_labels":  # a log or a list pasted by mistake: no speaker list for each of its labels
            return self.tr("This does not look like a transcript with speakers: more than %1 different labels "
                           "begin lines with a colon. Each turn begins with its speaker, such as «P3: …».") \
                .replace("%1", shown_number(transcript_text.MAX_LABELS))
        return self.tr("There is no text to import.")

    def _text_changed(self) -> None:
        self._timer.start()
        self.import_button.setEnabled(False)  # the turns shown are of the text as it was

    # --- the preview -------------------------------------------------------------------------
    def reparse(self) -> None:
        """Parse the text on the worker; the turns and labels are shown when it is read (``_parsed``)."""
        self._timer.stop()
        text = self.text_box.toPlainText() if self.held is None else self.held
        ignored = frozenset(label for label, choice in self.chosen.items() if choice == NO_SPEAKER)
        floor = self.floor
        self._parses, parse = self._parses + 1, self._parses + 1
        if "parse" in self._tokens:
            self._tokens["parse"].cancel()  # a parse on its way stops at its next hundred lines
        self._parsing = True
        self._update_import()
        self._slow.start()
        self._tokens["parse"] = run_apart(
            self.ctx, lambda token: transcript_text.preview(text, ignored, floor, _yielding(token)),
            lambda parsed: self._parsed(parse, parsed), lambda exc: self._parse_failed(parse, exc), owner=self)

    def _parsed(self, parse: int, parsed: Parsed) -> None:
        if parse != self._parses:  # the text changed again: a newer parse is on its way
            return
        self._parsing = False
        for label in parsed.labels:
            self.chosen.setdefault(label, self._choice_of(label))
        self.turns, self.labels, self.counts, self.refusal = parsed.turns, parsed.labels, parsed.counts, None
        self._show()

    def _parse_failed(self, parse: int, exc: BaseException) -> None:
        if parse != self._parses or isinstance(exc, Cancelled):
            return
        self._parsing = False
        if not isinstance(exc, TextRefused):
            self._update_import()
            raise exc
        self.turns, self.labels, self.counts, self.refusal = [], [], {}, exc.code
        self._show()

    def _say_reading(self) -> None:
        if self._parsing:
            self.summary.setText(self.tr("Reading the text…"))

    def _show(self) -> None:
        """The last parse's labels and turns, or its refusal (again after a language switch)."""
        self._show_labels(self.counts)
        self._show_turns()
        if self.refusal is not None:
            self.summary.setText(self._refusal(self.refusal))
        self._say_reading()
        self.previewed.emit()

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
        combo = ChoiceBox(self.label_table)
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
            self.reparse()  # the label's lines now start turns, or no longer do (the lists are made anew after)
        else:
            self._show_turns()

    def _speaker_text(self, label: str) -> str:
        choice = self.chosen.get(label, CHOOSE)
        if choice == FACILITATOR_CHOICE:
            return self.tr("Facilitator")
        person = next((p for p in self.people if p.participant_id == choice), None)
        return person.code if person is not None else self.tr("Choose…")

    def _wanted(self) -> tuple[list[ParsedTurn], list[str]]:
        """The turns to import, and the labels among them that wait for a speaker (tens of thousands of
        turns: looked at by label where it can be)."""
        left_out = {label for label in self.labels if self.chosen.get(label, CHOOSE) == NO_SPEAKER}
        wanted = [t for t in self.turns if t.label not in left_out] if left_out else self.turns
        return wanted, [label for label in self.labels if self.counts.get(label) and label not in left_out
                        and self.chosen.get(label, CHOOSE) == CHOOSE]

    def _update_import(self, wanted: tuple[list[ParsedTurn], list[str]] | None = None) -> None:
        turns, waiting = self._wanted() if wanted is None else wanted
        self.import_button.setEnabled(bool(turns) and not waiting and not self.pending())

    def _show_turns(self) -> None:
        wanted, waiting = self._wanted()
        self.turn_table.setRowCount(min(len(wanted), PREVIEW_TURNS))
        for row, turn in enumerate(wanted[:PREVIEW_TURNS]):
            first = turn.text.split("\n", 1)[0]
            cells = [QTableWidgetItem(value) for value in
                     (self._speaker_text(turn.label), shown_digits(turn.timestamp), first[:300])]
            cells[2].setTextAlignment(turn_alignment(first, self.rtl_session) | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.turn_table.setItem(row, column, cell)
        count = shown_number(len(wanted))
        if not wanted:
            summary = self.tr("No turns found: each turn begins with its speaker and a colon, such as «P3: …».")
        elif waiting:
            summary = self.tr("Turns to add: %1. Choose the speaker of each label marked «Choose…».") \
                .replace("%1", count)
        else:
            summary = self.tr("Turns to add after the existing ones: %1.").replace("%1", count)
        self.summary.setText(summary)
        self._update_import((wanted, waiting))

    def new_turns(self) -> list[NewTurn]:
        """The turns to write, each with its speaker (None: the facilitator)."""
        out = []
        for turn in self.turns:
            choice = self.chosen.get(turn.label, CHOOSE)
            if choice in (CHOOSE, NO_SPEAKER):
                continue
            out.append(NewTurn(None if choice == FACILITATOR_CHOICE else choice, turn.text, turn.timestamp))
        return out
