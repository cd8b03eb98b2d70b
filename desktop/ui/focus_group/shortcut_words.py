"""The transcript's keys in words: the shortcut line under the transcript (also the text box's
tooltip) and the tooltips of the buttons that have a key. Said in the ``TranscriptPanel`` context,
where the translations have always been."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.ui.focus_group.transcript import TranscriptPanel

DELETE_KEYS = "Ctrl+Shift+Del"  # Delete turn, from the text box and the table (and Delete in the table)
MERGE_KEYS = "Ctrl+Shift+Backspace"  # Merge with previous turn, from the text box and the table
SPLIT_KEYS = "Ctrl+Shift+Return"  # Split turn at cursor, in the text box (turn_edit)


def shortcut_line() -> str:
    """Every key of the transcript, in one paragraph."""
    hint = QCoreApplication.translate(
        "TranscriptPanel",
        "Ctrl+1…9: participant in that seat, Ctrl+0: facilitator. At the end of the text this "
        "starts a new turn for that speaker; inside the text it re-assigns the turn. "
        "Enter: new paragraph. Ctrl+Enter: new turn. Ctrl+T: time stamp. Alt+↑/↓: previous/next turn."
    )
    return " ".join((
        hint, QCoreApplication.translate("TranscriptPanel", "Ctrl+Shift+Delete: delete the turn."),
        QCoreApplication.translate(
            "TranscriptPanel",
            "Ctrl+Shift+Enter: split the turn at the cursor. Ctrl+Shift+Backspace: merge with the previous turn."),
    ))


def retranslate_keys(panel: TranscriptPanel) -> None:
    """The buttons' words and tooltips, and the shortcut line, in the language of the moment."""
    panel.stamp_button.setText(QCoreApplication.translate("TranscriptPanel", "Stamp &time"))
    panel.stamp_button.setToolTip(QCoreApplication.translate(
        "TranscriptPanel", "Ctrl+T: the time elapsed since the session started"))
    panel.stamp_button.setAccessibleName(QCoreApplication.translate(
        "TranscriptPanel", "Stamp the elapsed time on this turn"))
    panel.new_button.setText(QCoreApplication.translate("TranscriptPanel", "&New turn"))
    panel.new_button.setToolTip(QCoreApplication.translate(
        "TranscriptPanel", "Ctrl+Enter: a new turn with the same speaker"))
    panel.delete_button.setText(QCoreApplication.translate("TranscriptPanel", "Delete turn"))
    panel.delete_button.setAccessibleName(QCoreApplication.translate("TranscriptPanel", "Delete the current turn"))
    panel.delete_button.setToolTip(QCoreApplication.translate(
        "TranscriptPanel", "Ctrl+Shift+Delete (Delete in the list of turns): delete the current turn"))
    panel.delete_button.setAccessibleDescription(panel.delete_button.toolTip())
    hint = shortcut_line()
    panel.hint.setText(hint)
    panel.edit.setToolTip(hint)
    panel.keys_button.setText(QCoreApplication.translate("TranscriptPanel", "Shortcuts"))
    panel.keys_button.setToolTip(QCoreApplication.translate(
        "TranscriptPanel", "Show or hide the keyboard shortcuts of the transcript"))
