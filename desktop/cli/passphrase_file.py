"""Reading a passphrase from a file written by any common editor.

Windows Notepad writes UTF-8 with a byte-order mark, or "Unicode" (UTF-16 LE with a BOM); other
tools write UTF-16 BE, UTF-32 or plain UTF-8, with CRLF or LF line ends. The passphrase is the
first line, exactly as typed: only the BOM and the line end are removed, never spaces, because a
passphrase may end with one. Bytes that are none of these (a legacy code page) are refused with one
line, since guessing the code page would quietly turn an Arabic passphrase into a wrong one.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from desktop.core.errors import Missing, StoreError
from desktop.core.offsets import utf16_length

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAX_BYTES = 64 * 1024  # a passphrase file, not a document: read no more than this
#: The longest passphrase the app's passphrase fields take (the unlock window's first), in UTF-16 units: Qt's
#: default maxLength (desktop/ui/unlock.py sets none), so 32,767 characters of ordinary text (Arabic, Kurdish,
#: Latin), an emoji counting as two; a longer one pasted there is cut. The one limit of every check on a
#: passphrase being MADE (a file's first line here; never where one is read to open a database: one made
#: with such a file before the check still opens with it).
UNLOCK_WINDOW_LIMIT = 32_767

#: What a file given as a passphrase file is instead, by desktop.sync.sniff.kind_of's kinds.
_KINDS = {
    "bundle": "a bundle (an age-encrypted file)",
    "team_key": "a team key file",
    "team_file": "a team file",
    "team_update": "a team update",
    "pdf": "a PDF",
    "zip": "a workbook or another ZIP file (a REFI-QDA project)",
}


def decode_text(raw: bytes, *, cut: bool = False) -> str:
    """The text of ``raw`` by its BOM, else UTF-8, else BOM-less UTF-16 if its byte pattern is clear.
    ``cut``: ``raw`` is the start of a longer file, so a character whose bytes it ends within is left out
    (a read limit falls in the middle of a letter of Arabic notes as often as not), not taken for bytes
    that are no text."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode(raw[len(bom):], encoding, cut)
    try:
        return _decode(raw, "utf-8", cut)
    except UnicodeDecodeError:
        utf16 = _bomless_utf16(raw)
        if utf16 is None:
            raise
        return _decode(raw, utf16, cut)


def _decode(raw: bytes, encoding: str, cut: bool) -> str:
    # An incremental decoder not told the end keeps the bytes of a character left incomplete.
    return codecs.getincrementaldecoder(encoding)().decode(raw, final=not cut)


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows itself by its high bytes: a handful of values (00 for Latin, 06
    for Arabic script, 20 for punctuation) in every other position. Legacy code pages do not."""
    if len(raw) < 2 or len(raw) % 2:
        return None
    even, odd = set(raw[0::2]), set(raw[1::2])
    if len(odd) <= 4 and len(odd) < len(even):
        return "utf-16-le"
    if len(even) <= 4 and len(even) < len(odd):
        return "utf-16-be"
    return None


def other_kind(path: Path, raw: bytes, *, zips: bool = True) -> str:
    """What else the file ``path`` (``raw``: its first bytes) is, among the files a
    coordinator keeps beside the passphrase file: "" for none (and for a ZIP of no kind of Majlis's
    own when not ``zips``). Two paths swapped (``--db pp.txt
    --passphrase-file demo.db``) were answered "not UTF-8 text; save it as UTF-8", advice that harms
    a database or a workbook; a plain team key file, which is text, was even taken as a passphrase."""
    from desktop.core import file_signatures
    from desktop.core.sqlcipher_file import may_be_a_database
    from desktop.sync.sniff import kind_of  # here: only when a passphrase file is read

    kind = kind_of(raw)
    if kind in _KINDS and (zips or kind != "zip"):  # zips=False: any other ZIP may be what is asked for (a .qdpx)
        return _KINDS[kind]
    if raw.startswith(file_signatures.SQLITE):
        return "an unencrypted SQLite file"
    # An SQLCipher database or backup has no header: whole pages of random-looking bytes, which no text
    # is. Only a regular file is read again (a pipe, as from <(…), gave its bytes once).
    if path.is_file() and may_be_a_database(path):
        return "a Majlis database or backup (an encrypted file)"
    return ""


def read_passphrase_file(path: Path, *, made: str = "") -> str:
    """The first line of ``path``; one clear ``StoreError`` for every way it can be unusable, naming
    the file (a command may be given two: the database's and a key file's or the new one's). ``made``:
    the passphrase is being made, named so (common.read_passphrase's ``made``): one longer than the app's
    passphrase fields take is refused then, and only then."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # one more: whether the file goes on past what is read
    except IsADirectoryError as exc:
        raise Missing(f"the passphrase file {path} is a folder") from exc
    except FileNotFoundError as exc:
        raise Missing(f"the passphrase file {path} does not exist") from exc
    except OSError as exc:
        raise StoreError(f"cannot read the passphrase file {path}: {exc.strerror or exc}") from exc
    cut = len(raw) > MAX_BYTES
    raw = raw[:MAX_BYTES]
    other = other_kind(path, raw)
    if other:  # known before it is read as text: a file of another kind is not one in another encoding
        raise StoreError(f"the passphrase file {path} is {other}, not a passphrase file")
    try:
        text = decode_text(raw, cut=cut)
    except UnicodeDecodeError as exc:
        raise StoreError(
            f"the passphrase file {path} is not UTF-8 or UTF-16 text; save it as UTF-8 (Notepad: Save as, "
            "Encoding UTF-8)"
        ) from exc
    lines = text.splitlines()
    first = lines[0] if lines else ""
    if cut and text.splitlines(keepends=True)[:1] == lines[:1]:
        # No line ends in what was read: its first 64 KB were taken as the passphrase, which no one can
        # type at the unlock window (it takes 32,767 characters), and the file was not what it held.
        raise StoreError(f"the passphrase file {path} is too large: its first line goes on past "
                         f"{MAX_BYTES // 1024} KB, longer than any passphrase (the passphrase is the file's first line)")
    if made:
        # Under 64 KB but longer than the unlock window takes: a database made with it would open only here.
        # Only where one is made: a database (a key file) made with such a file before this check still opens.
        refuse_past_the_window(first, f"the passphrase file {path} holds a {made} too long to type in the app: "
                               "its first line", "its passphrase fields take")
    if not first:
        raise StoreError(f"the passphrase file {path} is empty")
    if "\x00" in first:
        raise StoreError(f"the passphrase file {path} is not UTF-8 or UTF-16 text; save it as UTF-8")
    return first


def refuse_past_the_window(passphrase: str, what: str, room: str) -> None:
    """A passphrase being made that the app's passphrase fields cannot take whole (each cuts a paste at
    ``UNLOCK_WINDOW_LIMIT`` UTF-16 units): a database made with it opened only from the command line.
    Refused before anything is written, in one wording wherever the passphrase came from (never the
    passphrase in it). The limit counts UTF-16 units, said as the characters of ordinary text they are.
    ``what`` names the passphrase, ``room`` the field ("the unlock window takes")."""
    if utf16_length(passphrase) > UNLOCK_WINDOW_LIMIT:
        raise StoreError(f"{what} is longer than {UNLOCK_WINDOW_LIMIT:,} characters of ordinary text (an emoji "
                         f"counts as two), more than {room}; nothing was written")
