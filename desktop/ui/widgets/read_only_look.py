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

The style's ``polish`` gives every line edit and text box (QLineEdit, QTextEdit, QTextBrowser,
QPlainTextEdit) one shared event filter that follows ``ReadOnlyChange``, ``PaletteChange`` (a theme, a
parent's colours) and the ``reading`` mark: while the field shows read-only its palette's Base is the
window colour, and loses it again when unlocked (the parent's or application's comes back). What the
platform styles do with it (Qt's sources, qtbase src/plugins/styles/modernwindows):
- Fusion fills a line edit's panel with the option's Base; a text box's viewport fills itself with Base.
- windowsvista fills a line edit with the palette's Base only when its resolve mask has Base set
  (``isLineEditBaseColorSet``), else draws the theme's EDIT part: set here, so it does.
- windows11 fills a line edit with a fixed translucent WinUI colour whatever the Base, and with the
  palette's *Button* brush when the Base is set on it (``inputFillBrush``): a line edit gets Button too
  (only its clear and action buttons, which paint no panel, inherit it). Its text boxes draw their
  background in ``PE_Frame`` with the widget's Base (the viewport's own fill turned off): honoured.
No ``drawPrimitive`` of our own: a Python override there costs every primitive of every widget painted
(a grab of a form of 120 fields took 70 % longer).
A widget that sets its own Base keeps it (none in the app does; a warning's colours are other roles).

Widget-level style sheets remain (error labels, banners, notes): a widget with its own style sheet does
not take its parent's font or palette unless ``AA_UseStyleSheetPropagationInWidgetStyles`` is on (a
label with a style sheet of its own stayed at 9 pt when its parent was set to 27), so ``install`` still
turns it on. A child made after its parent's font changed still takes the application's font under a style
sheet of its own: set a font on the widget itself, not on a box that gets children later.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QTextEdit,
    QWidget,
)

READING = "reading"  # a widget property: a text to read, not a field
_OURS = "_majlis_read_only_base"  # a text box's Base was set here (and is taken away here)

_BASE = QPalette.ColorRole.Base
_WINDOW = QPalette.ColorRole.Window
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_LINE_ROLES = (_BASE, QPalette.ColorRole.Button)
_FOLLOWED = (QEvent.Type.ReadOnlyChange, QEvent.Type.PaletteChange)
_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)


def _bits(roles: tuple[QPalette.ColorRole, ...]) -> int:
    """A palette's resolve-mask bits of ``roles`` in every group, as Qt numbers them (asked of Qt: the
    numbering is Qt's own, not the enums' values)."""
    palette = QPalette()
    for group in _GROUPS:
        for role in roles:
            palette.setBrush(group, role, palette.brush(group, role))
    return palette.resolveMask()


def _shows_read_only(field: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    """Read-only, not a text to read, and not coloured by the widget itself."""
    if not field.isReadOnly() or field.property(READING):
        return False
    return bool(field.property(_OURS)) or not field.palette().isBrushSet(QPalette.ColorGroup.Active, _BASE)


def _roles(field: QWidget) -> tuple[QPalette.ColorRole, ...]:
    # windows11 fills a line edit whose Base is set with the palette's Button brush (inputFillBrush)
    return _LINE_ROLES if isinstance(field, QLineEdit) else (_BASE,)


def _follow(field: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
    """Give ``field`` the window's colour as its Base while it shows read-only, take it away after."""
    palette = field.palette()
    ours = bool(field.property(_OURS))
    if _shows_read_only(field):
        roles = _roles(field)
        if ours and all(palette.brush(g, role) == palette.brush(g, _WINDOW) for g in _GROUPS for role in roles):
            return  # already so (this is also the PaletteChange our own setPalette sends)
        looked = QPalette(palette)
        for group in _GROUPS:
            for role in roles:
                looked.setBrush(group, role, palette.brush(group, _WINDOW))
        field.setProperty(_OURS, True)
        field.setPalette(looked)
    elif ours:
        _drop_colours(field)


def _drop_colours(field: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
    """The colours set here taken away: ``field`` takes its parent's (or the application's) again."""
    inherited = QPalette(field.palette())
    inherited.setResolveMask(inherited.resolveMask() & ~_bits(_roles(field)))
    field.setProperty(_OURS, False)
    field.setPalette(inherited)


class _FieldFollower(QObject):
    """One event filter for every field: its read-only state, its colours and the reading mark."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        followed = kind in _FOLLOWED or (kind == QEvent.Type.DynamicPropertyChange
                                         and event.propertyName().data() == READING.encode())  # type: ignore[attr-defined]
        if followed and isinstance(watched, _FIELDS):
            _follow(watched)
        return False


class ReadOnlyLook(QProxyStyle):
    """The platform's style, with read-only fields in the window's colour (see the module's text)."""

    def __init__(self, base_key: str) -> None:
        if base_key:
            super().__init__(base_key)  # a new instance of the same style, owned by this proxy
        else:
            super().__init__()  # the platform's default style
        self.follower = _FieldFollower(self)

    def polish(self, target: Any) -> Any:  # QWidget, QApplication or QPalette (one Python method for all)
        done = super().polish(target)
        if isinstance(target, _FIELDS):
            target.installEventFilter(self.follower)
            _follow(target)
        return done

    def unpolish(self, target: Any) -> Any:  # QWidget or QApplication
        if isinstance(target, _FIELDS):
            target.removeEventFilter(self.follower)
            if target.property(_OURS):
                _drop_colours(target)
        return super().unpolish(target)


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
