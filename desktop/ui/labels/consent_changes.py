"""What changed in the consent form since the version a participant agreed to, in the interface language:
the words of the consent dialog's note (re-consent) and of the Participants page's "re-consent needed"
tooltip, each clause by its name as the consent register names it (desktop.core.consent_changes compares)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.consent_changes import ADDED, REMOVED, REQUIRED, ClauseChange, FormChanges
from desktop.ui.qt_i18n import shown_number
from desktop.ui.widgets.device_name import unbroken


def clause_name(key: str) -> str:
    names = {"participate": QCoreApplication.translate("ConsentModels", "take part"), "audio": QCoreApplication.translate("ConsentModels", "audio"), "quote": QCoreApplication.translate("ConsentModels", "quotes"),
             "photo": QCoreApplication.translate("ConsentModels", "photos"), "share": QCoreApplication.translate("ConsentModels", "share data"), "contact": QCoreApplication.translate("ConsentModels", "contact")}
    return names.get(key, key)


ISOLATE, END_ISOLATE = "\u2068", "\u2069"  # a clause's words in the form's language, inside the sentence


def _answered(change: ClauseChange) -> str:
    if change.earlier_answer is None:
        return ""
    answer = (QCoreApplication.translate("ConsentForm", "Yes") if change.earlier_answer
              else QCoreApplication.translate("ConsentForm", "No"))
    return " " + QCoreApplication.translate("ReconsentNote", "(answered %1 before)").replace("%1", answer)


def _line(change: ClauseChange) -> str:
    translate = QCoreApplication.translate
    name = clause_name(change.clause_key)
    if change.kind == ADDED:
        return translate("ReconsentNote", "New clause: %1").replace("%1", name)
    if change.kind == REMOVED:
        return translate("ReconsentNote", "Removed clause: %1").replace("%1", name) + _answered(change)
    if change.kind == REQUIRED:
        line = (translate("ReconsentNote", "Now required: %1") if change.required_after
                else translate("ReconsentNote", "No longer required: %1"))
        return line.replace("%1", name) + _answered(change)
    line = translate("ReconsentNote", "Reworded: %1").replace("%1", name) + _answered(change)
    if change.required_after != change.required_before:
        line += " " + (translate("ReconsentNote", "Now required.") if change.required_after
                       else translate("ReconsentNote", "No longer required."))
    return line + " " + translate("ReconsentNote", "It said: %1").replace(
        "%1", f"«{ISOLATE}{change.before}{END_ISOLATE}»")


def changes_text(found: FormChanges, pseudonym: str) -> str:
    """The form's changes since the version ``pseudonym`` agreed to, a line each, in the interface language."""
    translate = QCoreApplication.translate
    lines = [translate("ReconsentNote", "Re-consent: %1 agreed to version %2 of this form; this is version %3.").replace(
        "%1", unbroken(pseudonym)).replace("%2", shown_number(found.agreed_version)).replace(
        "%3", shown_number(found.current_version))]
    if found.changes:
        lines.append(translate("ReconsentNote", "What changed since, to explain:"))
        lines.extend("\u2022 " + _line(change) for change in found.changes)
    else:
        lines.append(translate("ReconsentNote", "No clause changed: only the form's other text may differ."))
    if not found.wording_compared:
        lines.append(translate("ReconsentNote", "The clauses' wording could not be compared: the earlier version is "
                               "not on this device in the language of this one."))
    return "\n".join(lines)
