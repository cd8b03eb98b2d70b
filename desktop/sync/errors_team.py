"""Refusals about the team: joining it, its updates (old, another team's, from a second centre), what
this database may do in it, and a laptop's export and re-dating of its changes.

Part of desktop.sync.errors (import refusals from there).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.errors_bundle import BadSignatureError, BundleError


class NotMergedHereError(BundleError):
    """A bundle of changes given to the app on a field laptop (opened with it, dropped on it): bundles
    are merged at the centre and on a laptop the centre's roster names a coordinator."""
    code = "not_merged_here"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError", "Bundles are not merged on this laptop: they are merged at the centre, or on a laptop the "
        "centre names a coordinator. Nothing was imported.")


class WrongTeamError(BundleError):
    code = "wrong_team"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This bundle belongs to another team.")


class OtherTeamUpdateError(WrongTeamError):
    code = "other_team_update"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update is another team's (signed by that team's centre): apply the updates of the team this "
        "laptop joined. Nothing was changed.")


class CentralKeyRequiredError(BundleError):
    code = "central_key_required"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A team update can only be applied with the team's enrolled central key.")


class CentralKeyMismatchError(BundleError):
    code = "central_key_mismatch"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This team file is signed by a different central key than the one enrolled.")


class NotCentralKeyError(BadSignatureError):
    # Whole and signed, for this team, but by a key other than the central key enrolled here (a
    # coordinator laptop's own key, or anyone's): not damage on the way, so "copy it again" helps nobody.
    code = "not_central_key"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update is not signed by your team's centre (another key signed it): do not use it, and tell "
        "your coordinator. Nothing was changed.")


class OwnRowsInUpdateError(BundleError):
    # The centre never sends a field laptop's own rows (its in-vivo codes, its own consent forms): an update
    # that changes one, or brings a row in this laptop's name, is not the centre's publishing.
    code = "update_changes_own_rows"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update changes what this laptop made itself (its own codes or consent forms), which a team "
        "update never does: it was not applied. Tell your coordinator; nothing was changed.")


class StaleTeamUpdateError(BundleError):
    code = "stale_update"
    default_message = QT_TRANSLATE_NOOP("BundleError", "This team update is older than, or the same as, the one already applied.")

    def __init__(self, message: str | None = None, *, sequence: int = 0, applied_sequence: int = 0,
                 same: bool = True) -> None:
        super().__init__(message)
        # Which it is, for the Sync page's line: the one applied here already (``same``), or one published
        # before it and never applied here (an older file left on the stick), which was not "already applied".
        self.sequence, self.applied_sequence, self.same = sequence, applied_sequence, same


class ReplacedTeamKeyError(BundleError):
    # A team update naming as the team's recipient a key an earlier update replaced (New team key…, made because
    # its file was lost): no centre does that on purpose (a new team key is always a new one). A centre restored
    # from a backup made before the new key, which could not carry it (restore_keys), names the old key again:
    # applied, the laptop's next bundles would be encrypted to the key whose file was lost.
    code = "replaced_team_key"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "This team update names a team key that the centre replaced with a new one (New team key…, made when a "
        "key file was lost): the centre was probably restored from a backup made before the new key. It was not "
        "applied, so this laptop's bundles stay encrypted to the newer key. Tell your coordinator: the centre "
        "must make a new team key and publish a team update. Nothing was changed.")


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


class TooManyRecipientsError(BundleError):
    # A team encrypts to its centre's key and those kept on purpose, at most key_rotation.RECIPIENTS_MAX: a
    # laptop refuses a team update naming more (``malformed``), so the centre never makes such a team, never
    # publishes such an update and never rotates into such a list.
    code = "too_many_recipients"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "A team encrypts its bundles to at most 100 keys (the centre's and those kept on purpose), and this "
        "would make more. Nothing was changed.")


class NotCentreKeyError(BundleError):
    # A new team key made on a laptop would reach nobody: only the centre keeps the team key and signs the
    # team updates that tell the laptops which key to encrypt to.
    code = "not_centre"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Only the team's centre makes a new team key: it keeps the key and publishes the team updates that carry "
        "it to the laptops. Nothing was changed.")


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


class CentreRowUnfitError(BundleError):
    """Publishing (a team update, a team file): a row of the centre's own database that does not fit its
    field as every laptop checks it (``snapshot_rows.check_published``), so every laptop would refuse
    the file, blaming the file. Refused at the centre before anything is signed: no file, no update
    number used. Names the entity and field (``code.name_en``), never the value."""

    code = "centre_row_unfit"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Nothing was written: a row of this database does not fit its field, and every laptop would refuse it. "
        "Tell whoever looks after Majlis here; nothing was changed.")
    update_template = QT_TRANSLATE_NOOP(
        "BundleError",
        "No team update was written: a row of this database does not fit its field ({field}), and every laptop "
        "would refuse the update. No update number was used. Tell whoever looks after Majlis here.")
    team_file_template = QT_TRANSLATE_NOOP(
        "BundleError",
        "No team file was written: a row of this database does not fit its field ({field}), and every laptop "
        "would refuse the team file. Tell whoever looks after Majlis here; nothing was changed.")

    def __init__(self, *, entity: str, field: str, team_file: bool = False) -> None:
        # ``entity.field``: names from this version's schema only (``values.field_label``).
        self.field = f"{entity}.{field}"
        self.template = self.team_file_template if team_file else self.update_template
        super().__init__(self.template.format(field=self.field))

    def translated(self, translate: Callable[[str, str], str], isolate: Callable[[str], str] = str) -> str:
        """The line in the language ``translate(context, text)`` gives; ``isolate`` wraps the field's
        name (a left-to-right name in an Arabic or Kurdish line)."""
        return translate("BundleError", self.template).format(field=isolate(self.field))
