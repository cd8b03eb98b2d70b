"""A choice box narrowed by typing: the Outreach form's Organisation and Recommendation boxes.

A centre with hundreds of organisations scrolled one long list to find the one a meeting was held with.
Now what is typed in the box lists the names holding it anywhere, folded as the app's other filters fold
Arabic and Kurdish ("امل" finds "جمعية الأمل", ک/ی typed as ك/ي); the list offers them under the box,
arrows and Enter (or a click) choose one. The box's first item ("— none —", data "") stays a choice: chosen,
the box is left empty (its placeholder says none), as an emptied box is none. A typed name that is no item's is no choice (``chosen`` gives None): the form
refuses it rather than keep the organisation shown before the typing.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.i18n.normalise import normalise_for_search


def narrowed_by_typing(box: QComboBox) -> None:
    """Make ``box`` editable, its list of completions the items whose text holds what is typed."""
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed name never becomes an item
    names = QStringListModel(box)
    completer = QCompleter(names, box)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the model is the filter
    box.setCompleter(completer)
    edit = box.lineEdit()
    assert edit is not None

    def typed(text: str) -> None:
        names.setStringList(matching([box.itemText(i) for i in range(1, box.count())], text))
        if text.strip() and names.rowCount():
            completer.complete()  # the popup under the box, the keyboard staying in it
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    edit.textEdited.connect(typed)

    def none_empty(index: int) -> None:
        """None chosen: the box empty, its placeholder saying "none" (the form sets it in the language
        shown), so what is typed is not added to the words "— none —"."""
        if index == 0 and box.currentText():
            box.setEditText("")

    box.currentIndexChanged.connect(none_empty)


def matching(names: list[str], typed: str) -> list[str]:
    """The ``names`` holding ``typed`` anywhere, folded for search; none for nothing typed."""
    needle = normalise_for_search(typed).strip()
    if not needle:
        return []
    return [name for name in names if needle in normalise_for_search(name)]


def chosen(box: QComboBox) -> str | None:
    """The data of the item the box's text names ("" for none, or for the box emptied), None for a typed
    name that is no item's."""
    text = box.currentText().strip()
    if not text:
        return ""
    if box.currentIndex() >= 0 and box.itemText(box.currentIndex()) == text:
        return str(box.currentData() or "")
    index = box.findText(text)
    return str(box.itemData(index) or "") if index >= 0 else None
