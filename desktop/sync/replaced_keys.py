"""A laptop never goes back to a team key the centre replaced.

A new team key (``key_rotation``: made at the centre when a key file was lost) reaches a laptop as the
recipients of a team update or of a team file written after it. The whole rule is here:

* What is replaced: the recipients a team update or team file took the laptop's recipients from, and did not
  name again (``replaced_recipients``, kept by ``remember_replaced``; the newest ``REPLACED_KEPT``).
* When an update or a team file sets the laptop's recipients: an update published before the team file the
  laptop's recipients came from does not (``before_recipients_file``: its rows apply, its recipients, the lost
  key's, and what it drops do not), nor does a team file older than the last update applied or than the file
  taken (``keeps_recipients``). One that does is remembered by its place (``remember_file_position``).
* The one refusal: an update or a team file that would set the recipients, naming a replaced one, is refused
  whole (``refuse_replaced``: ReplacedTeamKeyError, nothing applied, the newer key kept). A centre restored from
  a backup made before the new key names the lost key again: taken, the laptop's next bundles would be
  encrypted to the key whose file was lost; kept in silence, it would look joined to a centre that cannot read
  it. One that does not set them (older) applies as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session as OrmSession

from desktop.core.db import Store
from desktop.core.models import LocalState, Team
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.manifest import Manifest
from desktop.sync.update_order import UPDATE_EPOCH_STATE

if TYPE_CHECKING:
    from desktop.sync.team_file import TeamFile

# local_state key (laptop): the team's recipients a team update or team file replaced (a new team key made at
# the centre after a key file was lost), as a JSON list; one naming one again is refused (ReplacedTeamKeyError).
REPLACED_RECIPIENTS_STATE = "replaced_recipients"
REPLACED_KEPT = 1000  # a team's lifetime of new team keys, and more (the oldest go first)
# Laptop: where its recipients came from when a team file gave them ("epoch:sequence:team_keys" of the file;
# an earlier Majlis kept "epoch:sequence:created"), so neither a file of the same update written before a new
# team key (``keeps_recipients``) nor an update the file was written after (``before_recipients_file``)
# undoes them.
RECIPIENTS_FILE_STATE = "team_file_recipients_from"

# A team file that would give this laptop its recipients names one an applied team update replaced (said of a
# team file: the update's sentence, ReplacedTeamKeyError's own, says "this team update").
_NAMES_A_REPLACED_KEY = QT_TRANSLATE_NOOP(
    "BundleError",
    "This team file names a team key that the centre replaced with a new one (New team key…, made when a key "
    "file was lost): the centre was probably restored from a backup made before the new key. This laptop did "
    "not join with it, so its bundles stay encrypted to the newer key. Tell your coordinator: the centre must "
    "make a new team key and publish a team update. Nothing was changed.")

_Position = tuple[int, int, int]


def replaced_recipients(store: Store) -> list[str]:
    """The recipients replaced on this laptop, oldest first ([] when none, or the kept list is not one)."""
    try:
        found = json.loads(store.get_state(REPLACED_RECIPIENTS_STATE) or "[]")
    except ValueError:
        return []
    return [r for r in found if isinstance(r, str)] if isinstance(found, list) else []


def refuse_replaced(replaced: Sequence[str], recipients: Iterable[str], *, team_file: bool = False) -> None:
    """The one refusal: ReplacedTeamKeyError when ``recipients``, about to become this laptop's, name a
    replaced one (in a team file's words with ``team_file``). Asked only of an update or a file that sets the
    recipients (``before_recipients_file``, ``keeps_recipients``), before anything is applied."""
    if set(replaced).intersection(recipients):
        raise ReplacedTeamKeyError(_NAMES_A_REPLACED_KEY) if team_file else ReplacedTeamKeyError()


def remember_replaced(s: OrmSession, replaced: Sequence[str], old: Iterable[str], new: Sequence[str]) -> None:
    """In the transaction taking ``new`` as the recipients: those of ``old`` it drops (the older key, after a
    new team key) are replaced from now on, never taken back."""
    dropped = [r for r in old if r not in new and r not in replaced]
    if dropped:
        s.merge(LocalState(key=REPLACED_RECIPIENTS_STATE, value=json.dumps([*replaced, *dropped][-REPLACED_KEPT:])))


def recipients_file_position(store: Store) -> _Position | None:
    """(epoch, sequence, team keys) of the team file this laptop's recipients came from; None when none did."""
    taken = (store.get_state(RECIPIENTS_FILE_STATE) or "").split(":", 2)
    if len(taken) != 3 or not (taken[0].isdigit() and taken[1].isdigit()):
        return None
    # An earlier Majlis kept the file's "created" third: that file said no team_keys (0).
    return int(taken[0]), int(taken[1]), int(taken[2]) if taken[2].isdigit() else 0


def before_recipients_file(store: Store, manifest: Manifest) -> bool:
    """Whether the team update ``manifest`` was published before the team file this laptop's recipients came
    from was written (the file follows it, or a later one): its recipients are older than the file's (the
    lost key's, when `team key rotate` came between), so the laptop keeps its own. A laptop that joined with
    the file written after a rotation is given every update on the stick, the one written before it too."""
    taken = recipients_file_position(store)
    # A file following update (epoch, sequence) was written after it: (epoch, sequence, -1) comes before it.
    return taken is not None and (manifest.epoch, manifest.seq_from, -1) < taken


def _file_position(tf: TeamFile) -> _Position:
    """(epoch, sequence, team keys): the update the file follows, then the keys made by then (0 for a file
    that does not say: written by an earlier Majlis, before any file that does)."""
    assert tf.after_update is not None
    return (*tf.after_update, tf.team_keys or 0)


def keeps_recipients(store: Store, existing: Team, tf: TeamFile) -> bool:
    """Whether a laptop joining its team again keeps its recipients rather than the team file's. A team
    update brings the recipients of its day (a new team key: key_rotation), so an OLDER team file left on
    the stick, joined with again, would send the next bundles to the lost key: kept then. A file the centre
    wrote after the last update applied here (its ``after_update`` not before it) names the recipients of
    its day, the new key's after a rotation: taken. Of two files following the same update, the one written
    after more team keys were made stands (``team_keys``: a number the centre keeps, not its date). A file
    that does not say (written before ``after_update`` was) is older than any that does and than any
    update: kept once either gave this laptop its recipients."""
    seen: list[_Position] = []
    applied = int(store.get_state(UPDATE_EPOCH_STATE) or 0)
    if applied:
        seen.append((applied, existing.update_sequence, -1))  # a file following that update comes after it
    taken = recipients_file_position(store)
    if taken is not None:
        seen.append(taken)
    if tf.after_update is None:
        return bool(seen)
    return bool(seen) and _file_position(tf) < max(seen)


def remember_file_position(s: OrmSession, tf: TeamFile) -> None:
    """In the transaction taking the team file's recipients: its place (when it says one), for the next file
    (``keeps_recipients``) and the updates it was written after (``before_recipients_file``)."""
    if tf.after_update is not None:
        position = _file_position(tf)
        s.merge(LocalState(key=RECIPIENTS_FILE_STATE, value=f"{position[0]}:{position[1]}:{position[2]}"))
