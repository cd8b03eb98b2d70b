"""The memo box beside the coding window's text: the memo of the coding current in the list.

What is typed there and not saved is saved on the coding it was typed for when another coding's
memo takes its place (the cursor moved in the text, another code chosen in the list) or the window
closes. Before, a click in the text to check a word threw the memo away.

At closing it is saved before the window goes, not on the worker: a save refused there (a full disk,
the coding removed meanwhile) came back after the window had gone, and the memo was lost without a
word. Now the person is told, and keeps the window (and the memo in it) or closes without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QMessageBox

from desktop.core import coding
from desktop.core.errors import EnvironmentProblem
from desktop.ui.coding.text_view import SegmentView
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.free_text import FreeTextEdit

log = logging.getLogger(__name__)


class MemoBox(FreeTextEdit):  # a Kurdish memo reads from the right, in any interface language
    def __init__(self, ctx: AppContext, failed: Callable[[BaseException], object]) -> None:
        super().__init__()
        self.ctx, self._failed = ctx, failed
        self._for: SegmentView | None = None  # the coding whose memo is in the box
        self._shown = ""  # that memo as stored: anything else in the box was typed

    def show_for(self, seg: SegmentView | None, segments: Iterable[SegmentView]) -> None:
        self.keep_typed(segments)
        text = seg.memo if seg else ""
        self.setPlainText(text)
        self._for, self._shown = seg, text

    def typed(self) -> bool:
        """The box holds words the researcher typed and did not save."""
        return self._for is not None and self.toPlainText() != self._shown

    def follow(self, segments: Iterable[SegmentView]) -> None:
        """The codings read again (a bundle, another window wrote a memo): the box shows its coding's
        memo as stored now, unless the researcher is typing there (hers stays, saved when she
        leaves). Before, the memo that came in showed only once she had left the coding."""
        live = next((v for v in segments if self._for is not None and v.id == self._for.id), None)
        if live is None:
            return
        typed, self._for = self.typed(), live
        if not typed and live.memo != self._shown:
            self.setPlainText(live.memo)
            self._shown = live.memo

    def keep_typed(self, segments: Iterable[SegmentView]) -> None:
        """Save what was typed on its coding, if that coding is still there (not removed meanwhile)."""
        seg, self._for = self._for, None
        live = next((v for v in segments if seg is not None and v.id == seg.id), None)
        if live is not None and self.toPlainText() != self._shown:
            self.store(live, self.toPlainText())

    def store(self, seg: SegmentView, text: str, then: Callable[[], object] | None = None) -> None:
        seg.memo = text
        if self._for is not None and seg.id == self._for.id:
            self._shown = text
        CollectionOp(self.ctx, lambda s: coding.set_memo(s, seg.id, text)) \
            .success(lambda _: then() if then is not None else None).failure(self._failed) \
            .owned_by(self).run_in_background()

    def settled_for_close(self, segments: Iterable[SegmentView], *, may_ask: bool) -> bool:
        """Save what was typed, now; True when the window may close: saved, nothing typed, or (the
        save refused) the person chose to close without it. False keeps the window and the memo.
        ``may_ask`` is False for a close by the program (quitting): it never waits on a question."""
        seg = self._for
        live = next((v for v in segments if seg is not None and v.id == seg.id), None)
        if live is None or not self.typed():
            return True
        text = self.toPlainText()
        try:
            CollectionOp(self.ctx, lambda s: coding.set_memo(s, live.id, text)).run_now()
        except (coding.CodingError, EnvironmentProblem) as exc:
            if not may_ask:
                log.warning("a memo typed in the coding window was not saved at closing (%s)", type(exc).__name__)
                return True
            reason = environment_reason(exc) if isinstance(exc, EnvironmentProblem) else self.tr(
                "The coding it was written for was removed meanwhile.")
            buttons = QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel
            answer = QMessageBox.question(
                self.window(), self.tr("Memo not saved"),
                self.tr("The memo could not be saved. %1 Close the window without it? Cancel keeps the window "
                        "open with the memo in it.").replace("%1", reason),
                buttons, QMessageBox.StandardButton.Cancel)
            return answer == QMessageBox.StandardButton.Close
        live.memo, self._shown = text, text
        return True
