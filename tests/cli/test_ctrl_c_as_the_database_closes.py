"""Ctrl+C pressed as a command ends, while the database closes (SQLite copying its log into the file
takes a moment after a day's import): SQLAlchemy's connection pool logs the KeyboardInterrupt it meets
there before it lets it go on, and with no logging set up Python's last-resort handler printed it on
stderr, ``Exception closing connection <sqlcipher3.dbapi2.Connection …>`` and a whole traceback,
before ``majlis-cli: interrupted``. Errors are one line, never a traceback (README). Found by pressing
Ctrl+C at random moments of ``bundle import``; here the Ctrl+C is a real SIGINT of a real majlis-cli
process, sent by the close itself so that it lands there every time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

ROOT = Path(__file__).resolve().parents[2]

# majlis-cli as pip's wrapper runs it, with the SQLite connection's close followed by a Ctrl+C (the
# close itself is SQLAlchemy's own, done whole first).
_CLOSE_THEN_CTRL_C = """
import signal, sys
from sqlalchemy.engine import default
closing = default.DefaultDialect.do_close
def close_then_ctrl_c(self, connection):
    closing(self, connection)
    signal.raise_signal(signal.SIGINT)
default.DefaultDialect.do_close = close_then_ctrl_c
from desktop.cli_entry import main
sys.exit(main())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal raised in the process")
def test_ctrl_c_as_the_database_closes_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    proc = subprocess.run([sys.executable, "-c", _CLOSE_THEN_CTRL_C, "status", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "MAJLIS_PASSPHRASE": PASSPHRASE})
    assert "Traceback" not in proc.stderr and "Exception closing" not in proc.stderr, proc.stderr
    assert (proc.returncode, proc.stderr) == (130, "majlis-cli: interrupted\n"), proc.stderr
