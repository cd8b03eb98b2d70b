"""A facilitator's focus group in Basra by keyboard alone, in Arabic with Arabic-Indic digits, on a
1366x768 laptop at 125 % (the window 1093x614), end to end through the real widgets and a real team laptop:
a new focus group (Alt letter), its details typed (the date part by part with Tab between the parts, the
governorate chosen by typing its name, the venue), six people seated (Alt letter) with their gender and
age band chosen in the list (F2, arrows, Enter), each one's consent on the team's form by Tab, Space and
Alt letters (one refusing to be quoted), twelve turns typed switching speakers with Ctrl+seat, three
passages found with Ctrl+F and coded with Ctrl+K, the session made final (Tab along the top row, Space),
Escape back to the list, Ctrl+6 and a bundle exported. At each step: where the keyboard is, what the
screen says (in Arabic; the only English is the test team's and laptop's own names), the counts, and the
database. Screenshots of each step (MAJLIS_FG_KEYBOARD_SHOTS=folder keeps them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, consent
from desktop.core.models import CodedSegment, ConsentRecord, Session, TranscriptTurn
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import PERSON_NAME_STATE
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.participants_model import COLUMNS
from desktop.ui.labels import demographics
from desktop.ui.labels import sessions as session_labels
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.sync.page import SyncPage
from tests.consent_helpers import template_texts
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import english_left, settle
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui_helpers import animated_click_done, focused, main_window_on_screen

pytestmark = pytest.mark.slow  # about 20 s

team = team_fixture(devices=1)
T = QApplication.translate
CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP_125 = (1093, 614)  # a 1366x768 screen at 125 %
CODES = ("تمثيل النساء", "ثقة الشباب", "رقابة الفرز")
# (seat, words): 0 the facilitator.
TURNS = [
    (0, "أهلاً بكم، نبدأ بالحديث عن قانون انتخابات مجالس المحافظات."),
    (1, "القانون الحالي لا يعطي النساء فرصة حقيقية للترشح."),
    (2, "أتفق، والكوتا وحدها لا تكفي."),
    (0, "ماذا عن الشباب؟"),
    (3, "الشباب لا يثقون بالمجالس أصلاً."),
    (4, "نريد دوائر انتخابية أصغر حتى يعرف الناس مرشحيهم."),
    (5, "المشكلة في العد والفرز، نحتاج رقابة مستقلة."),
    (6, "أنا أول مرة أنتخب، وما فهمت طريقة التصويت."),
    (1, "لازم توعية في الأحياء الشعبية."),
    (0, "شكراً، سؤال أخير: ما أهم توصية؟"),
    (2, "تمثيل حقيقي للنساء في القوائم."),
    (5, "رقابة مستقلة على الفرز."),
]
# (words found with Ctrl+F, letters typed in the code picker, the code)
PASSAGES = [("فرصة حقيقية للترشح", "تمثيل", CODES[0]), ("لا يثقون بالمجالس", "ثقة", CODES[1]),
            ("نحتاج رقابة مستقلة", "رقابة", CODES[2])]
REFUSES_QUOTES = 1  # the second person seated answers No to being quoted
# Gender and age band by Down presses in their lists (after "(not given)").
DEMOGRAPHICS = [(1, 2), (2, 1), (1, 3), (2, 4), (1, 1), (2, 2)]


REAL_EXEC = ConsentDialog.exec


class Keyboard:
    """The facilitator's hands and eyes: keys on whatever has the focus, and a picture of each step."""

    def __init__(self, qtbot: QtBot, window: MainWindow, folder: Path, private_names: tuple[str, ...]) -> None:
        self.qtbot, self.window, self.folder, self.names = qtbot, window, folder, private_names
        self.english: dict[str, list[str]] = {}
        self.n = 0

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(focused(), key, modifiers)
        settle()

    def alt(self, text: str) -> None:
        """Alt and the underlined letter of ``text`` (a button's is an animated click, released later)."""
        letter = mnemonic_letter(text)
        assert letter, f"no Alt letter in {text!r}"
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)
        animated_click_done(self.qtbot)
        settle()

    def type(self, text: str) -> None:
        type_text(focused(), text)
        settle()

    def step(self, name: str, widget: QWidget | None = None) -> None:
        widget = widget or self.window
        settle()
        self.n += 1
        assert widget.grab().save(str(self.folder / f"{self.n:02d}-{name}.png"))
        left = [line for line in english_left(widget) if not any(name in line for name in self.names)]
        if left:
            self.english[name] = left

    def window_active_again(self) -> None:
        """What the system does when a dialog or another window closes (offscreen Qt does not)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        settle()


def consent_by_keyboard(kb: Keyboard, dialog: ConsentDialog, refuse_quotes: bool) -> None:
    """Tab to each clause's Yes and Space (Left to No for quoting, where refused), Alt letters for
    Verbal with a witness and the witness's name, the name typed, Enter to save."""
    dialog.activateWindow()
    kb.qtbot.waitUntil(dialog.isActiveWindow)
    settle()
    for row in dialog.clause_rows:
        for _ in range(30):
            if focused() is row.yes:
                break
            kb.key(Qt.Key.Key_Tab)
        assert focused() is row.yes, row.clause_key
        kb.key(Qt.Key.Key_Space)
        if refuse_quotes and row.clause_key == "quote":
            kb.key(Qt.Key.Key_Left)  # right to left: Left goes on to No
            assert row.answer() is False
    kb.alt(dialog.method_buttons.button(2).text())  # Verbal, with a witness
    kb.alt(dialog.witness_label.text())
    assert focused() is dialog.witness_edit
    kb.type("أم علي")
    if refuse_quotes:
        kb.step("consent-one-refuses-quotes", dialog)
    kb.key(Qt.Key.Key_Return)  # Save consent is the default button
    assert dialog.error.text() == ""


def answered_on_screen(monkeypatch: pytest.MonkeyPatch, answer: Callable[[ConsentDialog], None]) -> None:
    """The consent form opened as the app opens it (a modal dialog), answered while it is on screen."""

    def exec_(dialog: ConsentDialog) -> int:
        QTimer.singleShot(0, lambda: answer(dialog))
        return int(REAL_EXEC(dialog))

    monkeypatch.setattr(ConsentDialog, "exec", exec_)


def the_teams_form_and_codes(team: Team) -> None:
    """The centre publishes its consent form and three codes; the laptop applies the team update."""
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts())
    with team.centre.transaction() as s:
        for name in CODES:
            codebook.create_code(s, name_ar=name)
    stick = team.folder / "from-the-centre"
    stick.mkdir()
    import_team_update(team.devices[0], write_team_update(team.centre, stick).path)


def test_a_focus_group_by_keyboard_in_arabic(team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    the_teams_form_and_codes(team)
    laptop.set_state(PERSON_NAME_STATE, "زينب")  # the wizard's "your name"
    manager.set_digits("arab")
    window = main_window_on_screen(manager, laptop, qtbot, "ar", None, LAPTOP_125, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ctx.tasks.drain()
    kb = Keyboard(qtbot, window, shots_folder(tmp_path, "MAJLIS_FG_KEYBOARD_SHOTS"),
                  ("field laptop 1", "Elections law cohort"))

    # 1. Sessions (Ctrl+1), New focus group (its Alt letter): the editor, typing in the transcript.
    kb.key(Qt.Key.Key_1, CTRL)
    sessions_page = window.page("sessions")
    assert isinstance(sessions_page, SessionsPage) and focused() is sessions_page.view
    kb.step("sessions")
    kb.alt(sessions_page.new_focus_group.text())
    qtbot.waitUntil(lambda: isinstance(window.editor, FocusGroupEditor) and window.editor.is_loaded)
    editor = window.editor
    assert isinstance(editor, FocusGroupEditor)
    # The transcript takes the keyboard in the turn after the editor is loaded (a busy machine: later).
    qtbot.waitUntil(lambda: focused() is editor.transcript.edit, timeout=15_000)  # a loaded CI machine
    kb.step("new-focus-group")

    # 2. Its details: Alt letter of the tab, the title has the keyboard; the date part by part.
    kb.alt(editor.tabs.tabText(2))
    header = editor.header
    assert focused() is header.texts["title"]
    kb.type("مجموعة نقاش البصرة")
    kb.key(Qt.Key.Key_Tab)
    assert focused() is header.date
    for part in ("١٢", "أيلول", "٢٠٢٦"):
        kb.type(part)
        kb.key(Qt.Key.Key_Tab)
    assert focused() is header.texts["start_time"]
    kb.type("١٠:٠٠")
    kb.key(Qt.Key.Key_Tab)
    kb.type("١٢:٠٠")
    kb.key(Qt.Key.Key_Tab)
    assert focused() is header.governorate
    kb.type("البصرة")  # the list finds it by its first letters
    kb.key(Qt.Key.Key_Tab)
    assert focused() is header.texts["venue"]
    kb.type("قاعة نقابة المعلمين، العشار")
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)  # saved within 2 s of the last key
    assert header.date.text() == "١٢ أيلول ٢٠٢٦"
    assert editor.heading.text() == "مجموعة نقاش البصرة"
    assert editor.status_line.text() == T("FocusGroupEditor", "Saved.")
    with laptop.session() as s:
        stored = s.get(Session, editor.session_id)
        assert stored is not None
        assert (stored.date, stored.start_time, stored.end_time, stored.governorate, stored.venue) == (
            QDate(2026, 9, 12).toPython(), "10:00", "12:00", "basra", "قاعة نقابة المعلمين، العشار")
        assert stored.facilitator == "زينب"
    kb.step("details")

    # 3. Six people seated, each given their gender and age band in the list.
    kb.alt(editor.tabs.tabText(1))
    view = editor.people_view
    for n in range(1, 7):
        kb.alt(editor.add_button.text())
        qtbot.waitUntil(lambda n=n: len(editor.people.rows) == n, timeout=10_000)  # type: ignore[misc]
        settle()
        assert focused() is view and view.currentIndex().row() == n - 1  # on the new person
    codes = [p.code for p in editor.people.rows]
    assert codes == [f"BSR-FG01-P{n:02d}" for n in range(1, 7)]
    kb.key(Qt.Key.Key_Home, CTRL)
    for row, (gender_steps, age_steps) in enumerate(DEMOGRAPHICS):
        assert view.currentIndex().row() == row
        kb.key(Qt.Key.Key_Home)  # the row's first cell: its seat
        kb.key(Qt.Key.Key_Left)  # right to left: Left goes on to the next column (the pseudonym)
        kb.key(Qt.Key.Key_Left)  # its consent (read only, in sight at the door)
        for steps in (gender_steps, age_steps):
            kb.key(Qt.Key.Key_Left)  # the gender, then the age band
            kb.key(Qt.Key.Key_F2)  # the cell's list
            for _ in range(steps):
                kb.key(Qt.Key.Key_Down)
            kb.key(Qt.Key.Key_Return)
            assert focused() is view
        kb.key(Qt.Key.Key_Down)
    people = editor.people.rows
    assert [(p.gender, p.age_band) for p in people] == [
        ("female", "25-34"), ("male", "18-24"), ("female", "35-44"), ("male", "45-54"), ("female", "18-24"),
        ("male", "25-34")]
    kb.step("six-seated")

    # 4. Consent for each, on the team's form, the list's row kept from one to the next.
    kb.key(Qt.Key.Key_Home, CTRL)
    for row in range(6):
        answered_on_screen(monkeypatch, lambda dialog, row=row: consent_by_keyboard(  # type: ignore[misc]
            kb, dialog, refuse_quotes=row == REFUSES_QUOTES))
        assert view.currentIndex().row() == row
        kb.alt(editor.consent_button.text())
        kb.window_active_again()
        assert editor.people.rows[row].can_speak
        assert focused() is view and view.currentIndex().row() == row
        assert codes[row] in editor.status_line.text()  # said, not "Added …: record their consent"
        kb.key(Qt.Key.Key_Down)
    assert all(p.can_speak for p in editor.people.rows)
    consent_column = COLUMNS.index("consent")
    shown = [editor.people.index(row, consent_column).data() for row in range(6)]
    assert shown == [demographics.consent("quotes_refused" if row == REFUSES_QUOTES else "given") for row in range(6)]
    with laptop.session() as s:
        refused = s.execute(select(ConsentRecord).where(
            ConsentRecord.participant_id == people[REFUSES_QUOTES].participant_id)).scalar_one()
        assert refused.answers["quote"] is False and refused.answers["participate"] is True
        assert refused.witness == "أم علي"
    kb.step("six-consented")

    # 5. The transcript: Ctrl+seat gives the next speaker a new turn, Ctrl+0 the facilitator.
    kb.alt(editor.tabs.tabText(0))
    assert focused() is editor.transcript.edit
    for n, (seat, words) in enumerate(TURNS):
        if n:
            kb.key(Qt.Key(Qt.Key.Key_0 + seat), CTRL)
        kb.type(words)
        assert focused() is editor.transcript.edit
    rows = editor.transcript.model.rows
    by_seat = {p.seat: p.participant_id for p in editor.people.rows}
    assert [(r.participant_id, r.text) for r in rows] == [(by_seat.get(seat), words) for seat, words in TURNS]
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)
    assert editor.status_line.text() == T("FocusGroupEditor", "Saved.")
    with laptop.session() as s:
        assert len(s.execute(select(TranscriptTurn).where(
            TranscriptTurn.session_id == editor.session_id, ~TranscriptTurn.deleted)).all()) == len(TURNS)
    kb.step("transcript")

    # 6. Coding: Ctrl+Shift+K opens the session's coding window; Ctrl+F finds the words, Escape back to
    #    the text with them selected, Ctrl+K and a few letters pick the code, Enter applies it.
    kb.key(Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    coding = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible())
    coding.activateWindow()
    qtbot.waitUntil(coding.isActiveWindow)
    window.ctx.tasks.drain()
    qtbot.waitUntil(lambda: bool(coding.blocks))
    assert focused() is coding.view
    for words, letters, code in PASSAGES:
        kb.key(Qt.Key.Key_F, CTRL)
        assert focused() is coding.find_bar.field
        kb.type(words)
        # The search runs once typing stops (as when a person pauses), then Enter goes on from its match.
        qtbot.waitUntil(lambda words=words: coding.find_bar.searched == words)  # type: ignore[misc]
        kb.key(Qt.Key.Key_Return)
        assert coding.view.textCursor().selectedText() == words
        kb.key(Qt.Key.Key_Escape)
        assert focused() is coding.view
        kb.key(Qt.Key.Key_K, CTRL)
        kb.type(letters)
        kb.key(Qt.Key.Key_Return)
        window.ctx.tasks.drain()
        settle()
        assert focused() is coding.view
        assert code in coding.status.text() and words not in coding.status.text()  # said, not the words
    assert len(coding.segments) == len(PASSAGES)
    kb.step("coded", coding)
    with laptop.session() as s:
        names = {c.id: c.name_ar for c in codebook.live_codes(s)}
        coded = {(names[seg.code_id], seg.quote) for seg in s.execute(
            select(CodedSegment).where(~CodedSegment.deleted)).scalars()}
    assert coded == {(code, words) for words, _letters, code in PASSAGES}
    kb.key(Qt.Key.Key_Escape)  # the text has the keyboard, nothing open in the window: Escape closes it
    assert not any(isinstance(w, CodingWorkspace) and w.isVisible() for w in QApplication.topLevelWidgets())
    kb.window_active_again()
    qtbot.waitUntil(lambda: focused() is editor.transcript.edit, timeout=15_000)  # back where it was (15 s: a loaded CI machine)

    # 7. Final: Tab from the text along the navigation and the top row to Finalise, Space.
    finalise = editor.lifecycle.finalise_button
    for _ in range(8):
        kb.key(Qt.Key.Key_Tab)
        if focused() is finalise:
            break
    assert focused() is finalise
    kb.key(Qt.Key.Key_Space)
    window.ctx.tasks.drain()
    settle()
    assert editor.is_read_only()
    assert editor.status_line.text() == T("LifecycleBar", "Finalised: the session is now read-only.")
    assert focused() is not None and focused().isVisible()
    kb.step("final")

    # 8. Escape: back to the list, the session there and final.
    kb.key(Qt.Key.Key_Escape)
    assert window.editor is None and focused() is sessions_page.view
    qtbot.waitUntil(lambda: sessions_page.current_session_id() == editor.session_id)  # Enter opens it again
    shown = [sessions_page.model.index(0, c).data() for c in range(sessions_page.model.columnCount())]
    assert "١٢ أيلول ٢٠٢٦" in shown and session_labels.status("final") in shown, shown
    kb.step("list")

    # 9. Sync (Ctrl+6): the keyboard on Export bundle…; Space, the file named, the count falls to zero.
    out = team.folder / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, _title, suggested, *_a, **_k: (str(out / Path(suggested).name), "")))
    kb.key(Qt.Key.Key_6, CTRL)
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded)
    settle()
    assert focused() is sync.export_button
    unsent = window.ctx.language.format_number(sync.outbox.state.unsent if sync.outbox.state else 0)
    assert unsent != "٠" and unsent in window.unsent_label.text()
    kb.step("sync")
    kb.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(out.iterdir()), timeout=30_000)
    window.ctx.tasks.drain()
    qtbot.waitUntil(lambda: sync.outbox.state is not None and sync.outbox.state.unsent == 0, timeout=10_000)
    settle()
    (bundle,) = out.iterdir()
    assert bundle.suffix == ".majlis"
    assert window.unsent_label.text().endswith("٠")
    said = [sync.results.item(i).text() for i in range(sync.results.count())]
    assert any(bundle.name in line for line in said), said
    kb.step("bundle-exported")

    assert kb.english == {}, f"English on the Arabic screens: {kb.english}"
