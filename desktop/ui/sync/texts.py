"""Translated sentences for sync results and refusals.

A refusal's words are written once, in desktop.sync.errors (marked for the catalogue with
QT_TRANSLATE_NOOP); here they are only looked up. A message with facts (a member name, a line
number) that has no translation gives way to its class's general sentence, so an Arabic or Kurdish
screen never shows an English line; in English the specific message is kept.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import EnvironmentProblem
from desktop.sync.deleted_codes import Followed
from desktop.sync.errors import (
    MESSAGE_CONTEXT,
    BundleError,
    CentreRowUnfitError,
    RevokedKeyError,
    default_message_for,
)
from desktop.sync.importer import REVOKED_SINCE, ImportOutcome
from desktop.sync.roles import COORDINATOR, FIELD
from desktop.sync.team_update_outcomes import SENT
from desktop.ui.qt_i18n import active_language
from desktop.ui.widgets.device_name import isolated, isolated_device_name
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.write_failure import write_failure_text

NONE_FOLLOWED = Followed()  # no codings moved or deleted


def isolated_fingerprint(fingerprint: str) -> str:
    """A key fingerprint (or a device id) in a left-to-right isolate (LRI…PDI): read out group by group
    on the phone, it must stand in its order in an Arabic or Kurdish line too. A first group of digits only ("1667 ce66
    …") has no direction of its own after Arabic words, and a right-to-left line showed it last. Its groups
    are joined by no-break spaces: a line that wraps broke it between them, its halves on two lines."""
    return "\u2066" + fingerprint.replace(" ", "\u00a0") + "\u2069"


def refusal(code: str, message: str) -> str:
    translate = QCoreApplication.translate
    if message:
        translated = translate(MESSAGE_CONTEXT, message)
        if translated != message or active_language() == "en":
            return translated
    general = default_message_for(code) or default_message_for("bundle_error")
    return translate(MESSAGE_CONTEXT, general)


def error_message(exc: BaseException) -> str:
    """One translated line for a refused file or a failed sync step; never a traceback."""
    if isinstance(exc, CentreRowUnfitError):  # its sentence names the field: translated, then filled
        return exc.translated(QCoreApplication.translate, isolated)
    if isinstance(exc, BundleError):
        return refusal(exc.code, exc.message)
    if isinstance(exc, OSError):
        return refusal("unreadable", "")
    if isinstance(exc, EnvironmentProblem):  # the disk full, another program's lock: why, not "went wrong"
        return environment_reason(exc)
    return QCoreApplication.translate("SyncTexts", "Something went wrong; nothing was changed.")


def failed(exc: BaseException) -> str:
    """A sync step that failed, in one translated line (the Sync page's and its outbox's)."""
    return QCoreApplication.translate("SyncTexts", "Failed: {reason}").format(reason=error_message(exc))


def stopped_after_updates(exc: BaseException, key_file: bool = False) -> str:
    """A laptop's import that stopped once the team updates on the stick were applied (their lines just
    above), before any bundle was read, in one translated line: which file could not be read (an OSError's:
    a folder that cannot be listed, a file on a stick pulled out), else at what step and why (the team key
    file being read when ``key_file``; the database locked). It said only "Failed: …", as if nothing had
    been done, and not where. A file's name only, never a participant's words."""
    translate = QCoreApplication.translate
    name = os.fsdecode(exc.filename) if isinstance(exc, OSError) and exc.filename else ""
    if name and not key_file:
        return translate("SyncTexts", "{file} could not be read, so the import stopped after the team updates above "
                         "were applied; no bundle was read. Import the files again once this is put right.").format(
            file=shown_path(Path(name).name or name))
    foreseen = isinstance(exc, BundleError | OSError | EnvironmentProblem)
    reason = error_message(exc) if foreseen else translate("ImportReport", "Majlis met an error it did not expect.")
    if key_file:
        return translate("SyncTexts", "The import stopped after the team updates above were applied, while the team "
                         "key file was read: {reason} No bundle was read.").format(reason=reason)
    return translate("SyncTexts", "The import stopped after the team updates above were applied, before any bundle "
                     "was read: {reason} Import the files again once this is put right.").format(reason=reason)


def write_failed(exc: BaseException) -> str:
    """A file this page writes (a bundle, a team update) that could not be written: why, for a write
    (a write-protected stick, a full disk), not "The file cannot be read", which an OSError otherwise
    reads as (``error_message``: the files it imports). The database's disk full or locked: the file was
    taken back (a bundle or team update the database could not count), and the line says so."""
    if isinstance(exc, OSError | EnvironmentProblem):
        return QCoreApplication.translate("SyncTexts", "Failed: {reason}").format(reason=write_failure_text(exc))
    return failed(exc)


def take_words() -> str:
    """The roster's button that takes a bundle a revoked (lost) laptop wrote before it was lost (roster_take)."""
    return QCoreApplication.translate("RosterPanel", "Take a bundle it wrote before it was lost…")


def outcome_line(outcome: ImportOutcome, file_name: str, number: Callable[[int], str] = str, *,
                 take_revoked: bool = False) -> str:
    """``number`` formats counts with the user's digits (LanguageManager.format_number). ``take_revoked``:
    the roster's Take button is on this page (the centre's): a file refused for its revoked key says so, as
    one the laptop wrote before it was lost is taken there (and nowhere a coordinator would look for it)."""
    translate = QCoreApplication.translate
    if outcome.status == "imported":
        # Counts in a form that needs no plural (see translations/glossary.md), in the user's digits.
        line = translate("SyncTexts", "{file}: imported (new changes: {changes}, conflicts: {conflicts})")
        return line.format(file=file_name, changes=number(outcome.new_changes), conflicts=number(outcome.conflicts))
    if outcome.status == "already_present" and outcome.code == REVOKED_SINCE:  # a lost laptop's, read again
        return translate("SyncTexts", "{file}: already present (signed by the key of device {device}, revoked since "
                         "it was imported; nothing was changed)").format(
            file=file_name, device=isolated_device_name(outcome.device_name, outcome.device_id))
    if outcome.status == "already_present":
        return translate("SyncTexts", "{file}: already present").format(file=file_name)
    if outcome.status == "held" and outcome.new_key:  # a revoked laptop's restored backup, signing anew
        return (translate("SyncTexts", "{file}: already waiting for approval (a new key of device {device}, revoked on the roster)")
                if outcome.already_waiting else translate(
                    "SyncTexts", "{file}: held for approval (a new key of device {device}, revoked on the roster: compare its "
                    "fingerprint with the facilitator, then approve or reject it)")).format(
            file=file_name, device=isolated_device_name(outcome.device_name, outcome.device_id))
    if outcome.status == "held" and outcome.already_waiting:  # imported again: nothing more is waiting
        return translate("SyncTexts", "{file}: already waiting for approval (device {device} is not on the roster)"
                         ).format(file=file_name, device=isolated_device_name(outcome.device_name, outcome.device_id))
    if outcome.status == "held":
        return translate("SyncTexts", "{file}: held for approval (device {device} is not on the roster)").format(
            file=file_name, device=isolated_device_name(outcome.device_name, outcome.device_id))
    line = translate("SyncTexts", "{file}: refused: {reason}").format(
        file=file_name, reason=refusal(outcome.code, outcome.message))
    if take_revoked and outcome.code == RevokedKeyError.code:
        line += " " + translate(
            "SyncTexts", "If the laptop wrote this file before it was lost, select the laptop under Devices on "
            "the roster and press “{button}”.").format(button=take_words())
    return line


def team_update_line(file_name: str, status: str, sequence: int, changed: int, code: str, message: str,
                     number: Callable[[int], str] = str, *, role: str = "", retired: int = 0,
                     codings: Followed = NONE_FOLLOWED, applied: int = 0, forms: tuple[int, int] = (0, 0),
                     new_key: bool = False) -> str:
    """One team update file's outcome on a laptop: applied, already applied ("stale"), older than the one
    applied here and not applied (``applied``: that one's number), refused, or a folder holding
    none ("empty"); at the centre, its own, skipped ("own"); a field laptop's own bundle (``SENT``); ``role``: this
    laptop's role when the update made it a coordinator or no longer one, ``retired``: how many of its own
    codes the centre merged or deleted, ``codings``: its codings moved and deleted with codes merged or
    deleted there (each said on the same line: a code, or a passage's highlight, gone with no word was
    taken for a fault); ``forms``: consent forms of which a newer version arrived, and this laptop's
    participants it marked for re-consent (consents taken stay on the version signed); ``new_key``: the centre
    made a new team key, to which this laptop's next bundles are encrypted."""
    translate = QCoreApplication.translate
    if status == "applied":
        line = translate("SyncTexts", "{file}: team update {number} applied (rows changed: {changed})")
        line = line.format(file=file_name, number=number(sequence), changed=number(changed))
        if retired:
            line += " \u2014 " + translate(
                "SyncTexts", "Codes made on this laptop that the centre merged into others or deleted: "
                "{count}. Their codings were moved or deleted with them.").format(count=number(retired))
        if codings.removed:
            line += " \u2014 " + translate(
                "SyncTexts", "This laptop's codings with codes the centre deleted: {count}, deleted with them."
            ).format(count=number(codings.removed))
        if codings.moved:
            line += " \u2014 " + translate(
                "SyncTexts", "This laptop's codings with codes the centre merged into others: {count}, moved to "
                "those codes.").format(count=number(codings.moved))
        if forms[0]:
            line += " \u2014 " + translate(
                "SyncTexts", "A new version of the consent form: new consents use it; consents already taken keep "
                "the version signed. Participants to ask again: {count}.").format(count=number(forms[1]))
        if new_key:
            line += " \u2014 " + translate(
                "SyncTexts", "The centre made a new team key: this laptop's next bundles are encrypted to it.")
        if role == COORDINATOR:
            line += " \u2014 " + translate(
                "SyncTexts", "The centre's roster now names this laptop a coordinator: it receives and merges "
                "bundles (Receive and merge, below).")
        elif role == FIELD:
            line += " \u2014 " + translate(
                "SyncTexts", "The centre's roster no longer names this laptop a coordinator: bundles are no longer "
                "merged here.")
        return line
    if status == "own":  # at the centre: one it wrote for the laptops, on the stick that came back
        return translate("SyncTexts", "{file}: skipped: this centre's own team update, written here for the "
                         "laptops (the centre does not apply team updates).").format(file=file_name)
    if status == SENT:  # a field laptop's own bundle on its stick: nothing wrong (the CLI's SENT_FROM_HERE)
        return translate("SyncTexts", "{file}: sent from this laptop, for the centre to merge; nothing to do "
                         "here.").format(file=file_name)
    if status == "empty":  # a folder (a USB stick) given to a laptop, without the file looked for
        return translate("SyncTexts", "{file}: no team update in this folder or its subfolders; nothing was "
                         "changed.").format(file=file_name)
    if status == "stale":
        return translate("SyncTexts", "{file}: already applied: team update {number} is the one applied here; "
                         "nothing was changed.").format(file=file_name, number=number(sequence))
    if status == "older":  # never applied: an older file left on the stick, not one "already applied"
        return translate("SyncTexts", "{file}: not applied: team update {number} is older than the one already "
                         "applied here (team update {applied}); nothing was changed.").format(
            file=file_name, number=number(sequence), applied=number(applied))
    return translate("SyncTexts", "{file}: refused: {reason}").format(file=file_name, reason=refusal(code, message))
