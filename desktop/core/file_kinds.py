"""What kind of file this is, by its content, not its name (messaging apps rename files: ``x.majlis (1)``,
``x.bin``, a bundle saved as ``.xlsx``): ONE answer for every place that names a file given in the place
of another. The Sync page and the sync readers (desktop.sync.sniff), the Survey page (a Majlis file given
as a survey export or its XLSForm: named as what it is, never "damaged, download it again", which sent a
coordinator to KoboToolbox for the team's key file) and the key and passphrase readers all ask here, so
no page calls one file two different things (a team update cut short was "a team update" on the Sync
page and a damaged survey export on the Survey page).

The kinds: ``bundle`` (age-encrypted to the team's keys), ``team_key`` (passphrase-protected, or plain
text: UTF-8, or UTF-16 as Windows Notepad saves it again), ``team_update``, ``team_file`` (the signed ZIPs
Majlis writes unencrypted, known by their members' names, or by the first member's of one cut short), ``pdf``, ``database`` (a plain SQLite file; by path
also an SQLCipher database or backup), ``zip`` (any other ZIP: a workbook, a REFI-QDA project), ``""``
for anything else (text, a CSV, an empty file, a folder, what cannot be read). The signature at a file's
head decides first: the text of a key inside a ZIP or a PDF does not make it a key file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Set
from pathlib import Path
from typing import BinaryIO

from desktop.core import file_signatures

#: How much of a file's head is read: every signature, a plain key's first lines, a ZIP's first header.
HEAD = 4096


def kind_of_head(head: bytes, names: Callable[[], Set[str] | None]) -> str:
    """The kind of a file whose first bytes are ``head`` (``HEAD`` of them, or the whole of a shorter
    file); ``names()`` gives a ZIP's member names (asked only of a ZIP), None when its directory cannot
    be read (cut short: then its first member's name tells what Majlis wrote)."""
    signature = file_signatures.kind_of(head)
    if signature == "age_passphrase":
        return "team_key"
    if signature == "age":
        return "bundle"
    if signature == "pdf":
        return "pdf"
    if signature == "zip":
        members = names()
        if members is None:  # cut short, or a directory altered on the way: what Majlis writes first in each
            return file_signatures.FIRST_MEMBERS.get(file_signatures.first_member_name(head[:HEAD]), "zip")
        return file_signatures.signed_zip_kind(members) or "zip"
    if signature == "sqlite":
        return "database"
    return "team_key" if file_signatures.plain_key_encoding(head[:HEAD]) else ""


def kind_of_bytes(data: bytes) -> str:
    """The kind of a file whose content (or at least its first ``HEAD`` bytes) is ``data``. An SQLCipher
    database has no header, so only its path tells it (``kind_of_file``): here it is ""."""
    return kind_of_head(data[:HEAD], lambda: file_signatures.zip_names(io.BytesIO(data)))


def kind_of_file(path: str | os.PathLike[str]) -> str:
    """The kind of the file at ``path``; "" for a folder, a vanished file or one that cannot be read
    (whoever reads it next says why). Only its head is read, and a ZIP's directory."""
    kind, _ = kind_and_names_of_file(path)
    if kind == "":
        from desktop.core.sqlcipher_file import may_be_a_database  # it imports file_signatures too

        return "database" if may_be_a_database(Path(path)) else ""
    return kind


def kind_by_signature(path: str | os.PathLike[str]) -> str:
    """``kind_of_file`` in one open, never "database" for an SQLCipher file (it has no signature: telling
    one means reading the file again): for the callers that ask only after kinds a signature tells (a
    team update, the team file, a bundle, a key), whose answer a database would not change."""
    return kind_and_names_of_file(path)[0]


def kind_and_names_of_file(path: str | os.PathLike[str]) -> tuple[str, set[str] | None]:
    """``kind_of_file`` in one open, with a ZIP's member names (None when it is no ZIP or its directory
    cannot be read), and without reading a file of no signature again for an SQLCipher database ("" for
    it): what a search of a stick's photos and documents for bundles needs."""
    names: list[set[str] | None] = []  # read only of a ZIP

    def zip_names(handle: BinaryIO) -> set[str] | None:
        names.append(file_signatures.zip_names(handle))
        return names[-1]

    try:
        with open(path, "rb") as handle:  # one open: a ZIP's directory is read from the same handle
            kind = kind_of_head(handle.read(HEAD), lambda: zip_names(handle))
    except OSError:
        return "", None
    return kind, names[-1] if names else None
