"""A window's first size, within the screen it opens on.

Sizes in Qt are logical pixels: a 1366x768 laptop at 150 % display scaling (common in the field) is a
screen of 911x512 of them, less the task bar, and at 125 % one of 1093x614. A window made 900x700 or
1180x760 there opened with its bottom (a dialog's OK and Cancel, the wizard's Next) under the task bar
or past the screen's edge, out of reach of the mouse and hard to find from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.qt_i18n import RTL_SIZE_BONUS

# What a window's frame and title bar take around its contents, which a window's size leaves out (on
# Windows at 150 %: about 8 logical pixels each side and 31 of title bar).
FRAME = QSize(16, 40)


def room(window: QWidget) -> QSize:
    """The largest contents size a window can have on its screen with its frame and title bar in view."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (a platform without one): nothing to fit into
        return QSize(10**6, 10**6)
    available = screen.availableGeometry().size()
    return QSize(max(available.width() - FRAME.width(), 1), max(available.height() - FRAME.height(), 1))


def fit_resize(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, or smaller where its screen is smaller."""
    most = room(window)
    window.resize(min(width, most.width()), min(height, most.height()))


def keep_on_screen(window: QWidget) -> None:
    """``window`` (made wider) moved back within its screen where its right edge went past it."""
    screen = window.screen()
    if screen is None:
        return
    available, frame = screen.availableGeometry(), window.frameGeometry()
    if frame.right() > available.right():
        window.move(max(available.left(), window.x() - (frame.right() - available.right())), window.y())


def text_scale(window: QWidget) -> float:
    """How many times the usual text size ``window``'s text is (Settings → Font size): 1.0 at the usual
    size (the system's, a point more in Arabic and Kurdish) or smaller."""
    usual = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        usual += RTL_SIZE_BONUS
    size = window.font().pointSizeF()
    return max(1.0, size / usual) if usual > 0 and size > 0 else 1.0


def fit_resize_for_text(window: QWidget, width: int, height: int) -> None:
    """``fit_resize`` of a size chosen for the usual text, grown with a larger text size, within the screen.
    Opened at the usual size at 20 points, a window wrapped its words into twice the lines and left its
    list or its page a strip (one copy of six, a passphrase page's hint cut at the fold) while the
    laptop's screen had room beside and below it."""
    scale = text_scale(window)
    fit_resize(window, round(width * scale), round(height * scale))


def grow_to_contents(window: QWidget) -> None:
    """``window`` made taller, within its screen, when what it shows now needs more height at its width
    than it has (a line shown after it opened: a refusal, a team file's key), and wider where the screen
    is not tall enough for it; never made smaller. A window
    keeps the height it opened with, and its wrapped words were squeezed into it, cut and drawn over each
    other."""
    layout = window.layout()
    if layout is None:
        return
    # The parts' layouts (inside a scroll area, say) are told of their new words by posted requests.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    # Taller than the screen: wider, within it, as far as the lines need (a form's narrow column of words
    # at 20 points in Kurdish wrapped into more lines than any screen holds, and was cut).
    most = room(window)
    while layout.hasHeightForWidth() and needed > most.height() and width < most.width():
        width = min(most.width(), width + 40)
        needed = layout.totalHeightForWidth(width)
    if needed > window.height() or width > window.width():
        fit_resize(window, width, max(needed, window.height()))
        keep_on_screen(window)
