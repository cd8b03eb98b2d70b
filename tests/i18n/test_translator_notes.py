"""The .ts files carry only notes written for translators.

pyside6-lupdate reads every ``#:`` comment as a translator's note and hands it, with the others gathered
since the last translatable string, to the next translatable string of the file, however far below. Code
comments written in that form (a constant's meaning, a limit's reason) reached Qt Linguist as notes on
unrelated strings: "Says a line (and for how many milliseconds...)" on "An export is already running...",
six survey constants on "The form {file} is protected by a password...". A note for translators is a
``#:`` block directly above its string; every other comment is a plain ``#``."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.i18n_support import APP_TS, ROOT, lupdate, python_sources

# A call lupdate reads: its name, then its string (on the line, or on the next one).
TRANSLATABLE = re.compile(r"(?<!\w)(?:tr|translate|QT_TRANSLATE_NOOP3?|QT_TR_NOOP)\s*\(\s*(?:[rbfu]*[\"']|$)")


def written_notes() -> tuple[set[str], list[str]]:
    """The notes in the code (``#:`` blocks directly above a translatable string), and the ``#:`` comments
    that lupdate would hand to a string they are not above (file:line)."""
    notes: set[str] = set()
    strays: list[str] = []
    for path in python_sources():
        lines = path.read_text(encoding="utf-8").splitlines()
        pending: list[int] = []
        for n, line in enumerate(lines):
            if line.strip().startswith("#:"):
                pending.append(n)
            elif TRANSLATABLE.search(line):
                if pending and pending == list(range(n - len(pending), n)):
                    notes.add(" ".join(lines[p].strip()[2:].strip() for p in pending))
                else:
                    strays += [f"{path.relative_to(ROOT)}:{p + 1}" for p in pending]
                pending = []
    return notes, strays


def notes_in(ts: Path) -> set[str]:
    return {note.text or "" for note in ET.parse(ts).getroot().iter("extracomment")}


def test_no_code_comment_is_read_as_a_translators_note() -> None:
    notes, strays = written_notes()
    assert not strays, f"a code comment written '#:' would reach translators: make it '# ': {strays}"
    assert notes  # the real notes are still found (the reading is not blind)


def test_the_ts_files_carry_only_the_notes_written_for_translators(tmp_path: Path) -> None:
    fresh, listing = tmp_path / "fresh.ts", tmp_path / "sources.lst"
    listing.write_text("\n".join(str(p) for p in python_sources()) + "\n", encoding="utf-8")
    subprocess.run([lupdate(), "-silent", "-locations", "none", "-target-language", "ar", f"@{listing}",
                    "-ts", str(fresh)], check=True)
    notes, _ = written_notes()
    assert notes_in(fresh) == notes  # what lupdate makes of the code
    for ts in APP_TS.values():
        assert notes_in(ts) == notes, f"run .ci/update_translations ({ts.name})"
