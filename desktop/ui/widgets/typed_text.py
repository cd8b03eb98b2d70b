"""Everything typed into a form, as plain text: what a person may still copy out of a window that
can no longer save (``unsaved_text.UnsavedTextDialog``).

Read from the widgets themselves, not from an editor's model of them: whatever form is open, the
text on screen is what the person typed, saved or not. In Tab order (the order the person filled it
in), each field under its name; tables row by row, their cells separated by tabs (a spreadsheet
or a word processor takes them back as a table).
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def typed_text(root: QWidget) -> str:
    """The text of ``root``'s line edits, text boxes and tables (empty ones left out), in Tab order."""
    parts = [part for widget in _in_tab_order(root) if (part := _text_of(widget))]
    return "\n\n".join(parts)


def _in_tab_order(root: QWidget) -> Iterator[QWidget]:
    """``root``'s descendants in Tab order, then those outside the Tab chain (in creation order)."""
    seen: set[int] = set()  # by the C++ object: PySide may hand out a new wrapper for it each time
    widget = root.nextInFocusChain()
    while widget is not None and _address(widget) != _address(root) and _address(widget) not in seen:
        seen.add(_address(widget))
        if root.isAncestorOf(widget):
            yield widget
        widget = widget.nextInFocusChain()
    for widget in root.findChildren(QWidget):
        if _address(widget) not in seen:
            seen.add(_address(widget))
            yield widget


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.text().strip():
            return ""  # a passphrase is never shown again
        if isinstance(widget.parentWidget(), QAbstractItemView) or _inside_spin_or_combo(widget):
            return ""  # a cell being edited (its table gives it) or a number/list choice
        return f"{_name_of(widget)}\n{widget.text()}".strip()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.toPlainText()
        return f"{_name_of(widget)}\n{text}".strip() if text.strip() else ""
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # a header: its table's model
        return _table_text(widget)
    return ""


def _inside_spin_or_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and parent.metaObject().className() in {"QComboBox", "QSpinBox", "QDoubleSpinBox",
                                                                       "QDateEdit", "QTimeEdit", "QDateTimeEdit"}


def _table_text(view: QAbstractItemView) -> str:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return ""
    columns = [c for c in range(model.columnCount()) if not _hidden_column(view, c)]
    heading = "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
    rows = []
    for r in range(model.rowCount()):
        cells = [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns]
        if any(cell.strip() for cell in cells):
            rows.append("\t".join(cell.replace("\n", " ") for cell in cells))
    if not rows:
        return ""
    name = _name_of(view)
    return "\n".join(([name] if name else []) + ([heading] if heading.strip() else []) + rows)


def _hidden_column(view: QAbstractItemView, column: int) -> bool:
    hidden = getattr(view, "isColumnHidden", None)
    return bool(hidden(column)) if hidden is not None else False


def _name_of(widget: QWidget) -> str:
    """The field's name: its label (a QLabel whose buddy it is), else its accessible name."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").rstrip(":：")
    return widget.accessibleName()
