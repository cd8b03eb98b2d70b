"""The Qt-free catalogue gives the same words as Qt's own translator, from the same .ts files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.i18n import catalogue
from tests.i18n_support import APP_TS, ROOT, read_ts

QM_DIR = ROOT / "desktop" / "ui" / "translations"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_catalogue_matches_qt_translator(lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_DIR / f"majlis_{lang}.qm"))
    messages = [m for m in read_ts(APP_TS[lang])[1] if not m.unfinished]
    assert len(messages) > 100
    for m in messages:
        for n in ((1, 2, 3, 11, 100) if m.numerus else (None,)):
            qt = translator.translate(m.context, m.source, m.comment or None, -1 if n is None else n)
            ours = catalogue.translate(lang, m.context, m.source, m.comment, n=n)
            if n is not None:
                qt = qt.replace("%n", str(n))  # QTranslator leaves %n to QCoreApplication
            assert ours == qt, (m.key, n)


def test_english_is_the_source_and_unknown_text_passes_through() -> None:
    assert catalogue.translate("en", "Any", "Save the file") == "Save the file"
    assert catalogue.translate("ar", "NoSuchContext", "No such message") == "No such message"
    assert catalogue.translate("en", "Any", "%n bundle(s)", n=1) == "1 bundle"
    assert catalogue.translate("en", "Any", "%n bundle(s)", n=4) == "4 bundles"


def test_the_catalogue_files_are_the_translations_files() -> None:
    for lang in ("ar", "ckb"):
        assert catalogue.catalogue_path(lang).read_bytes() == APP_TS[lang].read_bytes()


def test_noop_marker_is_extracted_by_lupdate(tmp_path: Path) -> None:
    source = tmp_path / "marked.py"
    source.write_text(
        "from desktop.i18n.catalogue import QT_TRANSLATE_NOOP\n"
        'REASON = QT_TRANSLATE_NOOP("SyncRefusal", "The bundle is damaged.")\n',
        encoding="utf-8",
    )
    assert catalogue.QT_TRANSLATE_NOOP("SyncRefusal", "The bundle is damaged.") == "The bundle is damaged."
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "out.ts"
    subprocess.run([str(lupdate), "-silent", str(source), "-ts", str(out)], check=True)
    messages = read_ts(out)[1]
    assert [(m.context, m.source) for m in messages] == [("SyncRefusal", "The bundle is damaged.")]


def test_the_catalogue_never_imports_qt() -> None:
    code = "import sys, desktop.i18n.catalogue as c; c.translate('ar', 'x', 'y'); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
