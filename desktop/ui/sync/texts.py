"""Translated sentences for import outcomes, by the stable codes of desktop.sync.errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.sync.importer import ImportOutcome


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncTexts", text)


def refusal(code: str, fallback: str) -> str:
    texts = {
        "not_a_bundle": _t("This is not a Majlis bundle."),
        "corrupted": _t("The bundle is damaged or incomplete; ask for it to be sent again."),
        "truncated": _t("The bundle is incomplete (cut short); ask for it to be sent again."),
        "wrong_identity": _t("This bundle was not encrypted for the team key loaded here."),
        "no_identity": _t("No team key is loaded: choose the team key file first."),
        "malformed": _t("The bundle's content is not laid out as a Majlis bundle."),
        "unsafe_path": _t("The bundle contains a file with an unsafe name."),
        "too_large": _t("The bundle, or a file inside it, is larger than allowed."),
        "newer_format": _t("This bundle was made by a newer Majlis: update Majlis."),
        "newer_schema": _t("This bundle was made by a newer Majlis: update Majlis."),
        "bad_signature": _t("The bundle's signature does not match: it was altered or forged."),
        "impostor_device": _t("The bundle is signed with a key other than the one known for this device."),
        "wrong_team": _t("This bundle belongs to another team."),
        "recipient_mismatch": _t("The bundle was re-encrypted: it was not signed for this team."),
        "unexpected_member": _t("The bundle contains a file its manifest does not list."),
        "missing_member": _t("A file listed in the bundle's manifest is missing."),
        "hash_mismatch": _t("A file inside the bundle does not match its hash."),
        "count_mismatch": _t("The bundle's counts do not match its content."),
        "seq_clash": _t("A change number of this device was already received with different content."),
        "not_enrolled": _t("This database has not joined a team yet."),
        "unreadable": _t("The file cannot be read."),
        "bad_value": _t("A change in the bundle holds a value that does not fit its field."),
        "future_clock": _t("The bundle holds changes dated more than a day ahead of this computer's clock: "
                           "check the date and time of the sending laptop, then export again."),
        "foreign_clock": _t("The bundle holds a change stamped with another device's clock."),
        "not_owner": _t("The bundle changes rows another device created; a field laptop may change only its "
                        "own rows. Nothing was imported."),
        "published_row": _t("The bundle changes a consent form, code or organisation published by the centre; "
                            "these change only through a team update. Nothing was imported."),
        "not_on_roster": _t("The sending device is not on this centre's roster."),
        "not_pending": _t("This device no longer waits for approval."),
        "held": _t("Held for approval: the sending device is not on the roster. Compare its key "
                   "fingerprint with the facilitator, then approve or reject it."),
    }
    return texts.get(code, fallback)


def outcome_line(outcome: ImportOutcome, file_name: str) -> str:
    if outcome.status == "imported":
        return _t("{file}: imported ({count} new changes, {conflicts} conflicts)").format(
            file=file_name, count=outcome.new_changes, conflicts=outcome.conflicts
        )
    if outcome.status == "already_present":
        return _t("{file}: already present").format(file=file_name)
    if outcome.status == "held":
        return _t("{file}: held for approval (device {device} is not on the roster)").format(
            file=file_name, device=outcome.device_name or outcome.device_id[-8:])
    return _t("{file}: refused: {reason}").format(file=file_name, reason=refusal(outcome.code, outcome.message))
