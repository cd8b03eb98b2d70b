"""Whether a workbook is protected by a password (Excel's or LibreOffice's "Encrypt with password").

Such an .xlsx is no longer a ZIP: it is an OLE compound file, as an old .xls is, holding the encrypted
workbook in a stream named ``EncryptedPackage`` (ECMA-376 encryption, [MS-OFFCRYPTO] 2.3.4.4), beside
its ``EncryptionInfo``. A survey export so protected was called "an old Excel workbook (.xls): save it
as .xlsx", advice for a file that already is one; the form was "cannot be read".
"""

from __future__ import annotations

from pathlib import Path

#: An OLE compound file's first eight bytes ([MS-CFB] 2.2): an old .xls, or a protected .xlsx.
COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The name of the stream holding the encrypted workbook, as a directory entry spells it (UTF-16).
_PACKAGE_NAME = "EncryptedPackage\x00".encode("utf-16-le")
#: Directory entries are 128 bytes each, in sectors that follow the 512-byte header: the name, at an
#: entry's start, is at a multiple of 128 bytes from the file's start.
_ENTRY = 128
_CHUNK = 1 << 20


def password_protected(path: Path) -> bool:
    """Whether ``path`` is a compound file holding an encrypted workbook. Read in chunks, only when the
    file is a compound file at all (where the directory sits is up to the program that wrote it)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(COMPOUND_FILE)) != COMPOUND_FILE:
                return False
            fh.seek(0)
            offset, tail = 0, b""
            while chunk := fh.read(_CHUNK):
                text = tail + chunk
                start = offset - len(tail)
                found = text.find(_PACKAGE_NAME)
                while found >= 0:
                    if (start + found) % _ENTRY == 0:
                        return True
                    found = text.find(_PACKAGE_NAME, found + 1)
                tail = text[-(len(_PACKAGE_NAME) - 1):]
                offset += len(chunk)
    except OSError:
        return False
    return False
