"""A wheel built by ``pip wheel .`` carries its translations, and an install of it speaks Kurdish.

Slow: builds the wheel (the build compiles the .ts files itself, setup.py), installs it into a
fresh virtual environment and runs the installed ``majlis --smoke-test --lang ckb``, reading the
report of what the window holds (PITFALLS: Packaging: a wheel without its .qm files shows English
words in a right-to-left layout, and nothing else would notice).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from desktop.i18n.catalogue import translate
from desktop.ui.registry import page_keys

# A wheel built and installed in a fresh environment: minutes, more on a loaded machine (pyproject: 15 for others).
pytestmark = pytest.mark.timeout(2400)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_speaks_kurdish(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
                   check=True, cwd=tmp_path)
    (wheel,) = wheels.glob("majlis-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for lang in ("ar", "ckb", "en"):
        assert f"desktop/ui/translations/majlis_{lang}.qm" in names
        assert f"desktop/i18n/catalogue/majlis_{lang}.ts" in names
    assert "desktop/ui/translations/qtbase_ckb.qm" in names
    assert "desktop/ui/translations/qtbase_ar_extra.qm" in names  # Arabic file dialogs' labels
    for lang in ("ar", "ckb", "en"):  # the help pages and their pictures (F1)
        assert f"desktop/resources/help/{lang}/consent.html" in names
        assert f"desktop/resources/help/{lang}/conflicts.png" in names

    env_dir = tmp_path / "fresh venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    report = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("PYTHONPATH", None)
    run = subprocess.run(
        [str(bindir / "majlis"), "--smoke-test", "--lang", "ckb", "--page", "settings", "--report", str(report)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["pages"] == page_keys()
    assert result["right_to_left"] and result["untranslated"] == []
    assert result["navigation"]["settings"] == translate("ckb", "MainWindow", "Settings") != "Settings"
