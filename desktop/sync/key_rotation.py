"""A new team key (``majlis-cli team key rotate``, the centre's Sync page **New team key…**): the centre's
age identity made again after a team key file was lost (a USB stick holding ``team key export``'s file).

The new identity is kept in the encrypted database beside the old ones (``team_identities`` returns them
all: bundles sent before still open at the centre), and the team's recipients become the new one plus the
recipients the team keeps on purpose (``team create --recipient``), without those of the centre's older
identities. The change reaches the laptops with the next team update: its manifest names the team's
recipients (signed with the central key), and a laptop that applies it encrypts its next bundles to them
(``update_recipients``, the same check a value of a bundle has). The team file written from then on names them
too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.db import Store
from desktop.core.models import LocalState, Team
from desktop.sync import keys
from desktop.sync.errors import (
    MalformedBundleError,
    NoIdentityError,
    NotCentreKeyError,
    TooManyRecipientsError,
)
from desktop.sync.team_common import IDENTITY_STATE, require_team

# A team encrypts to its centre's key and those kept on purpose (other coordinators' own age keys): a team
# update naming more, or a recipient longer than this, is not the centre's. The one bound of the team's
# recipients: team create, the team update written and a new team key are checked against it too
# (refuse_too_many), so the centre never publishes what laptops refuse. Generous for any real team (age
# encrypts to a hundred recipients with a stanza each); TooManyRecipientsError's line says the number.
RECIPIENTS_MAX = 100
_RECIPIENT_CHARS = 100  # an age X25519 recipient is 62 characters
# The manifest's list as written, before repeats are dropped: a centre never writes one (it sends each once),
# but one that stored a repeat before it did still sends updates a laptop takes; no list this long is read.
_LISTED_MAX = 2 * RECIPIENTS_MAX


@dataclass(frozen=True)
class KeyRotated:
    recipient: str  # the new identity's recipient (public: ``age1…``)
    recipients: tuple[str, ...]  # the team's recipients now (the new one first)
    kept: int  # the identities the database keeps (the new one and those before it)


def rotate_team_key(store: Store) -> KeyRotated:
    """Centre: make a new team identity, keep it beside the old ones, and make the team's recipients the new
    one and the extra recipients it keeps. NotEnrolledError in no team, NotCentreKeyError on a laptop,
    NoIdentityError at a centre that keeps no key; nothing changed then. All in one transaction."""
    team = require_team(store)
    if not team.is_central or not team.central_signing_key:
        raise NotCentreKeyError()
    new = keys.generate_identity()
    with store.transaction(replicating=True) as s:
        kept = s.get(LocalState, IDENTITY_STATE)
        text = kept.value if kept is not None else ""
        old = keys.parse_identities(text) if text.strip() else []
        if not old:
            raise NoIdentityError()
        stored = s.get(Team, team.id)
        assert stored is not None
        held = keys.recipients_of(old)
        extra = [r for r in stored.recipients if r.strip() not in held]
        recipients = distinct_recipients((keys.recipient_of(new), *extra))
        refuse_too_many(recipients)  # a team made before the bound with more: nothing changed
        # The old identity's lines are kept as they were (their "created" stamp too); the new one follows.
        s.merge(LocalState(key=IDENTITY_STATE, value=text.rstrip("\n") + "\n" + keys.identity_file_text([new])))
        stored.recipients = list(recipients)
    return KeyRotated(recipients[0], recipients, len(old) + 1)


def distinct_recipients(recipients: Sequence[str]) -> tuple[str, ...]:
    """The team's recipients each once, in the form age writes them, in their order: as the centre stores
    and sends them (``team create --recipient`` given twice, a team stored with a repeat by an earlier
    Majlis) and as a laptop takes them from a team update, so both count them alike. ValueError for one
    that is not an age X25519 recipient (the centre's own input: checked before)."""
    seen: dict[str, None] = {}
    for value in recipients:
        seen.setdefault(str(keys.parse_recipient(value)), None)
    return tuple(seen)


def refuse_too_many(recipients: Sequence[str]) -> None:
    """TooManyRecipientsError when a team's recipients, each counted once (``distinct_recipients``, as a
    laptop counts them), would pass RECIPIENTS_MAX: where they are made (team create, a new team key) and
    before a team update naming them is written."""
    if len(distinct_recipients(recipients)) > RECIPIENTS_MAX:
        raise TooManyRecipientsError()


def update_recipients(raw: Sequence[object]) -> tuple[str, ...]:
    """The team's recipients a team update's manifest names, checked as a bundle's values are: one to
    RECIPIENTS_MAX age X25519 recipients (``age1…``), each counted once as the centre counts them
    (``refuse_too_many``: an update of a centre that stored a repeat is taken); anything else refuses the
    whole update (``malformed``: the centre never writes it). In the form age writes them, each once."""
    return _listed_recipients(raw, "team update")


def team_file_recipients(raw: Sequence[object]) -> tuple[str, ...]:
    """The team's recipients a team file names, checked as a team update's are (``update_recipients``): a
    laptop joining with a file naming more than RECIPIENTS_MAX would encrypt to them all, and the centre
    never writes one (``write_current_team_file`` refuses as a team update is refused: too_many_recipients);
    the whole file refused then (``malformed``), nothing written."""
    return _listed_recipients(raw, "team file")


def _listed_recipients(raw: Sequence[object], what: str) -> tuple[str, ...]:
    if not raw or len(raw) > _LISTED_MAX:
        raise MalformedBundleError(f"The {what} names no recipient, or more than a team has.")
    recipients: list[str] = []
    for value in raw:
        if not isinstance(value, str) or len(value) > _RECIPIENT_CHARS:
            raise MalformedBundleError(f"The {what} names a recipient that is not an age X25519 recipient.")
        try:
            recipient = str(keys.parse_recipient(value))
        except ValueError:
            raise MalformedBundleError(
                f"The {what} names a recipient that is not an age X25519 recipient.") from None
        if recipient not in recipients:
            recipients.append(recipient)
    if len(recipients) > RECIPIENTS_MAX:
        raise MalformedBundleError(f"The {what} names no recipient, or more than a team has.")
    return tuple(recipients)
