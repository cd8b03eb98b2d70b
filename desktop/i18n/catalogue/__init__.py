"""One catalogue for every message: the Qt Linguist ``.ts`` files, read without Qt.

The interface translates through Qt (``tr`` and the compiled ``.qm`` files). Layers that must not
import Qt (core, sync, exports, the command line) still have words for people to read: refusal
reasons, enum values in a workbook, the labels of a PDF. They mark those words with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts them into the same
``translations/majlis_*.ts`` files translators already edit, and:

- the UI shows such a message with ``QCoreApplication.translate(context, text)``;
- Qt-free code that writes in a chosen language calls ``translate(lang, context, text)``, which
  reads the same ``.ts`` files, copied into this package when the translations are built
  (``.ci/build_translations`` and the package build). A missing file is a build error and fails
  loudly; English never needs a file, it is the source language.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
LANGUAGES = ("ar", "ckb")  # the languages with a catalogue; English is the source


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction into ``context``; returns it unchanged."""
    return text


class _Entry(NamedTuple):
    forms: tuple[str, ...]


Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def catalogue_path(lang: str) -> Path:
    return HERE / f"majlis_{lang}.ts"


@functools.cache
def _load(lang: str) -> dict[Key, _Entry]:
    path = catalogue_path(lang)
    if not path.is_file():
        raise FileNotFoundError(
            f"The {lang} message catalogue is missing ({path.name}); build the translations "
            "(.ci/build_translations, or install the package, which builds them)."
        )
    # Imported here: modules read before the unlock window shows mark their words with
    # QT_TRANSLATE_NOOP from this package, and only reading a catalogue needs the XML parser.
    import xml.etree.ElementTree as ET

    table: dict[Key, _Entry] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue  # as lrelease -nounfinished: an unfinished entry shows English
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            if not any(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            table[key] = _Entry(forms)
    return table


def _plural_index(lang: str, n: int, count: int) -> int:
    """Qt's plural rules for the languages we ship (see PITFALLS: six Arabic forms)."""
    if lang == "ar":
        rem = n % 100
        if n == 0:
            index = 0
        elif n == 1:
            index = 1
        elif n == 2:
            index = 2
        elif 3 <= rem <= 10:
            index = 3
        elif rem >= 11:
            index = 4
        else:
            index = 5
    else:  # Sorani, like English: one, other
        index = 0 if n == 1 else 1
    return min(index, count - 1)


def translate(lang: str, context: str, source: str, disambiguation: str = "", n: int | None = None) -> str:
    """``source`` in ``lang`` (ar, ckb or en); English, or a message not translated yet, is the
    source itself. With ``n``, the plural form for ``n`` and ``%n`` replaced by it."""
    text = source
    if lang in LANGUAGES:
        entry = _load(lang).get((context, source, disambiguation))
        if entry is not None:
            text = entry.forms[_plural_index(lang, n, len(entry.forms))] if n is not None else entry.forms[0]
    elif n is not None and "(s)" in source:
        text = source.replace("(s)", "" if n == 1 else "s")
    if n is not None:
        text = text.replace("%Ln", str(n)).replace("%n", str(n))
    return text
