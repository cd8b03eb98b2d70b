"""How many segments each code has: the Codebook page's "Segments" column."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import AgendaItem, CodedSegment, Decision, Session, TranscriptTurn


def usage_counts(s: OrmSession) -> dict[str, int]:
    """Live segments per code id, in texts still there: as the Reports, Retrieval and the Excel workbook
    count them (``retrieval.retrieve``). A deleted turn, agenda item, decision or session keeps its
    segments in the database; counted here, the Codebook page said more than any report found."""
    live = CodedSegment.deleted.is_(False)
    counts: dict[str, int] = {}
    for table, model in ((TranscriptTurn.__tablename__, TranscriptTurn), (AgendaItem.__tablename__, AgendaItem),
                         (Decision.__tablename__, Decision)):
        rows = s.execute(
            select(CodedSegment.code_id, func.count())
            .join(model, (CodedSegment.doc_table == table) & (model.id == CodedSegment.doc_id))
            .join(Session, Session.id == model.session_id)
            .where(live, model.deleted.is_(False), Session.deleted.is_(False))
            .group_by(CodedSegment.code_id))
        for code_id, n in rows:
            counts[code_id] = counts.get(code_id, 0) + int(n)
    summaries = s.execute(
        select(CodedSegment.code_id, func.count())
        .join(Session, (CodedSegment.doc_table == Session.__tablename__) & (Session.id == CodedSegment.doc_id))
        .where(live, Session.deleted.is_(False))
        .group_by(CodedSegment.code_id))
    for code_id, n in summaries:
        counts[code_id] = counts.get(code_id, 0) + int(n)
    return counts
