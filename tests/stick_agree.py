"""Reading what `majlis-cli bundle import` and the Sync page say of one stick, so that a test can compare
them: their counts (the CLI's last line, the page's heading) and the line each gives a file. Shared by
tests/ui/test_sync_stick_cli_and_page_agree.py (the centre) and test_sync_second_coordinator_stick_agree.py."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

_CLI_COUNTS = re.compile(r"(\d+) of (\d+) bundles? imported or already present; (\d+) held for approval; "
                         r"(?:(\d+) already waiting for approval; )?(\d+) refused")
_PAGE_COUNTS = re.compile(r"Import finished\. Files: (\d+)\. Imported: (\d+), already present: (\d+), held for "
                          r"approval: (\d+), (?:already waiting for approval: (\d+), )?refused: (\d+)\.")


def cli_counted(out: str) -> dict[str, int]:
    """The counts of the CLI's last line of output (files, done, held, waiting, refused)."""
    last = out.splitlines()[-1]
    found = _CLI_COUNTS.fullmatch(last)
    assert found is not None, out
    done, files, held, waiting, refused = (int(n or 0) for n in found.groups())
    return {"files": files, "done": done, "held": held, "waiting": waiting, "refused": refused}


def page_counted(heading: str) -> dict[str, int]:
    """The counts of the page's heading line, as cli_counted gives the CLI's (imported + present: done)."""
    found = _PAGE_COUNTS.match(heading)
    assert found is not None, heading
    files, imported, present, held, waiting, refused = (int(n or 0) for n in found.groups())
    return {"files": files, "done": imported + present, "held": held, "waiting": waiting, "refused": refused}


def page_file_lines(lines: list[str]) -> Iterator[tuple[str, str]]:
    """(file name, what is said of it) for each of the page's lines after its heading."""
    for line in lines[1:]:
        parts = re.fullmatch("\u2066([^\u2069]*)\u2069: (.*)", line)
        assert parts is not None, line
        name, said = parts.groups()
        yield name, said


def without_code(reason: str) -> str:
    """A CLI refusal's reason without its leading ``[code]``: the words the page says too."""
    return re.sub(r"^\[\w+\] ", "", reason)


def copy_for_the_cli(db: Path, tmp: Path) -> Path:
    """A copy of the (closed) database as it is, for the CLI to import into while the page uses the other."""
    copy = tmp / f"cli-{db.name}"
    shutil.copyfile(db, copy)
    return copy
