"""Import text… in a focus group given the wrong file, as a facilitator in Kurdish meets it: the team's
key file (plain text, as ``team create --identity-file`` or ``team key export --plaintext`` write it, or
sealed with a passphrase) was read as a transcript: its secret key shown in the box, one edit away from
being imported as a turn and sent to the centre in the next bundle. It is refused in one translated line
before anything is shown, the box left as it was. A folder was "This file could not be read.": it is
said to be a folder. Nothing is stored. Real SQLCipher stores and team; the real dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.sync.keys import write_protected_identity_file
from desktop.sync.team_common import team_identities
from desktop.ui.context import AppContext
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from tests.sync_helpers import make_team
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor


def _said(text: str) -> str:
    return QCoreApplication.translate("ImportTextDialog", text)


def _turns(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(TranscriptTurn)) or 0)


def _dialog(ctx: AppContext, store: Store, qtbot: QtBot) -> ImportTextDialog:
    ctx.language.set_language("ckb")
    editor = open_editor(ctx, qtbot, new_focus_group(store))
    editor.transcript.import_button.click()
    dialog = editor.findChild(ImportTextDialog)
    assert dialog is not None
    return dialog


@pytest.mark.parametrize("sealed", [False, True])
def test_the_team_key_file_is_never_shown_as_a_transcript(ctx: AppContext, store: Store, qtbot: QtBot,
                                                          tmp_path: Path, sealed: bool) -> None:
    (tmp_path / "t").mkdir()
    team = make_team(tmp_path / "t", devices=0)
    key_file = team.identity_file
    if sealed:
        key_file = write_protected_identity_file(tmp_path / "team-key.age", team_identities(team.centre),
                                                 "a long passphrase")
    team.close()
    dialog = _dialog(ctx, store, qtbot)
    dialog.text_box.setPlainText("BSR-FG01-P01: typed before")
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=30_000)
    dialog.load_file(str(key_file))
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=30_000)
    assert dialog.source_line.text() == _said(
        "Not imported: this is the team's key file, not a transcript. Keep it private.")
    assert dialog.text_box.toPlainText() == "BSR-FG01-P01: typed before"  # as it was, no key in sight
    assert dialog.held is None
    assert _turns(store) == 0


def test_a_folder_is_said_to_be_a_folder(ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(ctx, store, qtbot)
    (tmp_path / "transcripts").mkdir()
    dialog.load_file(str(tmp_path / "transcripts"))
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=30_000)
    assert dialog.source_line.text() == _said("Not imported: this is a folder, not a text file.")
    assert not dialog.import_button.isEnabled() and _turns(store) == 0
