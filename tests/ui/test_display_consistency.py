"""What every page shows, looked at as a reader would: one date format per language, the chosen
digits on every number, no stored key (``session-consent``, ``focus_group``) where a word belongs.

The real main window on a demo database; every page is shown, the reports' matrix is built, both
session editors are opened, and the visible texts are read back from the widgets and their models.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.reference import (
    ACTION_STATUSES,
    ATTENDANCE_ROLES,
    CONSENT_METHODS,
    GENDERS,
    ORGANISATION_KINDS,
    SESSION_KINDS,
    SESSION_STATUSES,
    SETTINGS,
)
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.formatting import format_date, month_names
from desktop.i18n.month_box import PAD
from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import (  # noqa: F401 - fixtures used by name
    Screens,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    switch,
    user_name,
)

MAX_ROWS = 40


@pytest.fixture
def ctx(ctx: AppContext, request: pytest.FixtureRequest) -> AppContext:
    request.getfixturevalue("isolated_settings")  # the user's own QSettings stay out of it
    ctx.demo = True
    return ctx
LATIN = re.compile(r"[0-9]")
LETTER = re.compile(r"[^\W\d_]")
# A stored key is never a word on screen. Age bands are digits, not keys to translate; "other" and
# "open" are English words the English walk would find legitimately, so only ar/ckb are walked.
RAW_KEYS = {
    *SESSION_KINDS, *SESSION_STATUSES, *GENDERS, *SETTINGS, *ORGANISATION_KINDS, *ACTION_STATUSES,
    *CONSENT_METHODS, *(r for r in ATTENDANCE_ROLES), "session-consent", "builtin-consent", "ar", "ckb", "en",
    "given", "refused", "withdrawn", "none", "all", "quotes",
}


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _columns(model: Any) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a QListWidget's private model
        return 1


def _view_texts(view: QAbstractItemView, out: list[tuple[str, str]], *, all_rows: bool = False) -> None:
    model = view.model()
    if model is None:
        return
    where = f"{type(view).__name__}#{view.objectName() or view.accessibleName() or '?'}"
    columns = _columns(model)
    rows = model.rowCount(QModelIndex())
    header = view.horizontalHeader() if isinstance(view, QTableView) else getattr(view, "header", lambda: None)()
    if header is not None and header.isVisible():
        for column in range(columns):
            out.append((f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
    if isinstance(view, QTableView) and view.verticalHeader().isVisible():
        for row in range(min(rows, MAX_ROWS)):
            out.append((f"{where} row number", str(model.headerData(row, Qt.Orientation.Vertical) or "")))
    for row in range(rows if all_rows else min(rows, MAX_ROWS)):
        for column in range(columns):
            value = model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                out.append((f"{where} cell {row},{column}", value))


def shown_texts(root: QWidget, window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person can read under ``root``: labels, fields, date boxes, tables, lists."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _visible(w, window):
            continue
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        inner_edit = isinstance(w.parent(), QDateEdit | QComboBox)  # read through its box instead
        if isinstance(w, QLabel | QDateEdit) or (isinstance(w, QLineEdit) and not inner_edit):
            out.append((name, w.text()))
        elif isinstance(w, QComboBox):
            out.extend((f"{name} item", w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            _view_texts(w, out)
    return [(where, text) for where, text in out if text]


def build_matrix(page: Any, qtbot: QtBot) -> Any:
    """The reports page's matrix tab, shown and built (by governorate): the tab itself."""
    page.tabs.setCurrentWidget(page.matrix)
    page.matrix.run()
    qtbot.waitUntil(lambda: page.matrix.model.rowCount() > 0, timeout=10_000)
    settle()
    return page.matrix


def _walk(screens: Screens, qtbot: QtBot, visit: Any) -> None:
    """``visit(name, root)`` for every page (the matrix built) and both session editors."""
    for key in screens.pages:
        page = screens.show(key)
        if key == "reports":
            build_matrix(page, qtbot)
        visit(key, screens.window)
    for kind in ("roundtable", "focus_group"):
        editor = screens.open_editor(kind)
        assert editor is not None, kind
        for tabs in editor.findChildren(QTabWidget):
            for t in range(tabs.count()):
                tabs.setCurrentIndex(t)
                settle()
                visit(kind, editor)
        screens.close_editor()


# --- dates ---------------------------------------------------------------------------------------

ISO = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
NUMERIC = re.compile(r"\b\d{1,4}[\u200f]?[/.][\u200f]?\d{1,2}[\u200f]?[/.][\u200f]?\d{1,4}\b")


def _named(lang: str) -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in month_names(lang)), key=len, reverse=True))
    return re.compile(rf"(\d{{1,2}})ی? ({months})ی? (\d{{4}})")


def date_formats(text: str, lang: str) -> list[tuple[str, str]]:
    """(kind, the date as written) for every date in ``text``: iso, numeric or named (day month year)."""
    latin = to_latin_digits(text).replace(PAD, "")  # unseen: a date box's joiner after the month (month_box.py)
    found = [("iso", m.group(0)) for m in ISO.finditer(latin)]
    found += [("numeric", m.group(0)) for m in NUMERIC.finditer(latin)]
    names = month_names(lang)
    for m in _named(lang).finditer(latin):
        day = dt.date(int(m.group(3)), names.index(m.group(2)) + 1, int(m.group(1)))
        kind = "named" if to_latin_digits(format_date(day, lang, "latn")) == m.group(0) else "named-other"
        found.append((kind, m.group(0)))
    return found


# --- digits --------------------------------------------------------------------------------------


def latin_numbers(texts: list[tuple[str, str]]) -> list[str]:
    """Texts that are numbers (no letter at all: counts, row numbers, age bands, times, percentages,
    matrix cells) or hold a date, yet show a Latin digit. Text with letters and digits is people's
    writing (a title, a pseudonym like BSR-FG01-P01) and keeps the digits it was written with."""
    bad = []
    for where, text in texts:
        if not LATIN.search(text):
            continue
        if not LETTER.search(text) or "row number" in where or ISO.search(text):
            bad.append(f"{where}: {text!r}")
    return bad


# --- stored keys ---------------------------------------------------------------------------------


def _raw_keys(texts: list[tuple[str, str]]) -> list[str]:
    bad = []
    for where, text in texts:
        tokens = set(re.split(r"[\s,;:()·/]+", text.strip()))
        hits = {k for k in RAW_KEYS if text.strip() == k or (k in tokens and ("_" in k or "-" in k))}
        if hits:
            bad.append(f"{where}: {text!r} ({', '.join(sorted(hits))})")
    return bad


# --- one walk per language, three checks --------------------------------------------------------


# page -> picture name, in the order the README shows them
SHOTS = {"reports": "01-matrix-and-chart", "consent": "02-consent-register", "participants": "03-participants",
         "sessions": "04-sessions", "focus_group": "05-transcript"}


def _table_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every row of every list and table under ``root`` (visible or not) and every combo item."""
    out: list[tuple[str, str]] = []
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QHeaderView):
            _view_texts(view, out, all_rows=True)
    for combo in root.findChildren(QComboBox):
        out.extend(("combo", combo.itemText(i)) for i in range(combo.count()))
    return out


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_dates_digits_and_words_on_every_page(ctx: AppContext, qtbot: QtBot, lang: str, tmp_path: Path) -> None:
    """One walk per language over every page (matrix built) and both editors, Arabic-Indic digits chosen
    for ar and ckb: one date format, no Latin digit in a number, no stored key in a list or table.
    The pages a reader checks by eye are saved as pictures (MAJLIS_ANALYSIS_SHOTS=docs/screenshots/analysis
    keeps them for the README)."""
    shots = Path(os.environ.get("MAJLIS_ANALYSIS_SHOTS", str(tmp_path))) / lang
    shots.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    screens = Screens(ctx, qtbot)
    switch(screens, qtbot, lang)
    ctx.language.set_digits("arab" if lang != "en" else "latn")
    settle()
    dates: dict[str, set[str]] = {}
    latin: list[str] = []
    keys: list[str] = []
    numbers: list[str] = []

    def visit(name: str, root: QWidget) -> None:
        if name in SHOTS and name not in taken:
            taken.add(name)
            assert screens.window.grab().save(str(shots / f"{SHOTS[name]}.png"))
        texts = shown_texts(root, screens.window)
        for where, text in texts:
            for kind, written in date_formats(text, lang):
                dates.setdefault(kind, set()).add(f"{name} {where}: {written!r} in {text!r}")
        if lang == "en":
            return
        latin.extend(f"{name} {line}" for line in latin_numbers(texts))
        numbers.extend(text for _where, text in texts if re.search("[٠-٩]", text))
        keys.extend(f"{name} {line}" for line in _raw_keys(_table_texts(root)))

    _walk(screens, qtbot, visit)
    assert taken == set(SHOTS)

    assert "named" in dates, "no date found on any page: the walk looked at nothing"
    others = {k: sorted(v)[:8] for k, v in dates.items() if k != "named"}
    assert not others, f"{lang}: dates in another format than the one for the language: {others}"
    # The sessions list, the consent register and both editors' date boxes say it the same way.
    places = {line.split(" ", 1)[0] for line in dates["named"]}
    assert {"sessions", "consent", "roundtable", "focus_group"} <= places, places
    if lang == "en":
        return

    assert not latin, "Latin digits with Arabic-Indic chosen:\n" + "\n".join(sorted(set(latin))[:40])
    # The walk saw real numbers: row numbers, age bands, dates, matrix cells.
    assert len(numbers) > 100, len(numbers)
    assert any("-" in t and not LETTER.search(t) for t in numbers), "no age band seen"
    # Sorani uses the same Eastern Arabic digits as Arabic, never the Persian ۰-۹.
    assert not any(re.search("[۰-۹]", t) for t in numbers)
    assert not keys, "stored keys shown instead of words:\n" + "\n".join(sorted(set(keys))[:40])

    # And back: Latin chosen, the same screens show Latin digits again.
    ctx.language.set_digits("latn")
    settle()
    page = screens.show("participants")
    band = [t for _w, t in shown_texts(page, screens.window) if re.fullmatch(r"\W*\d\d-\d\d\W*", t)]
    assert band, "no age band in Latin digits after switching back"


def test_the_consent_register_shows_its_rows(ctx: AppContext, qtbot: QtBot) -> None:
    """The register is given the room: at least eight rows can be read without scrolling (the issue
    saw one row of four in a squeezed splitter)."""
    from sqlalchemy import func, select

    from desktop.core.models import ConsentRecord

    screens = Screens(ctx, qtbot)
    switch(screens, qtbot, "ckb")
    page: Any = screens.show("consent")
    qtbot.waitUntil(lambda: page.register.rowCount() > 0)
    with ctx.store.session() as s:
        records = int(s.scalar(select(func.count()).select_from(ConsentRecord)
                               .where(ConsentRecord.deleted.is_(False))) or 0)
    assert page.register.rowCount() == records
    view: QTableView = page.register_view
    shown = min(records, 8)
    last = view.rowViewportPosition(shown - 1) + view.rowHeight(shown - 1)
    assert last <= view.viewport().height(), (last, view.viewport().height())
