"""The keyboard-first code picker (Ctrl+K): type to filter, arrows to choose, Enter to apply."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.ui.models.code_tree import CodeIdRole, CodeListModel, Row
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.text_direction import cells_follow_their_text


class CodePicker(QFrame):
    chosen = Signal(str)  # code id

    def __init__(self, lang: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = CodeListModel(lang)  # type: ignore[arg-type]
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.marks_only = FieldError(self)  # the search needs letters: marks alone find no code
        self.marks_only.describe(self.filter)
        self.list = QListView()
        cells_follow_their_text(self.list)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(160)
        # A code's path ('Electoral system › Drawing of districts') wraps, its own name at the end in sight:
        # at 20 points on a laptop the list scrolled sideways with that end cut.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.activated.connect(lambda index: self._choose(index.row()))
        self.filter.textChanged.connect(self._filtered)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)  # Escape closes the picker from its list too (Tab goes there)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.marks_only)
        layout.addWidget(self.list)
        EmptyWords(self.list, self._nothing_words)  # no code yet, or none matching what is typed
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to find a code, Enter to apply"))
        self.filter.setAccessibleName(self.tr("Find a code"))
        self.list.setAccessibleName(self.tr("Matching codes"))

    def _nothing_words(self) -> str:
        if self.filter.text().strip():
            return self.tr("No code matches what is typed.")
        return self.tr("No codes yet. Ctrl+I makes one of the selected words.")

    def reload(self, rows: list[Row]) -> None:
        self.model.reload(rows)
        self._select_first()

    def open(self) -> None:
        self.filter.clear()
        self.model.set_filter("")
        say_if_only_marks(self.marks_only, "")
        self._select_first()
        self.show()
        self.raise_()
        self.filter.setFocus()

    def _filtered(self, text: str) -> None:
        self.model.set_filter(text)
        say_if_only_marks(self.marks_only, text)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _focus_left(self, event: QFocusEvent) -> None:
        """A click in the text or the codebook, Tab out, another window: the picker closes, as a
        popup would (it stayed open over the text, its filter still taking Enter). Tab between its
        filter and its list, or the filter's own context menu, keep it."""
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return
        now = QApplication.focusWidget()  # Qt names the widget taking focus before saying it left
        if now is None or (now is not self and not self.isAncestorOf(now)):
            self.hide()

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            code_id = str(self.model.index(row, 0).data(CodeIdRole))
            self.hide()
            self.chosen.emit(code_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self._focus_left(event)
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self.hide()
            return True
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex().row())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, self.list.currentIndex().row() + step))
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)
