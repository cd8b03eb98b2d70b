"""The frozen checks run the built app as a facilitator's Windows account holds it ("C:\\Users\\زينب علي\\",
a stick's "E:\\ڕاپۆرتی هەولێر\\"): the work folder, the user's home, %APPDATA%, the temporary folder (the
demo database lives there) and the copied app itself each carry Arabic or Kurdish letters and a space.
Fast: checks the checks' own set-up, not the build."""

from __future__ import annotations

import re
from pathlib import Path

from tests import frozen_checks

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
