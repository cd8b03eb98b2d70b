"""A participant withdraws, from the hall to the centre's exports, in Kurdish at 1366x768 and 20 points.

A woman who spoke in a focus group (her turns coded, quoted in a recommendation's evidence at the centre)
withdraws everything on the facilitator's laptop. The facilitator withdraws her by keyboard on the
Participants page, reads what will be destroyed and ticks that it cannot be undone; the open coding
window and the search show none of her words. The laptop's bundle reaches the centre: its Sync page says
a withdrawal arrived and that a team update must be published; the recommendation no longer quotes her;
the search, the workbook and the REFI-QDA project hold none of her words. A coordinator's laptop that
still held her turn, and edited it, sends it later: it stays erased.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select

from desktop.core import consent_rules, recommendations
from desktop.core.models import Code, Participant, Session, TranscriptTurn
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.coding.window import open_coding_window
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import NAME, OTHER_SPEECH, PHONE, SPEECH, SPEECH_KU, make_study
from tests.i18n_allowlist import english_words
from tests.sync_helpers import make_team
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui_helpers import focused, main_window_on_screen

SCREEN = (1366, 768)
#: Words of hers that must be found nowhere after the withdrawal (Arabic and Kurdish turns, name, phone).
HERS = ("جاموسها", "گامێشەکانی", NAME.split()[0], PHONE)
T = QCoreApplication.translate


def shot(widget: QWidget, folder: Path, name: str) -> None:
    """A screenshot to look at: into HP_SHOTS where it is set, else beside the test's files."""
    out = Path(os.environ.get("HP_SHOTS") or folder)
    out.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out / f"{name}.png"))


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def searched(window: MainWindow, qtbot: QtBot, words: str) -> list[str]:
    """The Reports page's Search tab: the texts of what ``words`` find, once the search is done."""
    window.go_to("reports")
    reports = window.current_page()
    qtbot.waitUntil(lambda: reports.loads >= 1, timeout=10_000)  # type: ignore[attr-defined]
    tab = reports.search  # type: ignore[attr-defined]
    reports.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.query.setText(words)
    qtbot.keyClick(tab.query, Qt.Key.Key_Return)
    assert window.ctx.tasks.drain(10_000)  # the search's result is on the screen
    return [hit.text for hit in tab.hits]


def quoted(window: MainWindow, qtbot: QtBot, expected: list[str]) -> list[str]:
    """The speakers the open recommendation's 'Quotes that may be used' lists, once they are ``expected``
    or 10 s have passed (its quotes are read again on the worker after an import: no fixed wait)."""
    window.go_to("recommendations")
    page = window.current_page()
    assert isinstance(page, RecommendationsPage)
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    if page.view.current is None:
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    speakers = lambda: [q.speaker for q in page.view.quotes_model.rows]  # noqa: E731
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: speakers() == expected, timeout=10_000)
    qtbot.wait(300)  # and still so a moment later: an empty list met on the way to a refill is not an answer
    return speakers()


def withdraw_by_keyboard(dialog: WithdrawDialog, qtbot: QtBot, said: dict[str, Any], folder: Path) -> None:
    """What the facilitator does in the dialog: reads, Tab to the text and End, Tab to the tick, Space,
    Enter."""
    qtbot.waitUntil(lambda: (now := QApplication.focusWidget()) is not None and dialog.isAncestorOf(now))
    said["title"] = dialog.windowTitle()
    said["words"] = [dialog.explain.text(), dialog.consequence.text(), dialog.confirm.text(), dialog.scope_all.text()]
    said["ok_at_first"] = dialog.ok_button().isEnabled()
    shot(dialog, folder, "02-withdraw-dialog")
    stops: list[QWidget] = []
    while focused() is not dialog.confirm and len(stops) < 12:
        stops.append(focused())
        if focused() is dialog.body:
            qtbot.keyClick(dialog.body, Qt.Key.Key_End)
            bottom = dialog.consequence.mapTo(dialog.body.viewport(), QPoint(0, dialog.consequence.height() - 1))
            said["read_to_the_end"] = dialog.body.viewport().rect().contains(bottom)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    said["ok_ticked"] = dialog.ok_button().isEnabled()
    shot(dialog, folder, "03-withdraw-dialog-ticked")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)


@pytest.mark.slow
def test_a_withdrawal_from_the_hall_to_the_centres_exports(tmp_path: Path, qtbot: QtBot, manager: LanguageManager,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    laptop, coordinator = team.devices
    study = make_study(laptop)
    held: dict[Any, list[dict[str, Any]]] = {}  # what the coordinator's laptop holds of the focus group
    for model in (Session, Participant, TranscriptTurn):
        with laptop.session() as s:
            held[model] = [dict(r) for r in s.execute(select(cast(Table, model.__table__))).mappings()]
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "المياه"}, date=dt.date(2023, 2, 1))
        recommendations.link_code(s, rec.id, s.scalars(select(Code.id).where(Code.name_en == "water")).one())
    reports: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: reports.append(self))

    # --- The facilitator's laptop, in Kurdish at 20 points.
    window = main_window_on_screen(manager, laptop, qtbot, "ckb", 20, SCREEN, monkeypatch)
    coder = open_coding_window(window.ctx, study.session_id)  # closed with the window (deleted: not qtbot's)
    qtbot.waitUntil(lambda: len(coder.blocks) == 3, timeout=10_000)
    assert searched(window, qtbot, "گامێشەکانی") != []
    window.go_to("participants")
    page = window.current_page()
    assert isinstance(page, ParticipantsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first in the list
    chosen = page.selected()
    assert chosen is not None and chosen.code == study.pseudonym
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert focused() is page.withdraw_button  # the list, then the button
    shot(window, tmp_path, "01-participants")
    said: dict[str, Any] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WithdrawDialog):
            QTimer.singleShot(20, answer)
            return
        withdraw_by_keyboard(dialog, qtbot, said, tmp_path)

    QTimer.singleShot(0, answer)
    letter = mnemonic_letter(page.withdraw_button.text())
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)
    erased = T("WithdrawalFlow", "Erased what %1 said, their signatures and their identity.").replace(
        "%1", study.pseudonym)
    qtbot.waitUntil(lambda: page.status.text() == erased, timeout=20_000)
    # Said before it happened, whom and what, in Kurdish; OK only once the tick says it cannot be undone.
    assert study.pseudonym in said["title"]
    assert [english_words(w) for w in said["words"]] == [[]] * 4
    assert "[…]" in said["words"][1]
    assert said["read_to_the_end"] and not said["ok_at_first"] and said["ok_ticked"]
    assert english_words(page.status.text()) == []
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)  # the bundle sent before still holds the words
    assert "first.majlis" in "\n".join(reports[0].items.item(i).text() for i in range(reports[0].items.count()))
    qtbot.waitUntil(lambda: page.model.row_at(0).consent == "withdrawn", timeout=10_000)  # marked in the list
    shot(window, tmp_path, "04-participants-after")
    # Nothing of hers left on the laptop's screens: the open coding window, the search.
    qtbot.waitUntil(lambda: coder.blocks[0].doc.text == consent_rules.REDACTED, timeout=10_000)
    assert [b.doc.text for b in coder.blocks] == [consent_rules.REDACTED, OTHER_SPEECH, consent_rules.REDACTED]
    assert not any(w in coder.view.toPlainText() for w in HERS)
    shot(coder, tmp_path, "05-coding-after")
    assert searched(window, qtbot, "گامێشەکانی") == [] and searched(window, qtbot, "جاموسها") == []
    window.go_to("sync")
    sync = window.current_page()
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=10_000)
    sync.export_to(tmp_path / "after.majlis")
    qtbot.waitUntil(lambda: (tmp_path / "after.majlis").exists(), timeout=20_000)
    window.close()

    # --- The centre imports the laptop's bundle.
    centre = main_window_on_screen(manager, team.centre, qtbot, "ckb", 20, SCREEN, monkeypatch)
    assert quoted(centre, qtbot, [study.pseudonym]) == [study.pseudonym]
    centre.go_to("sync")
    csync = centre.current_page()
    assert isinstance(csync, SyncPage)
    qtbot.waitUntil(csync.is_loaded, timeout=10_000)
    csync.set_identity_path(team.identity_file)
    assert csync.import_paths([tmp_path / "after.majlis"])
    arrived = T("ArrivedErasure", "A withdrawal that arrived erased a participant's words here.")
    publish = T("ArrivedErasure", "Publish a team update so that the laptops erase them too.")
    qtbot.waitUntil(lambda: any(arrived in line for line in lines(csync)), timeout=60_000)
    assert any(publish in line for line in lines(csync))
    assert arrived in csync.import_summary.text() and publish in csync.import_summary.text()
    assert [english_words(line) for line in lines(csync)] == [[]] * len(lines(csync))
    assert study.pseudonym not in "\n".join(lines(csync))
    shot(centre, tmp_path, "06-centre-sync")
    assert quoted(centre, qtbot, []) == []
    shot(centre, tmp_path, "07-centre-recommendation")
    assert searched(centre, qtbot, "گامێشەکانی") == [] and searched(centre, qtbot, "جاموسها") == []
    assert searched(centre, qtbot, "انتخابات") != []  # the other participant's words are still found

    # The coordinator's exports, read back, and the team update published.
    export_xlsx(team.centre, tmp_path / "centre.xlsx", lang="ckb")
    export_qdpx(team.centre, tmp_path / "centre.qdpx", "ckb")
    book = openpyxl.load_workbook(tmp_path / "centre.xlsx")
    cells = "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    with zipfile.ZipFile(tmp_path / "centre.qdpx") as project:
        xml = "\n".join(project.read(n).decode("utf-8") for n in project.namelist())
    for text in (cells, xml):
        assert [w for w in HERS if w in text] == [] and OTHER_SPEECH in text
    centre.go_to("sync")
    assert csync.team_updates.publish_to(tmp_path / "update.majlis")
    qtbot.waitUntil(lambda: (tmp_path / "update.majlis").exists(), timeout=20_000)

    # --- The coordinator's laptop still held her turn, and edited it before the update reached it.
    for model, rows in held.items():
        with coordinator.transaction(replicating=True) as s:
            s.execute(insert(cast(Table, model.__table__)), rows)
    with coordinator.transaction() as s:
        turn = s.get(TranscriptTurn, study.turns[1])
        assert turn is not None
        turn.text = SPEECH_KU + " (ڕاستکرایەوە)"
    late = export_bundle(coordinator, tmp_path / "late.majlis")
    assert late is not None
    count = csync.results.count()
    assert csync.import_paths([late.path])
    qtbot.waitUntil(lambda: csync.results.count() > count and not csync.cancel_button.isEnabled(), timeout=60_000)
    with team.centre.session() as s:
        texts = sorted(t.text for t in s.scalars(select(TranscriptTurn)))
    assert texts == sorted([consent_rules.REDACTED, consent_rules.REDACTED, OTHER_SPEECH])
    assert searched(centre, qtbot, "گامێشەکانی") == []
    assert SPEECH not in cells
    shot(centre, tmp_path, "08-centre-after-the-late-bundle")
