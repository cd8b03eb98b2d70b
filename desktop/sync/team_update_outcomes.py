"""Team update files applied one by one, each with its outcome and never a raise: what the Sync page and
`majlis-cli bundle import` do with the team updates on a stick (on a laptop they are applied, first; at
the centre each is its own, skipped, or refused), so that both say and count the same of each file."""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.db import Store
from desktop.sync.deleted_codes import Followed
from desktop.sync.errors import BundleError, CentreAppliesNoUpdateError, StaleTeamUpdateError, UnreadableError
from desktop.sync.team import apply_team_update
from desktop.sync.team_update import ReleaseStopped, TeamUpdateApplied, is_own_team_update

if TYPE_CHECKING:
    from desktop.sync.held_release import StillHeld
    from desktop.sync.roster import Approved

#: ``Applied.status`` of a field laptop's own bundle given to it (merged_here.sent_from_here): nothing to do there.
SENT = "sent"


class Applied(NamedTuple):
    """One team update file's outcome: "applied" (number, rows changed), "stale" (the one applied here
    already), "older" (published before the one applied here, never applied itself) or "refused"; "empty":
    a folder holding none; "own": at the centre, one of its own (skipped, neither imported nor refused);
    ``SENT``: not a team update but a bundle a field laptop sent itself, given to it (neither refused nor counted)."""
    name: str
    status: str
    sequence: int = 0
    changed: int = 0
    code: str = ""
    message: str = ""
    role: str = ""  # "coordinator" or "field" when the update changed whether this laptop is a coordinator
    retired: int = 0  # this laptop's own codes merged or deleted at the centre, retired here
    codings: Followed = Followed()  # this laptop's codings moved and deleted with codes merged or deleted there
    applied: int = 0  # "older": the number of the team update applied here, which this one is older than
    forms: tuple[int, int] = (0, 0)  # consent forms with a newer version arrived, participants marked for re-consent
    new_key: bool = False  # the team's recipients changed (a new team key at the centre): next bundles go to them
    #: "applied" on a coordinator's laptop: the devices it put on the roster whose held bundles were applied
    #: then, each with their outcomes (the page says their held lines again, as after Approve).
    released: tuple[Approved, ...] = ()
    #: "applied", but releasing the held bundles stopped partway (team_update.ReleaseStopped): the disk's
    #: reason or "unexpected"; ``held``: the bundles that waited for those devices (``released`` says
    #: those applied before it; the others are applied with the next team update).
    stopped_by: str = ""
    held: int = 0
    #: ... and the bundles it left held, each waiting for the next team update (``held_release.StillHeld``).
    still_held: tuple[StillHeld, ...] = ()


def apply_updates(store: Store, paths: list[Path], own: Container[Path] | None = None) -> list[Applied]:
    """Each team update applied on its own; an outcome per file, never a raise. ``own``: at the centre,
    those known to be its own (stick_files.sort_stick_files read them); None: each is read to tell."""
    done = []
    for path in paths:
        try:
            done.append(_applied(path.name, apply_team_update(store, path)))
        except ReleaseStopped as exc:  # the update is applied: said so, with what its release of held bundles did
            done.append(_applied(path.name, exc.applied)._replace(stopped_by=exc.stopped_by, held=exc.held,
                                                                          still_held=exc.still_held))
        except StaleTeamUpdateError as exc:  # the one applied here, or one published before it (never applied)
            done.append(Applied(path.name, "stale" if exc.same else "older", exc.sequence, applied=exc.applied_sequence))
        except CentreAppliesNoUpdateError as exc:
            # The centre's own update, written for the laptops and left on the stick that came back: no
            # fault, said in a neutral line and not counted (as majlis-cli bundle import says it).
            # Any other team update at the centre (another team's, forged) is still refused.
            mine = path in own if own is not None else is_own_team_update(store, path)
            done.append(Applied(path.name, "own") if mine
                        else Applied(path.name, "refused", code=exc.code, message=exc.message))
        except BundleError as exc:
            done.append(Applied(path.name, "refused", code=exc.code, message=exc.message))
        except OSError:
            done.append(Applied(path.name, "refused", code=UnreadableError.code))
    return done


def _applied(name: str, applied: TeamUpdateApplied) -> Applied:
    return Applied(name, "applied", applied.sequence, applied.changed, role=applied.role, retired=applied.retired,
                   codings=applied.codings, forms=applied.forms, new_key=applied.new_key, released=applied.released)
