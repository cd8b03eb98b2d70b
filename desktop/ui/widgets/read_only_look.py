"""Read-only fields look read-only, everywhere in the app.

Qt paints a read-only QLineEdit or QTextEdit on the same white as an editable one: a finalised
session's fields, the centre's codes and consent form on a laptop, a path chosen with a button all
looked as if they took typing, and took none. Every read-only field takes the window's colour
instead of the base colour, at once when it is locked or unlocked, following the system's colours and
a dark theme. Texts that are there to be read, never typed in (the coding window's text, help,
licences), are marked with ``mark_reading`` and keep the base colour.

Drawn by the application's style (``ReadOnlyLook``, a QProxyStyle over whatever style the platform
gives: Fusion here, windowsvista or windows11 on Windows), not by an application style sheet: any
application style sheet makes Qt style every widget through QStyleSheetStyle and restyle a whole tree
whenever it is moved to a new parent; without it the main window built in 26 ms instead of 43 ms and
every page about a quarter faster (benchmarks/bench_windows.py).

- A line edit's panel is painted read-only at paint time (``drawPrimitive(PE_PanelLineEdit)``, asked
  of the widget each time, as the style sheet's ``:read-only`` was): the panel is drawn by the base
  style with the window's colour given as its Base and Button. Not a palette set on the widget: the
  windows11 style (qwindows11style.cpp, ``inputFillBrush``) fills a line edit with a fixed translucent
  WinUI colour whatever the Base, and with the palette's *Button* brush when a Base is set on it, so a
  Base alone would not show there. Fusion fills the panel with the option's Base; windowsvista uses the
  option's Base when its resolve mask has Base set (``isLineEditBaseColorSet``), else the theme's
  EDIT part: the copy given to the base style has both set.
- A text box (QTextEdit, QTextBrowser, QPlainTextEdit) is painted by its viewport's background
  (Fusion, windowsvista: the viewport fills itself with Base) or by the style's ``PE_Frame`` with the
  widget's Base (windows11 turns the viewport's own fill off): both honour a Base set on the widget, so
  the widget gets one, the window colour, while it is read-only (one event filter for all text boxes
  follows ``ReadOnlyChange``, ``PaletteChange`` -- a theme or a parent's colours -- and the ``reading``
  mark), and loses it again when unlocked.
A widget that sets its own Base keeps it (none in the app does; a warning's colours are other roles).

Widget-level style sheets remain (error labels, banners, notes): a widget with its own style sheet does
not take its parent's font or palette unless ``AA_UseStyleSheetPropagationInWidgetStyles`` is on (an
error label on the consent form stayed at 9 pt when the form was set to 18), so ``install`` still turns
it on. A child made after its parent's font changed still takes the application's font under a style
sheet of its own: set a font on the widget itself, not on a box that gets children later.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

READING = "reading"  # a widget property: a text to read, not a field
_OURS = "_majlis_read_only_base"  # a text box's Base was set here (and is taken away here)

_BASE = QPalette.ColorRole.Base
_WINDOW = QPalette.ColorRole.Window
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
# A palette's resolve mask has one bit per (group, role): role + number of roles x group.
_BASE_BITS = sum(1 << (_BASE.value + QPalette.ColorRole.NColorRoles.value * group.value) for group in _GROUPS)
_FOLLOWED = (QEvent.Type.ReadOnlyChange, QEvent.Type.PaletteChange)
_TEXT_BOXES = (QTextEdit, QPlainTextEdit)


def _shows_read_only(widget: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    """Read-only, not a text to read, and not coloured by the widget itself."""
    if not widget.isReadOnly() or widget.property(READING):
        return False
    return bool(widget.property(_OURS)) or not widget.palette().isBrushSet(QPalette.ColorGroup.Active, _BASE)


def _follow(box: QTextEdit | QPlainTextEdit) -> None:
    """Give ``box`` the window's colour as its Base while it shows read-only, take it away after."""
    palette = box.palette()
    ours = bool(box.property(_OURS))
    if _shows_read_only(box):
        if ours and all(palette.brush(g, _BASE) == palette.brush(g, _WINDOW) for g in _GROUPS):
            return  # already so (this is also the PaletteChange our own setPalette sends)
        looked = QPalette(palette)
        for group in _GROUPS:
            looked.setBrush(group, _BASE, palette.brush(group, _WINDOW))
        box.setProperty(_OURS, True)
        box.setPalette(looked)
    elif ours:
        _drop_base(box)


def _drop_base(box: QTextEdit | QPlainTextEdit) -> None:
    """The Base set here taken away: ``box`` takes its parent's (or the application's) again."""
    inherited = QPalette(box.palette())
    inherited.setResolveMask(inherited.resolveMask() & ~_BASE_BITS)
    box.setProperty(_OURS, False)
    box.setPalette(inherited)


class _TextBoxFollower(QObject):
    """One event filter for every text box: its read-only state, its colours and the reading mark."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        followed = kind in _FOLLOWED or (kind == QEvent.Type.DynamicPropertyChange
                                         and event.propertyName().data() == READING.encode())  # type: ignore[attr-defined]
        if followed and isinstance(watched, _TEXT_BOXES):
            _follow(watched)
        return False


class ReadOnlyLook(QProxyStyle):
    """The platform's style, with read-only fields in the window's colour (see the module's text)."""

    def __init__(self, base_key: str) -> None:
        if base_key:
            super().__init__(base_key)  # a new instance of the same style, owned by this proxy
        else:
            super().__init__()  # the platform's default style
        self.follower = _TextBoxFollower(self)

    def polish(self, target: Any) -> Any:  # QWidget, QApplication or QPalette (one Python method for all)
        done = super().polish(target)
        if isinstance(target, _TEXT_BOXES):
            target.installEventFilter(self.follower)
            _follow(target)
        return done

    def unpolish(self, target: Any) -> Any:  # QWidget or QApplication
        if isinstance(target, _TEXT_BOXES):
            target.removeEventFilter(self.follower)
            if target.property(_OURS):
                _drop_base(target)
        return super().unpolish(target)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if (element == QStyle.PrimitiveElement.PE_PanelLineEdit and isinstance(widget, QLineEdit)
                and isinstance(option, QStyleOptionFrame) and _shows_read_only(widget)):
            option = QStyleOptionFrame(option)
            palette = QPalette(option.palette)
            for group in _GROUPS:
                window = palette.brush(group, _WINDOW)
                palette.setBrush(group, _BASE, window)
                palette.setBrush(group, QPalette.ColorRole.Button, window)  # what windows11 fills with
            option.palette = palette
        super().drawPrimitive(element, option, painter, widget)


_installed: list[ReadOnlyLook] = []  # the style object stays alive as long as the application uses it


def install() -> None:
    """Make the running application's style the read-only look over its current style (once)."""
    app = QApplication.instance()
    # A widget with a style sheet of its own takes its parent's font and palette as without one.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    if isinstance(app, QApplication) and not isinstance(app.style(), ReadOnlyLook):
        look = ReadOnlyLook(app.style().name())
        _installed.append(look)
        app.setStyle(look)


def mark_reading(widget: QWidget) -> None:
    """``widget`` shows a text to read: read-only, but not a field (keeps the base colour)."""
    widget.setProperty(READING, True)
