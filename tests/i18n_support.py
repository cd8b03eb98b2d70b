"""Helpers shared by the tests/test_i18n_*.py files: reading .ts files, compiling .qm, lupdate."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
APP_TS = {"ar": TRANSLATIONS / "majlis_ar.ts", "ckb": TRANSLATIONS / "majlis_ckb.ts"}
# English is the source; this file holds only the plural forms of the %n messages.
ENGLISH_PLURALS_TS = TRANSLATIONS / "majlis_en.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # one for plain messages, the numerus forms otherwise

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                unfinished = True
            else:
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.findall("numerusform"))
                else:
                    forms = (translation.text or "",)
            out.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    numerus,
                    unfinished,
                    forms,
                )
            )
    return root.get("language", ""), out


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not available: run .ci/setup")
    return found


def lrelease() -> str:
    return _tool("pyside6-lrelease")


def lupdate() -> str:
    return _tool("pyside6-lupdate")


def compile_all(out: Path) -> Path:
    """Every translations/*.ts compiled into ``out`` (fresh, so a test never sees a stale .qm)."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    return out


def python_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def stale_built_translations(root: Path = ROOT) -> list[str]:
    """The translations whose built copies in the package (``desktop/ui/translations/*.qm``, and the
    ``desktop/i18n/catalogue/majlis_*.ts`` the Qt-free catalogue reads) are missing or older than
    ``translations/*.ts``: after a developer edits or regenerates a .ts, tests that load the
    package's own translations would otherwise show the old texts, or English, without a word."""
    stale = []
    for ts in sorted((root / "translations").glob("*.ts")):
        qm = root / "desktop" / "ui" / "translations" / f"{ts.stem}.qm"
        copy = root / "desktop" / "i18n" / "catalogue" / ts.name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(qm.name)
        if ts.stem.startswith("majlis_") and (not copy.exists() or copy.read_bytes() != ts.read_bytes()):
            stale.append(f"catalogue/{ts.name}")
    return stale


def rebuild_built_translations(root: Path = ROOT) -> None:
    """``.ci/build_translations`` with this interpreter's lrelease (it writes each file by rename,
    so test processes reading them meanwhile see the old file or the new one, never half)."""
    subprocess.run(["sh", str(root / ".ci" / "build_translations")], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PY": sys.executable})
