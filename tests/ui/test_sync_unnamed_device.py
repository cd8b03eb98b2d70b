"""The Sync page named a device without a label `-` on the roster and in the waiting list (and left
the devices table's Device cell empty): a coordinator on the phone with a facilitator could neither
read it out nor tell two of them apart. It is named by its id, as majlis-cli names it (`1a2b3c4d (no
name yet)`), in the interface's language. A device has no label when it was registered without one
and has sent nothing yet, or when its laptop sent none (a database made with an empty device name)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import public_key_b64
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


def _unnamed_bundle(team: Team, tmp_path: Path) -> tuple[str, Path]:
    """(device id, bundle) of a laptop made with an empty device name."""
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    try:
        join_team(store, team.team_file)
        with store.transaction() as s:
            s.add(Participant(code="KRK-FG01-P01"))
        made = export_bundle(store, tmp_path / "unnamed.majlis")
        assert made is not None
        return store.device_id, made.path
    finally:
        store.close()


def _shows(words: str, texts: Callable[[], tuple[str, str, str]]) -> bool:
    return words in texts()[0]


def test_a_device_without_a_name_is_named_by_its_id(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, language: Any, monkeypatch: Any) -> None:
    registered = new_id()
    preregister(team.centre, registered, public_key_b64(Ed25519PrivateKey.generate()), "")
    stranger, bundle = _unnamed_bundle(team, tmp_path)
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "held"
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    panel, table = page.roster_panel, page.devices_view.model()
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2 and panel.waiting_list.count() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=30_000)

    def texts() -> tuple[str, str, str]:
        roster_line = panel.roster_list.item(1).text()  # this computer first
        (cell,) = [table.index(row, 0).data() for row in range(table.rowCount())
                   if table.index(row, 1).data() == registered[-8:]]
        return roster_line, panel.waiting_list.item(0).text(), cell

    roster_line, waiting_line, cell = texts()
    assert roster_line.startswith(f"\u2066{registered[-8:]}\u2069 (no name yet) \u2014 field laptop \u2014 "), roster_line
    assert waiting_line == f"\u2066{stranger[-8:]}\u2069 (no name yet): bundles: 1, changes: 1", waiting_line
    assert cell == "(no name yet)"
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert panel.approve_selected() is False and panel.reject_selected() is False
    assert [text.split("?")[0] for text in asked] == [f"Approve \u2066{stranger[-8:]}\u2069 (no name yet)",
                                                       f"Reject \u2066{stranger[-8:]}\u2069 (no name yet)"]

    for lang, words in (("ar", "لا اسم له بعد"), ("ckb", "هێشتا ناوی نییە")):
        language.set_language(lang)
        qtbot.waitUntil(partial(_shows, words, texts), timeout=10_000)
        roster_line, waiting_line, cell = texts()
        assert f"\u2066{registered[-8:]}\u2069" in roster_line and "no name" not in roster_line
        assert f"\u2066{stranger[-8:]}\u2069 ({words})" in waiting_line and "bundles" not in waiting_line
        assert cell == f"({words})"


def test_the_held_line_names_a_device_without_a_name_by_its_id(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, language: Any) -> None:
    """The Sync page's line for a bundle held for approval said `device 1a2b3c4d is not on the roster`
    for a device with no name (a bare id), where majlis-cli says `device 1a2b3c4d (no name yet)`."""
    stranger, bundle = _unnamed_bundle(team, tmp_path)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    drop(page, [bundle])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1 and page.is_loaded(), timeout=60_000)

    def held_line() -> str:
        (line,) = [page.results.item(i).text() for i in range(page.results.count())
                   if "unnamed.majlis" in page.results.item(i).text()]
        return line

    assert held_line().endswith(f"held for approval (device \u2066{stranger[-8:]}\u2069 (no name yet) is not on "
                                "the roster)"), held_line()
    language.set_language("ar")
    qtbot.waitUntil(lambda: "لا اسم له بعد" in held_line(), timeout=10_000)
    assert f"\u2066{stranger[-8:]}\u2069" in held_line() and "no name" not in held_line()
