"""Why the disk or another program refused the database (``EnvironmentProblem``'s reason), in one
table for every screen that says it. Each screen gives its own advice with the reason: the unlock
screen (``OPENING``) what the person can do before trying again, a session editor whose change was
not saved (``SAVING``) only why, since Majlis tries again by itself and the text stays on screen.

This module is read before the unlock window shows: Qt's core and the catalogue's marker only.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP


class Advice(Enum):
    """Where the reason is said; the value is the context its words are translated in."""

    OPENING = "UnlockWidget"
    SAVING = "SaveFailure"


# reason -> (said when opening, said when a change was not saved); None: the screen's general words.
_WORDS: dict[str, tuple[str, str | None]] = {
    "disk_full": (QT_TRANSLATE_NOOP("UnlockWidget", "The disk is full. Free some space and try again."),
                  QT_TRANSLATE_NOOP("SaveFailure", "The disk is full.")),
    "locked": (QT_TRANSLATE_NOOP("UnlockWidget", "The database is in use by another program. Close it and try again."),
               QT_TRANSLATE_NOOP("SaveFailure", "Another program is using the database.")),
    "read_only": (QT_TRANSLATE_NOOP("UnlockWidget", "The database is on a read-only disk or folder."),
                  QT_TRANSLATE_NOOP("SaveFailure", "The database is on a read-only disk or folder.")),
    # Only an opening (or the window's file check) meets these: an editor says its general words.
    "read_only_file": (QT_TRANSLATE_NOOP("UnlockWidget", "The database file is marked read-only (a copy from a CD "
                                         "or DVD keeps that mark), so nothing could be saved in it. Clear Read-only "
                                         "in the file's properties, or ask whoever helps you, and try again."), None),
    "replaced": (QT_TRANSLATE_NOOP("UnlockWidget", "The database file was replaced or its passphrase was changed by "
                                   "another program. Nothing more was written to it. Close Majlis and open the "
                                   "database again."), None),
    # The file under an open window no longer there ("replaced" with ``gone``): moved, deleted, a stick taken out.
    "gone": (QT_TRANSLATE_NOOP("UnlockWidget", "The database file is no longer where Majlis opened it: it was moved "
                               "or deleted, or the USB stick it is on was taken out. Nothing more was written to it. "
                               "Put it back, then close Majlis and open it again."), None),
    "being_replaced": (QT_TRANSLATE_NOOP("UnlockWidget", "Another program is replacing this database or changing its "
                                         "passphrase. Try again when it has finished."), None),
    "upgrade_backup_folder": (QT_TRANSLATE_NOOP("UnlockWidget", "This database must be upgraded for this version of "
                                                "Majlis, and a backup of it is made first, but the backups folder "
                                                "beside it cannot be written to. Nothing was changed. Ask whoever "
                                                "helps you to make that folder writable, and try again."), None),
    # Only an upgrade's backup meets it at an opening: a file of the backups folder's name beside the database.
    "not_a_folder": (QT_TRANSLATE_NOOP("UnlockWidget", "This database must be upgraded for this version of "
                                       "Majlis, and a backup of it is made first, but a file stands where the "
                                       "backups folder goes, beside the database. Nothing was changed. Move or "
                                       "rename that file, and try again."), None),
    "in_use": (QT_TRANSLATE_NOOP("UnlockWidget", "This database must be upgraded for this version of Majlis, but "
                                 "another program has it open. Close the other program and try again."), None),
    # A path longer than SQLite takes (sqlcipher_file.MAX_PATH_BYTES): a database deep in folders named in
    # Arabic or Kurdish (two bytes a letter). The disk is not at fault; moving the database is the way on.
    "path_too_long": (QT_TRANSLATE_NOOP("UnlockWidget", "The path of the database's folder is too long for Majlis "
                                        "to open it there (too many folders, or long folder names). Move the "
                                        "database to a folder with a shorter path, such as the Majlis data folder, "
                                        "and open it from there."), None),
    # A name whose companions (.lock, -journal, .backups) pass the disk's 255 bytes (sqlcipher_file.MAX_NAME):
    # a session's title pasted as the name. The folder is not at fault; a shorter name is the way on.
    "name_too_long": (QT_TRANSLATE_NOOP("UnlockWidget", "The name of the database file is too long for Majlis to "
                                        "open it (the files it keeps beside the database would have longer names "
                                        "than the disk takes). Rename the database file to a shorter name, and "
                                        "open it again."), None),
    # Its backups (a backup before an upgrade, Back up now…), further down than the database itself.
    "backup_path_too_long": (QT_TRANSLATE_NOOP("UnlockWidget", "The path of the backups folder beside the database "
                                               "is too long for a backup to be made there (too many folders, or "
                                               "long folder names). Move the database to a folder with a shorter "
                                               "path, such as the Majlis data folder, and open it from there."), None),
}
#: The unlock screen's words for a database in a folder that takes no new file (its details name the
#: folder): which folder, and what to do ("read-only disk or folder" named none and gave no way on).
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "UnlockWidget", "Majlis cannot write in the database's folder, %1: it writes a small file beside the database "
    "while it is open. Copy the database to a folder you can write to, such as the Majlis data folder, and open it "
    "from there, or ask whoever helps you to make this folder writable.")
_OTHERWISE = {
    Advice.OPENING: QT_TRANSLATE_NOOP("UnlockWidget", "The disk reported a problem while opening the database."),
    Advice.SAVING: QT_TRANSLATE_NOOP("SaveFailure", "The disk reported an error."),
}


def reason_of(exc: BaseException) -> str:
    """The reason an ``EnvironmentProblem`` gives ("" for any other failure)."""
    return str(getattr(exc, "details", {}).get("reason", ""))


def environment_reason(exc: BaseException | str, advice: Advice = Advice.SAVING) -> str:
    """Why the database did not take the change (or did not open), in one translated sentence;
    ``exc`` is the failure or its reason."""
    reason = exc if isinstance(exc, str) else reason_of(exc)
    if reason == "replaced" and not isinstance(exc, str) and getattr(exc, "details", {}).get("gone"):
        reason = "gone"
    folder = "" if isinstance(exc, str) else str(getattr(exc, "details", {}).get("folder", ""))
    if advice is Advice.OPENING and reason == "read_only" and folder:
        from desktop.ui.widgets.save_files import shown_path

        return QCoreApplication.translate(advice.value, READ_ONLY_FOLDER).replace("%1", shown_path(folder))
    opening, saving = _WORDS.get(reason, (None, None))
    words = (opening if advice is Advice.OPENING else saving) or _OTHERWISE[advice]
    return QCoreApplication.translate(advice.value, words)
