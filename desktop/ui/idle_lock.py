"""Idle auto-lock: any keyboard or mouse input anywhere in the app restarts a single timer.

The input is watched on the top-level windows (``QWindow``), where the platform delivers it before
Qt hands it to a widget, not by an application-wide event filter: a filter on the application is
called, in Python, for every event of every object (thousands while a page builds its widgets),
which doubled the cost of building a page.

Some work must not be locked in its middle: a passphrase change (the re-key of a 200 MB database took
20 seconds) ran on behind the lock, and the lock screen then took the old passphrase until the last
page was written and the new one only from then on. ``hold`` makes ``idle`` wait: a delay that runs
out meanwhile locks at ``release``, unless someone touched the laptop in between.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

from desktop.ui.settings_store import IDLE_LOCK_MINUTES, SettingsStore

SETTING = IDLE_LOCK_MINUTES.key
DEFAULT_MINUTES = IDLE_LOCK_MINUTES.default
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def configured_minutes(settings: QSettings | None = None) -> int:
    """The idle-lock delay from the settings store (validated there, default when unreadable)."""
    return SettingsStore(settings).idle_lock_minutes


class IdleLock(QObject):
    """Emits ``idle`` after ``interval_ms`` without input. 0 disables it."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self._holds = 0
        self._due = False  # the delay ran out during a hold: lock at its release
        self.set_interval(interval_ms)
        self._installed = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Typing goes to the focused window, and a click on another window focuses it: every
            # window a person works in is watched from the moment it first has the focus.
            app.focusWindowChanged.connect(self.watch)
            self._installed = True
            for window in (*app.topLevelWindows(), app.focusWindow()):
                self.watch(window)

    @classmethod
    def from_settings(cls, parent: QObject | None = None) -> IdleLock:
        return cls(configured_minutes() * 60_000, parent)

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(max(0, interval_ms))
        self.restart()

    def restart(self) -> None:
        self._due = False
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def pause(self) -> None:
        """While locked there is nothing to lock again."""
        self._due = False
        self.timer.stop()

    def hold(self) -> None:
        """Work that must not be locked in its middle has begun: ``idle`` waits for ``release``."""
        self._holds += 1

    def release(self) -> None:
        """That work ended: if the delay ran out meanwhile (nobody touched the laptop), ``idle`` now."""
        self._holds = max(0, self._holds - 1)
        if not self._holds and self._due:
            self._due = False
            self.idle.emit()

    def is_due(self) -> bool:
        """The delay ran out during a hold: the lock waits for its end."""
        return self._due

    def _timed_out(self) -> None:
        if self._holds:
            self._due = True
        else:
            self.idle.emit()

    def watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing it again only moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and (self.timer.isActive() or self._due):
            self._due = False  # someone is here: the delay starts again
            self.timer.start()
        return False

    def uninstall(self) -> None:
        app = QGuiApplication.instance()
        if self._installed and isinstance(app, QGuiApplication):
            self._installed = False
            app.focusWindowChanged.disconnect(self.watch)
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
