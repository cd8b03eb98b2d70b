"""Refusals of the file itself: not a bundle, damaged or cut short, not for this team's keys, laid out
wrongly, altered, made by a newer Majlis; and the key and team files read beside bundles.

Part of desktop.sync.errors (import refusals from there): the base class, BundleError, is here.
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


class NewerTeamKeyError(WrongIdentityError):
    """A bundle no team key here opens, whose file name (as Majlis names bundles) says this team made it: most
    likely encrypted to a team key made after those held here (New team key…): a centre restored from a backup
    made before it that could not carry it, or a coordinator's key file exported before it. "Wrong team key"
    said nothing of that."""
    code = "newer_team_key"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "No team key used here opens this bundle, though its file name says it comes from this team: it was "
        "probably encrypted to a newer team key (New team key…) than this database or key file holds, as after "
        "the centre was restored from a backup made before it, or its header is damaged. Open it with a team key "
        "file exported after the new key, or ask whoever helps you. Nothing was changed."
    )


class NoIdentityError(WrongIdentityError):
    code = "no_identity"
    default_message = QT_TRANSLATE_NOOP("BundleError", "No team key is loaded, so bundles cannot be opened on this computer.")


class MalformedBundleError(BundleError):
    code = "malformed"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle's content is not laid out as a Majlis bundle.")


class BadManifestError(MalformedBundleError):
    """The bundle's manifest (manifest.json: what it holds, signed) lacks a field or holds a value Majlis never
    writes there. Its own line, which names no field's content: in Arabic and Kurdish every manifest refusal
    showed the general "not laid out as a Majlis bundle", whose specific English message has no translation.
    A MalformedBundleError still (what catches that catches this); in English the specific message is kept."""
    code = "bad_manifest"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle's manifest (the signed list of what it holds) has a field missing or a value Majlis never "
        "writes there: the bundle was altered or made by another program. Nothing was changed.")


class ManifestUnreadableError(BadManifestError):
    """No manifest or signature in the archive, or a manifest that is not a JSON object."""
    code = "manifest_unreadable"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle's manifest (the signed list of what it holds) is missing or cannot be read: the bundle was "
        "damaged or made by another program; ask for it to be sent again. Nothing was changed.")


class LongDeviceNameError(BadManifestError):
    """A device name past the roster's column (the centre's label is its own: a name Majlis never sends)."""
    code = "long_device_name"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "The bundle names its laptop with more characters than the roster keeps, which Majlis never writes: the "
        "bundle was altered or made by another program. Nothing was changed.")


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


class KeyFileError(BundleError):
    code = "bad_key_file"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The key file cannot be read (not an age identity file).")


class WrongKeyPassphraseError(KeyFileError):
    """A passphrase-protected team key (team key export's default) given a passphrase that does not open it."""

    default_message = QT_TRANSLATE_NOOP("BundleError", "The key file cannot be opened with this passphrase.")


class KeyFileTooSlowError(KeyFileError):
    """age refused to try the passphrase: the key file's scrypt work factor is more than this computer does
    in about 16 seconds now (rage measures it on every open). The file was sealed on a much faster computer,
    or this one is very busy. The passphrase was never tried, so "wrong passphrase" would send the
    coordinator hunting for another."""

    code = "key_file_too_slow"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError", "This computer is too slow or too busy right now to try the passphrase of this key file "
        "(it was protected on a faster computer); the passphrase was not checked. Close other programs and try "
        "again, or open the file on a faster computer.")


class NotATeamFileError(BundleError):
    code = "not_a_team_file"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This is not a Majlis team file.")


class NewerSchemaError(NewerFormatError):
    code = "newer_schema"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This bundle was made by a newer Majlis (newer database schema): update Majlis to import it.")


class UnreadableError(BundleError):
    code = "unreadable"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The file cannot be read.")
