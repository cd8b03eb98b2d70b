"""Names in alphabetical order as an Arabic, Kurdish or English reader expects them, without ICU.

Sorted as text (code points), Kurdish letters came after every Arabic one (پ after ي, ک after ي, ە after
ی…), and hamza forms of alef apart from alef. Here each letter has its rank in its alphabet: Arabic
ا ب ت ث … ي (أ إ آ as ا, ة as ه, ى as ي); Kurdish ئ ا ب پ ت … ی ێ (its own letters in their places, ك ي
as ک ی). Short vowels, tatweel and invisible marks count for nothing; a run of digits counts by its
value ("2" before "10", in any script's digits). In Arabic the article "ال" is passed over, as Arabic
indexes and gazetteers do (البصرة under ب). The same key orders the Reports matrix on screen (with
Qt) and the Excel export's sheets (without): the two agree.
"""

from __future__ import annotations

import re

from desktop.i18n.invisible import DISPLAY_ONLY, JOINERS

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
KURDISH = "ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ"
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ء": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي",
                              "ة": "ه", "ھ": "ه", "ی": "ي", "ک": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك",
                              "ڤ": "ف", "ڕ": "ر", "ڵ": "ل", "ۆ": "و", "ێ": "ي", "ە": "ه"})
_KURDISH_FOLD = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ھ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                               "ة": "ە", "ؤ": "و", "ء": "ئ"})
_IGNORED = re.compile("[\u064b-\u065f\u0670\u0640" + "".join(DISPLAY_ONLY + JOINERS) + "]")
_DIGITS = re.compile(r"\d+")
_ARTICLE = "ال"
LETTER, OTHER = 1_000, 100_000  # the alphabet's letters before any other character


def sort_key(name: str, lang: str) -> tuple[int, ...]:
    """A key that orders ``name`` among others as a reader of ``lang`` ("ar", "ckb", "en") expects."""
    text = _IGNORED.sub("", name).strip().casefold()
    if lang == "ar":
        text = text.translate(_ARABIC_FOLD)
        if text.startswith(_ARTICLE) and len(text) > len(_ARTICLE) + 1:
            text = text[len(_ARTICLE):]
        alphabet = ARABIC
    elif lang == "ckb":
        text, alphabet = text.translate(_KURDISH_FOLD), KURDISH
    else:
        alphabet = ""
    key: list[int] = []
    at = 0
    for run in _DIGITS.finditer(text):
        key += _letters(text[at:run.start()], alphabet)
        key += [LETTER - 1, int(run.group())]  # a number before letters, by its value
        at = run.end()
    return tuple(key + _letters(text[at:], alphabet))


def _letters(text: str, alphabet: str) -> list[int]:
    out = []
    for ch in text:
        if ch.isspace():
            out.append(0)  # a word ends before a longer one goes on ("ذي قار" before "ذيب")
        elif (rank := alphabet.find(ch)) >= 0:
            out.append(LETTER + rank)
        else:
            out.append(OTHER + ord(ch))
    return out
