"""Refusals of what a bundle's changes hold: a value that does not fit, a clock that is not the sender's
or is far ahead, and rows the sending laptop may not change.

Part of desktop.sync.errors (import refusals from there).
"""

from __future__ import annotations

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.errors_bundle import BundleError, MalformedBundleError


class BadValueError(MalformedBundleError):
    code = "bad_value"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A change in the bundle holds a value that does not fit its field.")


class OffsetOutsideTextError(BadValueError):
    code = "segment_outside_text"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError", "A coded segment in the bundle lies outside the text it codes. Nothing was imported."
    )


class FutureClockError(BundleError):
    # Exporting again cannot help: the changes keep the time they were recorded with. The same file
    # is accepted once that time is at most a day away (tests/sync/test_clock_ahead.py).
    code = "future_clock"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle holds changes dated more than a day after this computer's clock. Check this computer's "
        "date and time first. If they are right, the sending laptop's date was set ahead when the changes "
        "were recorded: have it set right on that laptop, and keep this bundle file: it can be imported once "
        "that date is at most a day away. Nothing was imported.",
    )


class ForeignClockError(MalformedBundleError):
    code = "foreign_clock"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle holds a change stamped with another device's clock.")


class NotOwnerError(BundleError):
    code = "not_owner"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle changes rows another device created; a field laptop may change only its own rows. "
        "Nothing was imported.",
    )


class PublishedRowError(BundleError):
    code = "published_row"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle changes a consent form, code or organisation published by the centre; these change only "
        "through a team update. Nothing was imported.",
    )


class TeamWideRowError(BundleError):
    code = "team_wide_row"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle creates, changes or deletes a recommendation or its status; only coordinators change "
        "these. Nothing was imported.",
    )


class WithdrawalUndoneError(BundleError):
    code = "withdrawal_undone"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle deletes a participant's consent record or takes back their withdrawal of consent; only a "
        "coordinator can correct these. Nothing was imported.",
    )


class ErasureChangedError(BundleError):
    code = "erasure_changed"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle changes or deletes the record that a participant's data was erased; an erasure is never "
        "taken back. Nothing was imported.",
    )


class ForeignConsentError(BundleError):
    code = "foreign_consent"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle records consent or an erasure for a participant another device registered; a field laptop "
        "records these only for its own participants. Nothing was imported.",
    )
