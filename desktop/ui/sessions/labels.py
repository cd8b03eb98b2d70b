"""Translated names of reference codes (kinds, statuses, roles...) shared by the session screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.reference import GOVERNORATE_BY_KEY, GOVERNORATES


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind(code: str) -> str:
    return {"roundtable": _t("Roundtable"), "focus_group": _t("Focus group")}.get(code, code)


def status(code: str) -> str:
    return {"draft": _t("Draft"), "final": _t("Final"), "locked": _t("Locked")}.get(code, code)


def role(code: str) -> str:
    return {
        "provincial_council_member": _t("Member of the provincial council"),
        "ministry_official": _t("Ministry official"),
        "cso": _t("Civil-society organisation"),
        "media": _t("Media"),
        "community_leader": _t("Community leader"),
        "academic": _t("Academic"),
        "citizen": _t("Citizen"),
    }.get(code, code)


def action_status(code: str) -> str:
    return {
        "open": _t("Open"),
        "in_progress": _t("In progress"),
        "done": _t("Done"),
        "dropped": _t("Dropped"),
    }.get(code, code)


def organisation_kind(code: str) -> str:
    return {
        "cso": _t("Civil-society organisation"),
        "federation": _t("Federation"),
        "media": _t("Media"),
        "legislative": _t("Legislative authority"),
        "executive": _t("Executive authority"),
    }.get(code, code)


def governorate(key: str, lang: str) -> str:
    gov = GOVERNORATE_BY_KEY.get(key)
    return gov.name(lang) if gov else key


def governorate_names(lang: str) -> dict[str, str]:
    return {g.key: g.name(lang) for g in GOVERNORATES}
