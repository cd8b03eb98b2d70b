"""A busy day's conflicts worked through from the keyboard at the centre.

Two laptops edited the same turns; the coordinator arrows down the Open conflicts list and presses
Enter: the conflict under the cursor opens (Enter did nothing: only a double click opened one), and
once it is resolved the next one is under the cursor (the list read again had none current). In
the dialog, Alt and the letter of Keep current / Keep other presses that button in every language
(each letter was also a label's, so Alt only moved between the two)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select

from desktop.core.models import Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page
from tests.team_copies import team_copy_fixture
from tests.ui.test_accessibility import mnemonic_problems, mnemonic_texts


def same_turns_edited_on_two_laptops(team: Team, folder: Path, turns: int) -> None:
    a, b = team.devices
    with a.transaction() as s:
        session = Session(kind="focus_group", title="گفتوگۆی هەولێر")
        s.add(session)
        s.flush()
        made = [TranscriptTurn(session_id=session.id, text=f"original {n}", position=float(n)) for n in range(turns)]
        s.add_all(made)
        s.flush()
        ids = [t.id for t in made]
    first = export_bundle(a, folder / "a1.majlis")
    for model in (Session, TranscriptTurn):  # the second laptop has the same turns (as from the centre)
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    for laptop, words in ((a, "نسخة المحاور"), (b, "وەشانی دووەم")):
        with laptop.transaction() as s:
            for n, turn_id in enumerate(ids):
                s.get(TranscriptTurn, turn_id).text = f"{words} {n}"
    bundles = [first, export_bundle(a, folder / "a2.majlis"), export_bundle(b, folder / "b1.majlis")]
    outcomes = import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert sum(o.conflicts for o in outcomes) == turns


# A coordinator's laptop may edit others' rows. The team and its four conflicts at the centre are made
# once per test process and copied into each test's folder (tests/team_copies.py): each test resolves
# its own copy's conflicts.
team = team_copy_fixture(roles=("field", "coordinator"),
                         made=lambda made: same_turns_edited_on_two_laptops(made, made.folder, 4))


@pytest.fixture
def page(team: Team, qtbot: QtBot, make_ctx, manager: LanguageManager) -> SyncPage:  # type: ignore[no-untyped-def]
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 4)
    return page


def open_dialogs(page: SyncPage) -> list[ConflictDialog]:
    return [d for d in page.findChildren(ConflictDialog) if d.isVisible()]


def test_enter_on_a_conflict_opens_that_one(page: SyncPage, qtbot: QtBot) -> None:
    view = page.conflicts_view
    view.setFocus()
    view.setCurrentIndex(page.conflicts_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialogs = open_dialogs(page)
    assert len(dialogs) == 1
    assert dialogs[0].conflict.id == page.conflicts_model.items[2].id
    dialogs[0].reject()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_after_a_resolution_the_next_conflict_is_under_the_cursor(page: SyncPage, qtbot: QtBot,
                                                                  manager: LanguageManager, lang: str) -> None:
    """In Arabic and Kurdish too: QTableView.selectRow, right to left, made no row current (it looks for
    the column at the viewport's far edge, one pixel past the last), so Enter opened nothing after the
    first resolution, and nothing when pressed on a row reached by a click."""
    manager.set_language(lang)
    settle()
    view, model = page.conflicts_view, page.conflicts_model
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    following = [item.id for item in model.items[2:]]
    for n, expected in enumerate(following):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        (dialog,) = open_dialogs(page)
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda n=n: model.rowCount() == 3 - n, timeout=10_000)  # type: ignore[misc]
        assert view.currentIndex().row() == 1
        assert model.items[1].id == expected
        assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    first = model.items[0].id
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the last row: once resolved, the one above is under the cursor
    (dialog,) = open_dialogs(page)
    dialog.keep_theirs.click()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (dialog,) = open_dialogs(page)
    assert dialog.conflict.id == first
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_dialogs_alt_letters_are_its_buttons(page: SyncPage, manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dialog = page.resolve_selected()
    assert dialog is not None
    settle()
    assert mnemonic_texts(dialog)
    assert mnemonic_problems("conflict dialog", dialog, lang) == []
    dialog.reject()


def test_a_laptops_name_does_not_run_into_the_date(page: SyncPage, manager: LanguageManager) -> None:
    """"From field laptop 2, 2 December…" in Kurdish: the name's last digit, the Arabic comma and the
    day made one number ("2،2") in the laptop's left-to-right name. The name stands apart."""
    manager.set_language("ckb")
    dialog = page.resolve_selected()
    assert dialog is not None
    settle()
    for info, version in ((dialog.mine_info, dialog.context.b), (dialog.theirs_info, dialog.context.a)):
        assert version.device_name.startswith("field laptop ")
        assert f"\u2068{version.device_name}\u2069" in info.text()
    dialog.reject()
