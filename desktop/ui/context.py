"""What every page and dialog is handed: the open store and the app-wide services (no global singleton)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner

# LocalState key: the name of the person using this database (facilitator, coder), kept apart from
# the laptop's device name.
PERSON_NAME_STATE = "person_name"


class DataEvents(QObject):
    """Pages announce what they changed; others refresh (Anki's op_executed, in small).

    ``changed`` carries the set of table names touched, e.g. {"session", "transcript_turn"}; from an
    operation it is a ``change_set.Touched``, which also names the sessions whose rows were written
    (``change_set.concerns_session``), so a view of one session can let another's saves pass.
    """

    changed = Signal(object)
    #: A page asks for a session's text to be opened for coding (session id, segment id or "").
    #: The main window opens it: pages do not import each other.
    openCoding = Signal(str, str)
    #: A page asks for a code to be shown on the Codebook page (a memo on it found by search).
    openCode = Signal(str)
    #: The database's passphrase is being changed (Settings → Change passphrase…): the idle lock waits
    #: for the end, which ``keyChangeEnded`` says (True: the file now opens with the new passphrase only).
    keyChangeStarted = Signal()
    keyChangeEnded = Signal(bool)
    #: The main window is locking: a passphrase typed in a dialog is not kept behind the lock.
    locking = Signal()


@dataclass
class AppContext:
    store: Store
    language: LanguageManager
    tasks: TaskRunner
    events: DataEvents = field(default_factory=DataEvents)
    user_name: str = ""
    demo: bool = False
    #: The unlock window a restore from Settings hands the database over to (``app.show_unlock``: path,
    #: language manager, holder -> window). Set by ``app.make_context``: Settings cannot import the app,
    #: which builds every page; a context made without it (a test of one page) cannot restore.
    show_unlock: Callable[..., Any] | None = None
