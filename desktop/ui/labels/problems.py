"""What a session's problems (desktop.core.validation codes) say, written once for every screen.

The roundtable editor, the focus-group header and the finalise blockers list all show the same
problems; one wording each keeps them consistent and gives translators one string per message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.core.validation import Problem

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


def message(code: str) -> str:
    """One sentence for the problem ``code``, shown under the field or after its name."""
    return {
        "required": translate("problems", "Needed before the session can be finalised."),
        "bad_time": translate("problems", "Write the time as HH:MM, for example 09:30."),
        "end_before_start": translate("problems", "The end time is before the start time."),
        "future_final": translate("problems", "A finalised session cannot be dated in the future."),
        # Typed into the date box, which takes no earlier year (its first date stands for "no date yet").
        "too_early": translate("problems", "A session cannot be dated before 2000: type the year it was held."),
        # Typed into the date box, which ends ten years after today (a slip of the year: 2062 for 2026).
        "too_late": translate("problems", "A session cannot be dated more than ten years ahead: check the year."),
        "unknown_governorate": translate("problems", "Unknown governorate."),
        "consent_missing": translate("problems", "No consent recorded."),
        "consent_refused": translate("problems", "Consent refused."),
    }.get(code) or translate("problems", "This value is not valid.")


def field_name(field: str) -> str:
    """The label of a session field; anything else (a participant's pseudonym) as it is."""
    return {
        "title": translate("problems", "Title"),
        "date": translate("problems", "Date"),
        "governorate": translate("problems", "Governorate"),
        "start_time": translate("problems", "Start"),
        "end_time": translate("problems", "End"),
    }.get(field, field)


def line(problem: Problem, name: Callable[[str], str] = field_name) -> str:
    """"Field: message", for a list of blockers; ``name`` says the field (the roundtable editor's list
    says it as the labels of its form do)."""
    return f"{name(problem.field).replace('&', '')}: {message(problem.code)}"
