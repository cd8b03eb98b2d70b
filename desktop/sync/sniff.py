"""Is this file a bundle? Decided by its first bytes, not its name: messaging apps rename files
(``x.majlis (1)``, ``x.bin``, no extension at all)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core import file_kinds, file_signatures
from desktop.core.file_signatures import is_signed_zip as is_signed_zip

BUNDLE_SUFFIX = ".majlis"  # every bundle and team update file (desktop.sync.bundle_format names them)
# The signatures, from the one table (desktop.core.file_signatures), by the names the sync code uses:
AGE_HEADER = file_signatures.AGE  # every encrypted bundle
ZIP_HEADER = file_signatures.ZIP  # team updates and the team file (signed, not encrypted)
#: An age file sealed with a passphrase (its first stanza): a team key as `team key export` writes it
#: by default. Every bundle is sealed to the team's keys (X25519 stanzas) instead.
PROTECTED_KEY_HEADER = file_signatures.AGE_PASSPHRASE
PDF_HEADER = file_signatures.PDF


def starts_with(path: str | os.PathLike[str], *magic: bytes) -> bool:
    """Whether the file's first bytes are one of ``magic``; False when it cannot be read (a folder, a
    vanished file, no permission: whoever reads it next says why)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(max(map(len, magic)))
    except OSError:
        return False
    return head.startswith(magic)


def looks_like_bundle(path: str | os.PathLike[str]) -> bool:
    return starts_with(path, AGE_HEADER, ZIP_HEADER)


def kind_of(data: bytes) -> str:
    """What a file a coordinator keeps beside the others is, by its content (``data``: the whole file,
    or at least its first 4 KiB), so that one given in the place of another is named as what it is
    rather than as "not text" or "not a team file": desktop.core.file_kinds decides (the Survey page
    asks the same), its kinds ``"bundle"``, ``"team_key"``, ``"team_file"``, ``"team_update"``,
    ``"pdf"``, ``"database"`` (a plain SQLite file), ``"zip"`` (any other ZIP: a workbook, a REFI-QDA
    project), ``""`` for anything else. A ZIP of which only the head is given (or cut short) is known
    by its first member's name."""
    return file_kinds.kind_of_bytes(data)


def kind_and_names(data: bytes) -> tuple[str, set[str] | None]:
    """``kind_of`` of a file read whole (``data``), with a ZIP's member names: None when it is no ZIP or
    its directory cannot be read (cut short: a team update or team file is then known by its first
    member, as file_kinds knows it). For the readers of team updates, team files and bundles, which
    say "cut short" only of what file_kinds calls theirs, and read the directory once."""
    names = file_signatures.zip_names(io.BytesIO(data)) if data.startswith(ZIP_HEADER) else None
    return file_kinds.kind_of_head(data[:file_kinds.HEAD], lambda: names), names


#: The signed ZIPs Majlis writes unencrypted (``signed_kind``): what a centre writes, and never imports.
TEAM_UPDATE, TEAM_FILE = "team_update", "team_file"
_SIGNED = frozenset({TEAM_UPDATE, TEAM_FILE})


def signed_kind(path: str | os.PathLike[str]) -> str:
    """What Majlis signs unencrypted ``path`` is, by content (``file_kinds.kind_by_signature``, one open
    file: its head and, for a ZIP, its directory): ``TEAM_UPDATE``, ``TEAM_FILE`` (whole or cut short: a
    copy interrupted), "" for anything else and for what cannot be read (a folder, a vanished file: the
    importer says why). The one answer: ``is_team_update_file``, ``is_signed_majlis_zip`` and the stick's
    sorting (desktop.sync.stick_files) ask it."""
    kind = file_kinds.kind_by_signature(path)
    return kind if kind in _SIGNED else ""


def is_team_update_file(path: str | os.PathLike[str]) -> bool:
    """A team update by its content (``signed_kind``): a ZIP holding a manifest and its signature, or one
    cut short whose first member is the manifest (its reader says so); not the team file, a workbook
    or any other ZIP; False when it cannot be read. The reader still checks the kind and signature."""
    return signed_kind(path) == TEAM_UPDATE


def is_signed_majlis_zip(path: str | os.PathLike[str]) -> bool:
    """A team update or a team file by its content (``signed_kind``), whole or cut short; False for any
    other ZIP and for what cannot be read."""
    return signed_kind(path) != ""


#: The kinds Majlis could not make again from a database (``is_sync_or_key_file``).
_SYNC_OR_KEY = _SIGNED | {"bundle", "team_key"}


def is_sync_or_key_file(path: str | os.PathLike[str]) -> bool:
    """Whether the file is one Majlis could not make again from a database: a bundle (perhaps not yet
    sent), a team update, a team file (whole or cut short: an export never replaces one), or a team key
    (plain or passphrase-protected). Decided by its content (file_kinds, one open, as ``signed_kind``);
    False for anything else or what cannot be read."""
    return file_kinds.kind_by_signature(path) in _SYNC_OR_KEY


def may_be_bundle(path: Path) -> bool:
    """A file to hand to the importer: a bundle by content, or by name (a .majlis cut short to nothing,
    or not there yet, is still reported, not passed over)."""
    return path.name.lower().endswith(BUNDLE_SUFFIX) or looks_like_bundle(path)


#: The kinds a searched folder's file is handed to the importer for, whatever its name (``found_in_folder``).
_FOUND = _SIGNED | {"bundle"}


def found_in_folder(path: Path) -> bool:
    """A file in a searched folder (a USB stick) to hand to the importer: by name (a .majlis), or by
    content as file_kinds says, in one open: a bundle, however renamed, or a ZIP Majlis signs (a team
    update, the team file, whole or cut short). Any other ZIP (the workbooks, REFI-QDA projects and Word
    files a coordinator also carries) is passed over, not reported as a refused bundle one by one, unless
    its directory cannot be read (the importer says what is wrong with it); so is the team's key, unless
    named as a bundle."""
    if path.name.lower().endswith(BUNDLE_SUFFIX):
        return True
    kind, names = file_kinds.kind_and_names_of_file(path)
    return kind in _FOUND or (kind == "zip" and names is None)


def bundles_in(paths: Sequence[str | os.PathLike[str]], *, cancelled: Callable[[], bool] = lambda: False) -> list[Path]:
    """The files to import from what a coordinator dropped: a file as it is (the importer says what
    it is), a folder (a USB stick) for the bundles inside it and its subfolders, found by content
    (``found_in_folder``),
    sorted by path; hidden folders (".Trashes", ".git") are skipped. Stops when ``cancelled()``
    says so (a whole drive dropped by mistake). Each file once: a folder dropped with files inside it
    (or a file given twice) was imported and counted twice."""
    found: list[Path] = []
    seen: set[Path] = set()  # a folder dropped with files inside it: each file once, not twice

    def once(files: list[Path]) -> list[Path]:
        kept = []
        for f in files:
            key = same_file(f)
            if key not in seen:
                seen.add(key)
                kept.append(f)
        return kept

    for given in paths:
        path = Path(given)
        if not path.is_dir():
            found += once([path])
            continue
        inside: list[Path] = []
        for folder, subfolders, names in os.walk(path):  # unreadable folders are passed over
            if cancelled():
                return found + once(sorted(inside))
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            # Regular files only: a named pipe or a device would hold the worker on its first read.
            inside += [Path(folder, n) for n in names if not n.startswith(".") and Path(folder, n).is_file()
                       and found_in_folder(Path(folder, n))]
        found += once(sorted(inside))
    return found


def same_file(path: Path) -> Path:
    """What tells one file from another however it was named (``stick/day2/../a``, a link)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop, a path the system refuses: taken as written
        return path.absolute()
