"""Recommendations a laptop drafted while working alone stay on it as local drafts when it joins a team.

In a team, recommendations and their statuses are the coordinators' (``ownership.TEAM_WIDE``): the
centre refuses, whole, a field laptop's bundle that creates or changes one. A facilitator who drafted
recommendations before joining would otherwise find their first bundle refused, with their sessions,
consent records and coding in it. So, when a field laptop joins, the changes that made its own
recommendations, their statuses and the evidence linked to them leave its change log (the rows stay:
the person still reads them and writes their evidence brief for a coordinator, who may adopt them);
the remaining changes are numbered again without holes, so the centre sees no missing bundle. This
happens before anything was ever exported (a database exports only once it is in a team).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import recommendations
from desktop.core.models import ChangeLog, EvidenceLink, RecommendationStatus

CHUNK = 500


def withhold_local_drafts(s: OrmSession, device_id: str) -> int:
    """Take this device's drafts out of what it sends; returns how many recommendations stay local."""
    drafts = sorted(recommendations.drafted_here(s))
    if not drafts:
        return 0
    owned: list[tuple[str, list[str]]] = [("recommendation", drafts)]
    for model, entity in ((RecommendationStatus, "recommendation_status"), (EvidenceLink, "evidence_link")):
        ids: list[str] = []
        for start in range(0, len(drafts), CHUNK):
            ids += s.scalars(select(model.id).where(model.recommendation_id.in_(drafts[start : start + CHUNK])))
        owned.append((entity, ids))
    mine = ChangeLog.device_id == device_id
    for entity, ids in owned:
        for start in range(0, len(ids), CHUNK):
            s.execute(delete(ChangeLog).where(mine, ChangeLog.entity == entity,
                                              ChangeLog.row_id.in_(ids[start : start + CHUNK])))
    _renumber(s, device_id)
    return len({r.id for r in recommendations.live(s)} & set(drafts))


def _renumber(s: OrmSession, device_id: str) -> None:
    """1, 2, 3... again in each epoch, order kept (negative first: the unique key never collides)."""
    rows = s.execute(
        select(ChangeLog.id, ChangeLog.epoch).where(ChangeLog.device_id == device_id)
        .order_by(ChangeLog.epoch, ChangeLog.seq)
    ).all()
    numbers: dict[str, int] = {}
    params = []
    for row_id, epoch in rows:
        numbers[epoch] = numbers.get(epoch, 0) + 1
        params.append({"row": row_id, "seq": -numbers[epoch]})
    if not params:
        return
    table = cast(Table, ChangeLog.__table__)
    # Core executemany: the ORM would want the primary key under its own name in each parameter set.
    statement = update(table).where(table.c.id == bindparam("row")).values(seq=bindparam("seq"))
    s.connection().execute(statement, params)
    s.execute(update(ChangeLog).where(ChangeLog.device_id == device_id, ChangeLog.seq < 0)
              .values(seq=-ChangeLog.seq))
