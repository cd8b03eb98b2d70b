"""What deleting a recommendation or an outreach record takes with it, read before the person is asked.

A recommendation goes with its evidence links and its status history (``recommendations.delete``):
they are its own and mean nothing without it. Outreach records that name it stay, whole: each records
a meeting, an interview or a workshop that took place, often on a field laptop that made it and owns
it (``desktop/sync/ownership.py``). Taking the recommendation out of their list of recommendations
would write to rows of other devices, and a coordinator's newer list would win field by field over a
facilitator's edit of the same record not yet sent (``desktop/sync/merge.py``), losing it. So their
list keeps the deleted recommendation's id, as a field laptop's records keep it when the deletion
reaches it in a team update, and nothing shows a deleted recommendation (``outreach.events``,
``recommendations.live``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session as OrmSession

from desktop.core import outreach, recommendations
from desktop.core.models import OutreachEvent


@dataclass(frozen=True)
class RecommendationGoing:
    """A recommendation about to be deleted, and what goes with it."""

    number: int
    title: str
    links: int  # evidence links, deleted with it
    statuses: int  # status entries, deleted with it
    outreach: int  # outreach records naming it: kept


def recommendation_going(s: OrmSession, rec_id: str, lang: str) -> RecommendationGoing:
    """Raises RecommendationError when it is gone already (deleted elsewhere meanwhile)."""
    rec = recommendations.get(s, rec_id)
    return RecommendationGoing(
        number=int(rec.number), title=recommendations.title(rec, lang),
        links=len(recommendations.links(s, rec_id)), statuses=len(recommendations.history(s, rec_id)),
        outreach=len(outreach.events(s, rec_id)),
    )


@dataclass(frozen=True)
class OutreachGoing:
    """An outreach record about to be deleted: what the question names, and whether this laptop may."""

    title: str
    date: dt.date | None
    mine: bool  # False: another device's record on a field laptop (``outreach.may_change``)


def outreach_going(s: OrmSession, event_id: str) -> OutreachGoing | None:
    """None when it is gone already (deleted elsewhere meanwhile)."""
    event = s.get(OutreachEvent, event_id)
    if event is None or event.deleted:
        return None
    return OutreachGoing(title=event.title, date=event.date, mine=outreach.may_change(s, event))
