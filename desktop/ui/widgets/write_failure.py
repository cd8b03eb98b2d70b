"""One translated sentence for a file the person chose that could not be written (an export, a PDF).

The operating system's own words ("[Errno 30] Read-only file system: '/media/…/.majlis-x.tmp'")
are English, name a private temporary file and may name a participant in the path: an Arabic or
Kurdish screen gets instead what happened and what to do, decided by the error number. Writers go
through ``desktop.core.atomic_file``, so in every case nothing was left half-written.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from desktop.core.atomic_file import TargetNotReplaced
from desktop.core.errors import EnvironmentProblem
from desktop.ui.widgets.environment_words import environment_reason

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def write_failure_text(exc: BaseException) -> str:
    """Why the file was not written, in the interface language; never a path or a system message."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    if isinstance(exc, IsADirectoryError):
        return translate("WriteFailure", "That is a folder. Give the file a name.")
    if isinstance(exc, FileExistsError):
        return translate("WriteFailure", "A file of that name is already there. Choose another name.")
    if isinstance(exc, FileNotFoundError):
        return translate("WriteFailure", "The folder is not there any more (was the USB stick removed?). "
                                  "Choose another place.")
    if isinstance(exc, TargetNotReplaced):  # before the read-only folder: it is a PermissionError too
        return translate("WriteFailure", "The file of that name could not be replaced: is it open in another "
                                  "program, such as Excel? Close it there, or choose another name.")
    if isinstance(exc, EnvironmentProblem):  # written, but the database would not remember it: taken back
        return translate("WriteFailure", "%1 Nothing was saved under that name.").replace(
            "%1", environment_reason(exc))
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        # A name past the disk's 255 bytes (128 Arabic or Kurdish letters in UTF-8), or a path past the system's.
        return translate("WriteFailure", "The file's name, or the path of its folder, is too long. Choose a shorter "
                                  "name, or a folder with a shorter path.")
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return translate("WriteFailure", "The disk is full. Free some space or choose another place.")
    if isinstance(exc, OSError) and exc.errno in _READ_ONLY:
        return translate("WriteFailure", "This folder cannot be written to (a read-only or write-protected "
                                  "USB stick?). Choose another place.")
    return translate("WriteFailure", "The file could not be written. Nothing was saved under that name.")
