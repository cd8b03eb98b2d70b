"""An import that Majlis was closed in the middle of, said at the next start.

Closing the window during an import of two hundred bundles left the import running with no window
(the process carried on, or was ended mid-file at exit), and at the next start nothing said how far
it had got. Now the close stops the import after the file being read (each bundle is imported whole
or not at all), waits for it, and keeps the run's tally in the database's local state; the Sync page
of the next start says the import was stopped by the close, how many files were read and what came
of them, and that choosing the files again goes on (those already imported are recognised).
"""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtCore import QObject

from desktop.core.db import Store
from desktop.ui.sync.import_report import ImportTally

STATE = "sync_import_stopped_by_close"  # counts only: no file names, no participant data


def remember(store: Store, tally: ImportTally) -> None:
    store.set_state(STATE, json.dumps(dataclasses.asdict(tally)))


def take(store: Store) -> ImportTally | None:
    """The tally kept at the last close, once (it is cleared as it is read)."""
    kept = store.get_state(STATE)
    if not kept:
        return None
    store.set_state(STATE, "")
    try:
        return ImportTally(**json.loads(kept))
    except (ValueError, TypeError):  # written by another version: nothing sure to say
        return None


class ClosedImportWords(QObject):
    def heading(self, read_any: bool = True) -> str:
        """``read_any``: a file was read before the import stopped (none when Majlis was closed while the
        files chosen were still being looked at: no "file being read" to name)."""
        if not read_any:
            return self.tr("Majlis was closed during the last import.")
        return self.tr("Majlis was closed during the last import, which stopped after the file being read.")

    def close_cancelled(self) -> str:
        """Said in the window whose close stopped the import, once the close was cancelled."""
        return self.tr("Majlis began to close, so the import stopped after the file being read; the close was "
                       "then cancelled.")
