"""Why the disk or another program refused the database (EnvironmentProblem) is said by the unlock
screen and by an editor that could not save, each with its own advice: the unlock screen tells the
person what to do before trying again, the editor that Majlis tries again by itself. Both read one
table of reasons (desktop/ui/widgets/environment_words.py); these are the words each says, in
English, Arabic and Kurdish, for every reason the store gives."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.errors import EnvironmentProblem
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import error_text
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.save_failure import save_failure_text

T = QApplication.translate
UNLOCK = "UnlockWidget"
SAVE = "SaveFailure"
NOT_SAVED = "Not saved yet: %1 Majlis tries again by itself; your text stays on screen."
DISK_ERROR = "The disk reported an error."

# reason -> (what the unlock screen says, why an editor's change was not saved)
SAID = {
    "disk_full": ("The disk is full. Free some space and try again.", "The disk is full."),
    "locked": ("The database is in use by another program. Close it and try again.",
               "Another program is using the database."),
    "read_only": ("The database is on a read-only disk or folder.", "The database is on a read-only disk or folder."),
    "replaced": ("The database file was replaced or its passphrase was changed by another program. Nothing more "
                 "was written to it. Close Majlis and open the database again.", DISK_ERROR),
    "being_replaced": ("Another program is replacing this database or changing its passphrase. Try again when it "
                       "has finished.", DISK_ERROR),
    "in_use": ("This database must be upgraded for this version of Majlis, but another program has it open. Close "
               "the other program and try again.", DISK_ERROR),
    "read_only_file": ("The database file is marked read-only (a copy from a CD or DVD keeps that mark), so nothing "
                       "could be saved in it. Clear Read-only in the file's properties, or ask whoever helps you, and "
                       "try again.", DISK_ERROR),
    "io": ("The disk reported a problem while opening the database.", DISK_ERROR),
    "cannot_open": ("The disk reported a problem while opening the database.", DISK_ERROR),
    "path_too_long": ("The path of the database's folder is too long for Majlis to open it there (too many folders, "
                      "or long folder names). Move the database to a folder with a shorter path, such as the Majlis "
                      "data folder, and open it from there.", DISK_ERROR),
    "name_too_long": ("The name of the database file is too long for Majlis to open it (the files it keeps beside "
                      "the database would have longer names than the disk takes). Rename the database file to a "
                      "shorter name, and open it again.", DISK_ERROR),
    "backup_path_too_long": ("The path of the backups folder beside the database is too long for a backup to be made "
                             "there (too many folders, or long folder names). Move the database to a folder with a "
                             "shorter path, such as the Majlis data folder, and open it from there.", DISK_ERROR),
}


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_each_screen_says_why_in_its_own_words(manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    for reason, (unlock_says, editor_says) in SAID.items():
        exc = EnvironmentProblem("English words for the log", reason=reason)
        assert error_text(exc) == T(UNLOCK, unlock_says), reason
        assert environment_reason(exc) == T(SAVE, editor_says), reason
        assert save_failure_text(exc) == T(SAVE, NOT_SAVED).replace("%1", T(SAVE, editor_says)), reason
        if lang != "en":  # really translated, not the English source shown
            assert T(UNLOCK, unlock_says) != unlock_says and T(SAVE, editor_says) != editor_says, reason
