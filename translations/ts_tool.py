"""Keep the translation catalogues (translations/majlis_*.ts) tidy, and write into them from scripts.

The .ts files ARE the catalogue: translators open them in Qt Linguist (or any tool that reads
Qt's TS format, such as Weblate or Crowdin) and their work is kept there; there is no other
copy. ``.ci/update_translations`` runs pyside6-lupdate (new strings come in as unfinished
entries, existing translations stay) and then ``ts_tool.py tidy``.

    ts_tool.py tidy [--check]      language attributes, RLM at the start of right-to-left
                                   translations, English plural forms, exact repeats filled;
                                   lists what is still untranslated (exit 1 if anything is)
    ts_tool.py missing [--json]    what is untranslated, as a template for ``apply``
    ts_tool.py apply FILE.json     write translations from a JSON list (for developers without
                                   Linguist): [{"context": "SyncPage" (optional: every context),
                                   "source": "...", "comment": "..." (optional),
                                   "ar": "..." | [6 plural forms], "ckb": "..." | [2 forms]}]

Every translation written is checked the same way the tests check the files (placeholders,
plural forms, mnemonics, HTML tags); terms and style are in glossary.md.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{\w*\}")
# Letters whose dots or mark sit below the baseline in our fonts: Qt's mnemonic underline hides them
# (&بەشداربوون read as یەشداربوون). The list and why: tests/i18n/test_mnemonic_letters.py.
MARKED_BELOW = frozenset("بپجچيیێڕإ")
Entry = str | tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    lang: str  # our code: ar, ckb, en
    file: str
    # What goes into <TS language="...">: "ku" for Sorani, because Qt Linguist does not
    # know "ckb" (one plural form, then lupdate refuses the file). See PITFALLS.
    language: str
    plural_forms: int
    right_to_left: bool = True

    @property
    def path(self) -> Path:
        return HERE / self.file


CATALOGUES = (
    Catalogue("ar", "majlis_ar.ts", "ar", 6),
    Catalogue("ckb", "majlis_ckb.ts", "ku", 2),
    # English is the source language; its file holds only the %n messages, for their plurals.
    Catalogue("en", "majlis_en.ts", "en", 2, right_to_left=False),
)


def english_plural(source: str) -> Entry | None:
    """"%n session(s)" -> ("%n session", "%n sessions"): English needs no translator."""
    if "(s)" not in source:
        return None
    return (source.replace("(s)", ""), source.replace("(s)", "s"))


def problems(source: str, entry: Entry, numerus: bool, plural_forms: int, *, written: bool = True) -> list[str]:
    """What is wrong with ``entry`` as the translation of ``source``. ``written``: a translation being written
    now (``apply``), which must keep the English Alt letter; ``tidy`` passes False for those already in the
    files, which tests/i18n/test_mnemonic_letters.py checks (two Kurdish Codebook buttons wait for new words)."""
    out = []
    forms = list(entry) if isinstance(entry, tuple) else [entry]
    if numerus and len(forms) != plural_forms:
        out.append(f"needs {plural_forms} plural forms, has {len(forms)}")
    if not numerus and isinstance(entry, tuple):
        out.append("plural forms given for a message without %n")
    wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
    for form in forms:
        if not form.strip():
            out.append("empty translation")
        have = sorted(set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"})
        if have != wanted:
            out.append(f"placeholders {have} != {wanted} in {form!r}")
        if source.count("&") - source.count("&&") == 0 and form.count("&") - form.count("&&") > 0:
            out.append(f"mnemonic added in {form!r}")
        if written and "&" in source.replace("&&", "") and "&" not in form.replace("&&", ""):
            # A button or label with an Alt letter in English keeps one: without it the Kurdish Codebook
            # page's "Save memo" could not be pressed from the keyboard.
            out.append(f"mnemonic lost in {form!r}")
        if form.count("&") - 2 * form.count("&&") > 1:
            out.append(f"more than one mnemonic in {form!r}")
        plain = form.replace("&&", "")
        at = plain.find("&")
        if 0 <= at < len(plain) - 1 and plain[at + 1] in MARKED_BELOW:
            out.append(f"mnemonic on {plain[at + 1]}, whose dots or mark the underline hides, in {form!r}")
        if source.count("<") and form.count("<") != source.count("<"):
            out.append(f"HTML tags differ in {form!r}")
    return out


RLM = "\u200f"


def right_to_left(text: str) -> str:
    """Start with RIGHT-TO-LEFT MARK when the line could begin with Latin letters.

    Qt takes a paragraph's direction from its first strong character: "Ctrl+T: …" or
    "%1 زیادکرا" (with a Latin pseudonym for %1) would be laid out left to right, and the
    Arabic or Kurdish words after it would come out in the wrong order and alignment.
    """
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and re.match(r"%L?\d", text[i:]):
            return RLM + text
        if ch == "%" and re.match(r"%L?n", text[i:]):  # %n is a number: never Latin letters
            i += 3 if text[i + 1] == "L" else 2
            continue
        if ch == "{" and PLACEHOLDER.match(text, i):
            return RLM + text
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return text
        if kind == "L":
            return RLM + text
        i += 1
    return text


# -- reading and writing one message -------------------------------------------------------


def _translation(msg: ET.Element) -> ET.Element:
    translation = msg.find("translation")
    if translation is None:
        translation = ET.SubElement(msg, "translation")
    return translation


def is_finished(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def read_entry(translation: ET.Element, numerus: bool) -> Entry:
    if numerus:
        return tuple(f.text or "" for f in translation.findall("numerusform"))
    return translation.text or ""


def write_entry(translation: ET.Element, entry: Entry, numerus: bool, rtl: bool) -> None:
    mark = right_to_left if rtl else str
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in entry:
            ET.SubElement(translation, "numerusform").text = mark(form)
    else:
        assert isinstance(entry, str)
        translation.text = mark(entry)


def messages(root: ET.Element):  # type: ignore[no-untyped-def]
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield context, msg.findtext("source") or "", msg.findtext("comment") or "", msg


def load(cat: Catalogue) -> ET.ElementTree:
    return ET.parse(cat.path)


def save(tree: ET.ElementTree, cat: Catalogue) -> None:
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    cat.path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# -- commands --------------------------------------------------------------------------------


GONE = ("vanished", "obsolete")  # what lupdate marks a message that the code no longer has


def tidy(cat: Catalogue, check_only: bool) -> list[str]:
    """Normalise one catalogue; return what is still untranslated or malformed."""
    tree = load(cat)
    root = tree.getroot()
    root.set("language", cat.language)
    root.set("sourcelanguage", "en")
    # Translation memory from the file itself: an exact (source, comment) already translated one
    # way elsewhere fills a new unfinished copy in another context. lupdate keeps messages that
    # left the code as "vanished" (a string moved to another context): they count, then go.
    memory: dict[tuple[str, str], Counter[Entry]] = {}
    gone: list[tuple[ET.Element, ET.Element]] = []
    for ctx in root.iter("context"):
        for msg in ctx.findall("message"):
            translation = _translation(msg)
            state = translation.get("type")
            if state in GONE:
                gone.append((ctx, msg))
                translation.attrib.pop("type")
            if is_finished(translation):
                key = (msg.findtext("source") or "", msg.findtext("comment") or "")
                memory.setdefault(key, Counter())[read_entry(translation, msg.get("numerus") == "yes")] += 1
    for ctx, msg in gone:
        ctx.remove(msg)
    for ctx in list(root.iter("context")):
        if not ctx.findall("message"):
            root.remove(ctx)
    out: list[str] = []
    for context, source, comment, msg in messages(root):
        numerus = msg.get("numerus") == "yes"
        translation = _translation(msg)
        label = f"{context}: {source!r}" + (f" ({comment})" if comment else "")
        if is_finished(translation):
            entry = read_entry(translation, numerus)
        elif cat.lang == "en" and (plural := english_plural(source)) is not None:
            entry = plural
        elif len(known := memory.get((source, comment), Counter())) == 1:
            entry = next(iter(known))
        else:
            out.append(label)
            continue
        issues = problems(source, entry, numerus, cat.plural_forms, written=False)
        if issues:
            out.append(f"{label}: " + "; ".join(issues))
            continue
        write_entry(translation, entry, numerus, cat.right_to_left)
    if not check_only:
        save(tree, cat)
    return out


def missing(as_json: bool) -> int:
    wanted: dict[tuple[str, str, str], dict[str, object]] = {}
    for cat in CATALOGUES[:2]:
        for context, source, comment, msg in messages(load(cat).getroot()):
            if not is_finished(_translation(msg)):
                item = wanted.setdefault(
                    (context, source, comment),
                    {"context": context, "source": source, **({"comment": comment} if comment else {})},
                )
                item[cat.lang] = [""] * cat.plural_forms if msg.get("numerus") == "yes" else ""
    if as_json:
        print(json.dumps(list(wanted.values()), ensure_ascii=False, indent=1))
    else:
        for context, source, comment in wanted:
            print(f"{context}: {source!r}" + (f" ({comment})" if comment else ""))
    return 1 if wanted else 0


def apply(path: Path) -> int:
    items = json.loads(path.read_text(encoding="utf-8"))
    status = 0
    for cat in CATALOGUES[:2]:
        tree = load(cat)
        used: set[int] = set()
        for context, source, comment, msg in messages(tree.getroot()):
            for i, item in enumerate(items):
                if item["source"] != source or item.get("comment", "") != comment:
                    continue
                if item.get("context") not in (None, context) or cat.lang not in item:
                    continue
                numerus = msg.get("numerus") == "yes"
                value = item[cat.lang]
                entry: Entry = tuple(value) if isinstance(value, list) else value
                issues = problems(source, entry, numerus, cat.plural_forms)
                if issues:
                    print(f"{cat.file}: {context}: {source!r}: " + "; ".join(issues), file=sys.stderr)
                    status = 1
                    continue
                write_entry(_translation(msg), entry, numerus, cat.right_to_left)
                used.add(i)
        for i, item in enumerate(items):
            if cat.lang in item and i not in used:
                print(f"{cat.file}: no such message (run .ci/update_translations first?): {item['source']!r}",
                      file=sys.stderr)
                status = 1
        save(tree, cat)
    return status


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "tidy"
    if command == "missing":
        return missing("--json" in argv)
    if command == "apply" and len(argv) == 2:
        return apply(Path(argv[1]))
    if command != "tidy":
        print(__doc__, file=sys.stderr)
        return 64
    status = 0
    for cat in CATALOGUES:
        left = tidy(cat, "--check" in argv)
        for line in left:
            print(f"{cat.file}: untranslated: {line}", file=sys.stderr)
        if left:
            status = 1
        else:
            print(f"{cat.file}: complete")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
