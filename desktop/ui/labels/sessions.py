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
