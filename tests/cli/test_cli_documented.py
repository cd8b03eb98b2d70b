"""Every `majlis-cli` command and flag is documented in the README: coordinators script against them.

The parser is walked as argparse builds it, so a command or flag added without a README row fails
here, and a row left behind for a command that no longer exists fails too; a row's usage (its first
cell) names only flags the command has, with the values it takes. The exit codes the README's "Exit
codes" paragraph gives are those the code gives, each for what the paragraph says.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.cli import build_parser
from desktop.cli.common import INTERRUPTED_EXIT, SOFTWARE_EXIT, USAGE_EXIT
from desktop.core.errors import MajlisError
from tests.frozen_checks import readme_rows

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


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


# --- each row's usage --------------------------------------------------------------------------------


def _usages(text: str) -> Iterator[tuple[str, str]]:
    """(command, its usage after the command words) of each README row: `majlis-cli team create --db PATH …`."""
    for line in text.splitlines():
        match = re.match(r"\| `majlis-cli ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)([^`]*)`", line)
        if match:
            yield match.group(1), match.group(2).replace("\\|", "|")


def test_each_row_names_only_flags_its_command_has_with_their_values() -> None:
    text = README.read_text(encoding="utf-8")
    commands = {" ".join(path): parser for path, parser in _commands(build_parser())}
    wrong: list[str] = []
    for command, usage in _usages(text):
        parser = commands[command]
        wrong += [f"majlis-cli {command} {flag}: no such flag" for flag in re.findall(r"--[a-z][a-z-]*", usage)
                  if flag not in _flags(parser) | _common_flags(text)]
        for action in parser._actions:
            if not action.choices or not action.option_strings:
                continue
            flag, choices = action.option_strings[-1], {str(choice) for choice in action.choices}
            shown = re.search(rf"{re.escape(flag)} ([\w.-]+(?:\|[\w.-]+)+)", usage)  # `--scope all|quotes`
            if shown and set(shown.group(1).split("|")) != choices:
                wrong.append(f"majlis-cli {command} {flag} {shown.group(1)}: takes {'|'.join(sorted(choices))}")
    assert not wrong, f"README.md usages that the parser does not take: {wrong}"


# --- exit codes ----------------------------------------------------------------------------------------


def _exit_codes(text: str) -> dict[int, str]:
    """The README's "Exit codes" paragraph: each code with what it says of it."""
    paragraph = text.split("\nExit codes: ", 1)[1].split("\n\n", 1)[0]
    parts = re.split(r"`(\d+)` ", paragraph)
    return {int(parts[i]): " ".join(parts[i + 1].split()) for i in range(1, len(parts), 2)}


def _error_classes() -> set[type[MajlisError]]:
    """Every error class of the headless layers and the CLI, each module imported (never desktop.ui)."""
    for layer in ("core", "sync", "exports", "i18n", "cli"):
        for path in sorted((ROOT / "desktop" / layer).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            if "migrations" not in module and not module.endswith("__main__"):
                importlib.import_module(module)
    found: set[type[MajlisError]] = set()
    todo = [MajlisError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def _returned_codes() -> set[int]:
    """The numbers the CLI's commands return themselves (``return 3``), besides their errors' codes."""
    codes: set[int] = set()
    for path in (ROOT / "desktop" / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) \
                    and type(node.value.value) is int:
                codes.add(node.value.value)
    return codes


def test_the_exit_codes_the_code_gives_are_those_the_readme_gives() -> None:
    documented = set(_exit_codes(README.read_text(encoding="utf-8")))
    given = {cls.exit_code for cls in _error_classes()} | _returned_codes() \
        | {USAGE_EXIT, SOFTWARE_EXIT, INTERRUPTED_EXIT}
    assert documented == {0, 1, 2, 3, 4, 64, 70, 130}  # the paragraph is read whole
    assert given - documented == set(), f"exit codes the README does not give: {sorted(given - documented)}"
    assert documented - given == set(), f"exit codes no command gives: {sorted(documented - given)}"


def test_each_exit_code_is_given_for_what_the_readme_says() -> None:
    from desktop.cli.common import Unforeseen, UsageError
    from desktop.cli.sync_commands import SyncCommandError
    from desktop.core.errors import (
        DamagedDatabase,
        DatabaseExists,
        DatabaseMissing,
        EnvironmentProblem,
        Missing,
        NewerDatabase,
        NotADatabase,
        OutputExists,
        WrongPassphrase,
    )
    from desktop.core.store_lock import DatabaseInUse

    said = _exit_codes(README.read_text(encoding="utf-8"))
    meant = [(DamagedDatabase.exit_code, "is damaged"), (SyncCommandError.exit_code, "a bundle was refused"),
             (WrongPassphrase.exit_code, "wrong passphrase"), (NotADatabase.exit_code, "not a Majlis database"),
             (DatabaseMissing.exit_code, "missing"), (Missing.exit_code, "an id that is not there"),
             (DatabaseExists.exit_code, "already exists (`init` on an existing database"),
             (OutputExists.exit_code, "a bundle or key file that would be overwritten"),
             (NewerDatabase.exit_code, "written by a newer Majlis"),
             (EnvironmentProblem.exit_code, "the environment (disk full"),
             (DatabaseInUse.exit_code, "the database open in another program"),
             (UsageError.exit_code, "a usage error"), (Unforeseen.exit_code, "an error not foreseen"),
             (INTERRUPTED_EXIT, "interrupted by Ctrl+C")]
    wrong = [f"{code}: {words}" for code, words in meant if words not in said.get(code, "")]
    assert not wrong, f"README.md's Exit codes give these under another code: {wrong}"


def test_every_exit_a_row_gives_is_a_documented_code() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = set(int(code) for code in re.findall(r"\bexit (\d+)", section))
    assert rows, "the README's rows give no exit code"
    assert rows - set(_exit_codes(text)) == set()
