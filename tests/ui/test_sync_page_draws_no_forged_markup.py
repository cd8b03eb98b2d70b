"""No name another person chose is drawn as markup anywhere on the Sync page.

A label, a tooltip or a message box of automatic text format takes its text for rich text when its first line
holds a tag (``Qt.mightBeRichText``). The Sync page shows words others chose: a device's name from its bundle
(anyone with a copy of the team file makes one), the names of the files on a stick, a session's title and a
turn's words from a laptop, the team key file's name. Each such word drawn as markup can pose as something it
is not (a large fake fingerprint beside the real one, hp9). A real stick is imported on the real page (a held
bundle of a device named in markup, in a file named in markup; a laptop named in markup, its bundle in a file
named ``<b>x<big>.majlis``; the team key in a file named in markup), the held device approved, the laptops'
conflict listed and opened; then every visible label, tooltip (of widgets and of the lists' rows) and message
box is read as Qt draws it: none may be rich text holding the forged words (a check that the walk saw each)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select, update

from desktop.core.ids import new_id
from desktop.core.local_tables import Device
from desktop.core.models import Session, TranscriptTurn
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import imported_lines, open_page
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

NAME = "<b>Basra</b><br><font size=7>1a2b 3c4d</font>"  # a held device's name, in its bundle's manifest
HELD_FILE = "<i>held<br>.majlis"  # no "/" in a file's name: "<b>x</b>" cannot be one
LAPTOP_FILE = "<b>x<big>.majlis"
TITLE = "<big>Erbil</big><br>round"
TURN = "<b>said</b><br>"
KEY_FILE = "<b>team<big>.key"  # the team key file chosen on a stick
LAPTOP_NAME = "<b>Erbil</b><br><font size=7>5e6f</font>"  # a laptop's own name for itself, in its bundles
FORGED = (NAME, HELD_FILE, LAPTOP_FILE, TITLE, TURN, KEY_FILE, LAPTOP_NAME)  # shown as written, none is found unescaped in rich text


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"), name="Elections law cohort")
    yield t
    t.close()


def drawn_as_markup(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether ``text``, shown in a widget of ``text_format``, draws a forged tag as markup."""
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    return rich and any(words in text for words in FORGED)


def _cells(model: QAbstractItemModel, role: Qt.ItemDataRole) -> Iterator[str]:
    for row in range(model.rowCount(QModelIndex())):
        for column in range(64):  # a list model's columnCount is private to Python
            if not model.hasIndex(row, column):
                break
            text = model.data(model.index(row, column, QModelIndex()), role)
            if isinstance(text, str):
                yield text


def _visible() -> Iterator[QWidget]:
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            yield from (w for w in [top, *top.findChildren(QWidget)] if w.isVisible())


def shown_words() -> str:
    """Every visible label's text and every visible list's rows: the walk reads where the forged words are."""
    texts: list[str] = []
    for widget in _visible():
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            texts += _cells(widget.model(), Qt.ItemDataRole.DisplayRole)
    return "\n".join(texts)


def markup_drawn() -> list[str]:
    """What every visible window of the application draws as markup of the forged words."""
    found: list[str] = []
    for widget in _visible():
        if isinstance(widget, QLabel) and drawn_as_markup(widget.text(), widget.textFormat()):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r}")
        if drawn_as_markup(widget.toolTip()):
            found.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()!r}")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # its view's model
            found += [f"row tooltip in {type(widget).__name__}: {tip!r}" for tip in _cells(widget.model(), Qt.ItemDataRole.ToolTipRole)
                      if drawn_as_markup(tip)]
    return found


def laptops_edit_the_same_turn(team: Team, stick: Path) -> list[Path]:
    """Laptop a's session (a title and a turn of markup) in ``<b>x<big>.majlis``; then both laptops edit the turn
    (words of markup) in bundles of their own: a conflict once all are in."""
    a, b = team.devices
    with team.centre.transaction() as s:  # registered without a label: its first bundle's name fills it
        s.execute(update(Device).where(Device.id == a.device_id).values(name=""))
    with a.transaction() as s:
        s.execute(update(Device).where(Device.is_self.is_(True)).values(name=LAPTOP_NAME))
    with a.transaction() as s:
        session = Session(kind="focus_group", title=TITLE)
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, text=f"{TURN} 0", position=0.0)
        s.add(turn)
        s.flush()
        turn_id = turn.id
    first = export_bundle(a, stick / LAPTOP_FILE)
    assert first is not None
    for model in (Session, TranscriptTurn):  # the second laptop holds the same rows (as from the centre)
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    for laptop, words in ((a, f"{TURN} first"), (b, f"{TURN} second")):
        with laptop.transaction() as s:
            s.get_one(TranscriptTurn, turn_id).text = words
    later = [export_bundle(a, stick.parent / "a2.majlis"), export_bundle(b, stick.parent / "b1.majlis")]
    return [r.path for r in later if r]


def test_the_sync_page_draws_no_forged_markup(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    device = new_id()
    forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None), device=device, seq=1)],
          device_id=device, key=keys.generate_signing_key(), name=NAME, out=stick / HELD_FILE)
    later = laptops_edit_the_same_turn(team, stick)
    asked: list[str] = []

    def box(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def shown(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answer
        return staticmethod(shown)

    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Yes))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(QMessageBox.StandardButton.Ok))
    identity = tmp_path / KEY_FILE
    identity.write_bytes(team.identity_file.read_bytes())
    page: SyncPage = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768),
                               identity=identity)
    lines = imported_lines(page, qtbot, [stick])
    assert any(LAPTOP_FILE in line for line in lines), lines
    assert any(HELD_FILE in line for line in lines), lines
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30_000)
    panel.waiting_list.setCurrentRow(0)
    held, held_words = markup_drawn(), shown_words()
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: panel.roster_list.count() == 4 and not panel.deciding, timeout=30_000)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=30_000)
    imported_lines(page, qtbot, later)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=30_000)
    page.conflicts_view.setCurrentIndex(page.conflicts_model.index(0, 0))
    dialog = page.conflicts.resolve_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert asked
    words = f"{held_words}\n{shown_words()}"
    assert [w for w in FORGED if w not in words] == []  # the walk saw them
    found = held + markup_drawn() + [f"message box: {text!r}" for text in asked if drawn_as_markup(text)]
    assert found == [], "\n".join(found)
    dialog.reject()
