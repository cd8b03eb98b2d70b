"""The roundtable editor's Add organisation… and Add participant…: a picker that offers only those not
attending yet, or one line saying why there is nothing to offer (desktop/ui/sessions/roundtable_editor.py).

An organisation or a participant chosen again stood twice in the attendance, and twice in the minutes'
PDF and the reports' counts made from it (gender, age band)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core import consent_views, participants
from desktop.core import organisations as orgs
from desktop.ui.operations import read_now
from desktop.ui.sessions import attendee_consent
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.attendee_dialog import AttendeeDialog

if TYPE_CHECKING:
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor

# The role a participant attends in unless chosen otherwise (the editor's New person seats them so too):
# a roundtable's people are seldom officials, who come through their organisation.
NEW_PERSON_ROLE = "citizen"

# Translated under the editor's name: the strings were the editor's. Written out whole in each call, as
# lupdate reads only literal QCoreApplication.translate("Context", "text") calls.


def _none_to_choose(editor: RoundtableEditor, choices: list[tuple[str, str]], text: str) -> bool:
    """An empty list to choose from says where its entries come from, instead of a dialog that offers
    nothing and whose OK does nothing."""
    if choices:
        return False
    QMessageBox.information(editor, QCoreApplication.translate("RoundtableEditor", "Add attendee"), text)
    return True


def _attending(editor: RoundtableEditor, key: str) -> frozenset[str]:
    return frozenset(str(row[key]) for row in editor.attendance_model.rows if row.get(key))


def add_organisation(editor: RoundtableEditor) -> None:
    none = QCoreApplication.translate(
        "RoundtableEditor", "There are no organisations yet. Add them on the Organisations page, then come back here.")
    if _none_to_choose(editor, read_now(editor.ctx, lambda s: orgs.choices(s, limit=1)), none):
        return
    attending = _attending(editor, "organisation_id")
    all_attend = QCoreApplication.translate(
        "RoundtableEditor",
        "Every organisation recorded already attends this roundtable. Add others on the Organisations page.")
    if _none_to_choose(editor, read_now(editor.ctx, lambda s: orgs.choices(s, limit=1, leave_out=attending)),
                       all_attend):
        return

    def find(s: Any, text: str, limit: int) -> list[tuple[str, str]]:
        return orgs.choices(s, text, limit, attending)

    # Found by typing part of the name: the list of the first 5,000 left a centre's others unreachable.
    # The role the attendance table gives an organisation's row: a civil society organisation.
    dialog = AttendeeDialog(editor.ctx, find, editor, kind="organisation",
                            role=str(editor.attendance_model.defaults["role"]))
    if (chosen := _asked(dialog)) is not None:
        (ref_id, role), name = chosen
        editor.add_attendee(organisation_id=ref_id, role=role, name=name)


def _asked(dialog: AttendeeDialog) -> tuple[tuple[str, str], str] | None:
    """What OK chose in ``dialog`` (the id and role, and the name shown), None for Cancel or nothing
    chosen; read before the closed dialog goes (kept, each stayed hidden as the editor's child, one more
    for every attendee added)."""
    def chosen(picker: AttendeeDialog, ok: int) -> tuple[tuple[str, str], str] | None:
        choice = picker.choice() if ok else None
        return (choice, picker.chosen_name()) if choice else None

    return answer_of(dialog, chosen)


def add_participant(editor: RoundtableEditor) -> None:
    none = QCoreApplication.translate(
        "RoundtableEditor", "There are no participants yet. Add someone who attends with New person: they get a "
        "pseudonym of this roundtable.")
    if _none_to_choose(editor, read_now(editor.ctx, lambda s: participants.choices(s, limit=1)), none):
        return
    attending = _attending(editor, "participant_id")
    all_attend = QCoreApplication.translate(
        "RoundtableEditor", "Everyone recorded already attends this roundtable. Add someone else with New person.")
    if _none_to_choose(editor, read_now(editor.ctx, lambda s: participants.choices(s, limit=1, leave_out=attending)),
                       all_attend):
        return
    # Nor those who withdrew everything: no consent can be recorded for them again (they were seated
    # without a word, and the minutes made final with no consent).
    attending |= read_now(editor.ctx, consent_views.withdrew_everything)
    all_withdrawn = QCoreApplication.translate(
        "RoundtableEditor", "Everyone else recorded has withdrawn their consent, and no consent can be recorded for "
        "them again. Add someone who attends with New person.")
    if _none_to_choose(editor, read_now(editor.ctx, lambda s: participants.choices(s, limit=1, leave_out=attending)),
                       all_withdrawn):
        return

    def find(s: Any, text: str, limit: int) -> list[tuple[str, str]]:
        return participants.choices(s, text, limit, attending)

    # Found by typing part of the pseudonym; a citizen, as New person seats them, unless chosen otherwise.
    dialog = AttendeeDialog(editor.ctx, find, editor, role=NEW_PERSON_ROLE)
    if (chosen := _asked(dialog)) is not None:
        (ref_id, role), name = chosen
        editor.add_attendee(participant_id=ref_id, role=role, name=name)
        attendee_consent.refresh(editor)  # a consent they gave this roundtable before: said, not "no consent"
