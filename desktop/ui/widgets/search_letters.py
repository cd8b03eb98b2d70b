"""A filter box holding only marks (harakat, tatweel, RLM, ZWNJ…) has nothing to look for: the search
folds them away. The Sessions list says so in one line under its search; the other filter boxes say
the same words (translated once, in the Sessions page's context) instead of listing everyone, or no
one, without a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.normalise import has_letters
from desktop.ui.widgets.field_error import FieldError

_CONTEXT = "SessionsPage"  # where the words were first said (and translated)
NEEDS_LETTERS = QT_TRANSLATE_NOOP(
    "SessionsPage", "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing.")


def only_marks(typed: str) -> bool:
    """Something typed, and nothing of it left to look for once folded."""
    return bool(typed.strip()) and not has_letters(typed)


def needs_letters() -> str:
    return QCoreApplication.translate(_CONTEXT, NEEDS_LETTERS)


def say_if_only_marks(line: FieldError, typed: str) -> bool:
    """The line says the search needs letters when ``typed`` is only marks, and is hidden otherwise;
    whether it said so."""
    marks = only_marks(typed)
    line.set_error(needs_letters if marks else "")
    return marks
