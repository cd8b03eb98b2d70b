"""Fill majlis_ar.ts and majlis_ckb.ts from the dictionaries in translations/strings_*.py.

majlis_en.ts holds only the %n messages (English is the source language); their English
plural forms are made from the "(s)" in the source.

Run by ``.ci/update_translations`` after pyside6-lupdate: lupdate adds new source strings
as unfinished entries, this script writes our translation into every entry it knows and
reports the ones it does not. The dictionaries, not the .ts files, are the place where
translations are written and reviewed (terms: glossary.md), so re-running lupdate never
loses anything.

Lookup order for a message: ``(context, source)`` in the BY_CONTEXT table (for a word that
must read differently on one screen), then ``(source, comment)`` when the source has a
disambiguation comment, then ``source``. Numerus messages (``%n``) take a tuple of forms:
six for Arabic (n==0, n==1, n==2, n%100 in 3..10, n%100 in 11..99, other) and two for
Sorani (one, other).

Usage: translate.py [--check]   (--check: change nothing, exit 1 if anything is missing)
"""

from __future__ import annotations

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from strings_ar import AR, AR_BY_CONTEXT  # noqa: E402
from strings_ckb import CKB, CKB_BY_CONTEXT  # noqa: E402

Entry = str | tuple[str, ...]
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{\w*\}")


def english_plural(source: str) -> Entry | None:
    """"%n session(s)" -> ("%n session", "%n sessions"): English needs no dictionary."""
    if "(s)" not in source:
        return None
    return (source.replace("(s)", ""), source.replace("(s)", "s"))


EN: dict[str | tuple[str, str], Entry] = {}  # irregular English plurals, if any ever come


@dataclass(frozen=True)
class Target:
    file: str
    # What goes into <TS language="...">: "ku" for Sorani, because Qt Linguist does not
    # know "ckb" (one plural form, then lupdate refuses the file). See PITFALLS.
    language: str
    plural_forms: int
    table: dict[str | tuple[str, str], Entry]
    by_context: dict[tuple[str, str], Entry]
    right_to_left: bool = True


TARGETS = (
    Target("majlis_ar.ts", "ar", 6, AR, AR_BY_CONTEXT),  # type: ignore[arg-type]
    Target("majlis_ckb.ts", "ku", 2, CKB, CKB_BY_CONTEXT),  # type: ignore[arg-type]
    Target("majlis_en.ts", "en", 2, EN, {}, right_to_left=False),
)


def lookup(target: Target, context: str, source: str, comment: str) -> Entry | None:
    if (context, source) in target.by_context:
        return target.by_context[(context, source)]
    if comment and (source, comment) in target.table:
        return target.table[(source, comment)]
    if target.language == "en" and source not in target.table:
        return english_plural(source)
    return target.table.get(source)


def problems(source: str, entry: Entry, numerus: bool, plural_forms: int) -> list[str]:
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
        if form.count("&") - 2 * form.count("&&") > 1:
            out.append(f"more than one mnemonic in {form!r}")
        if source.count("<") and form.count("<") != source.count("<"):
            out.append(f"HTML tags differ in {form!r}")
    return out


def fill(target: Target, check_only: bool) -> list[str]:
    path = HERE / target.file
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", target.language)
    root.set("sourcelanguage", "en")
    missing: list[str] = []
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            numerus = msg.get("numerus") == "yes"
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            entry = lookup(target, context, source, comment)
            if entry is None:
                if translation.get("type") in ("unfinished", None) and not _has_text(translation):
                    missing.append(f"{context}: {source!r}" + (f" ({comment})" if comment else ""))
                continue
            issues = problems(source, entry, numerus, target.plural_forms)
            if issues:
                missing.append(f"{context}: {source!r}: " + "; ".join(issues))
                continue
            _write(translation, entry, numerus, target.right_to_left)
    if not check_only:
        _save(tree, path)
    return missing


def _has_text(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


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


def _write(translation: ET.Element, entry: Entry, numerus: bool, rtl: bool) -> None:
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


def _save(tree: ET.ElementTree, path: Path) -> None:
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    status = 0
    for target in TARGETS:
        missing = fill(target, check_only)
        for line in missing:
            print(f"{target.file}: untranslated: {line}", file=sys.stderr)
        if missing:
            status = 1
        else:
            print(f"{target.file}: complete")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
