"""The demo database: a fresh encrypted store with generated sessions, removed when the app exits.

Its own module so that both the app shell (``--demo``, the smoke test) and the first-run wizard
("try the demo") use it without the wizard importing the shell that opens it. The app shell imports
this module before the unlock window shows, so its own imports wait until a demo is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def create_demo_store() -> Any:
    """A demo database in a fresh temporary folder, removed at exit. Still encrypted, with a random key."""
    import atexit
    import secrets
    import shutil
    import tempfile

    from desktop.core import demo
    from desktop.core.db import create_store

    folder = Path(tempfile.mkdtemp(prefix="majlis-demo-"))
    store = create_store(folder / "demo.db", secrets.token_urlsafe(24), demo_device_name())
    demo.generate(store, sessions=40, seed=1)

    def cleanup() -> None:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(cleanup)
    return store


def demo_device_name() -> str:
    """The demo laptop's name in the interface's language when the demo is made: it is data (kept in
    the database, shown in the status bar, sent in bundles), so it stays as made if the language
    changes later, but an Arabic or Kurdish user's first look is not an English name."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DemoStore", "demo laptop")
