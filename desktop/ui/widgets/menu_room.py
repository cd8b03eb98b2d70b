"""A menu as wide as its items' words at any text size, in any language.

Qt's Fusion style (Majlis on Linux) measures a menu item with a narrow check column and draws it with
one of 0.79 of the item's height, which grows with the text; the words are cut in the middle to what is
left ("En…sh" at 20 points, "Export REFI…DA project…"), and a submenu's arrow, half the item's height,
stands on the last letters. Before the menu opens, ``make_room`` widens it by that much: the check
column and the arrow as wide as the item is tall. A style that measures what it draws (Windows) only
gains a little room at the far end."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionMenuItem, QWidget

MARGINS = 24  # pixels: the item's margins and right border (Fusion's come to 20)


def words_of(text: str) -> str:
    """An item's words as shown: its mnemonic marks gone, "&&" an ampersand."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def make_room(menu: QMenu) -> None:
    """Widen ``menu`` (at least) to its longest item's words and shortcut, a check column and a
    submenu's arrow as wide as the item is tall."""
    metrics = menu.fontMetrics()
    words = keys = tallest = 0
    submenu = False
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = words_of(action.text())
        words = max(words, metrics.horizontalAdvance(text))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        keys = max(keys, metrics.horizontalAdvance(shortcut) + metrics.horizontalAdvance("  ") if shortcut else 0)
        submenu = submenu or action.menu() is not None
        option = QStyleOptionMenuItem()
        menu.initStyleOption(option, action)  # reads no item's place: those are laid out after this
        size = menu.style().sizeFromContents(QStyle.ContentsType.CT_MenuItem, option,
                                             QSize(metrics.horizontalAdvance(text), metrics.height()), menu)
        tallest = max(tallest, size.height())
    if not words:
        return
    frame = 2 * (menu.style().pixelMetric(QStyle.PixelMetric.PM_MenuPanelWidth, None, menu)
                 + menu.style().pixelMetric(QStyle.PixelMetric.PM_MenuHMargin, None, menu))
    margins = menu.contentsMargins()
    width = (words + keys + tallest + (tallest // 2 if submenu else 0) + MARGINS
             + frame + margins.left() + margins.right())
    if width != menu.minimumWidth():
        menu.setMinimumWidth(width)
        # The menu lays its items out again only when told its font or style changed.
        QCoreApplication.sendEvent(menu, QEvent(QEvent.Type.FontChange))


def keep_room(menu: QMenu) -> QMenu:
    """``make_room`` each time ``menu`` opens (its words and the text size may have changed)."""
    menu.aboutToShow.connect(lambda: make_room(menu))
    return menu


class _ContextMenuRoom(QObject):
    """Keeps room in the menus Qt makes for a widget's context menu (ActionsContextMenu: a new menu, the
    widget's child, each time), caught as the widget hears the menu is polished, before it opens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QMenu) and not child.property(_KEPT):
                child.setProperty(_KEPT, True)
                keep_room(child)
        return False


_KEPT = "majlis_menu_room"


def keep_context_menu_room(widget: QWidget) -> None:
    """The context menu Qt makes of ``widget``'s actions holds their words whole (``make_room``)."""
    if not widget.property(_KEPT):
        widget.setProperty(_KEPT, True)
        widget.installEventFilter(_ContextMenuRoom(widget))
