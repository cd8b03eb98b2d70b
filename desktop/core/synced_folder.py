"""Is the database inside a folder a sync client (OneDrive, Dropbox, Google Drive) copies?

A sync client uploads the database while SQLite writes it, may copy it without its ``-wal`` file (the
last saved work), and on a second laptop or after a conflict keeps two versions side by side ("f
(1).db"). Majlis does not refuse such a folder (it may be the only one the user can find), but says
so plainly and recommends the per-user data folder, and sending bundles to share work.

Detection is by the path alone, with no network and no client installed: on Windows the folders the
OneDrive client announces in the environment (``OneDrive``, ``OneDriveCommercial``,
``OneDriveConsumer``), and on every system the folder names the clients create: ``OneDrive`` and
``OneDrive - <organisation>``, ``Dropbox`` and ``Dropbox (<team>)``, ``Google Drive`` / ``My Drive``
(Google Drive for desktop), ``GoogleDrive-<account>`` and the other providers under macOS's
``Library/CloudStorage``, and ``Insync`` (the Google Drive client common on Linux).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePath

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

CONTEXT = "SyncedFolder"
WARNING = QT_TRANSLATE_NOOP(
    "SyncedFolder",
    "This database is in a folder that {service} keeps in sync. A sync can copy the database while "
    "Majlis is writing it, or keep two versions of it, and work is lost. Keep the database in the "
    "Majlis data folder ({folder}) and send bundles to share work.",
)


def _service_of_name(name: str) -> str | None:
    lower = name.casefold()
    if lower == "onedrive" or lower.startswith("onedrive - "):
        return "OneDrive"
    if lower == "dropbox" or lower.startswith("dropbox ("):
        return "Dropbox"
    if lower in {"google drive", "my drive", "googledrive", "insync"} or lower.startswith("googledrive-"):
        return "Google Drive"
    return None


def _inside(path: PurePath, folder: str) -> bool:
    try:
        base = PurePath(os.path.normcase(folder))
        return PurePath(os.path.normcase(str(path))).is_relative_to(base)
    except (TypeError, ValueError):
        return False


def synced_service(path: Path | str, environ: Mapping[str, str] | None = None) -> str | None:
    """The sync service whose folder holds ``path`` ("OneDrive", "Dropbox", "Google Drive"), or None."""
    env = os.environ if environ is None else environ
    full = Path(path).expanduser()
    full = full if full.is_absolute() else Path.cwd() / full
    for variable in ONEDRIVE_VARIABLES:
        folder = env.get(variable, "")
        if folder and _inside(full, folder):
            return "OneDrive"
    parts = full.parts
    for index, part in enumerate(parts[:-1]):  # folders only: a file named "Dropbox" is just a file
        if part == "CloudStorage" and index + 1 < len(parts) - 1:  # macOS: Library/CloudStorage/<provider>
            return _service_of_name(parts[index + 1]) or parts[index + 1].split("-", 1)[0]
        service = _service_of_name(part)
        if service is not None:
            return service
    return None
