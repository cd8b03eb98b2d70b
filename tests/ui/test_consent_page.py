"""ConsentPage with real widgets: the register, withdrawal redacting the UI and a later export,
publishing a new form version (re-consent flagged), printing, filters and screenshots."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.exports.xlsx import export_xlsx
from desktop.exports.xlsx_words import SHEET_SEGMENTS, SHEET_TRANSCRIPTS, sheet_name
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.save_files import breakable_paths, shown_path
from tests.consent_helpers import FocusGroup, add_turn, all_yes, focus_group, template_texts

SAID = ["نريد قانوناً عادلاً", "لا تقتبسوا كلامي", "أريد أن أسحب كلامي كله"]


@pytest.fixture
def user_name() -> str:
    return "F1"


@pytest.fixture
def fg(store: Store) -> FocusGroup:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 3)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    for pid, quote, text, pos in zip(group.participants, (True, False, True), SAID, (1, 2, 3), strict=True):
        consent.record_consent(store, pid, group.session_id, tid, all_yes(tid, store, quote=quote), "paper",
                               facilitator="F1")
        add_turn(store, group.session_id, pid, text, pos)
    return group


def make_page(ctx: AppContext, qtbot: QtBot) -> ConsentPage:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 3, timeout=5000)
    return page


def cell(page: ConsentPage, row: int, col: int) -> str:
    return str(page.register.data(page.register.index(row, col)))


def test_withdrawal_redacts_in_the_page_and_in_a_later_export(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    page = make_page(ctx, qtbot)
    assert page.title() == "Consent" and page.key == "consent"
    assert [cell(page, r, 0) for r in range(3)] == fg.codes
    assert cell(page, 0, 8) == "Given"
    page.select_record(page.register.rows[2].record_id)
    assert page.turns.rowCount() == 1
    assert page.turns.data(page.turns.index(0, 2)) == SAID[2]

    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *a, **k: (dt.date(2023, 3, 1), "all")))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, 2, 8).startswith("Withdrawn"), timeout=5000)
    assert cell(page, 2, 8) == "Withdrawn 1 March 2023 (all data)"  # the one date format
    page.select_record(page.register.rows[2].record_id)
    assert page.turns.data(page.turns.index(0, 2)) == consent_rules.REDACTED
    assert not page.withdraw_button.isEnabled()
    QApplication.processEvents()
    page.grab().save(str(tmp_path / "consent_page_withdrawn_en.png"))

    out = tmp_path / "after-withdrawal.xlsx"
    export_xlsx(store := ctx.store, out, lang="ar")
    wb = openpyxl.load_workbook(out, read_only=True)
    texts = [r[4] for r in wb[sheet_name("ar", SHEET_TRANSCRIPTS)].iter_rows(min_row=2, values_only=True)]
    quotes = list(wb[sheet_name("ar", SHEET_SEGMENTS)].iter_rows(values_only=True))
    wb.close()
    assert SAID[2] not in texts and consent_rules.REDACTED in texts and SAID[0] in texts
    assert len(quotes) == 1  # no coded segments in this session: only the heading row
    with store.session() as s:
        assert consent_rules.policy(s, fg.participants[2], fg.session_id).redacted

    page.status_filter.setCurrentIndex(3)
    assert page.register.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.text_filter.setText("p02")
    assert [cell(page, r, 0) for r in range(page.register.rowCount())] == [fg.codes[1]]


def test_withdraw_quotes_only_keeps_speech(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(ctx, qtbot)
    page.select_record(page.register.rows[0].record_id)
    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *a, **k: (dt.date(2023, 3, 2), "quotes")))
    page.withdraw_selected()
    qtbot.waitUntil(lambda: cell(page, 0, 8).startswith("Withdrawn"), timeout=5000)
    page.select_record(page.register.rows[0].record_id)
    assert page.turns.data(page.turns.index(0, 2)) == SAID[0]
    with ctx.store.session() as s:
        assert not consent_rules.may_quote(s, fg.participants[0], fg.session_id)


def test_publish_new_version_flags_reconsent(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    page = make_page(ctx, qtbot)
    assert page.templates.rowCount() == 3
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    tab = editor.language_tabs[0]
    assert tab.lang == "ar" and tab.model.rowCount() == 6
    tab.model.setData(tab.model.index(1, 1), "أوافق على التسجيل الصوتي والمرئي.")
    for each in editor.language_tabs:  # required in every language (one version says the same everywhere)
        each.model.setData(each.model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    editor.show()
    QApplication.processEvents()
    editor.grab().save(str(tmp_path / "consent_template_editor_en.png"))
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert editor.published_version == 2
    qtbot.waitUntil(lambda: page.templates.rowCount() == 6, timeout=5000)
    with ctx.store.session() as s:
        assert all(p.reconsent_needed for p in s.scalars(select(Participant)))
        v2 = consent.template_for(s, "session-consent", "ar")
        assert v2 is not None and v2.version == 2
        audio = [c for c in consent.clauses(s, v2.id) if c.clause_key == "audio"][0]
        assert audio.required and audio.text == "أوافق على التسجيل الصوتي والمرئي."


def test_editor_refuses_a_form_without_participation(ctx: AppContext, fg: FocusGroup, qtbot: QtBot) -> None:
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(2)
    tab = editor.current()
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == "The form needs the 'participate' clause."
    assert editor.published_version is None


def test_print_buttons_write_pdfs(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(ctx, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    page.select_record(page.register.rows[1].record_id)
    with qtbot.waitSignal(page.printed, timeout=20_000) as printed:  # written on the worker
        assert page.print_record()
    record = printed.args[0]
    with qtbot.waitSignal(page.printed, timeout=20_000) as printed:
        assert page.print_register()
    register = printed.args[0]
    assert record is not None and record.name == f"consent-{fg.codes[1]}-{fg.session_id}.pdf"
    assert register is not None and register.exists() and record.read_bytes().startswith(b"%PDF")
    # The whole path, as File → Export names it, kept left to right and broken after its separators.
    assert page.status.text() == f"Saved {shown_path(register)}"
    assert QLabel.text(page.status) == breakable_paths(page.status.text())  # shown breakable after its separators


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_page_screenshots(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, lang: str, tmp_path: Path) -> None:
    ctx.language.set_language(lang)
    page = make_page(ctx, qtbot)
    page.select_record(page.register.rows[0].record_id)
    QApplication.processEvents()
    header = page.register_view.model().headerData(0, Qt.Orientation.Horizontal)
    expected = {"en": "Pseudonym", "ar": "الاسم المستعار", "ckb": "ناوی خوازراو"}[lang]
    assert header == expected  # the compiled translations are loaded and the model follows them
    assert page.layoutDirection() == (Qt.LayoutDirection.LeftToRight if lang == "en"
                                      else Qt.LayoutDirection.RightToLeft)
    page.grab().save(str(tmp_path / f"consent_page_{lang}.png"))
    assert QModelIndex() != page.register_view.currentIndex()
