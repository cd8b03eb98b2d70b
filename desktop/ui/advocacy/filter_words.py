"""A linked code's saved filters in the screen's words: "Participation (women)", not the stored
``{'genders': ['female']}`` (which the evidence list printed as Python text, in English, in an
Arabic or Kurdish screen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n.formatting import format_date
from desktop.ui.labels import demographics, sessions
from desktop.ui.qt_i18n import active_digits


def _day(raw: Any, lang: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(str(raw)), lang, active_digits())
    except ValueError:
        return str(raw)


def filter_words(filters: Mapping[str, Any], lang: str) -> str:
    """The filters' values, translated and joined; '' for none."""
    parts: list[str] = []
    parts += [demographics.gender(str(g)) for g in filters.get("genders") or []]
    parts += [demographics.age_band(str(b)) for b in filters.get("age_bands") or []]
    parts += [sessions.governorate(str(g), lang) for g in filters.get("governorates") or []]
    parts += [sessions.kind(str(k)) for k in filters.get("kinds") or []]
    parts += [str(c) for c in filters.get("coders") or []]  # coders' names, as they are shown elsewhere
    if filters.get("date_from"):
        parts.append(QCoreApplication.translate("EvidenceFilters", "from %1").replace(
            "%1", _day(filters["date_from"], lang)))
    if filters.get("date_to"):
        parts.append(QCoreApplication.translate("EvidenceFilters", "until %1").replace(
            "%1", _day(filters["date_to"], lang)))
    attributes = filters.get("attributes")
    if isinstance(attributes, Mapping):
        parts += [f"{key}: {' / '.join(str(v) for v in values)}" for key, values in sorted(attributes.items())]
    return ("، " if lang in ("ar", "ckb") else ", ").join(parts)
