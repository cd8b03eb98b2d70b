"""The Sync page's devices table writes change numbers in the digits chosen in Settings.

Its "Changes received" and "Missing" cells ("1–3, 10–12", "4–9") were made by the command line's
formatter and stayed in Latin digits when a coordinator had chosen Arabic-Indic ones, while the line
beneath the table, the import results and the rest of the screen followed the choice. The cells now
go through the language manager's number format, and are said again when the digits change."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

team = team_fixture(devices=0)


def _bundle(team: Team, out: Path, device: str, key: Any, seqs: list[int]) -> Path:
    changes = [change("participant", "insert", participant_data(real_name=None, phone=None), device=device, seq=seq)
               for seq in seqs]
    return forge(team, changes, device_id=device, key=key, name="Zakho laptop", out=out)


def _cells(page: SyncPage) -> list[str]:
    table = page.devices_view.model()
    (row,) = [r for r in range(table.rowCount()) if table.index(r, 0).data() == "Zakho laptop"]
    return [table.index(row, c).data() for c in (2, 3)]


def _shown(page: SyncPage, digit: str) -> bool:
    return digit in _cells(page)[0] and digit in page.devices_status.text()  # "with changes missing: 1"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_change_numbers_follow_the_digits_chosen(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                 language: Any, lang: str) -> None:
    device, key = new_id(), keys.generate_signing_key()
    preregister(team.centre, device, keys.public_key_b64(key), "Zakho laptop")
    sent = [_bundle(team, tmp_path / "a.majlis", device, key, [1, 2, 3]),
            _bundle(team, tmp_path / "b.majlis", device, key, [10, 11, 12])]  # changes 4-9 never came
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert page.import_paths(sent)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert _cells(page) == ["1\u20133, 10\u201312", "4\u20139"]  # Latin digits: the default

    language.set_digits("arab")
    qtbot.waitUntil(partial(_shown, page, "١"), timeout=10_000)
    assert _cells(page) == ["١\u2013٣, ١٠\u2013١٢", "٤\u2013٩"]
    assert not any(d in page.devices_status.text() for d in "0123456789"), page.devices_status.text()

    language.set_digits("latn")  # and back
    qtbot.waitUntil(partial(_shown, page, "1"), timeout=10_000)
    assert _cells(page) == ["1\u20133, 10\u201312", "4\u20139"]
