"""Translated names of reference codes (kinds, statuses, roles...) shared by the session screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.reference import GOVERNORATE_BY_KEY, GOVERNORATES

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


def kind(code: str) -> str:
    return {"roundtable": translate("labels", "Roundtable"), "focus_group": translate("labels", "Focus group")}.get(code, code)


def status(code: str) -> str:
    return {"draft": translate("labels", "Draft"), "final": translate("labels", "Final"), "locked": translate("labels", "Locked")}.get(code, code)


def role(code: str) -> str:
    return {
        "provincial_council_member": translate("labels", "Member of the provincial council"),
        "ministry_official": translate("labels", "Ministry official"),
        "cso": translate("labels", "Civil-society organisation"),
        "media": translate("labels", "Media"),
        "community_leader": translate("labels", "Community leader"),
        "academic": translate("labels", "Academic"),
        "citizen": translate("labels", "Citizen"),
    }.get(code, code)


def field(name: str) -> str:
    """A session's field (or a child row's) as the editors call it: "Note-taker", never the column
    name "note_taker". The roundtable editor's labels and the audit trail both say it this way."""
    return {
        "kind": translate("labels", "Kind"),
        "title": translate("labels", "Title"),
        "date": translate("labels", "Date"),
        "start_time": translate("labels", "Start time"),
        "end_time": translate("labels", "End time"),
        "governorate": translate("labels", "Governorate"),
        "venue": translate("labels", "Venue"),
        "language": translate("labels", "Language"),
        "facilitator": translate("labels", "Facilitator"),
        "note_taker": translate("labels", "Note-taker"),
        "status": translate("labels", "Status"),
        "number": translate("labels", "Number"),
        "summary": translate("labels", "Summary"),
        "participant_id": translate("labels", "Participant"),
        "organisation_id": translate("labels", "Organisation"),
        "role": translate("labels", "Role"),
        "seat": translate("labels", "Seat"),
        "position": translate("labels", "Order"),
        "notes": translate("labels", "Notes"),
        "text": translate("labels", "Text"),
        "what": translate("labels", "Action"),
        "owner": translate("labels", "Owner"),
        "due_date": translate("labels", "Due date"),
        "timestamp": translate("labels", "Time"),
    }.get(name, name)


def action_status(code: str) -> str:
    return {
        "open": translate("labels", "Open"),
        "in_progress": translate("labels", "In progress"),
        "done": translate("labels", "Done"),
        "dropped": translate("labels", "Dropped"),
    }.get(code, code)


def organisation_kind(code: str) -> str:
    return {
        "cso": translate("labels", "Civil-society organisation"),
        "federation": translate("labels", "Federation"),
        "media": translate("labels", "Media"),
        "legislative": translate("labels", "Legislative authority"),
        "executive": translate("labels", "Executive authority"),
    }.get(code, code)


def governorate(key: str, lang: str) -> str:
    gov = GOVERNORATE_BY_KEY.get(key)
    return gov.name(lang) if gov else key


def governorate_names(lang: str) -> dict[str, str]:
    return {g.key: g.name(lang) for g in GOVERNORATES}
