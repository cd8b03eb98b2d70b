"""Bits every report tab shares: the code combo, translated attribute values, running work off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, retrieval
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.models import Code
from desktop.core.retrieval import Retrieved
from desktop.core.sqlcipher_file import classify
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics
from desktop.ui.labels import sessions as labels
from desktop.ui.models.code_tree import Row, load_rows, swatch_icon
from desktop.ui.operations import QueryOp
from desktop.ui.qt_i18n import active_digits, active_language
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.live_words import say

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ReportsData:
    """What the tabs' choices are made of: the codebook with usage counts, the coders, the team's
    participant attributes. Read in one operation on the DB worker (counting every segment of a
    campaign takes most of a second)."""

    codes: list[Row] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str]] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # a code merged away: the code standing for it now


def load_reports_data(s: OrmSession) -> ReportsData:
    merged = {code_id: codebook.resolve(s, code_id)
              for code_id in s.scalars(select(Code.id).where(Code.merged_into.is_not(None)))}
    return ReportsData(load_rows(s), retrieval.coders(s), retrieval.team_attributes(s), merged)


def fill_code_combo(combo: QComboBox, rows: list[Row], lang: str, merged: dict[str, str] | None = None) -> None:
    """The codebook's codes, the one chosen kept. A chosen code merged into another (on the Codebook
    page, by a team update) is followed to it; a chosen code deleted leaves no code chosen. Before,
    the combo fell back to the first code of the tree, and "Code all hits" then coded every hit with
    a code the analyst never chose."""
    current = combo.currentData()
    combo.clear()

    def add(row: Row, depth: int) -> None:
        combo.addItem(swatch_icon(row.colour), "    " * depth + row.name(lang), row.id)
        for child in row.children:
            add(child, depth + 1)

    for r in rows:
        add(r, 0)
    if current is not None:
        combo.setCurrentIndex(combo.findData((merged or {}).get(current, current)))  # -1: none chosen


def gender(code: str) -> str:
    return {
        "female": translate("reports", "Female"), "male": translate("reports", "Male"),
        "other": translate("reports", "Other"), "undisclosed": translate("reports", "Undisclosed"),
    }.get(code, code)


def attribute_value(attribute: str, value: str, lang: str) -> str:
    if value == "":
        return translate("reports", "(not given)")  # as the Excel workbook names the column
    if attribute == "governorate":
        return labels.governorate(value, lang)
    if attribute == "gender":
        return gender(value)
    if attribute == "session_kind":
        return labels.kind(value)
    if attribute == "age_band":  # the chosen digits, and "65+" kept as written in a right-to-left header
        return demographics.age_band(value)
    return value


def attribute_names() -> dict[str, str]:
    return {
        "governorate": translate("reports", "Governorate"), "gender": translate("reports", "Gender"),
        "age_band": translate("reports", "Age band"), "session_kind": translate("reports", "Session kind"),
    }


def where(r: Retrieved) -> str:
    return session_name(r.session_title, r.session_date)


def session_name(title: str, day: dt.date | None) -> str:
    """A session as a list names it: its title and its date (two sessions are often titled alike), the
    date in the one format of the interface language, in the chosen digits."""
    date = formatting.format_date(day, active_language(), active_digits()) if isinstance(day, dt.date) else ""
    return f"{title} {date}".strip()


def run(ctx: AppContext, work: Callable[[Any], Any], done: Callable[[Any], None], status: QLabel,
        current: Callable[[], bool] = lambda: True) -> None:
    """Read-only work on the DB worker (a ``QueryOp``); errors land in ``status``. The tab that holds
    ``status`` gets its busy look (``Loading…`` and a busy cursor) when the work takes over 300 ms.
    A read no longer ``current`` when it comes back (another asked for since) leaves the tab alone."""
    status.setText(translate("reports", "Working…"))

    def finished(result: Any) -> None:
        if not current():
            return
        status.clear()
        done(result)

    def failed(exc: BaseException) -> None:
        if current():
            said_not_shown(status, exc)

    tab = status.parentWidget()
    QueryOp(ctx, work, finished).failure(failed).with_busy(busy_state(tab) if tab is not None else None) \
        .run_in_background()


def said_not_shown(status: QLabel, exc: BaseException) -> None:
    """Why a read was not shown, in one translated line: the exception's own text was English (SQLite's
    words, "the database is in use by another program") and could hold the query and its values.
    Anything but the disk's or another program's doing is a bug: said too, then raised for the crash log."""
    problem = exc if isinstance(exc, EnvironmentProblem) else classify(exc)
    if problem is not None:
        reason = reason_of(problem)
        say(status, lambda: translate("reports", "Not shown: %1 Try again.").replace("%1", environment_reason(reason)))
        return
    say(status, lambda: translate("reports", "Not shown: Majlis met an error. Try again."))
    if not isinstance(exc, MajlisError):
        raise exc


# The table a withdrawal writes: its words leave the screen at once, before they are read again.
ERASED = "erasure"
# Where the texts a report shows come from, and who said them under which consent.
SPEECH = frozenset({"transcript_turn", "agenda_item", "decision", "session", "memo", "participant",
                    "attendance", "consent_record", ERASED})
CODING = frozenset({"code", "coded_segment"})


class ShownRead:
    """The read behind what a tab shows, kept so that it is read again when the data under it
    changes (an import, an edit, a withdrawal). Before, a coordinator who withdrew a participant
    still saw their erased words in the segments, search hits and drill-down read earlier, and
    "Code all hits" then failed on the changed texts."""

    def __init__(self, ctx: AppContext, status: QLabel, watched: frozenset[str],
                 forget: Callable[[], None] = lambda: None) -> None:
        self.ctx, self.status, self.watched, self.forget = ctx, status, watched, forget
        self._last: tuple[Callable[[Any], Any], Callable[[Any], None]] | None = None
        self.stale = False
        self._asked = 0  # reads asked for: one that comes back after a newer was asked is not shown

    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self._last, self.stale = (work, done), False
        self._asked += 1
        asked = self._asked
        run(self.ctx, work, done, self.status, lambda: asked == self._asked)

    def forget_read(self) -> None:
        """Nothing read is shown any more (a search that could not be run): a read still on its way
        is not shown when it comes back, and a change to the data does not bring it back."""
        self._last, self.stale = None, False
        self._asked += 1

    def data_changed(self, tables: set[str] | frozenset[str]) -> bool:
        """True when what is shown was read from ``tables`` (it is read again later); words a
        withdrawal erased leave the screen now."""
        if self._last is None or not tables & self.watched:
            return False
        if ERASED in tables:
            self.forget()
        self.stale = True
        return True

    def read_again(self) -> None:
        if self.stale and self._last is not None:
            self.run(*self._last)


def busy_state(tab: QWidget) -> BusyState:
    """The tab's busy look, made on its first long read."""
    found = tab.findChild(BusyState, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, BusyState) else BusyState(tab)
