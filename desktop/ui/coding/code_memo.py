"""The memo on a code, on the Codebook page under the code's fields (desktop/core/code_memos.py).

Saved by its button, and also when another code is chosen, when the page is left or the code's
fields are saved (Ctrl+S): words typed there are never dropped by a click elsewhere. Writable on a
team code too (the fields above are then read-only): it is the researcher's note, not the code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import code_memos
from desktop.core.codebook import CodebookError
from desktop.core.errors import EnvironmentProblem
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.scroll_frame import bring_into_view
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class CodeMemo(QWidget):
    def __init__(self, ctx: AppContext, failed: Callable[[BaseException], object]) -> None:
        super().__init__()
        self.ctx, self._failed = ctx, failed
        self.label, self.box, self.save_btn = QLabel(), FreeTextEdit(), QPushButton()
        self.label.setBuddy(self.box)
        self.box.setMinimumHeight(3 * self.box.fontMetrics().lineSpacing())
        self.box.setMaximumHeight(160)
        self.status = WordWrapLabel()  # "Memo saved."
        self.save_btn.clicked.connect(self.save)
        self.box.textChanged.connect(lambda: say(self.status, ""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.box, self.save_btn, self.status):
            layout.addWidget(w)
        self._for: str | None = None  # the code whose memo is in the box
        self._shown = ""  # its memo as stored: anything else in the box was typed
        self._writing: dict[str, str] = {}  # memos on their way to the database, by code
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Memo &on the code"))  # Alt letters, as the Codebook page's other fields
        self.box.setAccessibleName(self.label.text().replace("&", ""))
        self.save_btn.setText(self.tr("Save &memo"))

    def _on_data_changed(self, tables: object) -> None:
        """A memo came (a bundle, the one saved here folded with another): shown, unless typing."""
        if isinstance(tables, set) and "memo" in tables:
            self._reload()

    def _reload(self) -> None:
        code_id = self._for
        if code_id is None or self.typed() or self._writing:
            return
        text = read_now(self.ctx, lambda s: code_memos.memo_of(s, code_id))
        if text != self._shown:
            self._shown = text
            self.box.setPlainText(text)

    def typed(self) -> bool:
        return self._for is not None and self.box.toPlainText() != self._shown

    def show_for(self, code_id: str | None) -> None:
        """The memo of ``code_id`` in the box; what was typed for the code shown before is saved on it."""
        if code_id == self._for:
            return
        self.keep_typed()
        text = "" if not code_id else self._writing[code_id] if code_id in self._writing else \
            read_now(self.ctx, lambda s: code_memos.memo_of(s, code_id))  # a save under way not read as undone
        self._for, self._shown = code_id, text
        self.box.setPlainText(text)
        say(self.status, "")

    def keep_typed(self) -> None:
        if self.typed():
            self._store(quiet=True)

    def settled(self) -> bool:
        """Save what was typed now, before the page is left or the window closes (a save on the
        worker could still be running as the app quits). False, said on the page, when it is refused
        (the code removed meanwhile, a full disk): the page stays, the words in the box; leaving again
        goes without them."""
        code_id, text, shown = self._for, self.box.toPlainText(), self._shown
        if code_id is None or not self.typed():
            return True
        self._shown = text  # asked once: a second try leaves
        try:
            CollectionOp(self.ctx, lambda s: code_memos.set_memo(s, code_id, text, self.ctx.user_name,
                                                                 shown=shown)).run_now()
        except (CodebookError, EnvironmentProblem) as exc:
            self._not_saved(exc)
            return False
        return True

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, EnvironmentProblem):  # a full disk, another program holding the file
            reason = reason_of(exc)
            say(self.status, lambda: self.tr("The memo could not be saved. %1").replace("%1", environment_reason(reason)))
            bring_into_view(self.status)
        else:
            self._failed(exc)  # the code removed meanwhile: said on the page's error line

    def save(self) -> None:
        if self._for is not None:
            self._store(quiet=False)

    def _store(self, *, quiet: bool) -> None:
        code_id, text = self._for, self.box.toPlainText()
        assert code_id is not None
        shown, self._shown = self._shown, text
        self._writing[code_id] = text

        def done(_: object) -> None:
            if self._writing.get(code_id) == text:
                del self._writing[code_id]
            self._reload()  # folded with memos that came meanwhile: all of them shown
            if not quiet:  # below the page's edge at 20 points on a laptop unless scrolled to
                say(self.status, lambda: self.tr("Memo saved."))
                bring_into_view(self.status)

        def failed(exc: BaseException) -> None:
            self._writing.pop(code_id, None)
            self._not_saved(exc)

        CollectionOp(self.ctx, lambda s: code_memos.set_memo(s, code_id, text, self.ctx.user_name, shown=shown)) \
            .success(done).failure(failed).owned_by(self).run_in_background()
