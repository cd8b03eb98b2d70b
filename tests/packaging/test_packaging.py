"""The real PyInstaller build, used the way an IT helper would after copying it from a USB stick.

Slow (several minutes): builds from build.spec into a temporary folder, then runs the frozen checks
(tests/frozen_checks.py) from a copy: every majlis-cli command of the README on real databases, and
the smoke test of every page in every language, asserting on what the window holds (its pages,
translated texts, direction) through the JSON report, and the size budget of the zipped folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests import frozen_checks

# The app built by PyInstaller from a clean tree: minutes, more on a loaded machine (pyproject: 15 for others).
pytestmark = pytest.mark.timeout(2400)

ROOT = Path(__file__).resolve().parents[2]
ZIP_BUDGET = 60_000_000  # the 60 MB, in decimal megabytes (57.2 MiB)


def zip_folder(folder: Path, out: Path) -> Path:
    """The portable zip as .ci/package_zip makes it (symbolic links kept as links)."""
    subprocess.run([sys.executable, str(ROOT / ".ci" / "package_zip.py"), str(folder), str(out)], check=True)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "PyInstaller is a dev dependency: pip install -e '.[dev]'"
    build = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "work")],
        capture_output=True, text=True, check=False, cwd=tmp,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    return tmp / "dist" / "Majlis"


@pytest.mark.slow
def test_frozen_folder_passes_the_frozen_checks(built: Path) -> None:
    assert frozen_checks.main([str(built)]) == 0


@pytest.mark.slow
def test_frozen_folder_carries_translations_and_babel_parents(built: Path) -> None:
    internal = built / "_internal"
    for lang in ("ar", "ckb", "en"):
        assert (internal / "desktop" / "ui" / "translations" / f"majlis_{lang}.qm").stat().st_size > 0
        assert (internal / "desktop" / "i18n" / "catalogue" / f"majlis_{lang}.ts").is_file()
    babel = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert {"en_GB", "en_001", "en", "ar_IQ", "ar", "ckb_IQ", "ckb", "root"} <= babel
    assert len(babel) < 20, sorted(babel)  # trimmed: not all 700+ locales


@pytest.mark.slow
def test_frozen_folder_has_no_stdlib_openssl(built: Path) -> None:
    """build.spec leaves out ``_hashlib``, ``_ssl`` and the libcrypto and libssl only they load (2.3 MB
    zipped; test_without_stdlib_openssl.py runs the code with them blocked); cryptography's own stays."""
    internal = built / "_internal"
    names = {path.name for path in internal.rglob("*")}
    assert not {name for name in names if name.startswith(("libcrypto", "libssl", "_hashlib", "_ssl."))}
    assert not (internal / "ssl.pyc").exists()
    assert list((internal / "cryptography" / "hazmat" / "bindings").glob("_rust*"))


@pytest.mark.slow
def test_zipped_folder_fits_the_budget(built: Path, tmp_path: Path) -> None:
    out = zip_folder(built, tmp_path / "Majlis-linux.zip")
    size = out.stat().st_size
    assert size <= ZIP_BUDGET, f"{size / 1e6:.2f} MB zipped ({size / 2**20:.2f} MiB), budget {ZIP_BUDGET / 1e6:.0f} MB"
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "Majlis/Majlis" in names and "Majlis/majlis-cli" in names


@pytest.mark.slow
def test_folder_copied_without_internal_refuses_clearly(built: Path, tmp_path: Path) -> None:
    """A folder copied without its ``_internal`` files: the program stops with a message, it does not hang."""
    copy = tmp_path / "broken"
    copy.mkdir()
    shutil.copy2(built / "majlis-cli", copy / "majlis-cli")
    run = subprocess.run([str(copy / "majlis-cli"), "--version"], capture_output=True, text=True, timeout=60,
                         check=False)
    assert run.returncode != 0
    assert "_internal" in run.stderr or "libpython" in run.stderr or "Python" in run.stderr, run.stderr
