"""A key fingerprint stands in its order in the Sync page's Arabic and Kurdish lines.

A coordinator approves a laptop only if the facilitator reads out the same fingerprint on the phone,
group by group. The roster's "This computer's key fingerprint: …" line and the Approve questions put
the fingerprint in a right-to-left sentence as it was; a first group of digits only ("1667 ce66 …")
has no direction of its own after Arabic words, so the line showed "ce66 ef1e da7c 5d10 1667". The
fingerprint is now isolated left to right (LRI…PDI), as the waiting list and roster already did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.fingerprints import key_fingerprint
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.importer import import_files
from tests.bidi_order import shown_order
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


def _key_with_a_digits_first_group() -> tuple[Ed25519PrivateKey, str]:
    """A laptop key whose fingerprint starts with a group of digits only (about one key in seven)."""
    for _ in range(500):
        key = keys.generate_signing_key()
        fingerprint = key_fingerprint(keys.public_key_b64(key))
        if fingerprint.split()[0].isdigit():
            return key, fingerprint
    raise AssertionError("no such key in 500")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_fingerprints_read_in_order(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, language: Any,
                                    monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    key, fingerprint = _key_with_a_digits_first_group()
    device = new_id()
    bundle = forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                 device=device, seq=1)], device_id=device, key=key, name="Halabja laptop",
                   out=tmp_path / "held.majlis")
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "held"
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1 and panel.own_label.text() != "", timeout=30_000)

    own = panel.own_fingerprint
    shown = shown_order(panel.own_label.text()).replace("\u00a0", " ")  # its groups joined by no-break spaces
    assert own and own in shown, (own, shown)

    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.waiting_list.setCurrentRow(0)
    assert panel.approve_selected() is False
    (text,) = asked
    lines = [shown_order(line).replace("\u00a0", " ") for line in text.split("\n")]
    assert any(fingerprint in line for line in lines), (fingerprint, lines)

    # Rejected, then approved after all: the question names the fingerprint in order too.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert panel.reject_selected()
    qtbot.waitUntil(lambda: panel.rejected_list.count() == 1, timeout=30_000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.rejected_list.setCurrentRow(0)
    assert panel.approve_rejected() is False
    lines = [shown_order(line).replace("\u00a0", " ") for line in asked[-1].split("\n")]
    assert any(fingerprint in line for line in lines), (fingerprint, lines)
