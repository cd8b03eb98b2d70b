"""The files Majlis knows by their content, given where a survey export or its XLSForm is asked (two
paths mixed up, a file renamed by a messaging app): named as what they are, never as "damaged, download
it again" (which sent a coordinator to KoboToolbox for the team's key file) nor read as a survey.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import file_signatures


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
        # A signed Majlis ZIP by its members' names (file_signatures, as desktop.sync.sniff tells them).
        return file_signatures.signed_zip_kind(file_signatures.zip_names(path) or set())
    if kind == "sqlite" or may_be_a_database(path):
        return "database"
    return ""

