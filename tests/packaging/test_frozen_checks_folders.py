"""The frozen checks run the built app as a facilitator's Windows account holds it ("C:\\Users\\زينب علي\\",
a stick's "E:\\ڕاپۆرتی هەولێر\\"): the work folder, the user's home, %APPDATA%, the temporary folder (the
demo database lives there) and the copied app itself each carry Arabic or Kurdish letters and a space.
Fast: checks the checks' own set-up, not the build."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from desktop.core import app_paths
from tests import frozen_checks, program_folder

NOT_ASCII_LETTER = re.compile(r"[\u0600-\u06ff]")


def facilitators_name(part: str) -> bool:
    return bool(NOT_ASCII_LETTER.search(part)) and " " in part


def test_every_folder_of_the_frozen_checks_has_arabic_or_kurdish_letters_and_a_space(tmp_path: Path) -> None:
    work = tmp_path / frozen_checks.WORK_FOLDER
    assert facilitators_name(frozen_checks.WORK_FOLDER) and facilitators_name(frozen_checks.USER_FOLDER)
    runner = frozen_checks.Runner(None, work)
    for variable in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_DATA_HOME", "TEMP", "TMP", "TMPDIR"):
        place = Path(runner.env[variable])
        assert place.is_relative_to(work / frozen_checks.USER_FOLDER), (variable, place)
    assert Path(runner.env["TMPDIR"]).is_dir()  # made: a temporary folder that is not there is not used
    app = tmp_path / "built" / "Majlis"
    app.mkdir(parents=True)
    copied = frozen_checks.copy_folder(app, work)
    assert copied.is_dir() and any(facilitators_name(part) for part in copied.relative_to(work).parts)


def test_the_program_folder_takes_no_new_file_and_a_change_is_named(tmp_path: Path) -> None:
    """The frozen checks run the app from a folder nobody may write to (as Program Files), and name
    what changed in it: a settings file or a log written beside the program would pass unseen where the
    tests' own folders are writable, and fail on every installed laptop."""
    app = tmp_path / "USB فلاش" / "Majlis"
    (app / "_internal" / "desktop").mkdir(parents=True)
    (app / "majlis-cli").write_bytes(b"program")
    before = program_folder.contents(app)
    with program_folder.read_only_tree(app) as refused:
        # Not refused only as root where chattr cannot (a container without CAP_LINUX_IMMUTABLE): there
        # the comparison below is the whole check.
        assert refused or (os.name != "nt" and os.geteuid() == 0)
        for place in (app, app / "_internal" / "desktop") if refused else ():
            with pytest.raises(PermissionError):
                (place / "Majlis.ini").write_text("[General]\n", encoding="utf-8")
    assert program_folder.changes(before, program_folder.contents(app)) == []
    (app / "_internal" / "crash.log").write_text("written\n", encoding="utf-8")
    assert program_folder.changes(before, program_folder.contents(app)) == ["_internal", "_internal/crash.log"]
    (app / "_internal" / "desktop").rmdir()  # the folders are writable again afterwards


def test_the_next_start_reads_the_settings_in_the_users_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the app keeps its settings (app_paths, QSettings' organisation and application folders)."""
    runner = frozen_checks.Runner(None, tmp_path / frozen_checks.WORK_FOLDER)
    for variable in ("APPDATA", "XDG_DATA_HOME"):
        monkeypatch.setenv(variable, runner.env[variable])
    ini = runner.settings_file()
    assert ini == app_paths.settings_dir() / app_paths.ORGANISATION / f"{app_paths.APPLICATION}.ini"
    assert ini.is_relative_to(tmp_path / frozen_checks.WORK_FOLDER / frozen_checks.USER_FOLDER)
