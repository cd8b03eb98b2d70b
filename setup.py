"""The package build compiles the translations itself (PITFALLS: Packaging).

``pip install .``, ``pip wheel .`` and an editable install all run ``build_py``; this one first
compiles ``translations/*.ts`` into ``desktop/ui/translations/*.qm`` with the ``lrelease`` that
PySide6-Essentials ships (a build requirement in pyproject.toml) and copies the ``majlis_*.ts``
catalogues into ``desktop/i18n/catalogue/`` for Qt-free translation. Without this step a wheel
carries no translations and the interface shows English words in a right-to-left layout.
Everything else about the project is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "desktop" / "ui" / "translations"
CATALOGUE_DIR = ROOT / "desktop" / "i18n" / "catalogue"


def find_lrelease() -> list[str]:
    """The lrelease binary inside the installed PySide6 package (no PATH needed in an isolated build)."""
    import PySide6  # a build requirement; an ImportError here names what is missing

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease"):
        candidate = folder / name
        if candidate.is_file():
            return [str(candidate)]
    # Some PySide6 layouts only expose the tool through the console-script wrapper.
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"]


def compile_translations() -> list[Path]:
    sources = sorted(TS_DIR.glob("*.ts"))
    if not sources:
        raise SystemExit(f"no .ts files in {TS_DIR}: the build cannot carry translations")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    built = []
    for ts in sources:
        qm = QM_DIR / f"{ts.stem}.qm"
        # Written beside the target and renamed over it: Qt maps a loaded .qm file into memory, and a
        # running Majlis (or a test process) whose file is truncated in place dies of SIGBUS at its
        # next translated string; a rename leaves the old file whole for whoever still maps it.
        partial = qm.with_name(f".{qm.name}.partial")
        # -nounfinished: an unfinished entry must show English, never an empty string.
        subprocess.run([*lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(partial)], check=True)
        if not partial.is_file() or partial.stat().st_size == 0:
            raise SystemExit(f"lrelease wrote no {qm.name}")
        partial.replace(qm)
        built.append(qm)
        if ts.stem.startswith("majlis_"):
            catalogue = CATALOGUE_DIR / ts.name
            partial = catalogue.with_name(f".{ts.name}.partial")
            shutil.copyfile(ts, partial)
            partial.replace(catalogue)
            built.append(catalogue)
    return built


class BuildTranslations(Command):
    """``python setup.py build_translations``: the same step on its own."""

    description = "compile translations/*.ts into the package"
    user_options: list[tuple[str, str | None, str]] = []

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        for path in compile_translations():
            self.announce(f"built {path.relative_to(ROOT)}", level=2)


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        # Before build_py collects package data, so the fresh files are in the wheel.
        if TS_DIR.is_dir():
            self.run_command("build_translations")
        super().run()


setup(cmdclass={"build_translations": BuildTranslations, "build_py": BuildPyWithTranslations})
