"""A codebook is arranged from the keyboard too: Alt+Shift+Up/Down move the selected code among its
siblings, Alt+Shift with the arrow that opens a code (Right, or Left in Arabic and Kurdish) puts it under
the code above, the other arrow takes it out of its parent; the same actions, named in the interface's
language, are in the tree's context menu (Menu key, Shift+F10). Before, dragging with the mouse was the
only way (DESIGN.md, Interface: "Every action reachable by keyboard")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def outline(store: Store) -> list[str]:
    """The codebook as indented English names, in order."""
    with store.session() as s:
        lines: list[str] = []

        def walk(nodes: list[codebook.CodeNode], depth: int) -> None:
            for node in nodes:
                lines.append("  " * depth + node.code.name_en)
                walk(node.children, depth + 1)

        walk(codebook.tree(s), 0)
        return lines


def press(page: CodebookPage, qtbot: QtBot, key: Qt.Key) -> None:
    loads = page.loads
    qtbot.keyClick(page.tree, key, ALT_SHIFT)
    qtbot.waitUntil(lambda: page.loads > loads and not page.busy.pending)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_codes_are_arranged_with_the_keyboard(lang: str, ctx: AppContext, manager: LanguageManager,
                                              store: Store, qtbot: QtBot) -> None:
    manager.set_language(lang)
    with store.transaction() as s:
        ids = {name: codebook.create_code(s, name_en=name, name_ar=f"{name} ع", name_ckb=f"{name} ک").id
               for name in ("Access", "Trust", "Youth")}
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(ids["Youth"])
    page.tree.setFocus()
    into, out = (Qt.Key.Key_Left, Qt.Key.Key_Right) if lang != "en" else (Qt.Key.Key_Right, Qt.Key.Key_Left)

    press(page, qtbot, Qt.Key.Key_Up)
    assert outline(store) == ["Access", "Youth", "Trust"]
    press(page, qtbot, into)
    assert outline(store) == ["Access", "  Youth", "Trust"]
    assert page.current_id() == ids["Youth"] and page.tree.isExpanded(page.model.index_for(ids["Access"]))
    press(page, qtbot, out)
    assert outline(store) == ["Access", "Youth", "Trust"]
    press(page, qtbot, Qt.Key.Key_Down)
    assert outline(store) == ["Access", "Trust", "Youth"]
    assert page.current_id() == ids["Youth"]

    # Where a code cannot go, the key does nothing: the last one down, a top-level one out.
    for key in (Qt.Key.Key_Down, out):
        qtbot.keyClick(page.tree, key, ALT_SHIFT)
        assert ctx.tasks.drain(10_000)
        assert outline(store) == ["Access", "Trust", "Youth"]

    # The same actions in the context menu, in the interface's language, with their keys.
    assert page.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    menu = {a.objectName(): a for a in page.tree.actions()}
    for name, source in (("move_code_up", "Move up"), ("move_code_down", "Move down"),
                         ("move_code_into", "Move under the code above"),
                         ("move_code_out", "Move out of its parent code")):
        text = menu[name].text()
        assert text == QApplication.translate("CodeMoves", source)
        assert (text == source) == (lang == "en"), (lang, text)
        assert not menu[name].shortcut().isEmpty()
