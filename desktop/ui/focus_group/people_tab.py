"""The focus group's Participants tab: the seated people with their consent, adding or removing one,
and withdrawing one's consent.

A person is added only once the governorate is chosen (their pseudonym is made from it), and removed
only when they speak in no turn of the transcript (not even one not saved yet). A withdrawal is the
Participants page's (``withdrawal_flow``: the same dialog and core call), asked for at the table where a
participant says "don't use my words". Said in the ``FocusGroupEditor`` context, where these words'
translations have always been.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import participants
from desktop.core.errors import EnvironmentProblem
from desktop.core.participants import NewAttendee
from desktop.ui.consent import withdrawal_flow
from desktop.ui.focus_group.participants_model import ChoiceDelegate
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.menu_room import keep_context_menu_room
from desktop.ui.widgets.new_person import add_new_person
from desktop.ui.widgets.select_row import select_row

if TYPE_CHECKING:
    from desktop.ui.focus_group.editor import FocusGroupEditor

TRANSCRIPT_TAB, PEOPLE_TAB, DETAILS_TAB = 0, 1, 2  # the editor's tabs


def make_people_tab(editor: FocusGroupEditor, panel: QWidget) -> QWidget:
    people_tab = QWidget(panel)
    view = editor._people_view = QTableView(people_tab)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
    view.setObjectName("fg_participants")
    view.setModel(editor.people)
    view.setItemDelegate(ChoiceDelegate(editor.ctx, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    editor._add_button = QPushButton(people_tab)
    editor._add_button.clicked.connect(editor.add_participant)
    editor._remove_button = QPushButton(people_tab)
    editor._remove_button.clicked.connect(editor.remove_participant)
    editor._consent_button = QPushButton(people_tab)
    editor._consent_button.clicked.connect(editor.record_consent)
    # A participant who says "don't use my words" during the session: withdrawn here, without leaving it
    # for the Participants page. Also in a final session, as recording consent is.
    editor._withdraw_button = QPushButton(people_tab)
    editor._withdraw_button.setObjectName("fg_withdraw")
    editor._withdraw_button.clicked.connect(lambda: withdraw_consent(editor))
    for b in (editor._add_button, editor._remove_button):
        b.setEnabled(not editor.is_read_only())
    # The same two on the selected person by right click, the Menu key or Shift+F10.
    editor._consent_action, editor._withdraw_action = QAction(view), QAction(view)
    editor._consent_action.triggered.connect(editor.record_consent)
    editor._withdraw_action.triggered.connect(lambda: withdraw_consent(editor))
    view.addActions([editor._consent_action, editor._withdraw_action])
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    keep_context_menu_room(view)  # its words whole at 20 points
    # On to a second line where the tab is narrower than the buttons: in one row at 20 points on a laptop at
    # 150 % three asked 753 pixels in English, and the whole editor scrolled sideways, every tab with it.
    buttons = FlowRow([editor._add_button, editor._remove_button, editor._consent_button, editor._withdraw_button],
                      people_tab)
    # Under the list, as on the Participants page and in the order Tab reaches them: above it, at 20 points on
    # a laptop, the editor's message line scrolled into sight after a withdrawal ("… will never be quoted…")
    # took Withdraw consent…, which keeps the focus, above the frame's top. Here it is beside that line.
    box = QVBoxLayout(people_tab)
    box.addWidget(view)
    box.addWidget(buttons)
    # An empty list said nothing: it says how to seat the first person (in a final session, that none was).
    editor._people_words = EmptyWords(view, lambda: people_words(editor))
    editor.loaded.connect(editor._people_words.follow)
    retranslate_people_tab(editor)
    return people_tab


def people_words(editor: FocusGroupEditor) -> str:
    if not editor.is_loaded:
        return ""
    if editor.is_read_only():
        return QCoreApplication.translate("FocusGroupEditor", "No participant was seated in this session.")
    return QCoreApplication.translate(
        "FocusGroupEditor", "No participants yet. Press Add participant to seat the first: each is given a pseudonym.")


def retranslate_people_tab(editor: FocusGroupEditor) -> None:
    editor._add_button.setText(QCoreApplication.translate("FocusGroupEditor", "&Add participant"))
    editor._add_button.setAccessibleName(QCoreApplication.translate(
        "FocusGroupEditor", "Add a participant to this focus group"))
    editor._remove_button.setText(QCoreApplication.translate("FocusGroupEditor", "Re&move from session"))
    editor._consent_button.setText(QCoreApplication.translate("FocusGroupEditor", "Record &consent…"))
    editor._withdraw_button.setText(QCoreApplication.translate("FocusGroupEditor", "&Withdraw consent…"))
    editor._withdraw_button.setToolTip(QCoreApplication.translate(
        "FocusGroupEditor", "Withdraw the selected participant's consent: quotes only, or everything (their "
        "words and identity are erased)"))
    editor._consent_action.setText(editor._consent_button.text())
    editor._withdraw_action.setText(editor._withdraw_button.text())
    editor._people_view.setAccessibleName(QCoreApplication.translate(
        "FocusGroupEditor", "Participants of this focus group"))


def add_participant(editor: FocusGroupEditor) -> None:
    if editor.is_read_only():
        return
    if editor.is_loaded and not editor.header.values().get("governorate"):
        # The pseudonym is made from it: a person added before it was chosen stayed XXX-FG01-P01,
        # with no governorate, after it was chosen (the code written on their paper consent form).
        editor.show_message(lambda: QCoreApplication.translate(
            "FocusGroupEditor", "Choose the governorate first: the pseudonym is made from it."))
        editor.tabs.setCurrentIndex(DETAILS_TAB)
        editor.header.governorate.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    # The header's governorate and number make the pseudonym: saved first. While the import bar waits, or
    # when the save failed, it would be made from those as stored: said, nobody added.
    if not editor.save_first():
        return

    def added(person: NewAttendee) -> None:
        editor.people.reload()
        editor.transcript.refresh_speakers()
        select_row(editor.people_view, len(editor.people.rows) - 1)  # the new person: Record consent acts on them
        editor.people_view.setFocus()
        code = person.code
        editor.show_message(lambda: QCoreApplication.translate(
            "FocusGroupEditor", "Added %1. Record their consent before they can be given speech.").replace("%1", code))

    add_new_person(editor.ctx, editor.session_id, role="participant", added=added, refused=editor.show_message,
                   editor=editor)


def remove_participant(editor: FocusGroupEditor) -> None:
    person = editor._selected_person()
    if person is None or editor.is_read_only():
        return
    if any(t.participant_id == person.participant_id and not t.redacted and not (t.turn_id is None and t.empty)
           for t in editor.transcript.model.rows):  # an empty new turn is never written: no speech
        say_speaks(editor, person.code)  # also a turn not saved yet: the database does not know it
        return
    question = QCoreApplication.translate(
        "FocusGroupEditor", "Remove %1 from this session? They will no longer sit in seat %2.") \
        .replace("%1", person.code).replace("%2", editor.ctx.language.format_number(person.seat))
    if not confirm_removal(editor, QCoreApplication.translate("FocusGroupEditor", "Remove a participant"), question):
        return

    def removed(_: object) -> None:
        model = editor.transcript.model
        for row, turn in enumerate(model.rows):  # an empty new turn given to them: the facilitator's again
            if turn.participant_id == person.participant_id and turn.turn_id is None and turn.empty:
                model.set_speaker(row, None, "")
        editor.people.reload()
        editor.transcript.refresh_speakers()

    def refused(exc: BaseException) -> None:
        if isinstance(exc, participants.SpeaksInTranscript):
            say_speaks(editor, person.code)
        elif isinstance(exc, EnvironmentProblem):  # raised, it was a crash
            reason = reason_of(exc)
            editor.show_message(lambda: QCoreApplication.translate("FocusGroupEditor", "%1 was not removed: %2").replace(
                "%1", person.code).replace("%2", environment_reason(reason)))
        else:
            raise exc

    session_id = editor.session_id
    CollectionOp(editor.ctx, lambda s: participants.remove_from_session(s, session_id, person.participant_id)) \
        .success(removed).failure(refused).owned_by(editor).run_in_background()


def withdraw_consent(editor: FocusGroupEditor) -> None:
    """The selected person's withdrawal, as on the Participants page. The transcript is saved first: an
    erasure takes the words as the database has them, and the turns just typed are in it."""
    person = editor._selected_person()
    if person is None:
        editor.show_message(lambda: QCoreApplication.translate("FocusGroupEditor", "Select a participant first."))
        return
    if editor.choice_waits():  # the import bar waits: nothing is saved until Show theirs or Keep mine
        return
    editor.flush()
    if editor.has_unsaved():  # the save failed (and said why): an erasure now would miss the words on screen
        editor.show_message(lambda: QCoreApplication.translate(
            "FocusGroupEditor", "Not withdrawn: the transcript on screen could not be saved, and an erasure would "
            "miss its words. Try again once it is saved."))
        return
    withdrawal_flow.start(editor.ctx, editor, person.participant_id, person.code, editor.show_message)


def say_speaks(editor: FocusGroupEditor, code: str) -> None:
    editor.show_message(lambda: QCoreApplication.translate(
        "FocusGroupEditor", "%1 speaks in this transcript and stays in the session. Give those turns "
        "to another speaker first, or delete them.").replace("%1", code))


def record_consent_for(editor: FocusGroupEditor, participant_id: str) -> None:
    if editor.consent_dialog_class is None:
        return
    # While the import bar waits the people shown may not be those the import seated: chosen first.
    if editor.choice_waits():
        return
    recorded = answer_of(editor.consent_dialog_class(editor.ctx, participant_id, editor.session_id, editor),
                         lambda dialog, _result: getattr(dialog, "record_id", None) is not None)
    editor._reload_people()
    person = editor.people.by_id(participant_id)
    if recorded and person is not None:  # "Added …: record their consent" was said on, even after a No
        code, speaks = person.code, person.can_speak
        editor.show_message(lambda: (
            QCoreApplication.translate("FocusGroupEditor", "Consent recorded for %1: they can be given speech.")
            if speaks else QCoreApplication.translate(
                "FocusGroupEditor", "Recorded for %1: they decline to take part and cannot be given speech.")
        ).replace("%1", code))
