"""Every `majlis-cli` command and flag is documented in the README: coordinators script against them.

The parser is walked as argparse builds it, so a command or flag added without a README row fails
here, and a row left behind for a command that no longer exists fails too.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.cli import build_parser
from tests.frozen_checks import readme_rows

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for sub in subs:
        for name, child in sub.choices.items():
            yield from _commands(child, (*path, name))


def _flags(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions if not isinstance(action, argparse._HelpAction)
            for option in action.option_strings if option.startswith("--")}


def _common_flags(text: str) -> set[str]:
    """Flags the README documents once for every command, in the paragraph above the tables."""
    intro = text.split("## The command line", 1)[1].split("\n|", 1)[0]
    return set(re.findall(r"`(--[a-z-]+)", intro))


def test_every_command_and_flag_has_a_readme_row() -> None:
    text = README.read_text(encoding="utf-8")
    rows, common = readme_rows(README), _common_flags(text)
    assert "--passphrase-file" in common
    missing: list[str] = []
    for path, parser in _commands(build_parser()):
        command = " ".join(path)
        row = rows.get(command)
        if row is None:
            missing.append(f"majlis-cli {command}")
            continue
        missing += [f"majlis-cli {command} {flag}" for flag in sorted(_flags(parser) - common)
                    if not re.search(rf"{re.escape(flag)}(?![a-z-])", row)]
    assert not missing, f"not documented in README.md: {missing}"


def test_no_readme_row_for_a_command_that_does_not_exist() -> None:
    known = {" ".join(path) for path, _ in _commands(build_parser())}
    documented = set(readme_rows(README)) - {"--version"}
    assert documented - known == set()


def test_the_walk_sees_nested_commands_and_their_flags() -> None:
    # The checks above pass vacuously if the walk finds nothing: it must reach three-word commands.
    commands = dict((" ".join(path), parser) for path, parser in _commands(build_parser()))
    assert "team key export" in commands and "bundle import" in commands
    assert {"--db", "--identity-file"} <= _flags(commands["bundle import"])
    assert len(commands) >= 30
