"""What may stay in Latin letters on an Arabic or Kurdish screen (tests/i18n/test_i18n_screens.py).

Keep it small: every entry is a product or format name, a key name printed on keyboards,
or a data value that is not language (codes). Anything else is an untranslated string.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.ui.smoke import DATA_PATTERNS, KEY_AND_FORMAT_WORDS

# Whole words (3+ Latin letters) allowed anywhere: the frozen app's smoke check's own list.
WORDS = KEY_AND_FORMAT_WORDS


def _english_consent_form() -> set[str]:
    """The English version of the demo consent form: data the form editor shows in its English tab."""
    from desktop.core.demo_text import CONSENT_FORM

    title, body, meaning, clauses = CONSENT_FORM["en"]
    return {title, body, meaning, *clauses.values()}


# Texts that are data of the demo database, not interface (also found inside a longer text).
DATA_VALUES = frozenset(
    {
        "demo",  # the coder of the demo codings
        *_english_consent_form(),
    }
)

# Qt's own tab-bar scroll buttons get their accessible names once, at creation, and Qt never
# retranslates them (QTabBarPrivate::init); qtbase_ar and our qtbase_ckb do translate them.
QT_STALE_ACCESSIBLE_NAMES = frozenset({"Scroll Left", "Scroll Right"})

# Data values: the smoke check's patterns (codes such as BSR-FG03-P04, file names and patterns, ids),
# and a key fingerprint read out in groups and any file name a person gave (photo.bin).
PATTERNS = (
    *DATA_PATTERNS,
    re.compile(r"\b[0-9a-f]{4}(?:[ \u00a0][0-9a-f]{4}){3,}\b"),
    re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z0-9]{2,5}\b"),
)

# A folder the user chose (/media/usb, C:\Users\…), taken out first, whole: a data value or a file
# name inside it ("demo", "demo.db") would otherwise cut it and leave a piece ("backups") behind.
_PATH = re.compile(r"(?:\b[A-Za-z]:\\|(?<![\w.])/)[^\s]+")
_WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    """The Latin words of 3+ letters in ``text`` that the allow-list does not explain."""
    if text in QT_STALE_ACCESSIBLE_NAMES:
        return []
    # Invisible format characters (bidi isolates and marks, word joiners) are read past, as a person
    # reading the screen does: "EBL-<word joiner>FG01-<word joiner>P01" is the code EBL-FG01-P01.
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    cleaned = _PATH.sub(" ", re.sub(r"<[^>]+>", " ", text).replace("&", ""))
    for value in sorted(DATA_VALUES, key=len, reverse=True):
        cleaned = cleaned.replace(value, " ")
    for pattern in PATTERNS:
        cleaned = pattern.sub(" ", cleaned)
    return [w for w in _WORD.findall(cleaned) if w not in WORDS]
