"""Refusals about the sending device: not on the roster (held; or not, the waiting list being full),
rejected, its key revoked or another device's, its change numbers clashing.

Part of desktop.sync.errors (import refusals from there).
"""

from __future__ import annotations

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.errors_bundle import BundleError


class ImpostorDeviceError(BundleError):
    code = "impostor_device"
    default_message = QT_TRANSLATE_NOOP("BundleError", "The bundle is signed with a key other than the one known for this device.")


class SeqClashError(BundleError):
    code = "seq_clash"
    default_message = QT_TRANSLATE_NOOP("BundleError", "A change number of this device was already received with different content.")

    def __init__(self, message: str | None = None, *, device_id: str = "", epoch: str = "",
                 first_seq: int = 0, last_seq: int = 0) -> None:
        super().__init__(message)
        # Kept for the centre's clash list (``bundle status``): which device, which numbers.
        self.device_id, self.epoch, self.first_seq, self.last_seq = device_id, epoch, first_seq, last_seq


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


class WaitingListFullError(BundleError):
    # Refused, not held: the waiting list is at one of its bounds (held_limits.py), so a stick of
    # bundles each signed with a key made for it (anyone with the team file can) cannot fill the disk.
    code = "waiting_list_full"
    default_message = QT_TRANSLATE_NOOP(
        "BundleError",
        "Not held for approval: too many devices or too much data already wait for approval here. Approve or "
        "reject the waiting devices, then import this bundle again.",
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
