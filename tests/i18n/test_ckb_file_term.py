"""One Sorani word for "file": پەڕگە, never فایل.

The Kurdish translations said پەڕگە in most places and فایل in four messages (the team file refused,
the workbook not saved), so one screen could name the same thing two ways. پەڕگە is the word Sorani
desktop software uses (Firefox's Sorani localisation: «پەڕگە پاشەکەوت بکە لە», «هێنان لە پەڕگەوە»),
the word of translations/glossary.md, of our Qt file dialogs (qtbase_ckb.ts), of the File menu and
of the help pages; فایل is the spoken loanword, not the interface word.

Every Kurdish text the app or its installer shows is read: the two ckb catalogues (translations),
the Kurdish help pages and the installer's Kurdish messages. Arabic-yeh spelling (فايل) counts too.

Excel stays Latin (the glossary: product and format names stay Latin), in Kurdish and in Arabic:
the matrix tab's button said «بۆ &ئێکسڵ» in Kurdish, «إلى إ&كسل» in Arabic, and its refusal «ملف
إكسل», beside a dozen messages that write Excel.
"""

from __future__ import annotations

import re

from tests.i18n_support import ROOT, read_ts

WORD = "پەڕگە"
NOT = re.compile("فا[یي]ل")  # فایل, and فايل typed with the Arabic yeh; with any ending (فایلەکە)
# Excel spelled out: ئێکسڵ, ئیکسێل, ئەکسڵ; إكسل, اكسل, أكسيل, إکسل (with a Persian kaf)
EXCEL_SPELLED = re.compile("[ئإاأ][ێیەيِ]?[کك]س[ێیيە]?[ڵل]")


def kurdish_texts() -> dict[str, list[str]]:
    """Each Kurdish file, as the lines a reader sees (for the ``.ts`` files: the translations only,
    never the English sources or comments)."""
    out: dict[str, list[str]] = {}
    for name in ("majlis_ckb.ts", "qtbase_ckb.ts"):
        _, messages = read_ts(ROOT / "translations" / name)
        out[f"translations/{name}"] = [form for m in messages for form in m.forms]
    for page in sorted((ROOT / "desktop" / "resources" / "help" / "ckb").glob("*.html")):
        out[str(page.relative_to(ROOT))] = page.read_text(encoding="utf-8").splitlines()
    installer = ROOT / "installer" / "Kurdish.isl"
    out[str(installer.relative_to(ROOT))] = installer.read_text(encoding="utf-8").splitlines()
    return out


def test_kurdish_says_one_word_for_file() -> None:
    texts = kurdish_texts()
    assert len(texts) > 3, f"the Kurdish help pages were not found: {sorted(texts)}"
    bad = [f"{where}: {line.strip()}" for where, lines in texts.items() for line in lines if NOT.search(line)]
    assert not bad, f"فایل where the app says {WORD}:\n" + "\n".join(bad)
    for where in ("translations/majlis_ckb.ts", "translations/qtbase_ckb.ts"):
        assert any(WORD in line for line in texts[where]), f"{WORD} not found in {where}: the read is broken"


def test_the_check_sees_the_other_word_in_its_forms() -> None:
    for line in ("فایلی تیم ناتەواوە", "فایلەکە", "فايل"):
        assert NOT.search(line), line
    assert not NOT.search("پەڕگەی تیم ناتەواوە")


def arabic_texts() -> dict[str, list[str]]:
    """Each Arabic file as a reader sees it: majlis_ar.ts's translations, the help pages, the installer."""
    _, messages = read_ts(ROOT / "translations" / "majlis_ar.ts")
    out = {"translations/majlis_ar.ts": [form for m in messages for form in m.forms]}
    for page in sorted((ROOT / "desktop" / "resources" / "help" / "ar").glob("*.html")):
        out[str(page.relative_to(ROOT))] = page.read_text(encoding="utf-8").splitlines()
    installer = ROOT / "installer" / "Arabic.isl"
    out[str(installer.relative_to(ROOT))] = installer.read_text(encoding="utf-8").splitlines()
    return out


def test_excel_stays_latin() -> None:
    texts = {**kurdish_texts(), **arabic_texts()}
    bad = [f"{where}: {line.strip()}" for where, lines in texts.items() for line in lines
           if EXCEL_SPELLED.search(line.replace("&", ""))]  # «إ&كسل»: the mnemonic inside the word
    assert not bad, "Excel written in Arabic letters (the glossary keeps it Latin):\n" + "\n".join(bad)
    for where in ("translations/majlis_ckb.ts", "translations/majlis_ar.ts"):
        assert any("Excel" in line for line in texts[where]), f"Excel not found in {where}: the read is broken"


def test_the_check_sees_excel_spelled_out() -> None:
    for line in ("خشتە و هێڵکاری بۆ &ئێکسڵ…", "ئیکسێل", "المصفوفة إلى إ&كسل…", "ملف إكسل", "اكسيل", "أکسل"):
        assert EXCEL_SPELLED.search(line.replace("&", "")), line
    for line in ("الكسل", "خشتە و هێڵکاری بۆ Excel…", "تعذّر حفظ مصنّف Excel.", "ئاسانکار"):
        assert not EXCEL_SPELLED.search(line), line
