"""Reading PDFs back with tools that no one here wrote: poppler's pdftotext and pdftoppm.

Word comparison is done after Unicode normalisation (NFKC, so presentation forms and composed
letters compare equal), with the bidi marks pdftotext puts around runs read as word breaks and
without Arabic harakat and tatweel.

The one exception is a word written with harakat. HarfBuzz places a haraka as its own glyph and
pdftotext gives it back one letter early, sometimes with a space: "وبُعد" comes back as "و ُبعد"
and "أو قُرئت" as "أو ُقرئت", so a word boundary near a haraka cannot be trusted. Such a word is
looked for, without its harakat, in the extracted text with all spaces and harakat removed: its
letters, in order, must all be there. Every other word must come back as a whole word.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

HARAKAT = re.compile(r"[\u064b-\u065f\u0670\u0640]")
WORD = re.compile(r"\w+")
WORD_WITH_MARKS = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0640]+")


BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    # pdftotext wraps runs in bidi controls; each one ends a run, so it stands for a word break.
    text = BIDI_CONTROLS.sub(" ", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return HARAKAT.sub("", text)


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_words(pdf: Path) -> set[str]:
    return set(words(pdf_text(pdf)))


def _raw_words(text: str) -> list[str]:
    return WORD_WITH_MARKS.findall(unicodedata.normalize("NFKC", text))


def missing_words(pdf: Path, *sources: str) -> list[str]:
    """Words of ``sources`` that the PDF's text layer does not give back."""
    text = pdf_text(pdf)
    found = set(words(text))
    squashed = "".join(normalise(text).split())
    missing = []
    for source in sources:
        for raw in _raw_words(source):
            word = HARAKAT.sub("", raw)
            if not word:
                continue
            ok = word in squashed if HARAKAT.search(raw) else word in found
            if not ok:
                missing.append(word)
    return missing


def page_count(pdf: Path) -> int:
    result = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=60)
    match = re.search(r"^Pages:\s+(\d+)", result.stdout, re.M)
    assert match, result.stdout
    return int(match.group(1))


def rasterise(pdf: Path, out_prefix: Path, dpi: int = 70) -> list[Path]:
    result = subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out_prefix)],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))
