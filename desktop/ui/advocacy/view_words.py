"""What the Recommendations tab says in words: a status, a gender, why a facilitator's laptop may not
change a recommendation, and who supports one (its counts, by gender and by age band).

Kept apart from the view's widgets (recommendation_view.py): these are sentences and their right-to-left
care, read by the view, the page and the survey tab. The messages keep the "RecommendationView"
context they were translated in (a literal in every call: lupdate reads no variable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.exports.brief_data import GENDER_WORDS, STATUS_WORDS
from desktop.i18n.digits import apply_digits

if TYPE_CHECKING:
    from desktop.core.support import Support
    from desktop.ui.qt_i18n import LanguageManager


def status_word(status: str) -> str:
    """A status as a screen shows it: the brief's word ("adopted", written mid-sentence there) with
    a capital, like the other statuses of the app ("Final", "Draft"); Arabic and Kurdish have none."""
    word = QCoreApplication.translate("Brief", STATUS_WORDS.get(status, status))
    return word[:1].upper() + word[1:]


def gender_word(gender: str) -> str:
    return QCoreApplication.translate("Brief", GENDER_WORDS.get(gender, gender))


def role_explanation() -> str:
    """Why a facilitator's laptop cannot change a recommendation (the page says it before its view is built)."""
    return QCoreApplication.translate(
        "RecommendationView", "Recommendations and their statuses are changed by the coordinators. On this laptop "
        "you can read them and link evidence to them.")


def support_lines(sup: Support, language: LanguageManager) -> list[str]:
    """Who supports a recommendation: the counts, by gender and by age band, one line each, in the
    interface's language and digits. (What was left out is said by the view: those are plural messages,
    which pyside6-lupdate extracts from ``tr`` but not from ``QCoreApplication.translate``.)"""
    fmt = language.format_number
    rtl = language.language in ("ar", "ckb")
    sep = "، " if rtl else ", "

    def rtl_item(label: str, count: str) -> str:
        # "label: count" as one right-to-left unit (RLE...PDF): the items then follow each other
        # from the right, as a reader of Arabic or Kurdish reads them.
        return f"\u202b{label}: {count}\u202c" if rtl else f"{label}: {count}"

    lines = [
        QCoreApplication.translate(
            "RecommendationView", "Participants: %1 · Sessions: %2 · Governorates: %3 · Organisations: %4")
        .replace("%1", fmt(sup.participants)).replace("%2", fmt(sup.sessions))
        .replace("%3", fmt(sup.governorates)).replace("%4", fmt(sup.organisations)),
    ]
    if not sup.participants or (not sup.by_gender and not sup.by_age_band):
        # Nobody yet (a new recommendation, or its only speakers withdrew): "By gender:" and "By age
        # band:" stood empty after their colons, read as something that failed to load or cut off.
        return lines
    lines += [
        QCoreApplication.translate("RecommendationView", "By gender: %1").replace(
            "%1", sep.join(rtl_item(gender_word(g), fmt(n)) for g, n in sorted(sup.by_gender.items()))),
        # A band is a left-to-right range ("45-54"): isolated left to right (LRI...PDI), so a
        # right-to-left line neither reverses it nor runs it into the count beside it. An embedding
        # (LRE...PDF) did: the count after it joined the band's left-to-right run, and "18-24: 2"
        # read "2: 18-24" from the right.
        QCoreApplication.translate("RecommendationView", "By age band: %1").replace(
            "%1", sep.join(rtl_item(f"\u2066{apply_digits(b, language.digits)}\u2069" if b else gender_word(""),
                                    fmt(n)) for b, n in sorted(sup.by_age_band.items()))),
    ]
    return lines
