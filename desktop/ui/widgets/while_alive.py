"""A connection to a signal of the application's (the language manager's, the data events') that lasts only
as long as the widget it serves.

A lambda connected to such a signal (``ctx.language.languageChanged.connect(lambda _l: self.retranslate())``)
was never disconnected: each survey import dialog made anew stayed connected after it was gone, ran again
on every language change, and touched a deleted widget there. Here the slot is called by a small object
that is the widget's child: it goes with the widget, and Qt drops its connection then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance


class _Relay(QObject):
    def __init__(self, owner: QObject, slot: Callable[[], object]) -> None:
        super().__init__(owner)
        self._slot = slot

    def fire(self, *_args: object) -> None:
        self._slot()


def while_alive(signal: SignalInstance, owner: QObject, slot: Callable[[], object]) -> None:
    """Call ``slot`` (without the signal's arguments) on each ``signal`` for as long as ``owner`` lives."""
    signal.connect(_Relay(owner, slot).fire)
