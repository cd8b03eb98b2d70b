"""The Kurdish December is written «کانوونی یەکەم», as its January «کانوونی دووەم».

CLDR's data, shipped in Babel and in Qt, spells it «کانونی یەکەم» (one و): every December date in a
Kurdish table, PDF, register or workbook read so. The app's date formatting (desktop.i18n.formatting)
writes it rightly; checked in the formatting functions, a table of the Sessions page, a minutes PDF read
back with pdftotext and the evidence brief workbook read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.exports.pdf_sessions import write_session_pdf
from desktop.i18n.formatting import format_date, format_datetime, format_month, month_names, month_spelling
from desktop.ui.context import AppContext
from desktop.ui.sessions.page import SessionsPage
from tests.demo_stores import demo_store_fixture
from tests.pdf_helpers import normalise, pdf_text

RIGHT = "کانوونی یەکەم"
WRONG = "کانونی یەکەم"
DECEMBER = dt.date(2023, 12, 5)

# Central Kurdish (Sorani) month names as written in Iraqi Kurdistan, January first.
SORANI_MONTHS = ["کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەمووز", "ئاب", "ئەیلوول",
                 "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"]

# Demo databases generated once per process and copied per test (tests/demo_stores.py): generating
# them is not what is under test here.
demo_6_sessions = demo_store_fixture(sessions=6, seed=3)


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_every_date_format_spells_december_rightly(digits: str) -> None:
    day = "5" if digits == "latn" else "٥"
    year = "2023" if digits == "latn" else "٢٠٢٣"
    assert format_date(DECEMBER, "ckb", digits) == f"{day}ی {RIGHT}ی {year}"  # type: ignore[arg-type]
    assert RIGHT in format_date(DECEMBER, "ckb", digits, "long")  # type: ignore[arg-type]
    assert format_month(DECEMBER, "ckb", digits) == f"{RIGHT}ی {year}"  # type: ignore[arg-type]
    assert RIGHT in format_datetime(dt.datetime(2023, 12, 5, 14, 7), "ckb", digits)  # type: ignore[arg-type]
    # The other languages are left as they were.
    assert format_date(DECEMBER, "ar", "latn") == "5 كانون الأول 2023"
    assert format_date(DECEMBER, "en", "latn") == "5 December 2023"


def test_the_twelve_kurdish_months_agree_with_each_other() -> None:
    """The same slip looked for in the other eleven: the pairs of months share their stem."""
    names = month_names("ckb")
    assert names == SORANI_MONTHS
    assert names[0].split()[0] == names[11].split()[0] == "کانوونی"
    assert names[9].split()[0] == names[10].split()[0] == "تشرینی"
    assert month_spelling(month_spelling(WRONG, "ckb"), "ckb") == RIGHT  # twice is once
    assert month_spelling(WRONG, "ar") == WRONG  # only Kurdish text is touched


def test_a_table_shows_december_rightly(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ckb")
    sessions.create_session(ctx.store, "roundtable", title="دانیشتنی هەولێر", governorate="erbil", date=DECEMBER)
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    column = list(model.COLUMNS).index("date")
    shown = model.index(0, column).data(Qt.ItemDataRole.DisplayRole)
    assert RIGHT in shown and WRONG not in shown, shown


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_a_pdf_spells_december_rightly(store: Store, tmp_path: Path, digits: str) -> None:
    sid = sessions.create_session(store, "roundtable", title="دانیشتنی هەولێر", governorate="erbil",
                                  date=DECEMBER, language="ckb")
    pdf = write_session_pdf(store, sid, tmp_path / "minutes.pdf", None, "ckb", digits)  # type: ignore[arg-type]
    text = normalise(pdf_text(pdf))
    assert "کانوونی" in text and "کانونی" not in text, text


def test_the_brief_workbook_spells_december_rightly(demo_6_sessions: Store, tmp_path: Path) -> None:
    store = demo_6_sessions
    with store.transaction() as s:
        for session in s.query(Session):
            session.date = DECEMBER
    out = tmp_path / "brief-ckb.xlsx"
    write_brief_xlsx(store, out, lang="ckb")
    cells = [str(c) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    assert any(RIGHT in c for c in cells)  # the quotes' sources carry their session's date
    assert not any(WRONG in c for c in cells)
