"""Why a bundle or team file was refused.

Every refusal is a BundleError subclass with a stable ``code``: the UI and the CLI translate by code,
so the codes never change once released; the English message is for logs and the CLI. Messages never
carry participant data, only facts about the file (sizes, member names, ids).

Import refusals from here. They are written by family: the file itself (errors_bundle), the team
(errors_team), the sending device (errors_roster) and what its changes hold (errors_rows).
"""

from __future__ import annotations

from desktop.sync.errors_bundle import (
    MESSAGE_CONTEXT,
    BadSignatureError,
    BundleError,
    CorruptedBundleError,
    CountMismatchError,
    HashMismatchError,
    KeyFileError,
    KeyFileTooSlowError,
    MalformedBundleError,
    MissingMemberError,
    NewerFormatError,
    NewerSchemaError,
    NoIdentityError,
    NotABundleError,
    NotATeamFileError,
    OtherTeamBundleError,
    RecipientMismatchError,
    TooLargeError,
    TruncatedBundleError,
    TruncatedTeamFileError,
    TruncatedTeamUpdateError,
    UnexpectedMemberError,
    UnreadableError,
    UnsafePathError,
    WrongIdentityError,
    WrongKeyPassphraseError,
)
from desktop.sync.errors_roster import (
    HeldForApprovalError,
    ImpostorDeviceError,
    NotOnRosterError,
    NotPendingError,
    RejectedDeviceError,
    RevokedKeyError,
    SeqClashError,
)
from desktop.sync.errors_rows import (
    BadValueError,
    ErasureChangedError,
    ForeignClockError,
    ForeignConsentError,
    FutureClockError,
    NotOwnerError,
    OffsetOutsideTextError,
    PublishedRowError,
    TeamWideRowError,
    WithdrawalUndoneError,
)
from desktop.sync.errors_team import (
    BundleFileExistsError,
    CentralKeyMismatchError,
    CentralKeyRequiredError,
    CentreAppliesNoUpdateError,
    CentreJoinsNoTeamError,
    ClockBehindError,
    NoSigningKeyError,
    NotCentralKeyError,
    NotEnrolledError,
    NothingToRedateError,
    NotMergedHereError,
    OtherTeamError,
    OtherTeamUpdateError,
    OwnRowsInUpdateError,
    RedateBlockedError,
    StaleTeamUpdateError,
    TeamUpdateFileExistsError,
    TwoCentresError,
    WrongTeamError,
)

# Everything above is this module's to give: `from desktop.sync.errors import NotOnRosterError`.
__all__ = [
    "ALL_ERRORS", "BadSignatureError", "BadValueError", "BundleError", "BundleFileExistsError",
    "CentralKeyMismatchError", "CentralKeyRequiredError", "CentreAppliesNoUpdateError",
    "CentreJoinsNoTeamError", "ClockBehindError", "CorruptedBundleError", "CountMismatchError",
    "ErasureChangedError", "ForeignClockError", "ForeignConsentError", "FutureClockError",
    "HashMismatchError", "HeldForApprovalError", "ImpostorDeviceError", "KeyFileError", "KeyFileTooSlowError", "MESSAGE_CONTEXT",
    "MalformedBundleError", "MissingMemberError", "NewerFormatError", "NewerSchemaError",
    "NoIdentityError", "NoSigningKeyError", "NotABundleError", "NotCentralKeyError", "NotATeamFileError", "NotEnrolledError",
    "NotMergedHereError", "NotOnRosterError", "NotOwnerError", "NotPendingError", "NothingToRedateError",
    "OffsetOutsideTextError", "OtherTeamBundleError", "OtherTeamError", "OtherTeamUpdateError",
    "OwnRowsInUpdateError", "PublishedRowError", "RecipientMismatchError", "RedateBlockedError", "RejectedDeviceError",
    "RevokedKeyError", "SeqClashError", "StaleTeamUpdateError", "TeamUpdateFileExistsError",
    "TeamWideRowError", "TooLargeError", "TruncatedBundleError", "TruncatedTeamFileError",
    "TruncatedTeamUpdateError", "TwoCentresError", "UnexpectedMemberError", "UnreadableError",
    "UnsafePathError", "WithdrawalUndoneError", "WrongIdentityError", "WrongKeyPassphraseError",
    "WrongTeamError", "default_message_for",
]

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
    NotCentralKeyError,
    OwnRowsInUpdateError,
)


def default_message_for(code: str) -> str:
    """The general, translatable sentence for a refusal code ("" for a code this version does not know)."""
    for cls in ALL_ERRORS:
        if cls.code == code:
            return cls.default_message
    return ""
