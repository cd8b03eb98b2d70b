"""The codes whose memo or examples may quote an erased participant: named, for a person to read.

An erasure empties the memos written on a participant's turns and codings (``erasure_memos``). A
code's own memo and its "Examples" are the researcher's text about the code, written from whatever
was coded with it: they may quote the participant ("e.g. 'my brother was beaten at the polling
station'"), and no rule can find a quote in them reliably (words change, are translated, shortened).
So the erasure report names the live codes that were used on the words of a participant erased of
everything and that have a memo or examples: the coordinator reads them and removes what quotes.
The definition and the inclusion/exclusion criteria are named too: they are the researcher's words
like the examples, written from the coded data ("include: 'they told us to vote for…'"), and they go
out with the code in every export (the workbook's Codes sheet, the REFI-QDA description) just as the
examples do; a code named for nothing but a one-line definition costs a minute's reading, a quote
left in a published codebook cannot be taken back.
A withdrawal of consent to be quoted (nothing erased) names the same codes for its participant
(``codes_used_on``): the exports keep carrying those texts, and they may quote someone who must not be.
The erasure report, the coordinator's list of what must still be checked, names them again later
(``codes_for_withdrawn_quotes``): said once when the withdrawal was made or arrived, they were
otherwise forgotten.
The codings themselves stay (their quotes emptied), so the list is the same wherever the erasure was
applied: locally, in an arrived bundle at the centre, in a team update on a laptop. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import code_memos, codebook, erasure
from desktop.core.models import Code, CodedSegment, ConsentRecord, TranscriptTurn

_CHUNK = 500


@dataclass(frozen=True)
class CodeToReview:
    code_id: str
    names: tuple[tuple[str, str], ...]  # (language, the code's name as shown in it)
    memo: bool  # it has a memo (Codebook page, "Memo on the code")
    examples: bool  # its "Examples" field is filled in
    #: Which of its definition, inclusion and exclusion criteria are filled in (in ``CRITERIA``'s order).
    criteria: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return dict(self.names).get(lang, "") or next((n for _, n in self.names if n), self.code_id)

    @property
    def fields(self) -> tuple[str, ...]:
        """The texts to read, as the command line names them: memo, examples, definition, inclusion, exclusion."""
        return (("memo",) if self.memo else ()) + (("examples",) if self.examples else ()) + self.criteria

    def as_dict(self, kind: str = "code") -> dict[str, object]:
        """An item of ``erasure report --json``: ``kind`` "code" (used on erased words; "quotes_code": on
        the words of someone who withdrew consent to be quoted), no date or path (``made_at``, ``where``
        empty, as a held bundle's ``where``), its id, its names by language and the texts to read."""
        return {"kind": kind, "made_at": "", "where": "", "code_id": self.code_id,
                "names": dict(self.names), "fields": list(self.fields)}


#: A code's texts besides its memo and examples that every export carries and that may quote.
CRITERIA = ("definition", "inclusion", "exclusion")


def erased_speakers(s: OrmSession) -> list[str]:
    """The participants an erasure of everything covers here."""
    conn = s.connection()
    return sorted({pid for rule in erasure.rules(conn) if rule.scope == "all" and rule.participant_id
                   for pid in erasure.targets(conn, rule)})


def codes_to_review(s: OrmSession) -> list[CodeToReview]:
    """Live codes used on erased participants' words (merges followed) that have a text to read."""
    return codes_used_on(s, erased_speakers(s))


def quotes_withdrawn_speakers(s: OrmSession) -> list[str]:
    """The participants who withdrew consent to be quoted (a consent record withdrawn of quotes), less
    those an erasure of everything covers (their codes are named as the erasure's)."""
    withdrawn = set(s.scalars(select(ConsentRecord.participant_id).where(
        ConsentRecord.deleted.is_(False), ConsentRecord.withdrawn_at.is_not(None),
        ConsentRecord.withdrawal_scope == "quotes")))
    return sorted(withdrawn - set(erased_speakers(s))) if withdrawn else []


def codes_for_withdrawn_quotes(s: OrmSession, named: Sequence[CodeToReview] = ()) -> list[CodeToReview]:
    """Live codes used on the words of participants who withdrew consent to be quoted that have a text to
    read, less those in ``named`` (the erasure's codes: read for it already)."""
    seen = {c.code_id for c in named}
    return [c for c in codes_used_on(s, quotes_withdrawn_speakers(s)) if c.code_id not in seen]


def codes_used_on(s: OrmSession, people: list[str]) -> list[CodeToReview]:
    """Live codes used on these participants' words (merges followed) that have a memo, examples, a
    definition or criteria, in the codebook's order."""
    people = sorted(set(people))
    if not people:
        return []
    turns: list[str] = []
    for start in range(0, len(people), _CHUNK):
        turns += s.scalars(select(TranscriptTurn.id).where(
            TranscriptTurn.participant_id.in_(people[start : start + _CHUNK]))).all()
    used: set[str] = set()
    for start in range(0, len(turns), _CHUNK):
        used.update(s.scalars(select(CodedSegment.code_id).where(
            CodedSegment.doc_table == "transcript_turn", CodedSegment.doc_id.in_(turns[start : start + _CHUNK]))))
    if not used:
        return []
    memos = code_memos.memos_by_code(s)
    out: list[tuple[tuple[float, str], CodeToReview]] = []
    for code_id in sorted({codebook.resolve(s, c) for c in used}):
        code = s.get(Code, code_id)
        if code is None or code.deleted:
            continue
        memo, examples = bool(memos.get(code_id, "").strip()), bool((code.examples or "").strip())
        criteria = tuple(f for f in CRITERIA if (getattr(code, f) or "").strip())
        if memo or examples or criteria:
            names = tuple((lang, codebook.display_name(code, lang)) for lang in codebook.LANGS)
            out.append(((code.position or 0.0, code_id), CodeToReview(code_id, names, memo, examples, criteria)))
    return [found for _, found in sorted(out)]
