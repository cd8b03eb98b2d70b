"""A title, a code's name or an occupation pasted from a web page, a phone or a Word file brings
invisible bidi marks (RLM, LRM, embeddings, isolates, zero-width space). They were stored as they
came: the session then did not match the words typed into the Sessions filter, and sorted after
every other title. A one-line field a person types now loses them on saving; the ZWNJ that is
spelling in Sorani stays (هه‌ولێر, and خانه‌ at a word's end, the old ە), and a transcript keeps every
character (its codings count them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, participants, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import Code, Participant, Session, TranscriptTurn
from desktop.ui.app import make_context
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import COLUMNS, SessionParticipantsModel
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor

RLM, LRM, RLE, PDF, RLI, PDI, ZWSP, ZWNJ = "\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069", "\u200b", "\u200c"


def _paste(edit: QLineEdit, text: str) -> None:
    """What Ctrl+V does with text copied elsewhere."""
    edit.selectAll()
    QApplication.clipboard().setText(text)
    edit.paste()


def _titles(store: Store, text: str = "") -> list[str]:
    with store.session() as s:
        ids = sessions.list_ids(s, sessions.SessionFilter(text=text), sort="title", descending=False)
        return [s.get(Session, i).title for i in ids]


def test_a_pasted_title_matches_the_filter_and_sorts_in_its_place(manager: LanguageManager, store: Store,
                                                                   qtbot: QtBot) -> None:
    manager.set_language("ckb")
    sessions.create_session(store, "roundtable", title="یاسای هەڵبژاردن", governorate="erbil")
    sid = sessions.create_session(store, "roundtable", title="", governorate="erbil")
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    _paste(editor.edits["title"], f"{RLE}گفتوگۆی{RLM} هەولێر{PDF}")
    editor.flush()
    assert not editor.has_unsaved()

    assert _titles(store) == ["گفتوگۆی هەولێر", "یاسای هەڵبژاردن"]  # was last: U+202B sorts after every letter
    assert _titles(store, "گفتوگۆی هەولێر") == ["گفتوگۆی هەولێر"]  # the words typed in the filter
    window.close()


def test_a_code_name_keeps_its_sorani_zwnj_and_loses_the_marks(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        code_id = codebook.create_code(s, name_en="Erbil").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(code_id)
    old_spelling = f"هه{ZWNJ}ولێر"  # Hewlêr as older keyboards write it: ه + ZWNJ for ە
    _paste(page.names["ckb"], f"{RLI}{old_spelling}{PDI}{LRM}")
    _paste(page.names["ar"], f"{ZWSP}أربيل{ZWNJ}{ZWNJ}")  # a ZWNJ that joins nothing
    _paste(page.names["en"], f"{LRM}Erbil {ZWNJ}{RLM}")
    page.save_btn.click()
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert (code.name_ckb, code.name_ar, code.name_en) == (old_spelling, "أربيل", "Erbil")


def test_an_occupation_typed_in_the_participants_table(ctx: AppContext) -> None:
    sid = sessions.create_session(ctx.store, "focus_group", title="گفتوگۆی سلێمانی", governorate="sulaymaniyah",
                                  date=dt.date(2026, 11, 20))
    with ctx.store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    model = SessionParticipantsModel(ctx, sid)
    model.reload()
    assert model.setData(model.index(0, COLUMNS.index("occupation")), f"{RLM}مامۆستای خانه{ZWNJ}{LRM}")
    with ctx.store.session() as s:
        # The ZWNJ after ه at the word's end is the old ە, and search folds it so: kept.
        assert s.get(Participant, pid).occupation == f"مامۆستای خانه{ZWNJ}"


def test_a_transcript_keeps_every_character(ctx: AppContext) -> None:
    sid = sessions.create_session(ctx.store, "focus_group", title="گفتوگۆ", governorate="erbil",
                                  date=dt.date(2026, 11, 20))
    said = f"{RLM}ئێمه{ZWNJ} ده{ZWNJ}مانه{ZWNJ}وێت {LRM}2026{LRM} هه{ZWNJ}ڵبژاردن{ZWNJ}"
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, text=said)
    with ctx.store.session() as s:
        assert s.scalars(select(TranscriptTurn.text).where(TranscriptTurn.session_id == sid)).all() == [said]
