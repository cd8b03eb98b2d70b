"""The roundtable editor's Attendance tab: the table (attendee, role, consent) with Add organisation…,
Add participant…, New person and Record consent… (desktop/ui/sessions/roundtable_editor.py).

Moved out of the editor as it was (its strings stay in the ``RoundtableEditor`` context, written out whole
in each call: lupdate reads only literal QCoreApplication.translate("Context", "text") calls).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.participants import NewAttendee
from desktop.core.reference import ATTENDANCE_ROLES
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.labels import sessions as labels
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.sessions import attendee_adds, attendee_consent, empty_minutes
from desktop.ui.sessions.delegates import ChoiceDelegate
from desktop.ui.sessions.minutes_sections import TableSection
from desktop.ui.widgets.new_person import add_new_person

if TYPE_CHECKING:
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor

NEW_PERSON_ROLE = attendee_adds.NEW_PERSON_ROLE  # a new person's, until changed in the table


def build(editor: RoundtableEditor) -> None:
    editor.attendance_model = ColumnTableModel(
        [
            Column(lambda: QCoreApplication.translate("RoundtableEditor", "Attendee"), editor._attendee_name),
            Column.field("role", lambda: QCoreApplication.translate("RoundtableEditor", "Role"), labels.role),
            Column(attendee_consent.header, lambda row: attendee_consent.word(editor, row)),
        ],
        {"participant_id": None, "organisation_id": None, "role": "cso", "seat": 0},
        editor,
    )
    editor.attendance = TableSection(
        editor.attendance_model, lambda: QCoreApplication.translate("RoundtableEditor", "Add o&rganisation…"),
        lambda: QCoreApplication.translate("RoundtableEditor", "Attendance"), editor, empty_minutes.ATTENDANCE
    )
    editor.attendance.view.setItemDelegateForColumn(1, ChoiceDelegate(ATTENDANCE_ROLES, labels.role, editor))
    # The role and the consent wrap past their shares of the table (attendee_consent.share_columns).
    attendee_consent.share_columns(editor.attendance)
    editor.attendance.add_button.clicked.connect(editor.add_organisation)
    editor.add_participant_button = QPushButton(editor)
    editor.add_participant_button.clicked.connect(editor.add_participant)
    editor.attendance.buttons.insert(1, editor.add_participant_button)
    # Someone who comes without having been in a focus group gets their pseudonym here, as there.
    editor.new_person_button = QPushButton(editor)
    editor.new_person_button.setObjectName("new_person")
    editor.new_person_button.clicked.connect(editor.new_person)
    editor.attendance.buttons.insert(2, editor.new_person_button)
    # A participant who attends must consent before the minutes can be final: recorded here, for
    # the attendee chosen in the table (the finalise list leads to that row).
    editor.consent_button = QPushButton(editor)
    editor.consent_button.setObjectName("record_consent")
    editor.consent_button.clicked.connect(lambda: editor.record_consent())
    editor.attendance.buttons.insert(3, editor.consent_button)
    editor.attendance.view.selectionModel().currentChanged.connect(lambda *_: update_consent_button(editor))
    editor.consent_dialog_class = ConsentDialog


def add_attendee(editor: RoundtableEditor, *, organisation_id: str | None = None, participant_id: str | None = None,
                 role: str = "cso", name: str = "", attendance_id: str | None = None) -> None:
    """``attendance_id``: the row is stored already (a new person), the next save updates it."""
    if name:
        editor._names[organisation_id or participant_id or ""] = name
    row = editor.attendance_model.add(organisation_id=organisation_id, participant_id=participant_id, role=role,
                                      id=attendance_id)
    editor.attendance.view.setCurrentIndex(editor.attendance_model.index(row, 0))  # the new attendee is chosen
    update_consent_button(editor)


def new_person(editor: RoundtableEditor) -> None:
    """A person who is nobody's participant yet: made with this roundtable's pseudonym, seated, and
    chosen in the table (Record consent acts on them); their role can be changed in its cell."""
    if editor._read_only:
        return
    if not editor.governorate.currentData():
        # The pseudonym is made from it: a person added before it was chosen stayed XXX-RT01-P01,
        # with no governorate, after it was chosen (the code written on their paper consent form).
        editor.save_problem.set_error(lambda: QCoreApplication.translate(
            "RoundtableEditor", "Choose the governorate first: the pseudonym is made from it."))
        editor.tabs.setCurrentIndex(0)
        editor.governorate.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    # The governorate and the attendance rows are stored first: the pseudonym uses them. While the import
    # bar waits, or when the save failed, it would be made from those as stored: said, nobody added.
    if not editor.save_first():
        return

    def added(person: NewAttendee) -> None:
        add_attendee(editor, participant_id=person.participant_id, role=NEW_PERSON_ROLE, name=person.code,
                     attendance_id=person.attendance_id)
        editor.attendance.view.setFocus()

    add_new_person(editor.ctx, editor.session_id, role=NEW_PERSON_ROLE, added=added,
                   refused=editor.save_problem.set_error, editor=editor)


def attendee_participant(editor: RoundtableEditor) -> str | None:
    index = editor.attendance.view.currentIndex()
    rows: list[dict[str, Any]] = editor.attendance_model.rows
    return rows[index.row()].get("participant_id") if index.isValid() and index.row() < len(rows) else None


def update_consent_button(editor: RoundtableEditor) -> None:
    editor.consent_button.setEnabled(attendee_participant(editor) is not None)
