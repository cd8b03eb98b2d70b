"""Month names in a date box, spelt as in every other date (``formatting.month_spelling``).

Qt writes and reads a date box's text with its own month names (CLDR's, which misspell the Kurdish
December «کانونی یەکەم»), and it finds the day, month and year in that text by counting characters. The
right «کانوونی یەکەم» is one letter longer: a box that merely showed it put every part after the month
one place off, and digits typed into the year were lost.

So the box's format carries one invisible character right after the month, the word joiner (it joins
nothing in Arabic script and is folded away by search). Qt's text then has the wrong name and the
joiner where the box shows the right name: the same number of characters, every part where Qt counts
it. With the other months the joiner stays, unseen. Copied, the box's text goes without it
(``copied``): pasted elsewhere it was an invisible character.

A month typed letter by letter: the right name's first letters are handed to Qt in its spelling
(``qt_spelling``), and past where the two part («کانوونی ی») the box shows them as typed (``typed_partly``).
Qt-free; the box is ``DigitDateEdit``.
"""

from __future__ import annotations

import re

from desktop.i18n.formatting import misspelt_months, month_spelling
from desktop.i18n.invisible import WORD_JOINER

PAD = WORD_JOINER


def _fixes(lang: str) -> tuple[tuple[str, str], ...]:
    fixes = misspelt_months(lang)
    # The joiner makes up for one letter; a correction of any other length would need another way.
    assert all(len(right) == len(wrong) + 1 for wrong, right in fixes), fixes
    return fixes


def _parting(wrong: str, right: str) -> int:
    """Where the right spelling has its one letter more than Qt's (4 in «کانوونی یەکەم»: the second و)."""
    at = next((i for i, (a, b) in enumerate(zip(wrong, right, strict=False)) if a != b), len(wrong))
    assert right[:at] + right[at + 1 :] == wrong, (wrong, right)
    return at


def box_format(fmt: str, lang: str) -> str:
    """A Qt date format (in the order shown) with the joiner after its month name, where needed."""
    if not _fixes(lang) or "MMMM" not in fmt:
        return fmt
    return fmt.replace("MMMM", "MMMM" + PAD, 1)


def shown(text: str, lang: str) -> str:
    """Qt's text of a date as the box shows it: the wrong name and the joiner become the right name."""
    return shown_at(text, 0, lang)[0]


def shown_at(text: str, pos: int, lang: str) -> tuple[str, int]:
    """``shown`` with the cursor ``pos`` moved along (after the right name where it was after Qt's)."""
    for wrong, right in _fixes(lang):
        at = text.find(wrong + PAD)
        if at >= 0:
            pos += 1 if at + _parting(wrong, right) < pos <= at + len(wrong) else 0
            return text[:at] + right + text[at + len(wrong) + 1 :], pos
    return text, pos


def joined(text: str, pos: int, lang: str, fmt: str) -> tuple[str, int]:
    """What the box shows (or what was typed or pasted) with the joiner after the month, the cursor
    ``pos`` moved along. Where the joiner went with a month typed over (or a date pasted from a table),
    it is put back before the text that follows the month in ``fmt`` (the box's format), so Qt finds the
    year where it counts it."""
    if not _fixes(lang) or PAD not in fmt or PAD in text:
        return text, pos
    after = re.split(r"[dMy]", fmt.split(PAD, 1)[1], maxsplit=1)[0]  # "ی " in Kurdish
    at = text.rfind(after) if after else -1
    if at < 0:
        return text, pos
    return text[:at] + PAD + text[at:], pos + (1 if pos > at else 0)


def qt_spelling(text: str, pos: int, lang: str) -> tuple[str, int]:
    """A box's text with the joiner after its month (``joined``) as Qt reads it: the right name, or its
    first letters while it is typed, spelt as Qt spells it (the cursor ``pos`` moved along). The first
    letters up to the one the right spelling has more (کانوو) stay as they are: Qt takes them for the
    start of its January (کانوونی دووەم)."""
    at = text.find(PAD)
    for wrong, right in _fixes(lang) if at >= 0 else ():
        part = _parting(wrong, right)
        for size in range(len(right), part + 1, -1):  # the whole name first
            if text.endswith(right[:size], 0, at):
                extra = at - size + part  # the letter Qt's spelling does not have
                return text[:extra] + text[extra + 1 :], pos - (1 if pos > extra else 0)
    return text, pos


def typed_partly(text: str, lang: str) -> bool:
    """Whether a box's text (with the joiner) holds the first letters of a right name that Qt does not
    know (past where its spelling parts from the right one): Qt cannot show them, the box shows them as typed."""
    at = text.find(PAD)
    return at >= 0 and any(
        text.endswith(right[:size], 0, at)
        for wrong, right in _fixes(lang)
        for size in range(_parting(wrong, right) + 2, len(right))
    )


def for_qt(text: str, pos: int, lang: str, fmt: str) -> tuple[str, int]:
    """What the box shows (or what was typed or pasted) as Qt reads it, with the cursor ``pos`` moved
    along: the joiner after the month (``joined``), the right name as Qt spells it (``qt_spelling``)."""
    return qt_spelling(*joined(text, pos, lang, fmt), lang)


def copied(text: str, lang: str) -> str:
    """A date box's text (or a part of it) as it goes to the clipboard: as shown, without the joiner."""
    return month_spelling(text.replace(PAD, ""), lang)


def month_typed(text: str, pos: int, fmt: str) -> str | None:
    """The month name typed so far in a date box's ``text``: from the month's start up to the cursor
    ``pos``. ``fmt`` is the box's format in the order shown; None where the text before the cursor does
    not start as ``fmt`` does before its month name."""
    if "MMMM" not in fmt:
        return None
    head = fmt.replace(PAD, "").replace("'", "").split("MMMM", 1)[0]
    pattern = "".join(r"\d*" if re.fullmatch(r"[dMy]+", piece) else re.escape(piece)
                      for piece in re.split(r"([dMy]+)", head) if piece)
    found = re.match(pattern, text[:pos].replace(PAD, ""))
    return text[:pos].replace(PAD, "")[found.end():] if found else None
