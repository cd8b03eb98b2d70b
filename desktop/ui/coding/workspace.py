"""The coding workspace: a session's text, coded by selection with a picker, a drag or in vivo.

All of the session's documents (transcript turns, agenda notes, decisions) are blocks of one
read-only QTextEdit. ``DocBlock`` remembers where each document's text starts in the QTextDocument;
positions there are UTF-16 units, converted to code points with ``offsets.Utf16Map`` before anything
reaches the coding service. Coding, in vivo, moving, removing and undoing: actions.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.core import coding
from desktop.core import coding_documents as documents
from desktop.core.change_set import concerns_session
from desktop.ui.coding.actions import CodingActions
from desktop.ui.coding.closing import WindowCloser
from desktop.ui.coding.code_list import code_list
from desktop.ui.coding.find_bar import FindBar
from desktop.ui.coding.highlights import Highlights, changed
from desktop.ui.coding.jump import jump_target
from desktop.ui.coding.keys import install_coding_keys
from desktop.ui.coding.layout import lay_out
from desktop.ui.coding.margin import MarginBars
from desktop.ui.coding.memo_box import MemoBox
from desktop.ui.coding.picker import CodePicker
from desktop.ui.coding.review import edited_coding
from desktop.ui.coding.text_view import (
    CodingTextEdit,
    DocBlock,
    SegmentView,
    place_of,
    position_of,
    segment_views,
    write_documents,
)
from desktop.ui.coding.undo import UndoStack
from desktop.ui.context import AppContext
from desktop.ui.help.dialog import install_f1
from desktop.ui.help.topics import CODING_TOPIC
from desktop.ui.models.code_tree import CodeTreeModel, flatten, load_rows, swatch
from desktop.ui.operations import read_now
from desktop.ui.qt_i18n import shown_digits, shown_number
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.save_key import save_key
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_button import WrappedButton

# The tables whose rows of this session change the text shown (a turn, an agenda item, a decision) or
# how it is shown (a speaker's pseudonym, a consent that withdraws their words).
_TEXT_SHOWN = frozenset({"transcript_turn", "agenda_item", "decision", "participant", "consent_record"})

class CodingWorkspace(CodingActions, QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.setObjectName("coding_workspace")
        lang = lambda: str(self.ctx.language.language)  # noqa: E731
        self.view = CodingTextEdit()
        self.view.code_dropped.connect(self.apply_code)
        self.view.cursorPositionChanged.connect(self._show_segments_here)
        # A new selection ending where the last one ended moves no cursor, but can start in other codings.
        self.view.selectionChanged.connect(self._show_segments_here)
        self.margin = MarginBars(self.view)
        self.highlights = Highlights(self.view, self.margin)
        self.find_bar = FindBar(self)  # Ctrl+F
        self.codes = CodeTreeModel(lang)
        self.tree = code_list(self.codes, self.apply_code, ctx)
        self.picker = CodePicker(lang, self)
        self.picker.chosen.connect(self.apply_code)
        # A new database has no code: the codebook says how to make the first, not an empty white box.
        EmptyWords(self.tree, lambda: self.tr("No codes yet. Select words and press Ctrl+I to make one, or add "
                                              "codes on the Codebook page."), keep_height=True)
        self.here = QListWidget()
        # A long code name, or one marked "(words edited: check)", wraps rather than hiding its end.
        self.here.setWordWrap(True)
        self.here.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.here.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.memo = MemoBox(ctx, self._coding_failed)
        self.memo.orphaned.connect(lambda kept: self._say(lambda: self.memo.orphan_words(kept)))
        # The column's buttons and labels wrap where it is narrow: on one line, 'Undo coding (Ctrl+Z)' in
        # Kurdish at 20 points held the column at 403 pixels of a 895-pixel laptop window, the text at 303.
        self.memo_btn, self.remove_btn = WrappedButton(), WrappedButton()
        self.pick_btn, self.vivo_btn = QPushButton(), QPushButton()
        self.undo_btn, self.prev_btn, self.next_btn = WrappedButton(), QPushButton(), QPushButton()
        self.move_btn = WrappedButton()  # shown only beside a coding whose words were edited since
        self.move_btn.hide()
        self.move_btn.clicked.connect(self.move_edited_coding)
        self.prev_btn.clicked.connect(lambda: self.jump(forward=False))
        self.next_btn.clicked.connect(lambda: self.jump(forward=True))
        self.undo_btn.setEnabled(False)
        self.undo_btn.clicked.connect(self.undo)
        self.undo_steps = UndoStack()
        self.memo_btn.clicked.connect(self._save_memo)
        save_key(self.memo_btn)  # Ctrl+S, as where other Save buttons are
        self.remove_btn.clicked.connect(self._remove_current)
        self.pick_btn.clicked.connect(self.open_picker)
        self.vivo_btn.clicked.connect(self.in_vivo)
        self.here.currentRowChanged.connect(self._show_memo)
        self.status = WordWrapLabel()
        # The session's title, as long as it was typed (300 characters): a plain label made the window
        # at least as wide as the whole title, its text and codebook past a laptop screen's edge.
        self.title_label = ElidedLabel()
        keep_relative_font(self.title_label, self, extra=2.0, bold=True)
        self.here_label, self.memo_label = QLabel(), QLabel()
        for label in (self.here_label, self.memo_label):
            label.setWordWrap(True)
        self.here_label.setBuddy(self.here)
        self.memo_label.setBuddy(self.memo)
        lay_out(self)
        install_coding_keys(self, pick=self.open_picker, in_vivo=self.in_vivo, undo=self.undo,
                            jump=lambda forward: self.jump(forward=forward))
        self.blocks: list[DocBlock] = []
        self.segments: list[SegmentView] = []
        install_f1(self, CODING_TOPIC)  # the window's keys (help/<lang>/coding-keys.html)
        self.closer = WindowCloser(self)  # Escape, Ctrl+W; a memo not saved at closing
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.pick_btn.setText(self.tr("Apply code… (Ctrl+K)"))
        self.vivo_btn.setText(self.tr("In vivo (Ctrl+I)"))
        self.memo_btn.setText(self.tr("&Save memo"))  # Alt+M is the memo box's label
        self.remove_btn.setText(self.tr("Remove coding"))
        self.undo_btn.setText(self.tr("Undo coding (Ctrl+Z)"))
        self.prev_btn.setText(self.tr("Previous (Shift+F8)"))
        self.move_btn.setText(self.tr("Move coding to the selection"))
        self.next_btn.setText(self.tr("Next (F8)"))
        self.prev_btn.setAccessibleName(self.tr("Previous coding"))
        self.next_btn.setAccessibleName(self.tr("Next coding"))
        self.here_label.setText(self.tr("Codes at the cursor"))
        self.memo_label.setText(self.tr("&Memo on the segment"))  # Alt+M: the box is far down the Tab chain
        self.view.setAccessibleName(self.tr("Session text"))
        self.tree.setAccessibleName(self.tr("Codebook: drag a code onto the selected text, or press Enter on it"))
        self.here.setAccessibleName(self.tr("Codes at the cursor"))
        self.memo.setAccessibleName(self.tr("Memo on the segment"))
        self.margin.setAccessibleName(self.tr("Code bars"))
        self.setWindowTitle(self.tr("Coding"))
        self.picker.retranslate()

    # -- loading -------------------------------------------------------------------------------
    def _load_codes(self) -> None:
        rows = read_now(self.ctx, load_rows)
        self.codes.reload(rows)
        self.tree.expandAll()
        self.picker.reload(rows)
        self._code_rows = {r.id: r for r in flatten(rows)}

    def load(self) -> None:
        """The codebook, the session's text and its codings. The reader keeps her place: the
        scroll and the cursor stay where they were when the text is built again (an edit of a turn
        while the window is open), instead of going back to the top of a long transcript."""
        self._load_codes()
        labels = self._labels()
        self._labels_shown = (self.ctx.language.language, self.ctx.language.digits)
        title, docs, segs = read_now(self.ctx, lambda s: documents.session_text(s, self.session_id, labels))
        self.title_label.setText(title)
        scroll = self.view.verticalScrollBar().value()
        old_cursor = self.view.textCursor()
        # The cursor is kept as (document, place in it): labels of another language or digits have
        # other lengths, and every position after them moves.
        anchor, position = (place_of(self.blocks, p) for p in (old_cursor.anchor(), old_cursor.position()))
        self.blocks = write_documents(self.view, docs)
        self._show_segments(segs)  # before the cursor comes back: the list beside the text reads them
        if old_cursor.position():
            kept = QTextCursor(self.view.document())
            last = self.view.document().characterCount() - 1
            kept.setPosition(position_of(self.blocks, anchor, last))
            kept.setPosition(position_of(self.blocks, position, last), QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(kept)
        self.view.verticalScrollBar().setValue(scroll)
        self._show_segments_here()
        self.find_bar.text_rebuilt()

    def _show_segments(self, segs: list[documents.Coded]) -> None:
        self.segments = segment_views(self.blocks, segs)
        self._paint()

    def _update_segments(self, segs: list[documents.Coded]) -> None:
        """The codings read again, only those that changed painted again."""
        new = segment_views(self.blocks, segs)
        gone, came = changed(self.segments, new)
        self.segments = new
        if gone:
            self.highlights.remove(gone)
        if came:
            self._add_highlights(came)

    def reload_segments(self, *, names_changed: bool = False) -> None:
        """The codings only, the text staying as it is on screen (scroll, selection): segments coded
        elsewhere ("Code all hits" on the Reports page, a bundle from another coder) appear here too.
        Before, only a change of the text or the codebook reloaded, and they stayed invisible until
        the window was opened again."""
        docs = [b.doc for b in self.blocks]
        current = self._current_segment()
        here = [(v.id, v.needs_review) for v in self.segments_at(self.view.textCursor().selectionStart())]
        segs = read_now(self.ctx, lambda s: documents.segments_of(s, docs))
        if names_changed:
            self._show_segments(segs)
        else:
            self._update_segments(segs)
        listed = [(v.id, v.needs_review) for v in self.segments_at(self.view.textCursor().selectionStart())]
        if listed == here and not names_changed:
            self.memo.follow(self.segments)  # the list stays; a memo that came in shows, unless typing
            return
        now = [seg_id for seg_id, _ in listed]
        typed = self.memo.toPlainText() if self.memo.typed() else None
        self._show_segments_here()
        if current is not None and current.id in now:
            self.here.setCurrentRow(now.index(current.id))
            if typed is not None:
                self.memo.setPlainText(typed)  # not saved yet: kept
            self.memo.follow(self.segments)

    def _labels(self) -> documents.Labels:
        return documents.Labels(
            facilitator=self.tr("Facilitator"), decision=self.tr("Decision"), summary=self.tr("Summary"),
            digits=shown_digits, number=lambda n: shown_number(n),
        )

    def _on_data_changed(self, tables: object) -> None:
        if not isinstance(tables, set):
            return
        # A turn saved in another session's editor rebuilt this window's whole text (a second with a
        # long transcript): only this session's text is read again.
        ours = concerns_session(tables, self.session_id)
        # A speaker's new pseudonym or consent shows their turns differently: an import names the sessions
        # they speak in (it announces only the tables its bundles wrote, not every synced one).
        if ours and (tables & _TEXT_SHOWN
                     or ("session" in tables and self._summary_edited())):
            self.load()
        elif "code" in tables:
            # A code made in vivo, renamed or recoloured: the codebook and the codings again, the
            # text left as it is (building a long transcript again took over a second and sent the
            # reader back to its top).
            self._load_codes()
            self.reload_segments(names_changed=True)
        elif "coded_segment" in tables:
            self.reload_segments()

    def _summary_edited(self) -> bool:
        """The session's summary (codable, the window's first text) is not the one shown. Any other
        change of a session row (its title, its status) leaves the text alone."""
        found = read_now(self.ctx, lambda s: documents.title_and_summary(s, self.session_id))
        if found is None:
            return False
        self.title_label.setText(found[0])
        return found[1] != next((b.doc.text for b in self.blocks if b.doc.table == "session"), "")

    # -- highlights ----------------------------------------------------------------------------
    def _paint(self) -> None:
        self.highlights.paint_all(self.segments, self._code_rows, str(self.ctx.language.language))

    def _add_highlights(self, segs: list[SegmentView]) -> None:
        self.highlights.add(segs, self._code_rows, str(self.ctx.language.language))

    # -- selection -> code points -----------------------------------------------------------------
    def block_at(self, pos: int) -> DocBlock | None:
        return next((b for b in self.blocks if b.contains(pos)), None)

    def selection(self) -> tuple[DocBlock, int, int] | None:
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            self._say(lambda: self.tr("Select some text first."))
            return None
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        block = self.block_at(a)
        if block is not None and b == block.end + 1:
            b = block.end  # a triple click, or Shift+Down on a turn's last line, takes its paragraph's end
        if block is None or not block.contains(b):
            self._say(lambda: self.tr("A selection must stay within one speaker turn, note or decision."))
            return None
        if not block.doc.codable:
            self._say(lambda: self.tr("This text was withdrawn by its speaker and cannot be coded."))
            return None
        # Code points from here on (the view counts UTF-16 units); a word-wise selection's trailing
        # space is not coded.
        start, end = coding.without_outer_spaces(
            block.doc.text, block.map.from_utf16(a - block.start), block.map.from_utf16(b - block.start))
        return block, start, end

    def _say(self, message: str | Words) -> None:
        """The window's status line; a function (``lambda: self.tr(…)``) is said again in the
        language and digits switched to (a plain string stayed in the one it was said in)."""
        say(self.status, message)

    # -- actions (coding, in vivo, moving, removing, undoing: actions.py) ------------------------
    def open_picker(self) -> None:
        """The picker opens only on a selection that can be coded: what would be refused (across two
        turns, as after Ctrl+A; withdrawn words) is said now, not after a code was looked up."""
        if self.selection() is not None:
            self._say("")
            self.picker.open()
            # The picker takes the room above the text (a laptop at 20 points: the text kept one line): the
            # words being coded scrolled into what is left, not out of sight while their code is looked up.
            holder = self.picker.parentWidget()
            if holder is not None and (layout := holder.layout()) is not None:
                layout.activate()
            self.view.ensureCursorVisible()

    def segments_at(self, pos: int) -> list[SegmentView]:
        block = self.block_at(pos)
        if block is None:
            return []
        cp = block.map.from_utf16(pos - block.start)
        return [v for v in self.segments if v.block is block and v.start <= cp < v.end]

    def _code_name(self, code_id: str) -> str:
        row = self._code_rows.get(code_id)
        return row.name(str(self.ctx.language.language)) if row else "?"

    def _show_segments_here(self) -> None:
        self.here.clear()
        cursor = self.view.textCursor()
        for seg in self.segments_at(cursor.selectionStart()):
            row, name = self._code_rows.get(seg.code_id), self._code_name(seg.code_id)
            item = QListWidgetItem(self.tr("%1 (words edited: check)").replace("%1", name) if seg.needs_review else name)
            item.setData(Qt.ItemDataRole.UserRole, seg.id)
            if seg.needs_review:
                item.setToolTip(self.tr("The text was edited after this coding. The words coded were: %1")
                                .replace("%1", seg.quote))
            if row:
                item.setForeground(swatch(row.colour).darker(150))
            self.here.addItem(item)
        if self.here.count():
            self.here.setCurrentRow(0)
        else:
            self.memo.show_for(None, self.segments)
        edited = self._edited_coding_here()
        self.move_btn.setVisible(edited is not None)
        def advice() -> str:
            return self.tr("The words of this coding were edited after it was coded: select the words it "
                           "should cover and press “Move coding to the selection”.")

        if edited is not None:
            self._say(advice)
        elif self.status.text() == advice():
            self._say("")

    def _edited_coding_here(self) -> SegmentView | None:
        cursor = self.view.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        block = self.block_at(a)
        if block is None:
            return None
        start, end = block.map.from_utf16(a - block.start), block.map.from_utf16(b - block.start)
        return edited_coding(self.segments, block, start, end, self._current_segment())

    def _current_segment(self) -> SegmentView | None:
        item = self.here.currentItem()
        seg_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((v for v in self.segments if v.id == seg_id), None)

    def _show_memo(self) -> None:
        self.memo.show_for(self._current_segment(), self.segments)

    def _save_memo(self) -> None:
        seg = self._current_segment()
        if seg is not None:  # said, since nothing else on screen changes
            self.memo.store(seg, self.memo.toPlainText(), lambda: self._say(lambda: self.tr("Memo saved.")))
        else:
            self._say(lambda: self.tr("Put the cursor in a coded passage to write its memo."))

    def changeEvent(self, event: QEvent) -> None:
        """A language or digit switch (both come as LanguageChange) reaches the window: its buttons,
        and the labels in the text (Facilitator, Decision 2, a turn's time), stayed as they were."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            shown = (self.ctx.language.language, self.ctx.language.digits)
            if self.blocks and shown != self._labels_shown:
                self.load()
        super().changeEvent(event)

    def jump(self, *, forward: bool) -> None:
        """To the next or previous coding (F8, Shift+F8), its words selected and its code current in
        the list beside the text, for its memo or its removal."""
        cursor = self.view.textCursor()
        target = jump_target(self.segments, self._current_segment(), cursor.selectionStart(), cursor.selectionEnd(),
                             forward=forward)
        if target is None:
            self._say(lambda: self.tr("No text is coded here yet."))
            return
        self.focus_segment(target)
        self.view.setFocus()

    def focus_segment(self, segment_id: str) -> bool:
        """Select a segment's text and scroll to it (retrieval's "jump to segment", a quote's "open
        in the coding window"), its code the current one beside the text: its memo is the one shown
        (of two codings starting on one word, the list offered the first)."""
        seg = next((v for v in self.segments if v.id == segment_id), None)
        if seg is None:
            return False
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(seg.block.to_doc(seg.start))
        cursor.setPosition(seg.block.to_doc(seg.end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        ids = [self.here.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.here.count())]
        if segment_id in ids:
            self.here.setCurrentRow(ids.index(segment_id))
        return True
