"""The real PyInstaller build starts: the folder holds a windowed Majlis and a console majlis-cli.

Slow (about a minute): it builds from build.spec into a temporary folder, then uses both programs
the way an IT helper would after copying the folder from a USB stick.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_pyinstaller_folder_starts(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed in this environment")
    build = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work")],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "Majlis"
    # Run from a copy elsewhere, with a minimal environment: nothing from the build tree or the venv.
    copy = shutil.copytree(folder, tmp_path / "usb" / "Majlis", symlinks=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "MAJLIS_PASSPHRASE": "packaged", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "LANG": os.environ.get("LANG", "C.UTF-8")}
    cli = str(copy / "majlis-cli")
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, env=env, check=False)
    assert version.returncode == 0 and version.stdout.startswith("majlis ")
    db = tmp_path / "field.db"
    demo = subprocess.run([cli, "demo", "--db", str(db), "--sessions", "4"], capture_output=True, text=True,
                          env=env, check=False)
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run([cli, "check", "--db", str(db)], capture_output=True, text=True, env=env, check=False)
    assert check.returncode == 0, check.stderr  # the frozen app found and ran its Alembic migrations
    shot = tmp_path / "shot.png"
    gui = subprocess.run([str(copy / "Majlis"), "--smoke-test", "--lang", "ckb", "--screenshot", str(shot)],
                         capture_output=True, text=True, env=env, check=False, timeout=120)
    assert gui.returncode == 0, gui.stderr[-3000:]
    assert shot.stat().st_size > 10_000
