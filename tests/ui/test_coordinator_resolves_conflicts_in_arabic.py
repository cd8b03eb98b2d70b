"""Conflicts at the centre, resolved in the app in Arabic, end to end, as a coordinator lives it.

A field laptop and a coordinator's laptop (which may edit rows it did not create) both change the same
roundtable's minutes (its summary: a long Arabic text with a Latin name in it; an agenda item's notes)
and the same participant's phone. The centre imports both bundles on its Sync page, at 1366x768 and at
20 points: the summary counts the new conflicts; Alt and the letter of Open conflicts brings the list
into view; Enter opens the first, both versions whole; one is decided by keeping the other version, one
by typing a merged text. `majlis-cli conflicts` lists the same conflicts and the same outcome. The
centre's bundle, imported on the coordinator's laptop, leaves it with the chosen texts.

The participant's phone is a short field: the later edit wins (field last-writer-wins), no conflict.
A field laptop does not receive the resolution: team updates carry the codebook, consent forms and
roster, not the sessions' texts (README), and a field laptop merges no bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.models import AgendaItem, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import english_left
from tests.sync_helpers import Team, make_team
from tests.ui_helpers import focused, in_view, main_window_on_screen

T = QApplication.translate
TITLE = "طاولة مستديرة حول قانون الانتخابات"
SUMMARY = {
    "field": "ناقش المشاركون قانون الانتخابات وتأثيره على تمثيل المرأة في مجالس المحافظات، وأكد ممثل منظمة "
             "Tammuz أن نظام سانت ليغو المعدل يقلل من فرص المرشحين المستقلين. " * 3,
    "coordinator": "ناقش المشاركون قانون الانتخابات وتأثيره على تمثيل الشباب في مجالس المحافظات، وأشار ممثل "
                   "منظمة Tammuz إلى أن نظام سانت ليغو المعدل يقلل من فرص المستقلين والأحزاب الصغيرة. " * 3,
}
NOTES = {"field": "ملاحظات البند من الحاسوب الأول عن Tammuz", "coordinator": "ملاحظات المنسق عن Tammuz والشباب"}
MERGED = "ملاحظات مدمجة عن Tammuz"


def _two_laptops_edit_the_minutes(team: Team, tmp_path: Path) -> tuple[str, str, str, list[Path]]:
    """(session id, agenda item id, participant id, the two laptops' bundles for the centre)."""
    field, coordinator = team.devices
    with field.transaction() as s:
        session = Session(kind="roundtable", title=TITLE, summary="ملخص أولي")
        s.add(session)
        s.flush()
        item = AgendaItem(session_id=session.id, title="البند الأول", notes="ملاحظات أولى")
        person = Participant(code="BSR-RT01-P01", phone="07700000000", gender="female")
        s.add_all([item, person])
    first = export_bundle(field, tmp_path / "field-1.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
    # The coordinator's laptop learns its role from a team update, then merges the field laptop's bundle.
    import_team_update(coordinator, write_team_update(team.centre, tmp_path / "update-1.majlis").path)
    assert [o.status for o in import_files(coordinator, [first.path], team.identities)] == ["imported"]
    for laptop, who, phone in ((field, "field", "07701111111"), (coordinator, "coordinator", "07702222222")):
        with laptop.transaction() as s:
            s.get(Session, session.id).summary = SUMMARY[who]
            s.get(AgendaItem, item.id).notes = NOTES[who]
            s.get(Participant, person.id).phone = phone
    bundles = [export_bundle(field, tmp_path / "field-2.majlis"), export_bundle(coordinator, tmp_path / "coord-1.majlis")]
    return session.id, item.id, person.id, [b.path for b in bundles if b is not None]


def _alt(letter_of: QWidget | str) -> None:
    """Alt and the letter a label or button shows underlined, pressed on the widget with the focus."""
    text = letter_of if isinstance(letter_of, str) else letter_of.text()  # type: ignore[attr-defined]
    letter = text[text.index("&") + 1]
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)


def _open_dialog(page: SyncPage, qtbot: QtBot) -> ConflictDialog:
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    dialogs = [d for d in page.findChildren(ConflictDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window manager does (offscreen, the focus stayed in the main window)
    qtbot.waitUntil(lambda: (now := QApplication.focusWidget()) is not None and dialog.isAncestorOf(now))
    return dialog


def test_the_coordinator_resolves_two_conflicts_in_arabic(tmp_path: Path, qtbot: QtBot, manager: LanguageManager,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, roles=("field", "coordinator"))
    try:
        session_id, item_id, person_id, bundles = _two_laptops_edit_the_minutes(team, tmp_path)
        window = main_window_on_screen(manager, team.centre, qtbot, "ar", 20, (1366, 768), monkeypatch)
        window.go_to("sync")
        page = window.current_page()
        assert isinstance(page, SyncPage)
        qtbot.waitUntil(page.is_loaded)
        page.set_identity_path(team.identity_file)
        assert page.import_paths(bundles)
        qtbot.waitUntil(lambda: len(page.last_outcomes) == 2 and not page.cancel_button.isEnabled(), timeout=60_000)
        assert [o.status for o in page.last_outcomes] == ["imported", "imported"]
        said = T("ImportReport", "New conflicts: {conflicts}. Two laptops changed the same text: decide each "
                 "under Open conflicts.").format(conflicts="2")
        assert said in page.import_summary.text()
        qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 2)
        assert page.conflicts.label.text() == T("ConflictsPanel", "Open &conflicts: %1").replace("%1", "2")
        with team.centre.session() as s:  # a short field: the later edit (the coordinator's), no conflict
            assert s.get(Participant, person_id).phone == "07702222222"

        # majlis-cli lists the same conflicts, with the same versions.
        monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
        code, out, _ = run(capsys, "conflicts", "list", "--db", tmp_path / "centre.db", "--json")
        assert code == 0
        listed = {(c["id"], c["value_a"], c["value_b"]) for c in json.loads(out)}
        assert listed == {(c.id, c.value_a, c.value_b) for c in page.conflicts_model.items}

        # From the keyboard: Alt and the letter of Open conflicts, the list in view; Enter opens one.
        page.import_button.setFocus()
        _alt(page.conflicts.label)
        qtbot.waitUntil(lambda: focused() is page.conflicts_view and in_view(page.conflicts_view))
        chosen: dict[str, str] = {}
        for _ in range(2):
            dialog = _open_dialog(page, qtbot)
            entity, conflict = dialog.conflict.entity, dialog.conflict
            texts = SUMMARY if entity == "session" else NOTES
            # Both versions whole, the Latin name inside, the current one the coordinator's (the later).
            assert dialog.mine.toPlainText() == texts["coordinator"] == conflict.value_b
            assert dialog.theirs.toPlainText() == texts["field"] == conflict.value_a
            assert TITLE in dialog.where.text()
            # Nothing English but the laptops' own names (make_team names them "field laptop N").
            assert [line for line in english_left(dialog) if "field laptop" not in line] == []
            place = "The session's summary" if entity == "session" else "The notes of an agenda item"
            assert T("ConflictWords", place) in dialog.where.text()
            if entity == "session":  # keep the field laptop's version
                _alt(dialog.keep_theirs)
                chosen[entity] = texts["field"]
            else:  # type a merge
                dialog.merged.setFocus()
                dialog.merged.selectAll()
                type_text(dialog.merged, MERGED)
                _alt(dialog.save_edit)
                chosen[entity] = MERGED
            qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 2 - len(chosen), timeout=10_000)
            assert page.results.item(page.results.count() - 1).text() == T("ConflictsPanel", "Conflict resolved.")
            window.activateWindow()  # the window manager's part once the dialog closed: the keyboard is back
            qtbot.waitUntil(lambda: QApplication.focusWidget() is page.conflicts_view)
        assert page.conflicts.label.text() == T("ConflictsPanel", "Open &conflicts: none")
        with team.centre.session() as s:
            assert s.get(Session, session_id).summary == chosen["session"]
            assert s.get(AgendaItem, item_id).notes == chosen["agenda_item"]

        # majlis-cli: no open conflict, both resolved; resolving one again is refused, nothing changed.
        assert run(capsys, "conflicts", "list", "--db", tmp_path / "centre.db")[1] == "no open conflicts\n"
        resolved = json.loads(run(capsys, "conflicts", "list", "--db", tmp_path / "centre.db", "--all", "--json")[1])
        assert {c["status"] for c in resolved} == {"resolved"}
        code, _, err = run(capsys, "conflicts", "resolve", "--db", tmp_path / "centre.db", str(resolved[0]["id"]),
                           "--keep", "b")
        assert code == 1 and "already resolved" in err

        # The centre's bundle takes the chosen texts to the coordinator's laptop.
        window.close()
        centre_bundle = export_bundle(team.centre, tmp_path / "centre-1.majlis")
        assert centre_bundle is not None
        coordinator = team.devices[1]
        assert [o.status for o in import_files(coordinator, [centre_bundle.path], team.identities)] == ["imported"]
        with coordinator.session() as s:
            assert s.get(Session, session_id).summary == chosen["session"]
            assert s.get(AgendaItem, item_id).notes == chosen["agenda_item"]
    finally:
        team.close()
