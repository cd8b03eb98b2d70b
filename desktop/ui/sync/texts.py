"""Translated sentences for import outcomes, by the stable codes of desktop.sync.errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.sync.importer import ImportOutcome


# Each sentence is a literal QCoreApplication.translate("SyncTexts", ...) call so that
# pyside6-lupdate extracts it into the catalogue (a call through a helper would hide it).
def refusal(code: str, fallback: str) -> str:
    texts = {
        "not_a_bundle": QCoreApplication.translate("SyncTexts", "This is not a Majlis bundle."),
        "corrupted": QCoreApplication.translate("SyncTexts", "The bundle is damaged or incomplete; ask for it to be sent again."),
        "truncated": QCoreApplication.translate("SyncTexts", "The bundle is incomplete (cut short); ask for it to be sent again."),
        "wrong_identity": QCoreApplication.translate("SyncTexts", "This bundle was not encrypted for the team key loaded here."),
        "no_identity": QCoreApplication.translate("SyncTexts", "No team key is loaded: choose the team key file first."),
        "malformed": QCoreApplication.translate("SyncTexts", "The bundle's content is not laid out as a Majlis bundle."),
        "unsafe_path": QCoreApplication.translate("SyncTexts", "The bundle contains a file with an unsafe name."),
        "too_large": QCoreApplication.translate("SyncTexts", "The bundle, or a file inside it, is larger than allowed."),
        "newer_format": QCoreApplication.translate("SyncTexts", "This bundle was made by a newer Majlis: update Majlis."),
        "newer_schema": QCoreApplication.translate("SyncTexts", "This bundle was made by a newer Majlis: update Majlis."),
        "bad_signature": QCoreApplication.translate("SyncTexts", "The bundle's signature does not match: it was altered or forged."),
        "impostor_device": QCoreApplication.translate("SyncTexts", "The bundle is signed with a key other than the one known for this device."),
        "wrong_team": QCoreApplication.translate("SyncTexts", "This bundle belongs to another team."),
        "recipient_mismatch": QCoreApplication.translate("SyncTexts", "The bundle was re-encrypted: it was not signed for this team."),
        "unexpected_member": QCoreApplication.translate("SyncTexts", "The bundle contains a file its manifest does not list."),
        "missing_member": QCoreApplication.translate("SyncTexts", "A file listed in the bundle's manifest is missing."),
        "hash_mismatch": QCoreApplication.translate("SyncTexts", "A file inside the bundle does not match its hash."),
        "count_mismatch": QCoreApplication.translate("SyncTexts", "The bundle's counts do not match its content."),
        "seq_clash": QCoreApplication.translate("SyncTexts", "A change number of this device was already received with different content."),
        "not_enrolled": QCoreApplication.translate("SyncTexts", "This database has not joined a team yet."),
        "unreadable": QCoreApplication.translate("SyncTexts", "The file cannot be read."),
        "bad_value": QCoreApplication.translate("SyncTexts", "A change in the bundle holds a value that does not fit its field."),
        "future_clock": QCoreApplication.translate("SyncTexts", "The bundle holds changes dated more than a day ahead of this computer's clock: "
                           "check the date and time of the sending laptop, then export again."),
        "foreign_clock": QCoreApplication.translate("SyncTexts", "The bundle holds a change stamped with another device's clock."),
        "not_owner": QCoreApplication.translate("SyncTexts", "The bundle changes rows another device created; a field laptop may change only its "
                        "own rows. Nothing was imported."),
        "published_row": QCoreApplication.translate("SyncTexts", "The bundle changes a consent form, code or organisation published by the centre; "
                            "these change only through a team update. Nothing was imported."),
        "not_on_roster": QCoreApplication.translate("SyncTexts", "The sending device is not on this centre's roster."),
        "not_pending": QCoreApplication.translate("SyncTexts", "This device no longer waits for approval."),
        "held": QCoreApplication.translate("SyncTexts", "Held for approval: the sending device is not on the roster. Compare its key "
                   "fingerprint with the facilitator, then approve or reject it."),
    }
    return texts.get(code, fallback)


def outcome_line(outcome: ImportOutcome, file_name: str) -> str:
    if outcome.status == "imported":
        return QCoreApplication.translate("SyncTexts", "{file}: imported ({count} new changes, {conflicts} conflicts)").format(
            file=file_name, count=outcome.new_changes, conflicts=outcome.conflicts
        )
    if outcome.status == "already_present":
        return QCoreApplication.translate("SyncTexts", "{file}: already present").format(file=file_name)
    if outcome.status == "held":
        return QCoreApplication.translate("SyncTexts", "{file}: held for approval (device {device} is not on the roster)").format(
            file=file_name, device=outcome.device_name or outcome.device_id[-8:])
    return QCoreApplication.translate("SyncTexts", "{file}: refused: {reason}").format(file=file_name, reason=refusal(outcome.code, outcome.message))
