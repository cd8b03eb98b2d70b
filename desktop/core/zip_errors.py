"""What reading a damaged ZIP archive raises, named once for every reader (bundles, REFI-QDA files).

``zipfile`` has no single exception for a damaged archive: a cut or altered deflate stream raises
``zlib.error``, short data ``EOFError``, a method it has no decoder for ``NotImplementedError``, a
central directory that points nowhere ``ValueError``.
"""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib

#: For a reader that has already refused encrypted members and methods other than stored and
#: deflate (desktop/sync/safe_zip.py): what a member's bytes may still raise.
DAMAGED_MEMBER = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError)

#: For a reader that takes the archive as it comes (a .qdpx from another program): besides the
#: above, an LZMA stream cut short (LZMAError, OSError for bzip2), a password (RuntimeError) and a
#: header cut short (struct.error).
DAMAGED_ARCHIVE = (*DAMAGED_MEMBER, lzma.LZMAError, OSError, RuntimeError, struct.error)
