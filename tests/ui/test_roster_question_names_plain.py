"""The roster's Approve question shows a waiting device's name as it was written, never as markup.

A coordinator approves a laptop only if the facilitator reads out the same fingerprint on the phone. The
question ("Approve {name}? Only if the facilitator read you this same fingerprint:\\n{fingerprint}\\n…")
names the device by the name its bundle gives, which whoever made the bundle chose (an outsider with a
copy of the team file included). A message box takes its text for rich text when its first line holds a
tag: a name such as "<br>…<big><tt>1a2b …</tt></big>" drew a fingerprint of the sender's choosing on a
line of its own, large, and the real one's line breaks were lost (spaces in rich text). The name is now
shown as typed, each line where it was (``desktop.ui.widgets.as_written``), in the Reject, Revoke and
Take questions too, and on the roster's result line ("{name} is on the roster.", plain text). A real held bundle, the real Sync page; what the box draws is
read back with Qt's own rule (``Qt.mightBeRichText``) as a QLabel of automatic format applies it. The questions are
QuestionDialogs now (question_dialog.ask_yes_no: their lines scroll at 20 points), their labels plain text only
(test_questions_are_plain_text); tests/question_answers.py hands their words on as a message box draws the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.fingerprints import key_fingerprint
from desktop.core.ids import new_id
from desktop.sync import keys, roster
from desktop.sync.importer import import_files
from desktop.ui.sync.roster_revoke import question as revoke_question
from desktop.ui.widgets.as_written import as_written
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)

POSING = "<br><br><big><tt>{fake}</tt></big><br>"


def drawn(text: str) -> str:
    """The words a message box (a QLabel of automatic text format) draws for ``text``."""
    document = QTextDocument()
    if Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_a_name_of_markup_is_shown_as_written(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    key = keys.generate_signing_key()
    fingerprint = key_fingerprint(keys.public_key_b64(key))
    fake = key_fingerprint(keys.public_key_b64(keys.generate_signing_key()))  # the genuine laptop's, say
    name = POSING.format(fake=fake)
    device = new_id()
    bundle = forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                 device=device, seq=1)], device_id=device, key=key, name=name,
                   out=tmp_path / "held.majlis")
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "held"
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30_000)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.waiting_list.setCurrentRow(0)
    assert panel.approve_selected() is False
    assert panel.reject_selected() is False
    approve, reject = (drawn(text).replace("\u2029", "\n") for text in asked)
    # The name as written, on the question's first line; the fingerprint alone on the next.
    lines = approve.split("\n")
    assert name in lines[0], lines
    assert lines[1].strip("\u2066\u2069\u200e") == fingerprint, lines
    assert not any(line.strip() == fake for line in lines), lines
    assert name in reject, reject
    # Approved after all, it is on the roster under that name: the Revoke question shows it as written too.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: any(e.device_id == device for e in roster.roster(team.centre)), timeout=30_000)
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2 and not panel.deciding, timeout=30_000)
    said = panel.result_label  # "{name} is on the roster.": the name as written there too
    assert name in (drawn(said.text()) if said.textFormat() == Qt.TextFormat.AutoText else said.text()), said.text()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.roster_list.setCurrentRow(next(row for row in range(2) if fake in panel.roster_list.item(row).text()))
    assert panel.revoke_button.revoke_selected() is False
    revoke = drawn(asked[-1]).replace("\u2029", "\n")
    assert name in revoke.split("\n")[0] and fingerprint in revoke.replace("\u00a0", " "), revoke
    # Revoked, a bundle it wrote before it was lost may be taken: that question names it as written too.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert panel.revoke_button.revoke_selected()
    qtbot.waitUntil(lambda: panel.take_button.isVisible() and panel.take_button.isEnabled(), timeout=30_000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert panel.take_button.take(bundle) is False
    assert name in drawn(asked[-1]), drawn(asked[-1])


@pytest.mark.parametrize("name", [POSING.format(fake="1a2b 3c4d 5e6f 7a8b 9c0d"), "&lt;b&gt; Basra", "<b>Erbil</b>  2 & 3",
                                  "Basra laptop 2", "لابتوب البصرة <٢>"])
def test_a_question_draws_the_name_as_written(qapp: Any, name: str) -> None:
    """The Revoke question too (a roster entry's name is its bundle's), and the helper both ask."""
    entry = roster.RosterEntry(device_id=new_id(), name=name, role="field", fingerprint="1a2b 3c4d",
                               is_self=False, preregistered=False, last_bundle_at=None)
    text = revoke_question(entry)
    assert drawn(as_written(text)).replace("\u2029", "\n") == text.replace("\u00a0", " ")  # as a document reads it
    assert as_written(text) == text or Qt.mightBeRichText(text)  # plain text is given as it is


def test_questions_are_plain_text(qapp: Any) -> None:
    """The dialog the roster asks in shows its words as plain text: a name of markup is never drawn as markup."""
    from desktop.ui.widgets.question_dialog import QuestionDialog

    box = QuestionDialog(None, "Roster")
    box.setText(POSING.format(fake="1a2b"))
    assert box.text_label.textFormat() == box.informative_label.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == POSING.format(fake="1a2b")
    box.deleteLater()
