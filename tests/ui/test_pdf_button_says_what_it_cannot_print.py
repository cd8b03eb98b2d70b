"""Every place that writes a PDF says, after the file is written, how many distinct characters no bundled
font could print (a Hebrew word): one translated line, the same words everywhere (the shared
desktop/ui/widgets/unprinted_line.py), no participant words in it, never a silent blank. The focus
group's PDF button (hp10, after hp8's finding), the Consent page's two printouts and a recommendation's
evidence brief (hp6). Real windows, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager, shown_count
from desktop.ui.widgets.save_files import shown_path
from tests.consent_helpers import consent_page_to_print
from tests.i18n.test_i18n_screens import settle
from tests.ui import test_session_pdf_like_the_others as fg

T = QApplication.translate


def said(line: str, count: int) -> str:
    """``line`` (naming the file) and the count after it, as the interface says them."""
    return shown_count(T("PdfUnprinted", "%1. %n character(s) could not be printed (no font for them).", "", count),
                       count).replace("%1", line)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_pdf_line_counts_what_could_not_be_printed(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       lang: str) -> None:
    monkeypatch.setattr(fg, "TURNS", 3)
    monkeypatch.setattr(fg, "LAST_TURN", "گوتی: שלום ← ✓ ≠")
    window, editor = fg.focus_group_open(manager, store, qtbot, monkeypatch, lang)
    target = tmp_path / "transcript.pdf"
    with qtbot.waitSignal(editor.pdf_button.written, timeout=60_000):
        editor.pdf_button.export("minutes", str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    line = said(T("PdfButton", "PDF written: %1").replace("%1", shown_path(target)), 4)
    assert editor.status_line.text() == line
    assert "שלום" not in line


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_consent_printouts_say_it(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                      manager: LanguageManager, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page, group = consent_page_to_print(ctx, store, qtbot, manager, lang, 2, tmp_path, monkeypatch)
    with store.transaction() as s:  # the session's title (every page's masthead) typed with a Hebrew word
        session = s.get(Session, group.session_id)
        assert session is not None
        session.title = "جلسة البصرة שלום"
    for button in (page.print_record_button, page.print_register_button):
        with qtbot.waitSignal(page.printed, timeout=30_000) as blocker:
            button.click()
        path = blocker.args[0]
        assert isinstance(path, Path) and path.is_file()
        assert page.status.text() == said(T("ConsentPage", "Saved %1").replace("%1", shown_path(path)), 4)


def test_a_consent_printout_with_every_letter_printed_says_nothing_more(
        ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, _group = consent_page_to_print(ctx, store, qtbot, manager, "ar", 2, tmp_path, monkeypatch)
    with qtbot.waitSignal(page.printed, timeout=30_000) as blocker:
        page.print_record_button.click()
    assert page.status.text() == T("ConsentPage", "Saved %1").replace("%1", shown_path(blocker.args[0]))


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_evidence_brief_says_it(manager: LanguageManager, store: Store, qtbot: QtBot,
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str) -> None:
    from tests.ui.test_brief_like_the_others import recommendation_open

    window, page = recommendation_open(manager, store, qtbot, monkeypatch, "ar")
    assert page.view.current is not None
    with store.transaction() as s:  # the recommendation's Arabic title typed with a Hebrew word
        from desktop.core.advocacy_tables import Recommendation

        rec = s.get(Recommendation, page.view.rec_id)
        assert rec is not None
        rec.title_ar = f"{rec.title_ar} שלום"
    button = page.view.brief_button
    target = tmp_path / f"brief{suffix}"
    with qtbot.waitSignal(button.written, timeout=60_000):
        button.export(str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    line = T("BriefButton", "Evidence brief written: %1").replace("%1", shown_path(target))
    # A workbook holds every letter: the line names the file and says nothing more.
    assert page.view.notice.text() == (said(line, 4) if suffix == ".pdf" else line)
