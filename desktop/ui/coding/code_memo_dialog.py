"""The memo on a code from the coding window: "Memo on the code…" in its codebook's context menu (a
right click, the Menu key or Shift+F10) opens the memo of the code chosen there, the same memo as the
Codebook page's (desktop/ui/coding/code_memo.py). Before, a researcher coding had to leave the text
for the Codebook page to note what a code was coming to mean.

Closing the dialog (Close, Escape) saves what was typed; a save refused (the code deleted meanwhile)
is said in it and the dialog stays, the words in the box; closing again goes without them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook
from desktop.core.codebook import CodebookError
from desktop.core.models import Code
from desktop.ui.coding.code_memo import CodeMemo
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import CodeIdRole
from desktop.ui.operations import read_now
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.menu_room import keep_context_menu_room
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class CodeMemoDialog(QDialog):
    def __init__(self, ctx: AppContext, code_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.code_id = ctx, code_id
        self.error = WordWrapLabel()
        self.error.setStyleSheet("color: #b00020")
        self.memo = CodeMemo(ctx, self._failed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w, stretch in ((self.memo, 1), (self.error, 0), (buttons, 0)):
            layout.addWidget(w, stretch)
        self.memo.box.setMaximumHeight(16_777_215)  # the dialog is the memo's: as tall as it is made
        memo_layout = self.memo.layout()
        if isinstance(memo_layout, QVBoxLayout):
            memo_layout.setStretchFactor(self.memo.box, 1)
        # Some forty letters a line: its size hint made a column of two or three words at 20 points.
        self.resize(max(self.sizeHint().width(), 40 * self.fontMetrics().averageCharWidth()), self.sizeHint().height())
        self.memo.show_for(code_id)
        self.memo.box.setFocus()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = str(self.ctx.language.language)
        name = read_now(self.ctx, lambda s: _name(s, self.code_id, lang))
        self.setWindowTitle(self.tr("Memo on the code %1").replace("%1", name))

    def done(self, result: int) -> None:
        if self.memo.settled():
            super().done(result)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CodebookError):
            raise exc
        say(self.error, lambda: self.tr("The code no longer exists (it was deleted or merged): the memo was not saved."))


def _name(s: OrmSession, code_id: str, lang: str) -> str:
    code = s.get(Code, code_id)
    return codebook.display_name(code, lang) if code is not None else ""


class CodeMemoAction(QObject):
    """The codebook tree's "Memo on the code…", in its context menu, for the current code."""

    def __init__(self, tree: QTreeView, ctx: AppContext) -> None:
        super().__init__(tree)
        self.tree, self.ctx = tree, ctx
        self.dialog: CodeMemoDialog | None = None
        self.action = QAction(tree)
        self.action.setObjectName("code_memo")
        self.action.triggered.connect(self.open)
        tree.addAction(self.action)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        keep_context_menu_room(tree)  # its words whole at 20 points
        tree.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Memo on the code…"))

    def open(self) -> None:
        code_id = self.tree.currentIndex().siblingAtColumn(0).data(CodeIdRole)
        if not code_id:
            return
        self.dialog = CodeMemoDialog(self.ctx, str(code_id), self.tree.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
