"""A centre's consent register of hundreds of records: opening the Consent page, typing in its pseudonym
filter or switching the digits does not lay out every record.

The register's columns were fitted to their contents by Qt, which measures a thousand rows per column at
each fitting (the page opening, each letter typed in the filter, a switch of language or digits), and each
cell asked for computed the words of all ten cells of its row (a date and time formatted by Babel for the
pseudonym too). At a centre of 20 laptops (1,295 consent records, merged from their bundles) the window
froze 2.5 s when the page opened, 1.6 s at each letter typed in the filter and 3.3 s at a switch of digits
(DESIGN budget: 100 ms). Now the columns are fitted to the rows on screen and the fifty around them, and a
cell computes its own words only. The test counts cells laid out and dates formatted (behaviour, not a
timing), and checks that the rows on screen are not cut."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Participant, Session
from desktop.i18n import formatting
from desktop.ui.consent import page_models
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.cell_counting import CountingDelegate
from tests.consent_helpers import template_texts

RECORDS = 600
SESSIONS = 30


@pytest.fixture
def centre(store: Store) -> Store:
    """Six hundred consent records in thirty sessions, as a centre holds them after merging laptops."""
    consent.publish_version(store, "session-consent", template_texts())
    with store.session() as s:
        template = consent.template_for(s, "session-consent", "ar")
        assert template is not None
        template_id = template.id
        answers = {c.clause_key: True for c in consent.clauses(s, template_id)}
    with store.transaction() as s:
        sessions = [Session(kind="focus_group", title=f"جلسة بؤرية {n}", date=dt.date(2023, 1, 1 + n % 28),
                            governorate="basra", language="ar", facilitator="F1", number=n + 1)
                    for n in range(SESSIONS)]
        s.add_all(sessions)
        s.flush()
        for n in range(RECORDS):
            session = sessions[n % SESSIONS]
            person = Participant(code=f"BSR-FG{n % SESSIONS + 1:02d}-P{n // SESSIONS + 1:02d}", gender="female",
                                 age_band="25-34", governorate="basra", language="ar")
            s.add(person)
            s.flush()
            s.add(ConsentRecord(participant_id=person.id, session_id=session.id, template_id=template_id,
                                answers=answers, method="paper", facilitator="F1",
                                recorded_at=f"2023-01-{1 + n % 28:02d}T10:00:00+03:00"))
    return store


@pytest.fixture
def page(ctx: AppContext, centre: Store, qtbot: QtBot) -> ConsentPage:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == RECORDS, timeout=30_000)
    return page


def test_typing_in_the_filter_does_not_lay_out_every_record(page: ConsentPage, qtbot: QtBot) -> None:
    view = page.register_view
    delegate = CountingDelegate()
    view.setItemDelegate(delegate)
    page.text_filter.setText("P")  # every pseudonym has one: all the records stay
    qtbot.wait(50)
    assert page.register.rowCount() == RECORDS
    cells = RECORDS * page.register.columnCount()
    # Without the fix: each record in each of the eight fitted columns (4,800); now the fifty nearest.
    assert 0 < delegate.asked < cells // 2, delegate.asked
    # The rows on screen are not cut: each fitted column is as wide as their words.
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    shown = range(max(0, view.rowAt(0)), view.rowAt(view.viewport().height() - 1) + 1)
    assert len(shown) > 5
    for column in (0, 1, 2, 4, 7, 8):
        widest = max(metrics.horizontalAdvance(str(page.register.data(page.register.index(r, column))))
                     for r in shown)
        assert header.sectionSize(column) >= widest, column


def test_a_cell_computes_its_own_words_only(page: ConsentPage, qtbot: QtBot, monkeypatch: Any) -> None:
    """The pseudonym, the session or the status of a record formats no date and time."""
    formatted: list[dt.datetime] = []
    real = formatting.format_datetime

    def counted(value: dt.datetime, *args: Any, **kwargs: Any) -> str:
        formatted.append(value)
        return real(value, *args, **kwargs)

    monkeypatch.setattr(page_models, "format_datetime", counted)
    model = page.register
    for row in range(model.rowCount()):
        for column in (0, 1, 8):
            assert model.data(model.index(row, column))
    assert formatted == []
    assert model.data(model.index(0, 7))  # the Recorded column still says when
    assert len(formatted) == 1
