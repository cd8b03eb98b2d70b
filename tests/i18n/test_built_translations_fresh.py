"""A test run never loads translations older than translations/*.ts: the package's built copies
(.qm for Qt, the catalogue's .ts copies for majlis-cli) are made again when a .ts is newer."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.i18n_support import ROOT, rebuild_built_translations, stale_built_translations


def _checkout_copy(tmp_path: Path) -> Path:
    """What build_translations reads and writes, in a folder of its own."""
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "translations", root / "translations", ignore=shutil.ignore_patterns("*.py"))
    (root / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "build_translations", root / ".ci" / "build_translations")
    (root / "desktop" / "ui" / "translations").mkdir(parents=True)
    (root / "desktop" / "i18n" / "catalogue").mkdir(parents=True)
    return root


def test_missing_then_built_then_a_newer_ts_is_stale_again(tmp_path: Path) -> None:
    root = _checkout_copy(tmp_path)
    assert "majlis_ar.qm" in stale_built_translations(root)
    assert "catalogue/majlis_ckb.ts" in stale_built_translations(root)

    rebuild_built_translations(root)
    assert stale_built_translations(root) == []

    # A translator's edit: the .ts changes after the build.
    ts = root / "translations" / "majlis_ckb.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("</TS>", "<!-- edited --></TS>"), encoding="utf-8")
    later = (root / "desktop" / "ui" / "translations" / "majlis_ckb.qm").stat().st_mtime + 5
    os.utime(ts, (later, later))
    assert set(stale_built_translations(root)) == {"majlis_ckb.qm", "catalogue/majlis_ckb.ts"}


def test_this_checkout_was_made_fresh_before_the_run() -> None:
    assert stale_built_translations() == []
