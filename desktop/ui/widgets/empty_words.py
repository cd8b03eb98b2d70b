"""Words in the middle of a list while it holds no rows: what will be there, or why nothing is.

On a new database the Sessions, Participants and Organisations pages were a table's headings over an
empty white box: nothing said what the list was for or how to start one (a "0 sessions" in a corner at
most). ``EmptyWords(view, words)`` puts a line in the middle of ``view`` while its model has no rows,
in the placeholder colour, and takes it away when a row comes; ``words`` is a function that makes the
line in the language of the moment (``lambda: self.tr(…)``, desktop/ui/widgets/live_words.py), asked
again on a language switch and whenever the rows change (a page may say one thing when nothing is
held and another when its filters hide everything). Clicks go through to the view.

With ``keep_height=True`` (a page whose frame scrolls) the view keeps, while the words show, the height
they need: at 24 points on a laptop at 150 % the Sessions page's buttons, search, filters and dates left
its table a strip that cut the words above and below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

MARGIN = 12


class EmptyWords(WordWrapLabel):
    def __init__(self, view: QAbstractItemView, words: Words, *, keep_height: bool = False) -> None:
        super().__init__(view.viewport())
        self.keep_height = keep_height
        self.own_minimum = view.minimumHeight()  # the view's own, given back once rows come
        self.setObjectName("empty_words")
        self.view = view
        self.words = words
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # as a field's placeholder: not content
        view.viewport().installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self._place())
        model = view.model()
        assert model is not None, "EmptyWords needs the view's model set first"
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self, *_: object) -> None:
        """Shown, in the words of the moment, while the view has no rows; hidden (and blank, so that a
        walk over the window's texts meets no stale line) once it has some."""
        model = self.view.model()
        text = self.words() if model is not None and model.rowCount() == 0 else ""
        self.setText(text)
        self.setVisible(bool(text))
        self._place()

    def _place(self) -> None:
        if self.text():
            self.setGeometry(self.view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        if self.keep_height:
            self._keep_height()

    def _keep_height(self) -> None:
        """The view at least as tall as the words need, beside its header, frame and scroll bar."""
        least = self.own_minimum
        # Out of sight (a tab behind another) the view's width is not yet its own (98 pixels before a
        # tab was first shown): the words measured there asked for 700 pixels at 20 points and made
        # every tab of a roundtable's editor that tall. Kept once the view shows.
        if self.text() and self.view.isVisible():
            viewport = self.view.viewport()
            need = self.heightForWidth(max(viewport.width() - 2 * MARGIN, 1)) + 2 * MARGIN
            least = max(least, need + self.view.height() - viewport.height())
        if self.view.minimumHeight() != least:
            self.view.setMinimumHeight(least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                                 QEvent.Type.Hide):
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.follow()
