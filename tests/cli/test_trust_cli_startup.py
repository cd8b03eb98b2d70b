"""majlis-cli loads what a command needs: a bundle import does not pay for the Excel writer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_the_command_line_does_not_import_the_exports_or_qt() -> None:
    code = ("import sys, desktop.cli, desktop.sync.importer; "
            "print(sorted(m for m in ('openpyxl', 'desktop.exports.xlsx', 'desktop.exports.qdpx', 'PySide6') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    parser_names = subprocess.run([sys.executable, "-m", "desktop.cli", "export", "--help"], cwd=ROOT,
                                  capture_output=True, text=True, check=True).stdout
    assert "xlsx" in parser_names and "qdpx" in parser_names  # the commands are all there


# Modules a day's ``bundle import`` never needs: schema upgrades (Alembic, with Mako and Pygments),
# the advocacy record, the roster commands, the REFI-QDA reader.
NOT_FOR_AN_IMPORT = ("alembic", "mako", "pygments", "desktop.core.recommendations", "desktop.core.support",
                     "desktop.core.survey_import", "desktop.sync.roster", "desktop.sync.devices",
                     "desktop.exports.refi_qda", "openpyxl", "PySide6")


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_a_bundle_import_process_loads_only_what_it_needs(tmp_path: Path) -> None:
    from desktop.core.ids import new_id
    from desktop.core.models import Team
    from desktop.sync import keys
    from tests.stores import fresh_store

    db = tmp_path / "centre.db"
    identity = keys.generate_identity()
    centre = fresh_store(db, "pass phrase", "centre")
    with centre.transaction(replicating=True) as s:  # a centre: a database in no team reads no file
        s.add(Team(id=new_id(), name="Basra", recipients=[keys.recipient_of(identity)], is_central=True))
    centre.close()
    key = tmp_path / "team.key"
    keys.write_identity_file(key, [identity])
    (tmp_path / "day.majlis").write_bytes(b"not a bundle")
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: print(sorted(m for m in {NOT_FOR_AN_IMPORT!r} if m in sys.modules)))\n"
            "from desktop.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run(
        [sys.executable, "-c", code, "bundle", "import", "--db", str(db), "--identity-file", str(key),
         str(tmp_path / "day.majlis")],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "MAJLIS_PASSPHRASE": "pass phrase"})
    assert done.returncode == 1, done.stderr  # the file was opened, checked and refused
    assert "refused" in done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
