"""Every window of the app opens within a 1366x768 laptop's screen at 150 % display scaling (DESIGN.md,
Interface: "works at 125–200% scaling"), in Arabic, Kurdish and English.

That screen is 911x512 logical pixels; the task bar (Windows 11: 48) leaves 911x464, and a window's
frame and title bar take about 16x40 of that. The windows are built in a child process whose offscreen
screen is that laptop's (the offscreen platform takes its screen at start: tests/laptop_screen.py);
MAJLIS_LAPTOP_SHOTS=folder keeps their pictures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.shots import shots_folder

ROOT = Path(__file__).resolve().parents[2]
# 1366x768 physical pixels less a 72-pixel task bar (48 logical at 150 %), at 144 dpi: 150 %.
SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 696,
                       "logicalDpi": 144, "logicalBaseDpi": 96, "dpr": 1}]}
FRAME = (16, 40)  # a window's frame and title bar on Windows at 150 %, in logical pixels
LANGUAGES = ("ar", "ckb", "en")


# The same laptop at 100 %, its 768 pixels less a 40-pixel task bar, with Settings → Font size at 24 points.
SCREEN_24 = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _measure(folder: Path, screen: dict[str, Any], font: float | None = None) -> dict[str, Any]:
    """The windows of tests/laptop_screen.py built on ``screen`` (at ``font`` points, if given)."""
    (folder / "screen.json").write_text(json.dumps(screen), encoding="utf-8")
    shots = shots_folder(folder, "MAJLIS_LAPTOP_SHOTS")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen:configfile=screen.json",  # relative: no drive letter's colon
           "PYTHONPATH": str(ROOT)}
    for variable in ("QT_SCALE_FACTOR", "QT_ENABLE_HIGHDPI_SCALING", "QT_FONT_DPI"):  # conftest turns scaling off
        env.pop(variable, None)
    if font is not None:
        env["MAJLIS_LAPTOP_FONT"] = str(font)
    run = subprocess.run([sys.executable, "-m", "tests.laptop_screen", str(folder / "out.json"), str(shots),
                          *LANGUAGES], cwd=folder, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    report: dict[str, Any] = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    assert len(report["windows"]) >= 15 * len(LANGUAGES), sorted(report["windows"])
    return report


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    report = _measure(tmp_path_factory.mktemp("laptop"), SCREEN)
    assert report["scale"] == 1.5 and report["available"] == [911, 464], report  # the laptop, as Qt sees it
    return report


@pytest.fixture(scope="module")
def measured_24(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    report = _measure(tmp_path_factory.mktemp("laptop24"), SCREEN_24, 24.0)
    assert report["scale"] == 1.0 and report["available"] == [1366, 728], report
    return report


@pytest.fixture(scope="module")
def measured_20(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The laptop at 150 % with Settings → Font size at 20 points."""
    report = _measure(tmp_path_factory.mktemp("laptop20"), SCREEN, 20.0)
    assert report["scale"] == 1.5 and report["available"] == [911, 464], report
    return report


def room(report: dict[str, Any]) -> tuple[int, int]:
    width, height = report["available"]
    return width - FRAME[0], height - FRAME[1]


def test_every_window_opens_within_the_screen(measured: dict[str, Any]) -> None:
    """A window that opened larger than the screen had its bottom (OK and Cancel, the wizard's Next,
    the status bar) under the task bar or past the screen's edge. (No larger than its own smallest size
    allows: test_every_window_can_be_as_small_as_the_screen says that one fits too.)"""
    most_w, most_h = room(measured)
    too_big = {name: w["size"] for name, w in measured["windows"].items()
               if w["size"][0] > max(most_w, w["smallest"][0]) or w["size"][1] > max(most_h, w["smallest"][1])}
    assert not too_big, f"larger than {most_w}x{most_h} as they open: {too_big}"


def test_every_window_can_be_as_small_as_the_screen(measured: dict[str, Any]) -> None:
    """What a window's layout asks for at least. A focus group editor asked for 588 logical pixels of
    height (its Session details tab, a long form, set the height of every tab), a roundtable editor
    484, the coding window 505 (its column of codebook, memo and buttons), the survey import 509 and
    the conflict dialog 520 (a fixed minimum): each ran off the screen, its bottom out of reach."""
    most_w, most_h = room(measured)
    too_big = {name: w["smallest"] for name, w in measured["windows"].items()
               if w["smallest"][0] > most_w or w["smallest"][1] > most_h}
    assert not too_big, f"cannot be made as small as {most_w}x{most_h}: {too_big}"


def test_at_24_points_every_window_fits_the_screen(measured_24: dict[str, Any]) -> None:
    """With the largest text size (Settings → Font size, 24 points) on the laptop at 100 %: the withdrawal
    dialog opened 894 to 1,176 pixels tall (OK and Cancel below the screen), the survey import could be
    no shorter than 869, and the consent form no narrower than 1,414 in English (its language, text size
    and read-aloud controls and its ways of consenting each on one line)."""
    most_w, most_h = room(measured_24)
    too_big = {name: (w["size"], w["smallest"]) for name, w in measured_24["windows"].items()
               if max(w["size"][0], w["smallest"][0]) > most_w or max(w["size"][1], w["smallest"][1]) > most_h}
    assert not too_big, f"larger than {most_w}x{most_h} at 24 points: {too_big}"


def test_at_24_points_no_page_scrolls_sideways(measured_24: dict[str, Any]) -> None:
    """The main window as it opens on that laptop (1,180 pixels wide, not maximised), at 24 points: the
    Sessions filters, the Reports matrix's choices and exports (whose width every tab of Reports took)
    and the recommendation's form beside its list ran past the page's edge in English."""
    assert len(measured_24["pages"]) >= 9 * len(LANGUAGES), sorted(measured_24["pages"])
    cut = {page: parts for page, parts in measured_24["pages"].items() if parts}
    assert not cut, f"scroll sideways at 24 points: {cut}"


def test_every_page_fits_the_width_of_the_screen(measured: dict[str, Any]) -> None:
    """Each page of the main window (each tab in front) on the laptop, the window as large as the screen
    allows: no part of it scrolls sideways. The Sessions page's filters (836 logical pixels in Kurdish),
    the Codebook's five buttons above the tree, the Reports matrix's choices and exports on one line and
    the recommendation beside its list were cut off at one side, with a navigation 220 pixels wide for
    titles of 62 to 112."""
    assert len(measured["pages"]) >= 9 * len(LANGUAGES), sorted(measured["pages"])
    cut = {page: parts for page, parts in measured["pages"].items() if parts}
    assert not cut, f"scroll sideways at {room(measured)}: {cut}"


def test_the_transcript_shows_several_turns(measured: dict[str, Any]) -> None:
    """A facilitator typing a transcript reads the turns before the one being typed. The focus group
    editor on the laptop showed one or two turns: the text box's fixed 90 pixels and share of 220 to
    600, and the shortcut line under it (two or three lines), took the height. Now the table is given
    room for its turns first and the text box at least two lines; the shortcut line shows only where
    there is room for it (a button beside New turn shows it)."""
    for lang in LANGUAGES:
        shown = measured["transcript"][lang]
        one_line = min(shown["rows"])  # a turn of one line (the demo has several)
        assert one_line < 2 * shown["line"], (lang, shown)
        assert shown["viewport"] // one_line >= 5, (lang, shown)
        assert shown["text_box"] >= 2 * shown["line"], (lang, shown)  # still two lines to type in
        assert not shown["hint"], (lang, shown)


def test_no_window_takes_a_size_the_screen_may_not_have() -> None:
    """A window's first size goes through desktop/ui/widgets/screen_fit.fit_resize, so a window added
    later (and not built by tests/laptop_screen.py) cannot open larger than the screen either."""
    import re

    bare = re.compile(r"\.resize\(\s*\d+\s*,\s*\d+\s*\)")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in sorted((ROOT / "desktop" / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if bare.search(line)]
    assert not found, "sized without fit_resize:\n" + "\n".join(found)


def test_at_20_points_on_the_laptop_everything_fits(measured_20: dict[str, Any]) -> None:
    """Settings → Font size at 20 points on the laptop at 150 %: beside a navigation 262 pixels wide in
    English ("Recommendations"), the Sessions, Organisations, Codebook, Consent, Sync and Reports pages and
    the Recommendations and Surveys tabs scrolled sideways (tests/ui/test_pages_fit_at_20_points.py says
    by how much). Every page and tab now fits the window's width, and every window the screen."""
    assert len(measured_20["pages"]) >= 9 * len(LANGUAGES), sorted(measured_20["pages"])
    cut = {page: parts for page, parts in measured_20["pages"].items() if parts}
    assert not cut, f"scroll sideways at 20 points: {cut}"
    most_w, most_h = room(measured_20)
    too_big = {name: (w["size"], w["smallest"]) for name, w in measured_20["windows"].items()
               if max(w["size"][0], w["smallest"][0]) > most_w or max(w["size"][1], w["smallest"][1]) > most_h}
    assert not too_big, f"larger than {most_w}x{most_h} at 20 points: {too_big}"
