"""Import text… from the focus-group editor: the dialog opened (import_text_dialog.py), and its turns
written after the existing ones in one transaction (``transcript_text.append`` through a ``CollectionOp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core import sessions, transcript_text
from desktop.core.errors import EnvironmentProblem
from desktop.core.transcript_text import NewTurn
from desktop.core.transcripts import NoConsent, TurnView
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import shown_number
from desktop.ui.widgets.environment_words import environment_reason

if TYPE_CHECKING:
    from desktop.ui.focus_group.editor import FocusGroupEditor


def open_import(editor: FocusGroupEditor) -> ImportTextDialog | None:
    """Save what is typed, then show the dialog; its Import appends the turns (``write``)."""
    if editor.is_read_only() or not editor.is_loaded:
        return None
    # The import bar waits (the person chooses first) or the save failed (the import would be reloaded
    # over the text): said, and no dialog.
    if not editor.save_first():
        return None
    rows = editor.transcript.model.rows
    stamps = [transcript_text.stamp_seconds(r.timestamp) for r in rows]
    floor = max((s for s in stamps if s is not None), default=0)
    dialog = ImportTextDialog(editor.ctx, editor.people.rows, floor, editor,
                              rtl_session=editor.transcript.model.rtl_session)
    dialog.accepted.connect(lambda: write(editor, dialog.new_turns()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def write(editor: FocusGroupEditor, turns: list[NewTurn]) -> None:
    """Append ``turns`` in one transaction; the editor shows the transcript as stored afterwards."""
    session_id = editor.session_id
    editor.setEnabled(False)  # nothing typed meanwhile is lost when the transcript is shown again

    def done(views: list[TurnView]) -> None:
        editor.setEnabled(True)
        editor.transcript.set_turns(views)
        count = shown_number(len(turns))
        editor.show_message(lambda: QCoreApplication.translate("ImportTextDialog", "Turns imported: %1.")
                            .replace("%1", count))

    def failed(exc: BaseException) -> None:
        editor.setEnabled(True)
        if isinstance(exc, NoConsent):
            editor.show_message(lambda: QCoreApplication.translate(
                "ImportTextDialog", "Nothing was imported: a speaker has no recorded consent."))
        elif isinstance(exc, sessions.SessionReadOnly):
            editor.show_message(lambda: QCoreApplication.translate(
                "ImportTextDialog", "Nothing was imported: this session is final and read-only."))
        elif isinstance(exc, EnvironmentProblem):
            editor.show_message(lambda: QCoreApplication.translate("ImportTextDialog", "Nothing was imported: %1")
                                .replace("%1", environment_reason(exc)))
        else:
            raise exc

    CollectionOp(editor.ctx, lambda s: transcript_text.append(s, session_id, turns)) \
        .success(done).failure(failed).owned_by(editor).run_in_background()
