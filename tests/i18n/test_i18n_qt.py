"""Qt side: bundled fonts, qtbase_ckb.ts, runtime language switching, direction."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QRawFont
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager, fonts_dir, qt_translations_dir, ui_font

ROOT = Path(__file__).resolve().parents[2]
QTBASE_CKB_TS = ROOT / "translations" / "qtbase_ckb.ts"
# Our Arabic for the few Qt strings Qt's own qtbase_ar lacks (installed beside it in Arabic).
QTBASE_AR_EXTRA_TS = ROOT / "translations" / "qtbase_ar_extra.ts"
KURDISH_LETTERS = "ڕڵۆێەڤ"
# Real Qt source strings that neither Qt's own Arabic file nor our qtbase_ar_extra translates (the
# file dialog's "&Look in:" and "Files of &type:", missing from qtbase_ar, are in qtbase_ar_extra).
NOT_IN_QTBASE_AR = {
    ("QPlatformTheme", "Don't Save"),
    ("QPlatformTheme", "Close without Saving"),
}


def lrelease() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.fail("pyside6-lrelease not available: run .ci/setup")
    return found


@pytest.fixture(scope="session")
def compiled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """qtbase_ckb.qm and qtbase_ar_extra.qm built fresh from the .ts, so the test never sees a stale build."""
    out = tmp_path_factory.mktemp("qm")
    for ts in (QTBASE_CKB_TS, QTBASE_AR_EXTRA_TS):
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    return out


@pytest.fixture
def manager(qapp: QApplication, compiled_dir: Path, bundled_fonts: list[str]) -> Iterator[LanguageManager]:
    saved_locale, saved_font, saved_direction = QLocale(), qapp.font(), qapp.layoutDirection()
    mgr = LanguageManager(qapp, app_translations=compiled_dir)
    yield mgr
    mgr.set_language("en")  # removes our translators
    QLocale.setDefault(saved_locale)
    qapp.setFont(saved_font)
    qapp.setLayoutDirection(saved_direction)


def ts_messages(path: Path = QTBASE_CKB_TS) -> list[tuple[str, str, str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append(
                (
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    msg.findtext("translation") or "",
                    msg,
                )
            )
    return out


# --- fonts -----------------------------------------------------------------------


def test_bundled_fonts_and_licence() -> None:
    ttfs = sorted(p.name for p in fonts_dir().glob("*.ttf"))
    assert ttfs == [
        "NotoNaskhArabic-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "NotoSans-Bold.ttf",  # Latin, for English and pseudonyms in the PDFs (fpdf2 has no system fonts)
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        # Subsets (U+2100-U+2BFF): the PDFs' arrows, ticks, maths and signs (hp10; OFL.txt says which blocks)
        "NotoSansMath-Regular.ttf",
        "NotoSansSymbols-Regular.ttf",
        "NotoSansSymbols2-Regular.ttf",
    ]
    assert sum(p.stat().st_size for p in fonts_dir().glob("*.ttf")) < 2_500_000
    licence = (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Google" in licence


def test_fonts_load_and_cover_kurdish(bundled_fonts: list[str]) -> None:
    assert {"Noto Naskh Arabic", "Noto Sans Arabic"} <= set(bundled_fonts)
    for path in fonts_dir().glob("*Arabic*.ttf"):  # Noto Sans (Latin) is the PDFs' fallback for Latin
        raw = QRawFont(str(path), 12)
        assert raw.isValid()
        missing = [c for c in KURDISH_LETTERS + "کیپچژگ٠١٢" if not raw.supportsCharacter(ord(c))]
        assert not missing, (path.name, missing)
    for family in ("Noto Naskh Arabic", "Noto Sans Arabic"):
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(c)) for c in KURDISH_LETTERS)


def test_ui_font_puts_arabic_family_first_for_rtl(bundled_fonts: list[str]) -> None:
    assert ui_font("ckb", 12).families()[0] == "Noto Naskh Arabic"
    assert ui_font("ckb", 12).pointSizeF() == 12
    assert "Noto Naskh Arabic" in ui_font("en").families()[1:]


# --- qtbase_ckb.ts ---------------------------------------------------------------


def test_qtbase_ckb_ts_is_complete_and_kurdish() -> None:
    text = QTBASE_CKB_TS.read_text(encoding="utf-8")
    assert 'language="ku"' in text  # Linguist does not know "ckb" (PITFALLS)
    messages = ts_messages()
    assert len(messages) > 100
    for ctx, source, _comment, translation, element in messages:
        node = element.find("translation")
        assert node is not None and node.get("type") is None, (ctx, source)  # not unfinished
        assert translation and translation != source or source == "QT_LAYOUT_DIRECTION", (ctx, source)
        # Same mnemonics, placeholders and line breaks as the source.
        assert source.count("&") == translation.count("&"), (ctx, source)
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation), (ctx, source)
        assert source.count("\n") == translation.count("\n"), (ctx, source)
        if source != "QT_LAYOUT_DIRECTION":
            assert re.search("[\u0600-\u06ff]", translation), (ctx, source)
            assert "ي" not in translation and "ك" not in translation, (ctx, source)  # Sorani ی ک


def test_qtbase_ckb_contexts_are_real_qt_ones(compiled_dir: Path) -> None:
    """The app's Arabic Qt translators (Qt's own qtbase_ar, then our qtbase_ar_extra for what it lacks)
    translate the same (context, source, comment): proof the keys are right, and that Arabic has
    every Qt string Kurdish has."""
    arabic, extra = QTranslator(), QTranslator()
    assert arabic.load("qtbase_ar", str(qt_translations_dir()))
    assert extra.load("qtbase_ar_extra", str(compiled_dir))
    for ctx, source, comment, _translation, _el in ts_messages():
        if (ctx, source) in NOT_IN_QTBASE_AR:
            continue
        assert arabic.translate(ctx, source, comment or None) or extra.translate(ctx, source, comment or None), (
            ctx,
            source,
        )


def test_qtbase_ar_extra_only_adds_what_qtbase_ar_lacks() -> None:
    """Each entry of qtbase_ar_extra.ts is Arabic, finished, with the source's mnemonic if it has one, and one
    Qt's own qtbase_ar does not translate: ours never overrides Qt's Arabic, whatever the order."""
    arabic = QTranslator()
    assert arabic.load("qtbase_ar", str(qt_translations_dir()))
    messages = ts_messages(QTBASE_AR_EXTRA_TS)
    assert 'language="ar"' in QTBASE_AR_EXTRA_TS.read_text(encoding="utf-8")
    assert {(ctx, source) for ctx, source, *_ in messages} >= {("QFileDialog", "&Look in:"),
                                                                ("QFileDialog", "Files of &type:")}
    for ctx, source, comment, translation, element in messages:
        node = element.find("translation")
        assert node is not None and node.get("type") is None, (ctx, source)
        assert source != "QT_LAYOUT_DIRECTION"
        assert arabic.translate(ctx, source, comment or None) == "", (ctx, source)
        assert source.count("&") == translation.count("&") <= 1, (ctx, source)  # the labels' Alt letters kept
        assert re.search("[\u0600-\u06ff]", translation) and not re.search("[A-Za-z]", translation), (ctx, source)


# --- runtime switching -----------------------------------------------------------


class Retranslating(QWidget):
    """What every Majlis widget does: retranslate on QEvent.LanguageChange."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.changes = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Sessions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
            self.retranslate()
        super().changeEvent(event)


def cancel_text(box: QDialogButtonBox) -> str:
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def test_switch_to_kurdish_then_arabic_then_english(
    qtbot: QtBot, qapp: QApplication, manager: LanguageManager
) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    widget = Retranslating()
    qtbot.addWidget(box)
    qtbot.addWidget(widget)
    seen: list[str] = []
    manager.languageChanged.connect(seen.append)
    assert cancel_text(box) == "Cancel"

    spin = QSpinBox(widget)
    spin.setMaximum(9999)
    spin.setValue(2023)

    manager.set_language("ckb")
    qtbot.waitUntil(lambda: cancel_text(box) == "هەڵوەشاندنەوە")
    assert spin.locale().name() == "ckb_IQ"  # widgets made before the switch follow it
    assert spin.text() == "٢٠٢٣"  # Qt's own widgets always use Arabic-Indic for ckb
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ckb_IQ"
    assert qapp.font().families()[0] == "Noto Naskh Arabic"
    qtbot.waitUntil(lambda: widget.changes > 0)

    arabic = QTranslator()
    assert arabic.load("qtbase_ar", str(qt_translations_dir()))
    manager.set_language("ar")
    qtbot.waitUntil(lambda: cancel_text(box) == arabic.translate("QPlatformTheme", "Cancel"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ar_IQ"

    manager.set_language("en")
    qtbot.waitUntil(lambda: cancel_text(box) == "Cancel")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert box.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert manager.installed_translators() == []
    assert spin.text() == "2023"
    assert seen == ["ckb", "ar", "en"]


def test_kurdish_context_menus(qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language("ckb")
    line, text = QLineEdit(), QTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    for widget in (line, text):
        menu = widget.createStandardContextMenu()
        labels = {a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()}
        assert {"ل&کاندن", "&لەبەرگرتنەوە", "دیاریکردنی هەموو"} <= labels, labels
        assert not labels & {"&Paste", "&Copy", "Select All"}
        # A letter pressed in the open menu picks its item: Copy and Paste were both on ل.
        letters = [QKeySequence.mnemonic(t).toString() for t in labels if QKeySequence.mnemonic(t).count()]
        assert len(letters) == len(set(letters)) >= 5, sorted(labels)
        menu.deleteLater()


# The file dialog's context menu (QFileDialogPrivate::showContextMenu): its actions, as it fills it.
FILE_MENU_ACTIONS = ("qt_rename_action", "qt_delete_action", "qt_show_hidden_action", "qt_new_folder_action")


def qt_dialogs() -> dict[str, QWidget]:
    """Qt's own dialogs the app shows in Kurdish: the codebook's colour dialog and the file dialogs
    (Qt's widget dialogs, as on a system without a native one and as the tests see them)."""
    colour = QColorDialog()
    colour.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    dialogs: dict[str, QWidget] = {"QColorDialog": colour}
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        files = QFileDialog()
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(mode)
        dialogs[f"QFileDialog ({mode.name})"] = files
    return dialogs


def test_kurdish_qt_dialogs_have_distinct_typeable_mnemonics(qtbot: QtBot, manager: LanguageManager) -> None:
    """Each of Qt's dialogs in Kurdish, walked as tests/ui/test_accessibility.py walks ours: no two
    Alt letters alike, each on a key of the Central Kurdish keyboard (the colour dialog had Hue and
    Custom colours on ت, Blue and Pick Screen Color on ش, and HTML on a Latin H), none on a letter
    whose dots the underline hides; the file dialog's context menu's letters distinct too."""
    from tests.i18n.test_mnemonic_letters import MARKED_BELOW
    from tests.ui.test_accessibility import mnemonic_letter, mnemonic_problems, mnemonic_texts

    manager.set_language("ckb")
    problems: list[str] = []
    seen = 0
    for name, dialog in qt_dialogs().items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = mnemonic_texts(dialog)
        seen += len(texts)
        problems += mnemonic_problems(name, dialog, "ckb")
        problems += [f"{name}: {text!r} underlines {mnemonic_letter(text)}" for _, text in texts
                     if mnemonic_letter(text) in MARKED_BELOW]
        if isinstance(dialog, QFileDialog):
            menu = [a.text() for a in dialog.findChildren(QAction) if a.objectName() in FILE_MENU_ACTIONS]
            assert len(menu) == len(FILE_MENU_ACTIONS), menu
            letters = [QKeySequence.mnemonic(t).toString() for t in menu]
            if len(set(letters)) < len(letters):
                problems.append(f"{name} context menu: {menu}")
        dialog.close()
    assert seen > 15, f"only {seen} mnemonics found: the walk is broken"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_arabic_file_dialogs_have_no_english_label(qtbot: QtBot, manager: LanguageManager) -> None:
    """Qt's open and save file dialogs in Arabic (team files, bundles, exports): every text with an
    Alt letter is Arabic (qtbase_ar lacks Qt 6's "&Look in:" and "Files of &type:"; they showed in
    English until qtbase_ar_extra), the letters distinct, on the Arabic keyboard, none with a mark
    below; and the direction still right-to-left (qtbase_ar's, which ours must not shadow)."""
    from tests.i18n.test_mnemonic_letters import MARKED_BELOW
    from tests.ui.test_accessibility import mnemonic_letter, mnemonic_problems, mnemonic_texts

    manager.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    problems: list[str] = []
    for name, dialog in qt_dialogs().items():
        if not isinstance(dialog, QFileDialog):
            dialog.deleteLater()
            continue
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [text for _, text in mnemonic_texts(dialog)]
        assert len(texts) >= 4, texts
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
        problems += [f"{name}: {text!r} is English" for text in {*texts, *labels} if re.search("[A-Za-z]", text)]
        problems += mnemonic_problems(name, dialog, "ar")
        problems += [f"{name}: {text!r} underlines {mnemonic_letter(text)}" for text in texts
                     if mnemonic_letter(text) in MARKED_BELOW]
        dialog.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_digits_and_font_size_settings(qapp: QApplication, manager: LanguageManager) -> None:
    from datetime import date

    manager.set_language("ckb")
    digits_seen: list[str] = []
    manager.digitsChanged.connect(digits_seen.append)
    manager.set_digits("arab")
    assert manager.format_number(2023) == "٢٬٠٢٣"
    assert manager.format_date(date(2023, 3, 5)) == "٥ی ئازاری ٢٠٢٣"
    manager.set_digits("latn")
    assert manager.format_date(date(2023, 3, 5)) == "5ی ئازاری 2023"
    assert digits_seen == ["arab", "latn"]
    with pytest.raises(ValueError):
        manager.set_digits("roman")

    manager.set_font_size(14)
    assert qapp.font().pointSizeF() == 14
    manager.set_font_size(None)
    assert qapp.font().pointSizeF() > 0
