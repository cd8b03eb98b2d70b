"""Where Majlis keeps a user's data, computed without Qt.

The desktop app asks Qt (``QStandardPaths.AppDataLocation`` with organisation and application
both "Majlis"); ``majlis-cli`` must name the same folder without importing Qt, so this module
follows Qt's rules per system (tests/test_app_paths.py compares the two):

- Windows: ``%APPDATA%\\Majlis\\Majlis`` (the roaming profile: it follows a user between PCs);
- macOS: ``~/Library/Application Support/Majlis/Majlis``;
- Linux and others: ``$XDG_DATA_HOME/Majlis/Majlis``, by default ``~/.local/share/Majlis/Majlis``.

The folder holds the database (``majlis.db``), its backups (``majlis.db.backups/``), the settings
(``settings/Majlis/Majlis.ini``) and the crash log (``crash.log``). The installer never writes
there and its uninstaller never deletes it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "Majlis"
APPLICATION = "Majlis"
DB_FILE = "majlis.db"
CRASH_LOG = "crash.log"
SETTINGS_DIR = "settings"


def data_dir() -> Path:
    """The per-user application data folder (not created here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def default_db_path() -> Path:
    return data_dir() / DB_FILE


def settings_dir() -> Path:
    """Where QSettings writes its INI file (desktop.ui.app points QSettings here)."""
    return data_dir() / SETTINGS_DIR


def crash_log_path() -> Path:
    return data_dir() / CRASH_LOG
