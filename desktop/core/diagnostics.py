"""What an IT helper needs to know about an installation, and nothing about its data.

Settings → "Copy diagnostics" puts this on the clipboard: versions (Majlis, Python, Qt, SQLCipher),
the system, whether it runs frozen, and where the database, backups, settings and crash log are.
No counts, names, team names, keys or texts: only facts about the installation.
"""

from __future__ import annotations

import platform
import sys

from desktop import __version__
from desktop.core import app_paths, migrate
from desktop.core.backups import backup_dir
from desktop.core.db import Store


def sqlcipher_version(store: Store) -> str:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else "unknown"


def diagnostics(store: Store | None, qt_version: str = "") -> dict[str, str]:
    info = {
        "Majlis": __version__,
        "Python": platform.python_version(),
        "Qt": qt_version or "-",
        "System": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Frozen": "yes" if getattr(sys, "frozen", False) else "no",
        "Data folder": str(app_paths.data_dir()),
        "Settings": str(app_paths.settings_dir()),
        "Crash log": str(app_paths.crash_log_path()),
    }
    if store is not None:
        info["Database"] = str(store.path)
        info["Backups"] = str(backup_dir(store.path))
        info["Schema revision"] = str(migrate.current_revision(store.engine))
        info["SQLCipher"] = sqlcipher_version(store)
    return info


def as_text(info: dict[str, str]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in info.items()) + "\n"
