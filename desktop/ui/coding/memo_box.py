"""The memo box beside the coding window's text: the memo of the coding current in the list.

What is typed there and not saved is saved on the coding it was typed for when another coding's
memo takes its place (the cursor moved in the text, another code chosen in the list) or the window
closes. Before, a click in the text to check a word threw the memo away.

At closing it is saved before the window goes, not on the worker: a save refused there (a full disk,
the coding removed meanwhile) came back after the window had gone, and the memo was lost without a
word. Now the person is told, and keeps the window (and the memo in it) or closes without it.

A coding removed elsewhere (the Codebook page, another window, a bundle) while its memo was being
typed took the typed words with it when the window read its codings again. They now stay in the box,
said, until another coding's memo takes their place; closing the window asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
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
    # The coding the words in the box were typed for was removed meanwhile: they are not saved
    # (True: they stay in the box; False: they were already gone from it, saved as another memo came).
    orphaned = Signal(bool)

    def __init__(self, ctx: AppContext, failed: Callable[[BaseException], object]) -> None:
        super().__init__()
        self.ctx, self._failed = ctx, failed
        self._for: SegmentView | None = None  # the coding whose memo is in the box
        self._shown = ""  # that memo as stored: anything else in the box was typed
        self._orphan = ""  # words typed for a coding removed meanwhile, kept in the box

    def show_for(self, seg: SegmentView | None, segments: Iterable[SegmentView]) -> None:
        segments = list(segments)
        self._notice_removed(segments)
        if seg is None and self.holds_orphan():
            return  # the words stay until another coding's memo takes their place
        self.keep_typed(segments)
        text = seg.memo if seg else ""
        self.setPlainText(text)
        self._for, self._shown, self._orphan = seg, text, ""

    def typed(self) -> bool:
        """The box holds words the researcher typed and did not save."""
        return self._for is not None and self.toPlainText() != self._shown

    def holds_orphan(self) -> bool:
        """The box holds words typed for a coding removed meanwhile (not saved anywhere)."""
        return bool(self._orphan) and self.toPlainText() == self._orphan

    def orphan_words(self, kept: bool) -> str:
        if not kept:
            return self.tr("The coding this memo was written for was removed elsewhere: the memo was not saved.")
        return self.tr("The coding this memo was being written for was removed elsewhere: the memo was not "
                       "saved. It stays in the box until you choose another coding; copy it if you need it.")

    def follow(self, segments: Iterable[SegmentView]) -> None:
        """The codings read again (a bundle, another window wrote a memo): the box shows its coding's
        memo as stored now, unless the researcher is typing there (hers stays, saved when she
        leaves). Before, the memo that came in showed only once she had left the coding."""
        segments = list(segments)
        if self._notice_removed(segments):
            return
        live = _live(self._for, segments)
        if live is None:
            return
        typed, self._for = self.typed(), live
        if not typed and live.memo != self._shown:
            self.setPlainText(live.memo)
            self._shown = live.memo

    def _notice_removed(self, segments: list[SegmentView]) -> bool:
        """True (and said once) when the coding typed for is no longer among ``segments``."""
        if not self.typed() or _live(self._for, segments) is not None:
            return False
        self._for, self._orphan = None, self.toPlainText()
        self.orphaned.emit(True)
        return True

    def keep_typed(self, segments: Iterable[SegmentView]) -> None:
        """Save what was typed on its coding, if that coding is still there (not removed meanwhile)."""
        seg, self._for = self._for, None
        live = _live(seg, segments)
        if live is not None and self.toPlainText() != self._shown:
            self.store(live, self.toPlainText())

    def store(self, seg: SegmentView, text: str, then: Callable[[], object] | None = None) -> None:
        seg.memo = text
        if self._for is not None and seg.id == self._for.id:
            self._shown = text
        CollectionOp(self.ctx, lambda s: coding.set_memo(s, seg.id, text)) \
            .success(lambda _: then() if then is not None else None).failure(self._store_failed) \
            .owned_by(self).run_in_background()

    def _store_failed(self, exc: BaseException) -> None:
        if isinstance(exc, coding.CodingError):  # its coding removed before the save came (not "not coded")
            self.orphaned.emit(False)
        else:
            self._failed(exc)

    def settled_for_close(self, segments: Iterable[SegmentView], *, may_ask: bool) -> bool:
        """Save what was typed, now; True when the window may close: saved, nothing typed, or (the
        save refused, or its coding removed) the person chose to close without it. False keeps the
        window and the memo. ``may_ask`` is False for a close by the program (quitting): it never
        waits on a question."""
        segments = list(segments)
        self._notice_removed(segments)
        removed = self.tr("The coding it was written for was removed meanwhile.")
        if self.holds_orphan():
            return self._close_without(removed, may_ask, "removed")
        live = _live(self._for, segments)
        if live is None or not self.typed():
            return True
        text = self.toPlainText()
        try:
            CollectionOp(self.ctx, lambda s: coding.set_memo(s, live.id, text)).run_now()
        except (coding.CodingError, EnvironmentProblem) as exc:
            reason = environment_reason(exc) if isinstance(exc, EnvironmentProblem) else removed
            return self._close_without(reason, may_ask, type(exc).__name__)
        live.memo, self._shown = text, text
        return True

    def _close_without(self, reason: str, may_ask: bool, kind: str) -> bool:
        if not may_ask:
            log.warning("a memo typed in the coding window was not saved at closing (%s)", kind)
            return True
        buttons = QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self.window(), self.tr("Memo not saved"),
            self.tr("The memo could not be saved. %1 Close the window without it? Cancel keeps the window "
                    "open with the memo in it.").replace("%1", reason),
            buttons, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close


def _live(seg: SegmentView | None, segments: Iterable[SegmentView]) -> SegmentView | None:
    """``seg`` as the codings read now hold it; None when it was removed (or there is none)."""
    return next((v for v in segments if seg is not None and v.id == seg.id), None)
