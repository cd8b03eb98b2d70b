"""Erased words still in the database file, because the purge after the erasure found no room.

An erasure (a withdrawal of everything, the end of a study) is committed first, then the file is
rebuilt so that the erased bytes leave it (``erasure_file``). A full or read-only disk refuses the
rebuild: the erasure stands, the purge stays pending (``erasure_file.NotPurged``). The app then said
"nothing was erased", which was false, and nothing ever purged the file afterwards. Now the window
says what was erased and that the file is cleared once there is room, and every start tries the
pending purge again on the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core import erasure_file
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets import live_status


def not_purged_words() -> str:
    """The second half of the line said after an erasure whose purge was refused."""
    return QCoreApplication.translate(
        "PendingPurge", "The disk refused to clear the erased words out of the database file (it is full or "
        "read-only): free some space; Majlis clears them when it next starts.")


def finish_at_start(ctx: AppContext, window: QWidget) -> None:
    """A purge left pending by a full disk is done now, on the worker; still refused, it is said."""

    def op(store: Store) -> bool | None:
        return erasure_file.finish_pending_purge(store)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, EnvironmentProblem):
            raise exc
        live_status.show(window, not_purged_words)

    CollectionOp.on_store(ctx, op).failure(failed).run_in_background()
