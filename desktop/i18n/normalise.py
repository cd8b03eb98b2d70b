"""Arabic and Central Kurdish text normalisation: one form for storage, one for search.

``clean_text`` is for text *entering the database*: it only removes what breaks offsets
between tools (a BOM, CR LF), so stored text stays what the person typed.

``normalise_for_search`` is for the full-text index and for the query, always both with
the same function. It may SHORTEN the text (diacritics, tatweel and invisible marks are
dropped) and it may lengthen it (NFKC: ﻻ -> لا; casefold: ß -> ss). Offsets in the
normalised text are therefore NOT offsets in the stored text: use
``normalise_with_offsets`` to map a hit back for highlighting.

Folding decisions (the canonical form is the Arabic code point):
- alef with hamza/madda/wasla  أ إ آ ٱ ٲ ٳ -> ا
- alef maqsura ى and Farsi/Kurdish yeh ی -> Arabic yeh ي
- Kurdish/Persian keheh ک and swash kaf ڪ -> Arabic kaf ك
- ta marbuta ة and heh doachashmee ھ (a common Sorani spelling of h) -> ه
- Arabic-Indic and Extended digits -> 0-9; Latin letters are casefolded
- harakat, Quranic marks, superscript alef, tatweel, ZWJ/ZWNJ, bidi controls: removed
- Search only (``normalise_for_search``, ``normalise_with_offsets``): the Sorani letters a keyboard
  or phone without them makes people type as their Arabic look-alikes meet them: ڕ -> ر, ڵ -> ل,
  ە -> ه (an Arabic keyboard has no ە; the old spelling ه + ZWNJ meets it too), and, as an Arabic
  keyboard or phone layout has no key for them either, ێ -> ي (where ی folds), ۆ -> و, ڤ -> ف.
  A title written هەڵبژاردن is found by هەلبژاردن, a turn saying بێ کار by بي كار, and the reverse.
  Sorani words that differ only there (پەڕ page, پەر feather) are then found together, which a
  search can afford.
Kept distinct by ``fold_name`` (two names are one name: the codebook's twin check), because Sorani
uses them as separate letters and refusing a real name is worse than a search hit too many:
- ڕ ڵ ە ێ ۆ ڤ stay as they are (کەر donkey, کەڕ deaf); the old spelling of ە as ه + ZWNJ is
  folded to ە, so both spellings meet.
When ۆ ێ ڵ arrive decomposed (base letter + U+065A small v above, from old keyboard layouts), they
are composed instead of losing the mark, then folded as the precomposed letter is: both forms are
always one form, in search and in names.
Kept distinct by both:
- پ چ ژ گ stay as they are.
- ئ and ؤ keep their hamza: ئ begins most Sorani words written with a vowel, and folding
  it to ي would make unrelated words meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from desktop.i18n import invisible

_BOM = invisible.BOM

_FOLD: dict[str, str] = {
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    **dict.fromkeys("ىی", "ي"),
    **dict.fromkeys("کڪ", "ك"),
    **dict.fromkeys("ةھ", "ه"),
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
}
# Search only: Sorani letters typed as their Arabic look-alikes where a keyboard lacks them. The stored
# index is folded the same by migrations: ڕ ڵ ە by 0011_kurdish_keyboard_search, ێ ۆ ڤ (which an Arabic
# keyboard or phone layout has no key for) by 0012_sorani_vowels_search. A letter added here needs a
# migration of its own that folds it in the index already stored.
KEYBOARD_LOOKALIKES: dict[str, str] = {"ڕ": "ر", "ڵ": "ل", "ە": "ه", "ێ": "ي", "ۆ": "و", "ڤ": "ف"}
_SEARCH_FOLD: dict[str, str] = {**_FOLD, **KEYBOARD_LOOKALIKES}


def _ranges(*pairs: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in pairs for c in range(lo, hi + 1))


_REMOVED = _ranges(
    (0x0610, 0x061A),  # Quranic honorifics and small marks
    (0x064B, 0x065F),  # harakat: fathatan .. wavy hamza below (065A handled first)
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0640, 0x0640),  # tatweel
) | frozenset(invisible.DISPLAY_ONLY + invisible.JOINERS)  # bidi marks, zero-width ones, soft hyphen, ZWNJ/ZWJ

_SMALL_V_ABOVE = "\u065a"
# Base letter + U+065A -> the precomposed Sorani letter (after folding the base).
_WITH_SMALL_V = {"و": "ۆ", "ي": "ێ", "ل": "ڵ"}
_ZWNJ = invisible.ZWNJ
_HEH, _AE = "ه", "ە"


# Invisible characters that steer display, not meaning (``invisible.DISPLAY_ONLY``): bidi marks (LRM,
# RLM, ALM), embeddings and overrides, isolates, zero-width space, word joiner, BOM, soft hyphen.
# Pasted from a web page, a phone or a Word file into a name, they are kept byte for byte and make an
# equal-looking name sort and match apart.
_INVISIBLE_IN_LINE = re.compile(f"[{invisible.char_class(invisible.DISPLAY_ONLY)}]")
# ZWNJ and ZWJ are spelling in Sorani and Persian script (ه + ZWNJ is the old way to write ە; a ZWNJ
# keeps two parts of one word apart): kept between letters, dropped where they join nothing (at an
# end, beside a space) and where one is repeated.
_JOINER_RUN = re.compile("[\u200c\u200d]{2,}")
# After ه a ZWNJ at a word's end is the old spelling of ە (خانه‌ = خانە) and search folds it so: kept.
_LOOSE_JOINER = re.compile("(?:^|(?<=\\s))[\u200c\u200d]+|(?<!\u0647)[\u200c\u200d]+(?=\\s|$)")


def tidy_line(text: str) -> str:
    """A one-line field a person typed (a name, a code's name, a title): the invisible marks that
    only steer display are dropped, and ZWNJ/ZWJ kept only inside a word.

    For one-line fields only: a long text (a transcript) keeps every character, since coding offsets
    count them and its ZWNJs are spelling. Returns ``text`` itself when there is nothing to drop.
    """
    if not (_INVISIBLE_IN_LINE.search(text) or "\u200c" in text or "\u200d" in text):
        return text
    tidied = _INVISIBLE_IN_LINE.sub("", text)
    tidied = _JOINER_RUN.sub(lambda m: m.group()[0], tidied)
    tidied = _LOOSE_JOINER.sub("", tidied)
    # What stood between the marks and the ends was padding the person never saw.
    return tidied.strip() if tidied != text else text


def clean_text(text: str) -> str:
    """Text entering the database: CR LF and lone CR become LF, BOMs are dropped.

    Nothing else changes (no NFC, no folding): stored text is what the person wrote.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace(_BOM, "")


def _clusters(text: str) -> list[tuple[int, str]]:
    """Split into (start index, base character + its combining marks)."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if out and unicodedata.combining(ch):
            start, cluster = out[-1]
            out[-1] = (start, cluster + ch)
        else:
            out.append((i, ch))
    return out


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise for search and map every output character back to ``text``.

    Returns ``(normalised, offsets)`` with ``len(offsets) == len(normalised) + 1``:
    ``offsets[j]`` is the index in ``text`` where the character that produced
    ``normalised[j]`` starts, and the last entry is ``len(text)``. A match
    ``normalised[a:b]`` therefore covers ``text[offsets[a]:offsets[b]]``.
    """
    return _folded(text, _SEARCH_FOLD)


def fold_name(text: str) -> str:
    """Two names a person typed are one name when this form is equal (the codebook's twin check):
    folded as search folds, but ڕ ڵ ە ێ ۆ ڤ are kept (see the module docstring)."""
    return _folded(text, _FOLD)[0]


def _folded(text: str, table: dict[str, str]) -> tuple[str, list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    for start, cluster in _clusters(text):
        for ch in unicodedata.normalize("NFKC", cluster):
            if ch == _SMALL_V_ABOVE and chars and chars[-1] in _WITH_SMALL_V:
                composed = _WITH_SMALL_V[chars[-1]]
                chars[-1] = table.get(composed, composed)
                continue
            if ch == _ZWNJ and chars and chars[-1] == _HEH:
                chars[-1] = table.get(_AE, _AE)  # old spelling of the Sorani vowel e
                continue
            if ch in _REMOVED:
                continue
            for out in table.get(ch, ch).casefold():
                chars.append(out)
                offsets.append(start)
    offsets.append(len(text))
    return "".join(chars), offsets


# A word with the white space before it: where one begins, no folding rule looks back across (a space
# is never folded away, and it is neither ه nor a letter that takes U+065A), so the text's form is the
# words' forms joined, and a word met again is not folded again.
_WORDS_WITH_SPACE = re.compile(r"\s+\S*|\S+")


@functools.lru_cache(maxsize=65_536)
def _normalised_word(word: str) -> str:
    return normalise_with_offsets(word)[0]


def normalise_for_search(text: str) -> str:
    """The folded form stored in the full-text index and used for queries.

    The result may be shorter or longer than ``text``; see the module docstring. The same as
    ``normalise_with_offsets(text)[0]``, a word at a time with the words remembered: indexing what a
    day's bundles bring folds the same words over and over.
    """
    return "".join(map(_normalised_word, _WORDS_WITH_SPACE.findall(text)))


def has_letters(text: str) -> bool:
    """Whether a typed search holds something to look for: blank, or marks alone (harakat, tatweel,
    direction marks, ZWNJ), folded away, does not."""
    return bool(normalise_for_search(text).strip())
