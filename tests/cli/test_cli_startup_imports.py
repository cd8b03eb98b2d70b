"""Each `majlis-cli` command imports what it needs when it runs, not every command's implementation.

Coordinators run `majlis-cli` in loops (one `bundle import` per file, `bundle status`, `device pending
--json`): a command that loads SQLAlchemy, the models, age and the importer before it looks at its
arguments pays for them at every call, and `--help` or a mistyped flag paid for all of them. The
benchmark (benchmarks/bench_cli_startup.py) says how long; these tests say what is loaded, in a fresh
interpreter each, so that a top-level import added back to a command module fails here.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

ROOT = Path(__file__).resolve().parents[2]

# Run ``main`` on each argument list given (one per line of stdin), then print which of the
# modules named in argv[1:] were loaded: ``main`` never exits the interpreter.
_PROBE = (
    "import sys\n"
    "from desktop.cli import main\n"
    "codes = [main(line.split('\\t')) for line in sys.stdin.read().splitlines()]\n"
    "print(codes)\n"
    "print(sorted(m for m in sys.argv[1:] if m in sys.modules))\n"
)

# The store and what every command that opens it loads; the age and signature libraries; the
# importer, the roster's approval, the exports, Qt.
STORE = ("sqlalchemy", "sqlcipher3", "desktop.core.db", "desktop.core.models")
HEAVY = (*STORE, "pyrage", "cryptography", "desktop.sync.keys", "desktop.sync.importer", "desktop.sync.export",
         "desktop.sync.team", "desktop.core.withdrawal", "desktop.core.status", "openpyxl", "PySide6")


def _probe(commands: list[list[str]], watched: tuple[str, ...], db: Path | None = None) -> tuple[list[int], list[str]]:
    env = {**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", _PROBE, *watched], cwd=ROOT, env=env, check=True,
                          input="\n".join("\t".join(c) for c in commands), capture_output=True, text=True)
    codes, loaded = done.stdout.strip().splitlines()[-2:]
    return ast.literal_eval(codes), ast.literal_eval(loaded)


def test_the_parser_help_version_and_usage_errors_load_no_implementation() -> None:
    codes, loaded = _probe([["--version"], ["--help"], ["bundle", "import", "--help"], ["export"],
                            ["bundle", "import", "--db"], ["no-such-command"]], HEAVY)
    assert codes == [0, 0, 0, 64, 64, 64]  # `export` alone: a usage error naming the formats (was exit 1)
    assert loaded == []


@pytest.mark.slow  # whole processes opening a real store: CI runs it
def test_a_command_loads_its_own_implementation_and_not_the_others(tmp_path: Path) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    for command, needs, never in (
        (["bundle", "status", "--db", str(db)], ("desktop.sync.devices", "desktop.sync.clash_log"),
         ("pyrage", "desktop.sync.importer", "desktop.sync.team", "desktop.sync.keys", "desktop.core.status")),
        (["device", "pending", "--db", str(db), "--json"], ("desktop.sync.roster",),
         ("pyrage", "desktop.sync.importer", "desktop.sync.keys", "desktop.sync.devices")),
        (["status", "--db", str(db)], ("desktop.core.status",),
         ("desktop.sync.roster", "desktop.sync.devices", "desktop.core.withdrawal", "pyrage")),
    ):
        codes, loaded = _probe([command], (*STORE, *needs, *never))
        assert codes == [0], command
        assert loaded == sorted((*STORE, *needs)), command  # its own, and none of ``never``


# Run as majlis-cli runs (``main()`` reading the process's own command line), or as a caller embedding it
# (``main(argv)``); at exit: how many objects are frozen, whether the collector runs, how many collections.
_COLLECTOR = (
    "import atexit, gc, sys\n"
    "runs = []\n"
    "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info['generation']))\n"
    "atexit.register(lambda: print(gc.get_freeze_count(), gc.isenabled(), len(runs)))\n"
    "from desktop.cli import main\n"
    "own = sys.argv.pop(1) == 'own'\n"
    "sys.exit(main() if own else main(sys.argv[1:]))\n"
)


def _collector(how: str, command: list[str]) -> tuple[int, bool, int]:
    env = {**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", _COLLECTOR, how, *command], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    frozen, enabled, runs = done.stdout.strip().splitlines()[-1].split()
    return int(frozen), enabled == "True", int(runs)


@pytest.mark.slow  # whole processes opening a real store: CI runs it
def test_a_command_loads_its_implementation_with_the_collector_paused_then_frozen(tmp_path: Path) -> None:
    """SQLAlchemy, the models, the store and the importer made ~180 collections walk what was loaded so far
    (about 60 ms of a day's import, desktop.cli.loading): as majlis-cli, they are loaded with the collector
    paused, then frozen, and the collector runs again after. A caller giving ``main`` its arguments keeps
    its collector as it is (nothing frozen)."""
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    empty = tmp_path / "stick"
    empty.mkdir()
    for command in (["bundle", "status", "--db", str(db)], ["bundle", "import", "--db", str(db), str(empty)]):
        frozen, enabled, runs = _collector("own", command)
        kept, enabled_there, runs_there = _collector("embedded", command)
        assert enabled and enabled_there, command
        assert kept == 0, command
        assert frozen > 50_000, command  # the modules' objects: out of the collector's sight
        assert runs < runs_there / 2, command
