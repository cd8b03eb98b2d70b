"""Import text… with a chat exported from WhatsApp (desktop/core/transcript_chat.py), through the real
dialog: each sender is a label to give a seat, each message a turn stamped with its time after the first
message's, WhatsApp's own lines left out, a message of several lines one turn. Before, the whole chat
was one turn of text before the first speaker, its dates and names among the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.qt_i18n import LanguageManager, shown_digits, shown_number
from tests.ui.test_fg_import_text import _choose, _combo, _open_dialog, _stored, said, seated
from tests.ui.test_recording_fg_editor import open_editor
from tests.ui_helpers import language_fixture

language = language_fixture("ckb")
__all__ = ["language", "seated"]

CHAT = ("\u200e[١٢/٠٥/٢٠٢٦، ١٠:١٥:٣٢] گروپی بەسرە: \u200eMessages and calls are end-to-end encrypted.\n"
        "[١٢/٠٥/٢٠٢٦، ١٠:١٥:٣٢] ئاسانکار: بەخێربێن بۆ دانیشتنەکە\n"
        "[١٢/٠٥/٢٠٢٦، ١٠:١٦:٠٢] ئەحمەد: سڵاو، من لە بەسرەوە هاتووم\n"
        "هیوادارم یاسایەکی دادپەروەر دەربچێت\n"
        "\u200e[١٢/٠٥/٢٠٢٦، ١٠:١٦:١٠] سارا: \u200eimage omitted\n"
        "[١٢/٠٥/٢٠٢٦، ١٠:٢٥:٣٢] سارا: منیش هەمان بیرم هەیە\n")


def test_a_whatsapp_chat_is_imported_sender_by_sender_with_its_times(
        ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        seated: tuple[str, list[str]]) -> None:
    sid, ids = seated
    path = tmp_path / "_chat.txt"
    path.write_bytes(CHAT.encode("utf-8"))
    editor = open_editor(ctx, qtbot, sid)
    dialog = _open_dialog(editor, qtbot, monkeypatch, path)

    assert dialog.labels == ["ئاسانکار", "ئەحمەد", "سارا"]  # not the group's name, which said WhatsApp's words
    assert [dialog.label_table.item(r, 1).text() for r in range(3)] == [shown_number(1)] * 3
    assert _combo(dialog, "ئاسانکار").currentData() == "facilitator"
    assert not dialog.import_button.isEnabled()  # the names wait for a seat each
    assert dialog.summary.text() == said("Turns to add: %1. Choose the speaker of each label marked «Choose…».") \
        .replace("%1", shown_number(3))
    _choose(_combo(dialog, "ئەحمەد"), ids[0])
    _choose(_combo(dialog, "سارا"), ids[1])
    assert dialog.import_button.isEnabled()
    assert dialog.turn_table.rowCount() == 3
    assert [dialog.turn_table.item(r, 1).text() for r in range(3)] == [
        shown_digits(stamp) for stamp in ("0:05:00", "0:05:00", "0:10:00")]

    dialog.import_button.click()
    assert ctx.tasks.drain(10_000)
    # The session's last stamp is 0:05:00: the chat's first message is not earlier (0:00:00 after it held).
    assert _stored(store, sid) == [
        ("بەخێربێن", "", "0:05:00"),
        ("بەخێربێن بۆ دانیشتنەکە", "", "0:05:00"),
        ("سڵاو، من لە بەسرەوە هاتووم\nهیوادارم یاسایەکی دادپەروەر دەربچێت", "BSR-FG01-P01", "0:05:00"),
        ("منیش هەمان بیرم هەیە", "BSR-FG01-P02", "0:10:00"),
    ]


def test_the_empty_box_says_a_whatsapp_chat_is_read(
        ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager, seated: tuple[str, list[str]]) -> None:
    """Nothing in the dialog said a chat exported from WhatsApp could be pasted or chosen as it is."""
    manager.set_language("en")
    editor = open_editor(ctx, qtbot, seated[0])
    editor.transcript.import_button.click()
    dialog = editor.findChild(ImportTextDialog)
    assert dialog is not None
    assert "A chat exported from WhatsApp is read message by message" in dialog.text_box.placeholderText()
    dialog.reject()
