"""A coordinator's path in Arabic at 20 points on a 1366x768 laptop at 150 %, from what people said to a
recommendation and its outreach, as the coordinator sees it: a recommendation written and saved, a
code and one of its segments linked as evidence (the support line counts who said it; the words of the
participant who withdrew are nowhere on screen), a status added with its date typed, a meeting with an
organisation recorded for it (the Network counts it), the recommendation found again with the list's
filter, and its evidence brief written as a PDF whose text layer gives back the Arabic title in reading
order and not the withdrawn words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import OutreachEvent, RecommendationStatus
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.advocacy.view_words import status_word
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.advocacy_fixture import WITHDRAWN_WORDS, build
from tests.pdf_helpers import missing_words, pdf_text, words
from tests.recommendations_page import settle
from tests.ui.test_ckb_december_date_box import key, type_text
from tests.ui_helpers import main_window_on_screen

TITLE = "بطاقة بايومترية لكل ناخب"


def _on_screen_texts(root: QWidget) -> list[str]:
    """What the window's widgets, its tables' cells and its boxes' choices say."""
    said: list[str] = []
    for w in root.findChildren(QWidget):
        for name in ("text", "title", "currentText", "toolTip"):
            get = getattr(w, name, None)
            if callable(get):
                try:
                    value = get()
                except TypeError:
                    continue
                if isinstance(value, str):
                    said.append(value)
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    said.append(str(model.index(r, c).data() or ""))
        if isinstance(w, QComboBox):
            said += [w.itemText(i) for i in range(w.count())]
    return said


def test_from_coded_speech_to_a_brief_and_a_meeting(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    world = build(store)
    window = main_window_on_screen(manager, store, qtbot, "ar", 20, (910, 512), monkeypatch)
    window.go_to("recommendations")
    page = window.page("recommendations")
    assert isinstance(page, RecommendationsPage)
    view = page.view
    # --- written and saved
    page.new_button.click()
    view.fields["title_ar"].insert(TITLE)
    view.save_button.click()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1 and view.current is not None, timeout=10_000)
    rec_id = view.rec_id
    # --- evidence: the whole code "voter cards" and one of its segments
    view.code_combo.setCurrentIndex(view.code_combo.findData(world.codes["A"]))
    qtbot.waitUntil(lambda: view.segment_combo.count() > 0, timeout=10_000)
    view.link_code_button.click()
    qtbot.waitUntil(lambda: view.links_model.rowCount() == 1, timeout=10_000)
    view.segment_combo.setCurrentIndex(0)
    view.link_segment_button.click()
    qtbot.waitUntil(lambda: view.links_model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: view.support_label.text().startswith("المشاركون: 4"), timeout=10_000)
    assert "المسحوبة" in view.support_label.text()  # the withdrawn speaker left out, and said so
    assert view.quotes_model.rowCount() > 0
    # --- a status, its date typed by keyboard
    view.status_combo.setCurrentIndex(view.status_combo.findData("endorsed"))
    view.status_date.setDate(QDate(2001, 1, 1))
    view.status_date.setFocus()
    # Today's year typed (the recommendation was drafted today: an earlier status would not be its current one).
    view.status_date.setSelectedSection(DigitDateEdit.Section.YearSection)
    today = QDate.currentDate()
    type_text(view.status_date, str(today.year()))
    key(view.status_date, Qt.Key.Key_Return)
    assert view.status_date.date().year() == today.year()
    view.status_date.setDate(today)
    view.add_status_button.click()
    qtbot.waitUntil(lambda: len(view.history_model.rows) == 2, timeout=10_000)
    with store.session() as s:
        assert sorted(r.status for r in s.scalars(select(RecommendationStatus).where(
            RecommendationStatus.recommendation_id == rec_id))) == ["drafted", "endorsed"]
    qtbot.waitUntil(lambda: page.list_model.data(page.list_model.index(0, 2)) == status_word("endorsed"),
                    timeout=10_000)  # the list says the current status
    # --- nothing of the withdrawn words anywhere in the window
    settle(20)
    assert not [t for t in _on_screen_texts(window) if WITHDRAWN_WORDS in t]
    # --- a meeting with an organisation, for this recommendation
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built and page.o_rec.findData(rec_id) > 0, timeout=10_000)
    page.o_kind.setCurrentIndex(page.o_kind.findData("meeting"))
    page.o_title.insert("لقاء مع المفوضية العليا")
    page.o_date.setDate(QDate(2024, 2, 12))
    page.o_org.setCurrentIndex(page.o_org.findData(world.orgs["O2"]))
    page.o_rec.setCurrentIndex(page.o_rec.findData(rec_id))
    page.o_reach.setValue(12)
    page.o_add.click()
    qtbot.waitUntil(lambda: len(page.outreach_model.rows) == 1, timeout=10_000)
    with store.session() as s:
        event = s.scalars(select(OutreachEvent)).one()
        assert (event.organisation_ids, event.recommendation_ids) == ([world.orgs["O2"]], [rec_id])
    qtbot.waitUntil(lambda: any(a.id == world.orgs["O2"] and a.outreach == 1 and a.reach == 12
                                for a in page.network_model.rows), timeout=10_000)
    # --- found again with the filter
    page.tabs.setCurrentIndex(0)
    page.filter_box.setText("بايومتريه")  # as typed, ه for ة
    assert [r.id for r in page.listed] == [rec_id]
    page.filter_box.setText("توصية لا وجود لها")
    assert page.listed == []
    page.filter_box.clear()
    assert [r.id for r in page.listed] == [rec_id]
    # --- its evidence brief
    pdf = tmp_path / "brief.pdf"
    view.brief_button.export(str(pdf))
    qtbot.waitUntil(lambda: view.notice.text().startswith("كُتب موجز الأدلّة"), timeout=60_000)
    assert missing_words(pdf, TITLE) == []
    text = pdf_text(pdf)
    assert " ".join(words(TITLE)) in " ".join(words(text))  # in reading order, right to left
    assert "المنسحبة" not in words(text)  # the withdrawn participant's words are not quoted
    assert window.ctx.tasks.drain(10_000)
