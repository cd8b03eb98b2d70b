"""The files Majlis knows by their content, given where a survey export or its XLSForm is asked (two
paths mixed up, a file renamed by a messaging app): named as what they are, never as "damaged, download
it again" (which sent a coordinator to KoboToolbox for the team's key file) nor read as a survey.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.core import file_signatures

#: The members that make a signed Majlis ZIP (desktop/sync/team_file.py, team_update.py): a team file
#: holds its team.json and its signature, a team update its manifest and its signature.
_TEAM_FILE = {"team.json", "team.sig"}
_TEAM_UPDATE = {"manifest.json", "manifest.sig"}


def majlis_kind(path: Path, head: bytes) -> str:
    """What ``path`` (whose first bytes are ``head``, 4 KiB or so) is among Majlis' own files:
    ``team_key``, ``bundle``, ``pdf``, ``team_file``, ``team_update``, ``database``; "" for any other
    (a workbook, a CSV, text)."""
    from desktop.core.sqlcipher_file import may_be_a_database

    kind = file_signatures.kind_of(head)
    if kind == "age_passphrase" or file_signatures.PLAIN_KEY in head:
        return "team_key"
    if kind == "age":
        return "bundle"
    if kind == "pdf":
        return "pdf"
    if kind == "zip":
        names = _zip_names(path)
        return "team_file" if names >= _TEAM_FILE else "team_update" if names >= _TEAM_UPDATE else ""
    if kind == "sqlite" or may_be_a_database(path):
        return "database"
    return ""


def _zip_names(path: Path) -> set[str]:
    """The names in a ZIP's directory (read from its end, not its members), or none when it has none."""
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return set()
