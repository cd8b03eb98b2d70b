"""Month names in a date box, spelt as in every other date (``formatting.month_spelling``).

Qt writes and reads a date box's text with its own month names (CLDR's, which misspell the Kurdish
December «کانونی یەکەم»), and it finds the day, month and year in that text by counting characters. The
right «کانوونی یەکەم» is one letter longer: a box that merely showed it put every part after the month
one place off, and digits typed into the year were lost.

So the box's format carries one invisible character right after the month, the word joiner (it joins
nothing in Arabic script and is folded away by search). Qt's text then has the wrong name and the
joiner where the box shows the right name: the same number of characters, every part where Qt counts
it. With the other months the joiner stays, unseen. Copied, the box's text goes without it
(``copied``): pasted elsewhere it was an invisible character. Qt-free; the box is ``DigitDateEdit``.
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


def box_format(fmt: str, lang: str) -> str:
    """A Qt date format (in the order shown) with the joiner after its month name, where needed."""
    if not _fixes(lang) or "MMMM" not in fmt:
        return fmt
    return fmt.replace("MMMM", "MMMM" + PAD, 1)


def shown(text: str, lang: str) -> str:
    """Qt's text of a date as the box shows it: the wrong name and the joiner become the right name."""
    for wrong, right in _fixes(lang):
        text = text.replace(wrong + PAD, right)
    return text


def for_qt(text: str, pos: int, lang: str, fmt: str) -> tuple[str, int]:
    """What the box shows (or what was typed or pasted) as Qt reads it, with the cursor ``pos`` moved
    along: the right name becomes the wrong one and the joiner. Where the joiner went with a month typed
    over (or a date pasted from a table), it is put back before the text that follows the month in
    ``fmt`` (the box's format), so Qt finds the year where it counts it."""
    fixes = _fixes(lang)
    for wrong, right in fixes:
        text = text.replace(right, wrong + PAD)
    if fixes and PAD in fmt and PAD not in text:
        after = re.split(r"[dMy]", fmt.split(PAD, 1)[1], maxsplit=1)[0]  # "ی " in Kurdish
        at = text.rfind(after) if after else -1
        if at >= 0:
            text = text[:at] + PAD + text[at:]
            pos += 1 if pos > at else 0
    return text, pos


def copied(text: str, lang: str) -> str:
    """A date box's text (or a part of it) as it goes to the clipboard: as shown, without the joiner."""
    return month_spelling(text.replace(PAD, ""), lang)
