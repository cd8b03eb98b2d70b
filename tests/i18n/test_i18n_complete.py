"""The two interface translations are complete, well-formed and up to date with the code."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.i18n.test_mnemonic_letters import KEYBOARD_LETTERS
from tests.i18n.test_mnemonic_letters import translations as mnemonic_texts
from tests.i18n_support import (
    APP_TS,
    ENGLISH_PLURALS_TS,
    ROOT,
    Message,
    compile_all,
    lupdate,
    python_sources,
    read_ts,
)

PLURAL_FORMS = {"ar": 6, "ckb": 2}
TS_LANGUAGE = {"ar": "ar", "ckb": "ku"}  # "ku": Qt Linguist does not know ckb (PITFALLS)
PLACEHOLDER = re.compile(r"%L?\d+|\{\w*\}")  # Qt %1 and str.format {name}
SORANI_ONLY = set("ڕڵۆێەڤ")
NOT_SORANI = set("يىكة")  # Arabic yeh, alef maksura, kaf, teh marbuta: Sorani writes ی ک ە


def messages(lang: str) -> list[Message]:
    return read_ts(APP_TS[lang])[1]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_language_attribute(lang: str) -> None:
    assert read_ts(APP_TS[lang])[0] == TS_LANGUAGE[lang]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_message_is_translated(lang: str) -> None:
    msgs = messages(lang)
    assert msgs, "no messages: run .ci/update_translations"
    unfinished = [m.key for m in msgs if m.unfinished or not m.forms or not all(f.strip() for f in m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in {APP_TS[lang].name}: {unfinished[:20]}"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_plural_forms_placeholders_and_mnemonics(lang: str) -> None:
    bad = []
    for m in messages(lang):
        if m.unfinished:
            continue  # reported by test_every_message_is_translated
        if m.numerus and len(m.forms) != PLURAL_FORMS[lang]:
            bad.append((m.key, f"{len(m.forms)} plural forms"))
        if not m.numerus and "%n" in m.source:
            bad.append((m.key, "%n outside a numerus message (use tr(text, '', n))"))
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                bad.append((m.key, f"placeholders in {form!r}"))
            if mnemonics(form) > 1 or (mnemonics(form) and not mnemonics(m.source)):
                bad.append((m.key, f"mnemonic in {form!r}"))
            if re.findall(r"<[^>]+>", form) and sorted(re.findall(r"</?(\w+)", form)) != sorted(
                re.findall(r"</?(\w+)", m.source)
            ):
                bad.append((m.key, f"HTML tags in {form!r}"))
        if m.numerus and lang == "ckb" and "%n" not in m.forms[-1]:
            bad.append((m.key, "the 'other' form must show the number"))
    assert not bad, bad


LAMS = set("\u0644\u06b5")  # ل, and Sorani ڵ (lam with small v), which the interface font joins the same way
ALEFS = set("\u0627\u0623\u0625\u0622")  # ا أ إ آ: after a lam, one lam-alef ligature (لا لأ لإ لآ ڵا)
INTERFACE_FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")  # desktop.ui.qt_i18n.ARABIC_FAMILY


def in_lam_alef(text: str) -> bool:
    """Whether the mnemonic letter of ``text`` is the lam or the alef of a lam-alef ligature.

    Qt shapes the underlined letter apart from its neighbours: cursive joining survives (checked
    on screen: ال&محافظة, پاشە&کەوتکردن look as without the ``&``), a ligature does not, and
    "&لابردن" showed a lam and an alef standing apart, which Arabic script never writes. Windows
    underlines the installer's buttons the same way, and cannot underline one letter of a ligature.
    Sorani ڵ before an alef makes the same ligature in Noto Naskh Arabic (``LAMS``, measured by
    ``test_the_lam_alef_pairs_are_what_the_interface_font_joins``)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    if at < 0 or at + 1 >= len(plain):
        return False
    letters = [c for c in plain[:at] + plain[at + 1:] if not unicodedata.category(c).startswith("M")]
    marked = len([c for c in plain[:at] if not unicodedata.category(c).startswith("M")])  # harakat skipped
    pairs = zip(letters, letters[1:], strict=False)
    return any(a in LAMS and b in ALEFS and marked in (i, i + 1) for i, (a, b) in enumerate(pairs))


def test_no_mnemonic_splits_a_lam_alef() -> None:
    """Every Arabic and Kurdish text with a mnemonic: the app's catalogues, our qtbase_ckb.ts and the
    installer's Arabic.isl and Kurdish.isl (read as tests/i18n/test_mnemonic_letters.py reads them)."""
    texts = mnemonic_texts()
    assert {"Arabic.isl", "Kurdish.isl", "majlis_ar.ts", "majlis_ckb.ts", "qtbase_ckb.ts"} <= {f for f, _, _ in texts}
    bad = [f"{f}: {s!r} -> {t!r}" for f, s, t in texts if in_lam_alef(t)]
    assert not bad, f"{len(bad)} mnemonics split a lam-alef:\n" + "\n".join(bad)


def test_lam_alef_check_sees_both_letters_and_harakat() -> None:
    assert in_lam_alef("&لابردن") and in_lam_alef("ل&ابردن") and in_lam_alef("ا&لإبقاء")
    assert in_lam_alef("&لَا") and not in_lam_alef("لا&بردن") and not in_lam_alef("ال&محافظة")
    assert not in_lam_alef("لابردن &لە دانیشتن") and not in_lam_alef("&الأسئلة")
    assert in_lam_alef("&لا") and in_lam_alef("مە&ڵا") and in_lam_alef("مەڵ&ا") and in_lam_alef("&ڵا")
    assert not in_lam_alef("&ڵە") and not in_lam_alef("ڵا&ت")


def _rlig_pairs(font_path: Path, letters: frozenset[str]) -> set[str]:
    """The two-letter sequences the font's required ligature feature (rlig) changes: lam-alef."""
    import uharfbuzz as hb  # type: ignore[import-untyped]

    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(font_path))))

    def shape(text: str, features: dict[str, bool]) -> list[tuple[int, int]]:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(font, buf, features)
        return [(g.codepoint, g.cluster) for g in buf.glyph_infos]

    found = set()
    for a in letters:
        for b in letters:
            for before in ("", "\u0628"):  # alone, and after a joining letter (بلا, بڵا)
                if shape(before + a + b, {}) != shape(before + a + b, {"rlig": False}):
                    found.add(a + b)
    return found


@pytest.mark.parametrize("font", INTERFACE_FONTS)
def test_the_lam_alef_pairs_are_what_the_interface_font_joins(font: str) -> None:
    path = ROOT / "desktop" / "resources" / "fonts" / font
    joined = _rlig_pairs(path, KEYBOARD_LETTERS)
    assert joined == {lam + alef for lam in LAMS for alef in ALEFS}, sorted(joined)


def test_sorani_uses_sorani_letters() -> None:
    """Sorani is written with ی ک ە, never Arabic ي ك ة (a sign of text pasted from Arabic)."""
    bad = [(m.source, f) for m in messages("ckb") for f in m.forms if set(f) & NOT_SORANI]
    assert not bad, bad
    assert any(set(f) & SORANI_ONLY for m in messages("ckb") for f in m.forms)


def test_every_context_is_named() -> None:
    """An empty context means lupdate misread a call (e.g. ``tr = QCoreApplication.translate``
    makes ``tr("Ctx", "text")`` look like ``self.tr(source, comment)``); it never translates."""
    bad = [m.key for m in messages("ar") if not m.context]
    assert not bad, bad


def test_translations_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(str(p) for p in python_sources()) + "\n", encoding="utf-8")
    subprocess.run(
        [
            lupdate(),
            "-silent",
            "-locations",
            "none",
            "-target-language",
            "ar",
            f"@{listing}",
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    in_code = {m.key for m in read_ts(fresh)[1]}
    assert in_code, "lupdate found no strings at all"
    for lang in ("ar", "ckb"):
        ours = {m.key for m in messages(lang) if not m.unfinished}
        missing = sorted(in_code - ours)
        assert not missing, f"run .ci/update_translations; not in {APP_TS[lang].name}: {missing[:20]}"
        # A translation lupdate no longer finds is dropped by the next .ci/update_translations, and its
        # words then show in English: most often a string moved behind a wrapper lupdate cannot read
        # (``def _tr(text): return QCoreApplication.translate("Ctx", text)``), caught here before that.
        lost = sorted(ours - in_code)
        assert not lost, f"in {APP_TS[lang].name} but no longer found in the code by lupdate: {lost[:20]}"


def test_english_plural_forms() -> None:
    """English is the source, but "%n session(s)" still needs "1 session" and "5 sessions"."""
    language, msgs = read_ts(ENGLISH_PLURALS_TS)
    assert language == "en"
    plural_sources = {m.key for m in messages("ar") if m.numerus}
    assert {m.key for m in msgs} == plural_sources
    bad = [m.key for m in msgs if m.unfinished or len(m.forms) != 2 or not all("%n" in f for f in m.forms)]
    assert not bad, bad


def test_compiled_files_translate(tmp_path: Path) -> None:
    compiled = compile_all(tmp_path)
    for lang, expected in (("ar", "الإعدادات"), ("ckb", "ڕێکخستنەکان")):
        translator = QTranslator()
        assert translator.load(f"majlis_{lang}", str(compiled))
        assert translator.translate("SettingsPage", "Settings") == expected
    ar = QTranslator()
    assert ar.load("majlis_ar", str(compiled))
    plural = [
        str(ar.translate("SessionsPage", "%n session(s)", "", n)).replace("%n", str(n))
        for n in (0, 1, 2, 5, 11, 100)
    ]
    assert plural == ["لا توجد جلسات", "جلسة واحدة", "جلستان", "5 جلسات", "11 جلسة", "100 جلسة"]
    en = QTranslator()
    assert en.load("majlis_en", str(compiled))
    assert en.translate("SessionsPage", "%n session(s)", "", 1) == "%n session"
    assert en.translate("SessionsPage", "%n session(s)", "", 5) == "%n sessions"


F_STRING_IN_TR = re.compile(r"""(?:\btr|\btranslate)\(\s*(?:["'][^"']*["']\s*,\s*)?f["']""")
# tr() inside an f-string's braces (f"{self.tr('Saved.')} {reason}"): lupdate skips the whole f-string.
TR_IN_F_STRING = re.compile(r"""\bf["'][^"'\n]*\{\s*(?:self\.)?(?:\w+\.)?(?:tr|translate)\(""")
TR_ALIAS = re.compile(r"^\s*tr\s*=\s*Q\w*Application\.translate\b", re.M)


def test_no_untranslatable_patterns_in_the_code() -> None:
    """lupdate cannot read an f-string inside tr(), nor a tr() inside an f-string, and
    ``tr = QCoreApplication.translate`` makes it read ``tr("Context", "text")`` as a text with a
    comment: all three never translate."""
    bad = []
    for path in python_sources():
        text = path.read_text(encoding="utf-8")
        for pattern in (F_STRING_IN_TR, TR_IN_F_STRING, TR_ALIAS):
            bad += [f"{path.relative_to(ROOT)}: {m.group(0).strip()}" for m in pattern.finditer(text)]
    assert not bad, bad
