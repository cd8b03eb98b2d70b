"""A device's Latin name stands whole and in its order on the Sync page's roster, in Arabic and Kurdish,
and a rejected device's id is read first, as a roster line's name is.

The waiting list and the held lines isolate a laptop's name (tests/ui/test_sync_held_names_in_order.py);
the roster list did not: "laptop-3 (Basra)" followed by " (this computer)" or the em dash and the role
took the Arabic line's direction, so its parentheses and words were jumbled with the sentence's
("(Basra) laptop-3" or "laptop-3 (Basra"). The rejected list held its id and its fingerprint in one
left-to-right run: in a right-to-left list the fingerprint stood where a roster line's name stands
(read first) and the id at the far end. Now the name is in a first-strong isolate, and the id and the
fingerprint each in their own left-to-right one (tests/bidi_order.shown_order reads a line as it
stands on the screen, left to right)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from desktop.core import device_label
from desktop.core.ids import new_id
from desktop.sync import roster
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from desktop.sync.keys import public_key_b64
from tests.bidi_order import shown_order
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)
NAMES = ("laptop-3 (Basra)", "7 Erbil laptop")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_roster_names_and_rejected_ids_read_in_order(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                     language: Any, lang: str) -> None:
    for name in NAMES:
        preregister(team.centre, new_id(), public_key_b64(Ed25519PrivateKey.generate()), name)
    held = laptop_bundle(team, tmp_path / "held.majlis", 0, on_roster=False, name="Halabja laptop")
    (outcome,) = import_files(team.centre, [held], team.identities)
    assert outcome.status == "held"
    (waiting,) = roster.pending(team.centre)
    roster.reject(team.centre, waiting.id)

    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == len(NAMES) + 1 and panel.rejected_list.count() == 1,
                    timeout=30_000)

    for row, entry in enumerate(panel.entries):
        shown = shown_order(panel.roster_list.item(row).text())
        name = device_label.shown_name(entry.name)
        assert name in shown and entry.fingerprint.replace(" ", "\u00a0") in shown, (name, shown)
        # Read right to left: the name first (rightmost), the fingerprint last (leftmost).
        assert shown.endswith(name), shown

    (rejected,) = panel.rejected
    shown = shown_order(panel.rejected_list.item(0).text())
    short = device_label.short_id(rejected.device_id)
    assert rejected.fingerprint.replace(" ", "\u00a0") in shown and shown.endswith(short), shown
