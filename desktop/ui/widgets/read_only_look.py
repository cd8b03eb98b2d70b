"""Read-only fields look read-only, everywhere in the app.

Qt paints a read-only QLineEdit or QTextEdit on the same white as an editable one: a finalised
session's fields, the centre's codes and consent form on a laptop, a path chosen with a button all
looked as if they took typing, and took none. One application style sheet gives every read-only
field the window's colour instead of the base colour (``:read-only`` is a state, so a field locked or
unlocked later follows at once; ``palette()`` follows the system's colours and a dark theme).

Qt turns off font and palette propagation from a widget to its children as soon as the application has
a style sheet (a consent form's 18 pt text fell back to 9 pt; a bigger heading box, a warning's
colours reached nothing inside them): ``install`` turns it back on
(``AA_UseStyleSheetPropagationInWidgetStyles``) for the children a widget has when its font or colours
change. A child made after such a change still takes the application's font (a Qt limit under any
style sheet): set a font on the widget itself, not on a box that gets children later.

Texts that are there to be read, never typed in (the coding window's text, help, licences), are
marked with ``mark_reading`` and keep the base colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

READING = "reading"  # a widget property: a text to read, not a field

STYLE = (
    "QLineEdit:read-only, QTextEdit:read-only, QPlainTextEdit:read-only"
    " { background-color: palette(window); }\n"
    f'QTextEdit[{READING}="true"]:read-only, QPlainTextEdit[{READING}="true"]:read-only'
    " { background-color: palette(base); }\n"
)


def install() -> None:
    """Add the style to the running application's style sheet (once)."""
    app = QApplication.instance()
    # Before the style sheet: a parent's font and palette reach its children as without one.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    if isinstance(app, QApplication) and STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + STYLE)


def mark_reading(widget: QWidget) -> None:
    """``widget`` shows a text to read: read-only, but not a field (keeps the base colour). Call it
    before the widget is first shown (style sheets read properties when a widget is polished)."""
    widget.setProperty(READING, True)
