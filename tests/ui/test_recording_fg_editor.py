"""The focus-group editor driven like a facilitator would: keyboard only, Arabic and Kurdish text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core import participants, sessions, transcripts
from desktop.core.db import Store, open_store
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.participants_model import COLUMNS
from tests.helpers_typing import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier

AR_WELCOME = "أهلاً بكم، ما رأيكم في قانون الانتخابات؟"
CKB_ONE = "ئێمە دەمانەوێت دەنگمان بگات بە ئەنجومەن."
AR_TWO = "المشاركة ضعيفة في الريف"
CKB_FACILITATOR = "سوپاس، با بچینە سەر پرسیاری دووەم."
AR_MORE = "سؤال آخر"


def new_focus_group(store: Store) -> str:
    return sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                   date=dt.date(2026, 11, 20), start_time="10:00", language="ar")


def consent_for(store: Store, participant_id: str, session_id: str) -> None:
    with store.transaction() as s:
        tpl = ConsentTemplate(template_key="fg", title="form", published=True)
        s.add(tpl)
        s.flush()
        s.add(ConsentRecord(participant_id=participant_id, session_id=session_id, template_id=tpl.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at="2026-11-20T10:00:00+03:00"))


def open_editor(ctx: AppContext, qtbot, session_id: str) -> FocusGroupEditor:  # type: ignore[no-untyped-def]
    editor = FocusGroupEditor(ctx, session_id)
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=5000)
    return editor


def close_editor(editor: FocusGroupEditor) -> None:
    editor.request_close()
    editor.disconnect_app()


def test_focus_group_typed_from_the_keyboard_survives_reopening(
    ctx: AppContext, qtbot: QtBot, qtmodeltester: ModelTester, db_path: Path, passphrase: str
) -> None:
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)

    # Three participants through the real button; pseudonyms follow governorate, number and seat.
    editor.tabs.setCurrentIndex(1)
    for _ in range(3):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        ctx.tasks.drain()
    codes = [p.code for p in editor.people.rows]
    assert codes == ["BSR-FG01-P01", "BSR-FG01-P02", "BSR-FG01-P03"]
    qtmodeltester.check(editor.people)

    # Consent for seats 1 and 2 only (as the consent dialog would record it); seat 3 has none.
    for person in editor.people.rows[:2]:
        consent_for(ctx.store, person.participant_id, sid)
    ctx.events.changed.emit({"consent_record"})
    assert [p.can_speak for p in editor.people.rows] == [True, True, False]

    editor.tabs.setCurrentIndex(0)
    edit = editor.transcript.edit
    edit.setFocus()
    type_text(edit, AR_WELCOME)  # the facilitator opens
    press(edit, Qt.Key.Key_1, CTRL)  # at the end of a turn: a new turn for seat 1
    type_text(edit, CKB_ONE)
    press(edit, Qt.Key.Key_3, CTRL)  # seat 3 has no consent: refused, with a message
    assert "BSR-FG01-P03" in editor.status_line.text() and "consent" in editor.status_line.text()
    assert editor.transcript.current_turn_label() == "BSR-FG01-P01"
    press(edit, Qt.Key.Key_2, CTRL)
    type_text(edit, AR_TWO)
    press(edit, Qt.Key.Key_Return)  # Enter: a new paragraph in the same turn
    type_text(edit, "ٱلرِّيف")
    press(edit, Qt.Key.Key_T, CTRL)  # time stamp
    press(edit, Qt.Key.Key_0, CTRL)  # back to the facilitator
    type_text(edit, CKB_FACILITATOR)
    press(edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: new turn, same speaker
    type_text(edit, AR_MORE)
    # Inside the text, a speaker key re-assigns the turn instead of starting a new one.
    press(edit, Qt.Key.Key_Home, CTRL)
    press(edit, Qt.Key.Key_1, CTRL)
    assert editor.transcript.current_turn_label() == "BSR-FG01-P01"
    assert len(editor.transcript.model.rows) == 5
    qtmodeltester.check(editor.transcript.model)

    # Undo and redo within the current turn.
    press(edit, Qt.Key.Key_End, CTRL)
    type_text(edit, "؟")
    press(edit, Qt.Key.Key_Z, CTRL)
    assert not edit.toPlainText().endswith("؟")
    press(edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == AR_MORE + "؟"

    # Autosave fires by itself within 2 s after typing stops.
    with qtbot.waitSignal(editor.saved, timeout=2500):
        pass
    with ctx.store.session() as s:
        assert len(transcripts.load(s, sid)) == 5

    type_text(edit, "!")  # typed after the last autosave: the close must save it
    close_editor(editor)
    ctx.store.close()

    reopened = open_store(db_path, passphrase)
    try:
        with reopened.session() as s:
            turns = [(t.speaker_code, t.text) for t in transcripts.load(s, sid)]
            stamped = [t.timestamp for t in transcripts.load(s, sid)]
            assert s.query(TranscriptTurn).filter_by(session_id=sid).count() == 5
    finally:
        reopened.close()
    assert turns == [
        ("", AR_WELCOME),
        ("BSR-FG01-P01", CKB_ONE),
        ("BSR-FG01-P02", AR_TWO + "\nٱلرِّيف"),
        ("", CKB_FACILITATOR),
        ("BSR-FG01-P01", AR_MORE + "؟!"),
    ]
    assert stamped[2] and stamped[2].count(":") == 2 and not stamped[0]


def test_duplicate_pseudonym_refused_in_place(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        participants.add_to_session(s, sid)
        second = participants.add_to_session(s, sid).id
    editor = open_editor(ctx, qtbot, sid)
    model = editor.people
    index = model.index(1, 1)  # the pseudonym of seat 2
    assert not model.setData(index, "BSR-FG01-P01")
    assert "BSR-FG01-P01" in editor.status_line.text() and "already used" in editor.status_line.text()
    assert model.data(index) == "BSR-FG01-P02"
    assert model.setData(model.index(1, COLUMNS.index("gender")), "female")  # a valid edit saves at once
    with ctx.store.session() as s:
        person = s.get(Participant, second)
        assert (person.code, person.gender) == ("BSR-FG01-P02", "female")
    close_editor(editor)


def test_final_session_is_read_only(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "نص")
    sessions.finalise(ctx.store, sid, "tester", today=dt.date(2026, 11, 26))
    editor = open_editor(ctx, qtbot, sid)
    assert editor.is_read_only() and editor.transcript.edit.isReadOnly()
    type_text(editor.transcript.edit, "x")
    press(editor.transcript.edit, Qt.Key.Key_1, CTRL)
    assert editor.transcript.model.rows[0].text == "نص"
    assert not editor.add_button.isEnabled()
    close_editor(editor)


def test_large_transcript_opens_in_one_view(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:  # at 1, 2, … 400, as add_turn one by one at the end would put them
        transcripts.add_turns(s, sid, [(None, f"دور رقم {i}", "") for i in range(400)], 1.0)
    editor = open_editor(ctx, qtbot, sid)
    assert editor.transcript.model.rowCount() == 400
    assert editor.transcript.current == 399  # the facilitator goes on at the end
    press(editor.transcript.edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.transcript.edit.toPlainText() == "دور رقم 398"
    ctx.language.set_language("ckb")  # at runtime: names of governorates follow, nothing is lost
    QTest.qWait(10)
    assert editor.header.governorate.currentText() == "بەسرە"
    assert editor.transcript.edit.toPlainText() == "دور رقم 398"
    close_editor(editor)


def test_participants_page_lists_pseudonyms_only(ctx: AppContext, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.participants.model import COLUMNS
    from desktop.ui.participants.page import ParticipantsPage

    sid = new_focus_group(ctx.store)
    erbil = sessions.create_session(ctx.store, "focus_group", title="هەولێر", governorate="erbil")
    with ctx.store.transaction() as s:
        first = participants.add_to_session(s, sid, occupation="معلمة", gender="female")
        first.real_name = "Real Person Name"
        participants.add_to_session(s, sid, occupation="فلاح")
        participants.add_to_session(s, erbil, occupation="مامۆستا", setting="urban")
    consent_for(ctx.store, first.id, sid)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    assert page.key == "participants" and page.title() == "Participants"
    qtbot.waitUntil(lambda: page.loads == 1, timeout=5000)  # read on the DB worker
    qtmodeltester.check(page.model)
    model = page.model
    shown = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "BSR-FG01-P01" in shown and "EBL-FG01-P01" in shown
    assert not any("Real Person" in str(v) for v in shown)
    consent = COLUMNS.index("consent")  # second, after the pseudonym
    assert model.data(model.index(0, consent)) == "consent given" and model.data(model.index(1, consent)) == "no consent"

    page.search.setFocus()
    type_text(page.search, "مامۆ")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.data(model.index(0, 0)) == "EBL-FG01-P01"
    page.search.clear()
    page.governorate.setCurrentIndex(page.governorate.findData("basra"))
    page.apply_filter()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert "2" in page.count_label.text()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_screenshots(ctx: AppContext, qtbot, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Renders the editor and the page in each language (looked at by a person: fg_*_<lang>.png in tmp_path)."""
    from desktop.ui.participants.page import ParticipantsPage

    ctx.language.set_language(lang)
    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        people = [participants.add_to_session(s, sid, gender=g, age_band="25-34", setting="urban",
                                              occupation=o, district="الزبير")
                  for g, o in (("female", "معلمة"), ("male", "مامۆستا"), ("female", "طالبة"))]
    for person in people[:2]:
        consent_for(ctx.store, person.id, sid)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, AR_WELCOME, timestamp="0:00:15")
        transcripts.add_turn(s, sid, people[0].id, CKB_ONE + " " + CKB_ONE, timestamp="0:01:02")
        transcripts.add_turn(s, sid, people[1].id, AR_TWO + "\nسطر ثانٍ من الكلام", timestamp="0:02:40")
        transcripts.add_turn(s, sid, None, "OK, next question: what should change in the law?")
        transcripts.add_turn(s, sid, people[0].id, CKB_FACILITATOR)
    editor = open_editor(ctx, qtbot, sid)
    editor.transcript.select(1)
    press(editor.transcript.edit, Qt.Key.Key_3, CTRL)  # refused: the status line explains
    QTest.qWait(50)
    assert editor.grab().save(str(tmp_path / f"fg_editor_{lang}.png"))
    editor.tabs.setCurrentIndex(1)
    QTest.qWait(20)
    assert editor.grab().save(str(tmp_path / f"fg_participants_tab_{lang}.png"))
    editor.tabs.setCurrentIndex(2)
    QTest.qWait(20)
    assert editor.grab().save(str(tmp_path / f"fg_details_{lang}.png"))
    close_editor(editor)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1, timeout=5000)
    QTest.qWait(20)
    assert page.grab().save(str(tmp_path / f"fg_participants_page_{lang}.png"))


def test_record_consent_button_opens_the_consent_dialog(ctx: AppContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.consent.record_dialog import ConsentDialog

    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    opened: list[tuple[str, str | None]] = []

    def fake_exec(dialog: ConsentDialog) -> int:  # the person signs: recorded as the dialog would
        opened.append((dialog.participant_id, dialog.session_id))
        consent_for(ctx.store, dialog.participant_id, sid)
        return 1

    monkeypatch.setattr(ConsentDialog, "exec", fake_exec)
    editor = open_editor(ctx, qtbot, sid)
    edit = editor.transcript.edit
    type_text(edit, "ابدأ")
    press(edit, Qt.Key.Key_1, CTRL)
    assert "no recorded consent" in editor.status_line.text()
    editor.tabs.setCurrentIndex(1)
    editor.people_view.selectRow(0)
    assert editor.consent_button.isEnabled()
    qtbot.mouseClick(editor.consent_button, Qt.MouseButton.LeftButton)
    assert opened == [(pid, sid)]
    assert editor.people.rows[0].consent == "given"
    editor.tabs.setCurrentIndex(0)
    press(edit, Qt.Key.Key_1, CTRL)
    assert editor.transcript.current_turn_label() == "BSR-FG01-P01"
    close_editor(editor)


def test_finalise_makes_read_only_and_unlock_needs_a_reason(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)
    type_text(editor.transcript.edit, "کۆتایی")
    assert editor.lifecycle.finalise()  # saves first, then finalises
    assert editor.is_read_only() and editor.transcript.edit.isReadOnly()
    assert not editor.lifecycle.unlock("  ")
    assert editor.lifecycle.unlock("typo in turn 1")
    assert not editor.is_read_only()
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == ["کۆتایی"]
        actions = [r.action for r in sessions.audit_trail(s, sid)]
    assert "finalise" in actions and "unlock" in actions
    close_editor(editor)


def test_pdf_button_writes_the_session_documents(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The editor's PDF menu writes what majlis-cli export pdf writes, on the worker thread, after a save."""
    from tests.pdf_helpers import missing_words

    session_id = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        person = participants.add_to_session(s, session_id, gender="female", age_band="25-34")
        pid, code = person.id, person.code
    consent_for(ctx.store, pid, session_id)
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, session_id, pid, CKB_ONE)
    editor = open_editor(ctx, qtbot, session_id)
    assert editor.pdf_button.text().replace("&", "") == "PDF"
    for document in ("minutes", "summary", "consent-register"):
        out = tmp_path / f"{document}.pdf"
        with qtbot.waitSignal(editor.pdf_button.written, timeout=30000):
            editor.pdf_button.export(document, str(out))
        assert missing_words(out, code, "مجموعة البصرة") == []
    assert missing_words(tmp_path / "minutes.pdf", CKB_ONE) == []
    assert editor.status_line.text() == f"PDF written: \u2066{tmp_path / 'consent-register.pdf'}\u2069"  # LTR, whole
    close_editor(editor)
