"""A real database holding values the bundle checker admits but that are awkward to show or write:
the longest texts, the control characters a long text may hold, direction marks, XML's special
characters, empty optional fields, and a participant who withdrew. Exports and pages must take it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.core import demo, withdrawal
from desktop.core.db import Store
from desktop.core.models import Code, ConsentRecord, Participant, Session, TranscriptTurn
from desktop.sync.values import TEXT_LIMIT

RLM, LRM = "\u200f", "\u200e"
XML_SPECIAL = "& < > \" ' ]]>"
# What a long text may hold (desktop/sync/values.py): tab, line feed, carriage return, and the C1
# controls XML 1.0 allows (U+0080-U+009F, NEL among them).
LONG_TEXT_CONTROLS = "\t\r\n\x85\x9c"


@dataclass(frozen=True)
class Awkward:
    session_id: str
    consent_record_id: str
    code_name: str


def fill(store: Store) -> Awkward:
    """Demo data, then the awkward values written over some of it as an import stores them: a bundle's
    rows are written as they came (``replicating``), not made to fit as what a person types is (the
    bidi marks here would go from a typed name, ``field_text.fit_fields``)."""
    demo.generate(store, sessions=2, seed=5)
    code_name = f"{RLM}حقوق{LRM} {XML_SPECIAL}"[:120]
    with store.transaction(replicating=True) as s:
        session = s.scalars(select(Session).order_by(Session.id)).first()
        assert session is not None
        session.title = (f"{RLM}جلسة {LRM}{XML_SPECIAL} " * 40)[:300]
        session.venue = ""
        session.summary = _long(f"ملخص {XML_SPECIAL}{LONG_TEXT_CONTROLS}")
        turn = s.scalars(select(TranscriptTurn).order_by(TranscriptTurn.id)).first()
        assert turn is not None
        turn.text = _long(f"قال{RLM} {LRM}x {XML_SPECIAL}{LONG_TEXT_CONTROLS}")
        code = s.scalars(select(Code).order_by(Code.id)).first()
        assert code is not None
        code.name_en, code.name_ar = code_name, code_name
        code.definition = ""
        for person in s.scalars(select(Participant)):
            person.district, person.occupation = "", ""
        record = s.scalars(select(ConsentRecord).order_by(ConsentRecord.id)).first()
        assert record is not None
        record.witness = XML_SPECIAL
        session_id, record_id = session.id, record.id
        withdrawn = s.scalars(select(Participant.id).order_by(Participant.id)).first()
    withdrawal.withdraw_participant(store, participant_id=withdrawn, scope="quotes")
    return Awkward(session_id, record_id, code_name)


def _long(piece: str) -> str:
    """A text of exactly the longest length a long-text field admits."""
    return (piece * (TEXT_LIMIT // len(piece) + 1))[:TEXT_LIMIT]
