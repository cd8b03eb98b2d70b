"""A workbook as Excel saves it with File → Info → Protect Workbook → Encrypt with Password.

Such a file is an OLE compound file ([MS-CFB]: a 512-byte header, a FAT, a directory, streams in
512-byte sectors) holding two streams ([MS-OFFCRYPTO] 2.3.4.4): ``EncryptionInfo`` (its version, 4.4
for Excel 2010 and later's "agile" encryption, and an XML descriptor) and ``EncryptedPackage`` (the
workbook's size, then its ZIP encrypted). Written here by hand rather than by an encryption library:
what Majlis tells apart is the container, and the test needs no key. The workbook's bytes are
scrambled, not encrypted, which no reader can tell without the password either.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

SECTOR = 512
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
AGILE = (b"\x04\x00\x04\x00\x40\x00\x00\x00"  # version 4.4, flags
         b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
         b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
         b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>')


def _padded(data: bytes, size: int, fill: bytes = b"\x00") -> bytes:
    return data + fill * (size - len(data))


def _entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return (_padded(encoded, 64) + struct.pack("<HBBIII", len(encoded), kind, 1, left, right, child)
            + b"\x00" * 36 + struct.pack("<IQ", start, size))


def write_password_protected(workbook: Path, out: Path) -> None:
    """``workbook`` (an .xlsx) as a password-protected .xlsx at ``out``."""
    plain = workbook.read_bytes()
    mask = hashlib.sha512(plain).digest()
    package = struct.pack("<Q", len(plain)) + bytes(b ^ mask[i % len(mask)] for i, b in enumerate(plain))
    # Both streams at least 4,096 bytes: smaller ones would go in the mini stream, which this leaves out
    # (the descriptor padded with spaces, which XML allows after its end).
    streams = [_padded(AGILE, 4096, b" "), package + b"\x00" * (-len(package) % SECTOR)]
    if len(streams[1]) < 4096:
        streams[1] = _padded(streams[1], 4096)
    data_sectors = sum(len(s) // SECTOR for s in streams) + 1  # and the directory's
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + data_sectors:
        fat_sectors += 1
    fat = [FAT_SECTOR] * fat_sectors + [END]  # then the directory, one sector
    starts = []
    for stream in streams:
        starts.append(len(fat))
        count = len(stream) // SECTOR
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END]
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    # The root holds EncryptionInfo, whose right sibling is EncryptedPackage (shorter names sort first).
    directory = (_entry("Root Entry", 5, NO_STREAM, NO_STREAM, 1, END, 0)
                 + _entry("EncryptionInfo", 2, NO_STREAM, 2, NO_STREAM, starts[0], len(streams[0]))
                 + _entry("EncryptedPackage", 2, NO_STREAM, NO_STREAM, NO_STREAM, starts[1], len(package))
                 + _entry("", 0, NO_STREAM, NO_STREAM, NO_STREAM, 0, 0))
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, fat_sectors, 0, 4096, END, 0, END, 0)
              + struct.pack("<109I", *difat))
    out.write_bytes(header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(streams))
