"""Is this file a bundle? Decided by its first bytes, not its name: messaging apps rename files
(``x.majlis (1)``, ``x.bin``, no extension at all)."""

from __future__ import annotations

import os

AGE_HEADER = b"age-encryption.org/v1"  # every encrypted bundle
ZIP_HEADER = b"PK\x03\x04"  # team updates (signed, not encrypted)


def looks_like_bundle(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(AGE_HEADER))
    except OSError:  # a folder, a vanished file, no permission
        return False
    return head.startswith(AGE_HEADER) or head.startswith(ZIP_HEADER)
