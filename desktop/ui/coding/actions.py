"""Coding the selection (Ctrl+K, a drag, Enter on a code), in vivo (Ctrl+I), a coding moved onto the
words selected, removed, and undone (Ctrl+Z): each written on the worker, said on the status line.

A part of :class:`desktop.ui.coding.workspace.CodingWorkspace` (a mixin: the window's keys, its
buttons and the tests reach these as the workspace's own); its words are the workspace's, in the
CodingWorkspace translation context (written out, so that lupdate finds them under it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core import coding
from desktop.core.codebook import CodebookError
from desktop.core.coding import CodingError
from desktop.core.models import CodedSegment
from desktop.ui.coding.coder import coder_for
from desktop.ui.coding.highlights import Highlights
from desktop.ui.coding.text_view import CodingTextEdit, DocBlock, SegmentView
from desktop.ui.coding.undo import Applied, MadeInVivo, Step, UndoStack, remove_remembering
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import shown_number
from desktop.ui.widgets.live_words import Words

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


class CodingActions:
    """What the workspace codes with (see the module's note). What it uses of the workspace:"""

    ctx: AppContext
    session_id: str
    view: CodingTextEdit
    segments: list[SegmentView]
    highlights: Highlights
    undo_steps: UndoStack
    undo_btn: QPushButton
    _code_rows: dict[str, Any]
    selection: Callable[[], tuple[DocBlock, int, int] | None]
    _say: Callable[[str | Words], None]
    _add_highlights: Callable[[list[SegmentView]], None]
    _show_segments_here: Callable[[], None]
    _code_name: Callable[[str], str]
    _edited_coding_here: Callable[[], SegmentView | None]
    _current_segment: Callable[[], SegmentView | None]

    def _as_widget(self) -> QWidget:
        """The workspace, as the owner of the work sent to the worker (not called back once it is gone)."""
        assert isinstance(self, QWidget)
        return self

    def apply_code(self, code_id: str) -> None:
        """Code the selection; the highlight appears when the worker has stored it."""
        chosen = self.selection()
        if chosen is None:
            return
        block, start, end = chosen
        person, session_id = self.ctx.user_name, self.session_id
        coded = {v.id for v in self.segments}  # the list may be read again before ``stored`` runs

        def stored(seg: CodedSegment) -> None:
            if seg.id not in coded:  # coding words twice with one code returns the first: not undone
                self._done(Applied(seg.id))
            if all(v.id != seg.id for v in self.segments):
                view = SegmentView(seg.id, code_id, block, start, end, "", False)
                self.segments.append(view)
                self._add_highlights([view])
            # Said (a keyboard or screen reader user heard nothing): the code, the count, never the words.
            self._say(lambda: translate("CodingWorkspace", "Coded with “%1” (characters: %2).")
                      .replace("%2", shown_number(end - start))
                      .replace("%1", self._code_name(code_id)))
            self.view.setFocus()
            self._show_segments_here()

        CollectionOp(
            self.ctx,
            lambda s: coding.apply_code(s, code_id, block.doc.table, block.doc.id, block.doc.field, start, end,
                                        coder_for(s, session_id, person), expected=block.doc.text[start:end]),
        ).success(stored).failure(self._coding_failed).owned_by(self._as_widget()).run_in_background()

    def in_vivo(self) -> None:
        """A new code named by the selected words; the workspace reloads with it (``code`` changed)."""
        chosen = self.selection()
        if chosen is None:
            return
        block, start, end = chosen
        person, session_id = self.ctx.user_name, self.session_id
        known, coded = set(self._code_rows), {v.id for v in self.segments}

        def made(result: tuple[object, CodedSegment]) -> None:
            seg = result[1]
            if seg.id not in coded:  # the words already had that code: nothing new to undo
                self._done(MadeInVivo(seg.id, seg.code_id, seg.code_id not in known))
            # Said as Ctrl+K's, without the code's name: it is the participant's words.
            self._say(lambda: translate("CodingWorkspace", "Coded in vivo (characters: %1).").replace(
                "%1", shown_number(end - start)))

        CollectionOp(
            self.ctx, lambda s: coding.in_vivo(s, block.doc.table, block.doc.id, block.doc.field, start, end,
                                               coder_for(s, session_id, person), expected=block.doc.text[start:end])
        ).success(made).failure(self._coding_failed).owned_by(self._as_widget()).run_in_background()

    def _done(self, step: Step) -> None:
        self.undo_steps.push(step)
        self.undo_btn.setEnabled(True)

    def undo(self) -> None:
        """Takes back the last coding made, made in vivo or removed in this window."""
        step = self.undo_steps.pop()
        self.undo_btn.setEnabled(bool(self.undo_steps))
        if step is None:
            self._say(lambda: translate("CodingWorkspace", "Nothing to undo."))
            return
        CollectionOp(self.ctx, step.undo) \
            .success(lambda _: self._say(lambda: translate("CodingWorkspace", "Coding undone."))) \
            .failure(self._coding_failed).owned_by(self._as_widget()).run_in_background()

    def _coding_failed(self, exc: BaseException) -> None:
        # A code deleted or merged meanwhile (the Codebook page, a team update) is the codebook's refusal.
        if not isinstance(exc, CodingError | CodebookError):
            raise exc
        context = "Codebook" if isinstance(exc, CodebookError) else "CodingError"

        def words() -> str:  # the core's sentence translated; one with facts (offsets, ids): a general one
            translated = translate(context, str(exc))
            general = translated == str(exc) and self.ctx.language.language != "en"
            return translate("CodingWorkspace", "This text could not be coded.") if general else translated

        self._say(words)

    def move_edited_coding(self) -> None:
        """The coding whose words were edited, moved onto the words selected (its flag goes)."""
        edited = self._edited_coding_here()
        chosen = self.selection()
        if edited is None or chosen is None:
            return
        _, start, end = chosen
        CollectionOp(self.ctx, lambda s: coding.set_span(s, edited.id, start, end)) \
            .success(lambda _: self._say(lambda: translate("CodingWorkspace",
                                                           "Coding moved to the selected words."))) \
            .failure(self._coding_failed).owned_by(self._as_widget()).run_in_background()

    def _remove_current(self) -> None:
        seg = self._current_segment()
        if seg is not None:
            self.remove_segment(seg.id)
        else:  # said, as for the memo: the button did nothing at all there
            self._say(lambda: translate("CodingWorkspace",
                                        "Put the cursor in a coded passage to remove its coding."))

    def remove_segment(self, segment_id: str) -> None:
        def removed(step: Step) -> None:
            self._done(step)
            self.segments = [v for v in self.segments if v.id != segment_id]
            self.highlights.remove([segment_id])
            self._show_segments_here()

        CollectionOp(self.ctx, lambda s: remove_remembering(s, segment_id)).success(removed) \
            .failure(self._coding_failed).owned_by(self._as_widget()).run_in_background()
