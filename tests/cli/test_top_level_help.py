"""``majlis-cli --help`` said ``export  write exports (xlsx, qdpx) from a database`` while ``export``
also writes brief, qdc and pdf, and ``team  create or join a team; team updates`` left out ``team
file`` and ``team key``: a coordinator reading the top-level help did not learn they exist. Each
group's line now names what is under it, checked against the parser itself (a format or action added
later fails here until the line names it)."""

from __future__ import annotations

import argparse
import re

import pytest

from desktop.cli import build_parser
from tests.cli_run import run

# What each group's line must name for each action under it: the action's own name unless a word
# says it better.
NAMED_BY = {
    "export": {},  # every format by its name, in the brackets
    "team": {},
    "bundle": {},
    "participants": {"list": "pseudonyms", "duplicates": "shared pseudonyms"},
}


def _groups() -> dict[str, tuple[str, list[str]]]:
    """Each top-level command: its help line and the names of the commands under it."""
    parser = build_parser()
    top = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help or "" for c in top._choices_actions}
    found = {}
    for name, child in top.choices.items():
        subs = [a for a in child._actions if isinstance(a, argparse._SubParsersAction)]
        found[name] = (helps[name], [n for s in subs for n in s.choices])
    return found


@pytest.mark.parametrize("group", sorted(NAMED_BY))
def test_a_group_line_names_what_is_under_it(group: str) -> None:
    line, actions = _groups()[group]
    assert actions, group
    for action in actions:
        word = NAMED_BY[group].get(action, action)
        assert re.search(rf"\b{re.escape(word)}", line), (group, action, line)


def test_export_names_exactly_its_formats(capsys: pytest.CaptureFixture[str]) -> None:
    line, formats = _groups()["export"]
    listed = re.search(r"\(([^)]*)\)", line)
    assert listed is not None, line
    assert listed.group(1).split(", ") == formats
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "(xlsx, qdpx, brief, qdc, pdf)" in " ".join(out.split())
