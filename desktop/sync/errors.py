"""Why a bundle or team file was refused.

Every refusal is a BundleError subclass with a stable ``code``: the UI and the CLI translate by code,
so the codes never change once released; the English message is for logs and the CLI. Messages never
carry participant data, only facts about the file (sizes, member names, ids).
"""

from __future__ import annotations

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

# The translation context of every refusal: the UI shows ``QCoreApplication.translate(MESSAGE_CONTEXT,
# default_message)``; ``majlis-cli --lang`` reads the same catalogue.
MESSAGE_CONTEXT = "BundleError"



class BundleError(Exception):
    """A bundle or team file that must not be used. Nothing was written anywhere."""

    code = "bundle_error"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The file cannot be used.")

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class NotABundleError(BundleError):
    code = "not_a_bundle"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This is not a Majlis bundle (it is not an age-encrypted file).")


class CorruptedBundleError(BundleError):
    code = "corrupted"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle is damaged or incomplete (altered or cut short on the way); ask for it to be sent again."
    )


class TruncatedBundleError(CorruptedBundleError):
    # A subclass: age cannot always tell a short file from a damaged one, so callers that do not
    # care about the difference catch CorruptedBundleError.
    code = "truncated"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle is incomplete (cut short); ask for it to be sent again.")


class TruncatedTeamUpdateError(TruncatedBundleError):
    code = "truncated_update"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The team update is incomplete (cut short, as when copying it to the stick was interrupted): copy it "
        "again from the centre. Nothing was changed.")


class TruncatedTeamFileError(TruncatedBundleError):
    code = "truncated_team_file"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The team file is incomplete (cut short, as when copying it was interrupted): ask the coordinator for "
        "it again. Nothing was changed.")


class WrongIdentityError(BundleError):
    code = "wrong_identity"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This bundle was not encrypted for any of the team keys loaded here "
        "(wrong team key, or a damaged file header)."
    )


class OtherTeamBundleError(WrongIdentityError):
    """A bundle no team key here opens, whose file name (as Majlis names bundles) says another team made
    it: "wrong team key" sent coordinators looking for a key they never had."""
    code = "other_team_bundle"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This bundle's file name says it comes from another team, and it was not encrypted for this team's "
        "keys: give it to that team's centre. Nothing was changed."
    )


class NoIdentityError(WrongIdentityError):
    code = "no_identity"
    default_message = QT_TRANSLATE_NOOP("BundleError", "No team key is loaded, so bundles cannot be opened on this computer.")


class NotMergedHereError(BundleError):
    """A bundle of changes given to the app on a field laptop (opened with it, dropped on it): bundles
    are merged at the centre and on a laptop the centre's roster names a coordinator."""
    code = "not_merged_here"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError", "Bundles are not merged on this laptop: they are merged at the centre, or on a laptop the "
        "centre names a coordinator. Nothing was imported.")


class MalformedBundleError(BundleError):
    code = "malformed"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle's content is not laid out as a Majlis bundle.")


class UnsafePathError(BundleError):
    code = "unsafe_path"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle contains a file with an unsafe name or a link.")


class TooLargeError(BundleError):
    code = "too_large"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle, or a file inside it, is larger than allowed.")


class NewerFormatError(BundleError):
    code = "newer_format"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This file was made by a newer Majlis: update Majlis to open it.")


class BadSignatureError(BundleError):
    code = "bad_signature"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle's signature does not match its content: it was altered or forged.")


class ImpostorDeviceError(BundleError):
    code = "impostor_device"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle is signed with a key other than the one known for this device.")


class WrongTeamError(BundleError):
    code = "wrong_team"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This bundle belongs to another team.")


class OtherTeamUpdateError(WrongTeamError):
    code = "other_team_update"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update is another team's (signed by that team's centre): apply the updates of the team this "
        "laptop joined. Nothing was changed.")


class RecipientMismatchError(BundleError):
    code = "recipient_mismatch"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle was re-encrypted: it was not signed for this team's keys.")


class UnexpectedMemberError(BundleError):
    code = "unexpected_member"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle contains a file its manifest does not list.")


class MissingMemberError(BundleError):
    code = "missing_member"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A file listed in the bundle's manifest is missing.")


class HashMismatchError(BundleError):
    code = "hash_mismatch"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A file inside the bundle does not match the hash in its manifest.")


class CountMismatchError(BundleError):
    code = "count_mismatch"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle's manifest counts do not match its content.")


class CentralKeyRequiredError(BundleError):
    code = "central_key_required"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A team update can only be applied with the team's enrolled central key.")


class KeyFileError(BundleError):
    code = "bad_key_file"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The key file cannot be read (not an age identity file).")


class WrongKeyPassphraseError(KeyFileError):
    """A passphrase-protected team key (team key export's default) given a passphrase that does not open it."""

    default_message = QT_TRANSLATE_NOOP("BundleError", "The key file cannot be opened with this passphrase.")


class NotATeamFileError(BundleError):
    code = "not_a_team_file"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This is not a Majlis team file.")


class CentralKeyMismatchError(BundleError):
    code = "central_key_mismatch"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This team file is signed by a different central key than the one enrolled.")


class NewerSchemaError(NewerFormatError):
    code = "newer_schema"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This bundle was made by a newer Majlis (newer database schema): update Majlis to import it.")


class SeqClashError(BundleError):
    code = "seq_clash"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A change number of this device was already received with different content.")

    def __init__(self, message: str | None = None, *, device_id: str = "", epoch: str = "",
                 first_seq: int = 0, last_seq: int = 0) -> None:
        super().__init__(message)
        # Kept for the centre's clash list (``bundle status``): which device, which numbers.
        self.device_id, self.epoch, self.first_seq, self.last_seq = device_id, epoch, first_seq, last_seq


class StaleTeamUpdateError(BundleError):
    code = "stale_update"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This team update is older than, or the same as, the one already applied.")

    def __init__(self, message: str | None = None, *, sequence: int = 0, applied_sequence: int = 0,
                 same: bool = True) -> None:
        super().__init__(message)
        # Which it is, for the Sync page's line: the one applied here already (``same``), or one published
        # before it and never applied here (an older file left on the stick), which was not "already applied".
        self.sequence, self.applied_sequence, self.same = sequence, applied_sequence, same


class TwoCentresError(BundleError):
    # Two databases publish the team's updates (the centre's database copied onto a second coordinator's
    # laptop): an update with the number of the one applied but other content, or one of a numbering the
    # centre had left but went on with. Refused as a stale one is; said for what it is.
    code = "two_centres"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update clashes with the one applied here: two databases publish this team's updates (a "
        "copy of the centre's database on another computer?). Only the centre's own database may publish "
        "them; a second coordinator joins the team with the team file instead. Tell your coordinator; "
        "nothing was changed.")


class NotEnrolledError(BundleError):
    code = "not_enrolled"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This database has not joined a team yet: join a team first.")


class CentreAppliesNoUpdateError(BundleError):
    # Applying one of its own older updates would set the centre's update number back, and its next
    # update would go out under a number the laptops have already applied (and refuse as old).
    code = "centre_applies_no_update"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError", "This database is the team's centre: it writes team updates and does not apply them.")


class CentreJoinsNoTeamError(BundleError):
    # The centre made the team: "joining" it again applied the team file's codebook and consent forms
    # over its own (an older team file set them back) and said "joined".
    code = "centre_joins_no_team"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This database is the team's centre: it made this team and does not join it. Nothing was changed. "
        "Join with the team file on a field laptop.")


class OtherTeamError(BundleError):
    code = "other_team"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This database already belongs to another team; a database joins one team only.")


class NoSigningKeyError(BundleError):
    code = "no_signing_key"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This database holds no signing key for this device: join the team first.")


class UnreadableError(BundleError):
    code = "unreadable"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The file cannot be read.")


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


class ClockBehindError(BundleError):
    """Export only: the changes to send are dated more than a day after this laptop's clock now, so
    the centre (with the right date) would refuse the bundle. Nothing is written, nothing moves."""

    code = "clock_behind"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Changes waiting on this laptop are dated more than a day after its clock now, so the centre would "
        "refuse them. No bundle was written; nothing is lost. If this laptop's date and time are wrong, set "
        "them right and export again. If they are right, the date was set ahead when those changes were "
        "recorded: they can be sent once that date is at most a day away; tell your coordinator.",
    )

    def __init__(self, message: str | None = None, *, dated_until_ms: int = 0) -> None:
        super().__init__(message)
        self.dated_until_ms = dated_until_ms  # for the CLI's line: the latest date among them


class NothingToRedateError(BundleError):
    """Re-dating only: no unsent change of this laptop is dated more than a day after its clock."""

    code = "nothing_to_redate"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "No work waits for its date on this laptop: no unsent change is dated more than a day after this "
        "computer's clock. Nothing was changed.",
    )


class RedateBlockedError(BundleError):
    """Re-dating only: changes this laptop already sent are themselves dated more than a day ahead.
    Waiting work re-dated before them would lose to them at the centre, so nothing is re-dated."""

    code = "redate_blocked"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Changes this laptop already sent are dated more than a day after this computer's clock, and the "
        "waiting work must stay after them, so re-dating cannot help. Nothing was changed. If this "
        "computer's date is right, tell your coordinator: the centre imports those bundles once their date "
        "is at most a day away.",
    )

    def __init__(self, message: str | None = None, *, dated_until_ms: int = 0) -> None:
        super().__init__(message)
        self.dated_until_ms = dated_until_ms  # the latest date among the changes already sent


class BundleFileExistsError(BundleError):
    """Export only: the chosen file exists. A bundle never replaces another, which may not have been
    sent yet (its changes would vanish from the stick while this laptop counts them as exported)."""

    code = "file_exists"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "A file with this name already exists and a bundle never replaces another (it may not have been sent "
        "yet). Nothing was written: choose another name or a folder.",
    )

    def __init__(self, message: str | None = None, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path  # for the CLI's line; the translated sentence names no file


class TeamUpdateFileExistsError(BundleFileExistsError):
    """Publishing a team update: the chosen file exists. Said in a team update's words, not a bundle's
    (the coordinator was told "a bundle never replaces another" while publishing an update)."""

    code = "update_file_exists"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "A file with this name already exists and a team update never replaces another file (it may not have "
        "been carried to the laptops yet). Nothing was written: choose another name or a folder.",
    )


class ForeignClockError(MalformedBundleError):
    code = "foreign_clock"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle holds a change stamped with another device's clock.")


class NotOnRosterError(BundleError):
    code = "not_on_roster"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The sending device is not on this centre's roster.")


class HeldForApprovalError(BundleError):
    """Never raised: the code and sentence of a bundle held because its device is not on the roster."""

    code = "held"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Held for approval: the sending device is not on the roster. Compare its key fingerprint with the "
        "facilitator, then approve or reject it.",
    )


class RejectedDeviceError(BundleError):
    # Refused, not held again: a coordinator already compared this key and said no. Undone by
    # approving the device after all (majlis-cli device approve of the number rejected).
    code = "rejected_device"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This bundle comes from a device that was rejected here: it was neither imported nor held for approval. "
        "If rejecting it was a mistake, compare its key fingerprint with the facilitator, approve it among the "
        "rejected devices, then import the bundle again.",
    )


class RevokedKeyError(BundleError):
    # Refused, never held: the key is the lost laptop's, whoever holds it now (revocations.py).
    code = "revoked_key"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This bundle is signed with a key that was revoked here (its device was taken off the roster): it was "
        "not imported. A laptop restored from that device's backup sends it again with a new key, to approve.",
    )


class NotPendingError(BundleError):
    code = "not_pending"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This device no longer waits for approval.")


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


ALL_ERRORS: tuple[type[BundleError], ...] = (
    BundleError,
    NotABundleError,
    CorruptedBundleError,
    TruncatedBundleError,
    TruncatedTeamUpdateError,
    TruncatedTeamFileError,
    WrongIdentityError,
    NoIdentityError,
    NotMergedHereError,
    MalformedBundleError,
    UnsafePathError,
    TooLargeError,
    NewerFormatError,
    BadSignatureError,
    ImpostorDeviceError,
    WrongTeamError,
    OtherTeamUpdateError,
    RecipientMismatchError,
    UnexpectedMemberError,
    MissingMemberError,
    HashMismatchError,
    CountMismatchError,
    CentralKeyRequiredError,
    KeyFileError,
    NotATeamFileError,
    CentralKeyMismatchError,
    NewerSchemaError,
    SeqClashError,
    StaleTeamUpdateError,
    TwoCentresError,
    NotEnrolledError,
    CentreAppliesNoUpdateError,
    CentreJoinsNoTeamError,
    OtherTeamError,
    NoSigningKeyError,
    UnreadableError,
    BadValueError,
    OffsetOutsideTextError,
    FutureClockError,
    ClockBehindError,
    NothingToRedateError,
    RedateBlockedError,
    BundleFileExistsError,
    TeamUpdateFileExistsError,
    ForeignClockError,
    NotOnRosterError,
    HeldForApprovalError,
    RejectedDeviceError,
    RevokedKeyError,
    NotPendingError,
    NotOwnerError,
    PublishedRowError,
    TeamWideRowError,
    WithdrawalUndoneError,
    ErasureChangedError,
    ForeignConsentError,
    OtherTeamBundleError,
)


def default_message_for(code: str) -> str:
    """The general, translatable sentence for a refusal code ("" for a code this version does not know)."""
    for cls in ALL_ERRORS:
        if cls.code == code:
            return cls.default_message
    return ""
