"""majlis-cli loads what a command needs: a bundle import does not pay for the Excel writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_does_not_import_the_exports_or_qt() -> None:
    code = ("import sys, desktop.cli, desktop.sync.importer; "
            "print(sorted(m for m in ('openpyxl', 'desktop.exports.xlsx', 'desktop.exports.qdpx', 'PySide6') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    parser_names = subprocess.run([sys.executable, "-m", "desktop.cli", "export", "--help"], cwd=ROOT,
                                  capture_output=True, text=True, check=True).stdout
    assert "xlsx" in parser_names and "qdpx" in parser_names  # the commands are all there
