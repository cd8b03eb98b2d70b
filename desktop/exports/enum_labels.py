"""Names of stored keys (session kind, gender, setting, language, status, consent method...) in a
chosen language, for documents written without Qt (workbooks, PDFs, REFI-QDA projects).

The source texts and contexts are the ones the screens already use ("labels", "Demographics",
"ConsentModels"), so each word is in the one catalogue once and translated once: a workbook says
what the screen says. A key this version does not know (a newer Majlis, a hand-edited bundle) is
written as it is, never dropped.
"""

from __future__ import annotations

from desktop.core.reference import GOVERNORATE_BY_KEY
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

Entry = tuple[str, str]  # (context, English source)

_KIND: dict[str, Entry] = {
    "roundtable": ("labels", QT_TRANSLATE_NOOP("labels", "Roundtable")),
    "focus_group": ("labels", QT_TRANSLATE_NOOP("labels", "Focus group")),
}
_STATUS: dict[str, Entry] = {
    "draft": ("labels", QT_TRANSLATE_NOOP("labels", "Draft")),
    "final": ("labels", QT_TRANSLATE_NOOP("labels", "Final")),
    "locked": ("labels", QT_TRANSLATE_NOOP("labels", "Locked")),
}
_ROLE: dict[str, Entry] = {
    "provincial_council_member": ("labels", QT_TRANSLATE_NOOP("labels", "Member of the provincial council")),
    "ministry_official": ("labels", QT_TRANSLATE_NOOP("labels", "Ministry official")),
    "cso": ("labels", QT_TRANSLATE_NOOP("labels", "Civil-society organisation")),
    "media": ("labels", QT_TRANSLATE_NOOP("labels", "Media")),
    "community_leader": ("labels", QT_TRANSLATE_NOOP("labels", "Community leader")),
    "academic": ("labels", QT_TRANSLATE_NOOP("labels", "Academic")),
    "citizen": ("labels", QT_TRANSLATE_NOOP("labels", "Citizen")),
}
_ACTION_STATUS: dict[str, Entry] = {
    "open": ("labels", QT_TRANSLATE_NOOP("labels", "Open")),
    "in_progress": ("labels", QT_TRANSLATE_NOOP("labels", "In progress")),
    "done": ("labels", QT_TRANSLATE_NOOP("labels", "Done")),
    "dropped": ("labels", QT_TRANSLATE_NOOP("labels", "Dropped")),
}
_GENDER: dict[str, Entry] = {
    "female": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "female")),
    "male": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "male")),
    "other": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "other")),
    "undisclosed": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "prefers not to say")),
}
_SETTING: dict[str, Entry] = {
    "urban": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "urban")),
    "rural": ("Demographics", QT_TRANSLATE_NOOP("Demographics", "rural")),
}
_METHOD: dict[str, Entry] = {
    "on_screen": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Signed on screen")),
    "paper": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Paper form")),
    "verbal_witness": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Verbal, witnessed")),
    "thumbprint_witness": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Thumbprint, witnessed")),
}
_SCOPE: dict[str, Entry] = {
    "all": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "all data")),
    "quotes": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "quotes only")),
}
_LANGUAGE: dict[str, Entry] = {
    "ar": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Arabic")),
    "ckb": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Kurdish (Sorani)")),
    "en": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "English")),
}
# Consent forms by their key: the screen's words for them (ConsentModels), never "session-consent".
_FORM: dict[str, Entry] = {
    "session-consent": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Team form")),
    "builtin-consent": ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Built-in form")),
}
_CLAUSE: dict[str, Entry] = {
    "participate": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Take part")),
    "audio": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Audio")),
    "quote": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Quotes")),
    "photo": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Photos")),
    "share": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Share")),
    "contact": ("ExportLabels", QT_TRANSLATE_NOOP("ExportLabels", "Contact")),
}

TABLES: dict[str, dict[str, Entry]] = {
    "kind": _KIND,
    "status": _STATUS,
    "role": _ROLE,
    "action_status": _ACTION_STATUS,
    "gender": _GENDER,
    "setting": _SETTING,
    "method": _METHOD,
    "scope": _SCOPE,
    "language": _LANGUAGE,
    "clause": _CLAUSE,
    "form": _FORM,
}


# A field laptop's own consent form, not the team's (``desktop.core.form_publishers``): the Consent page's words.
OWN_TEAM_KEY_FORM = ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "Own form of %1"))
OWN_FORM = ("ConsentModels", QT_TRANSLATE_NOOP("ConsentModels", "%1 (own form of %2)"))


def form_name(key: str, owner: tuple[str, bool] | None, lang: str) -> str:
    """A consent form's name in ``lang``, with the field laptop whose own form it is (``owner``: its label,
    and whether it is this laptop; None for the team's): never "Team form" for a laptop's own
    ``session-consent``. This laptop's own built-in or other form keeps its plain name."""
    if owner is None or (owner[1] and key != "session-consent"):
        return enum_label("form", key, lang)
    if key == "session-consent":
        return translate(lang, *OWN_TEAM_KEY_FORM).replace("%1", owner[0])
    return translate(lang, *OWN_FORM).replace("%1", enum_label("form", key, lang)).replace("%2", owner[0])


def enum_label(field: str, key: object, lang: str) -> str:
    """``key`` of ``field`` (one of :data:`TABLES`) in ``lang``; an unknown key as text."""
    text = "" if key is None else str(key)
    entry = TABLES[field].get(text)
    return translate(lang, *entry) if entry is not None else text


def governorate(key: object, lang: str) -> str:
    text = "" if key is None else str(key)
    gov = GOVERNORATE_BY_KEY.get(text)
    return gov.name(lang) if gov else text
