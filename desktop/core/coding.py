"""Applying codes to spans of text, and keeping the spans right when the text changes.

Offsets are code points into the stored text (see ``offsets.py`` for the Qt boundary). Every span is
checked against the text as it is now, and the coded text is kept as ``quote`` so that a later edit
can move the segment or flag it instead of leaving it pointing at the wrong words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, text_cut
from desktop.core.models import AgendaItem, Code, CodedSegment, Decision, Session, Synced, TranscriptTurn
from desktop.core.offsets import Reanchored, reanchor
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.normalise import tidy_line

# The text fields that can be coded, per document table.
DOC_FIELDS: dict[str, tuple[type[Synced], frozenset[str]]] = {
    "transcript_turn": (TranscriptTurn, frozenset({"text"})),
    "agenda_item": (AgendaItem, frozenset({"notes"})),
    "decision": (Decision, frozenset({"text"})),
    "session": (Session, frozenset({"summary"})),
}
IN_VIVO_MAX = 60


class CodingError(ValueError):
    """A coding that does not fit the text (out of range, empty, unknown document or code)."""


@dataclass(frozen=True)
class DocRef:
    doc_table: str
    doc_id: str
    doc_field: str


def document(s: OrmSession, doc_table: str, doc_id: str, doc_field: str) -> Synced:
    if doc_table not in DOC_FIELDS or doc_field not in DOC_FIELDS[doc_table][1]:
        raise CodingError(f"{doc_table}.{doc_field} cannot be coded")
    row = s.get(DOC_FIELDS[doc_table][0], doc_id)
    if row is None or row.deleted:
        raise CodingError(f"no {doc_table} {doc_id}")
    return row


def document_text(s: OrmSession, doc_table: str, doc_id: str, doc_field: str) -> str:
    return str(getattr(document(s, doc_table, doc_id, doc_field), doc_field) or "")


def session_of(s: OrmSession, doc_table: str, doc_id: str) -> str | None:
    if doc_table == "session":
        return doc_id
    model = DOC_FIELDS.get(doc_table, (None, None))[0]
    row = s.get(model, doc_id) if model is not None else None
    return getattr(row, "session_id", None)


CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "CodingError", "the text was changed meanwhile: select the words again")


def _check_span(text: str, start: int, end: int, expected: str | None = None) -> None:
    """``expected``: the words the person selected, as the screen showed them; a text edited since
    (another window, a bundle) would otherwise have other words coded at those offsets."""
    if expected is not None and text[start:end] != expected:
        raise CodingError(CHANGED_MEANWHILE)
    if not (0 <= start < end <= len(text)):
        raise CodingError(f"span {start}..{end} is outside a text of {len(text)} characters")
    if not tidy_line(text[start:end]).strip():  # a bidi mark or a lone ZWNJ shows nothing either
        raise CodingError(QT_TRANSLATE_NOOP("CodingError", "the selection holds only spaces"))


def without_outer_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the white space at its two ends.

    A selection made a word at a time (Ctrl+Shift+Arrow) takes the space after the last word, and
    the coded quote then ended with it. Only white space goes (``str.isspace``: also a no-break space
    or a line break): ZWNJ and ZWJ are spelling in Sorani words and stay. A span of nothing but
    spaces is returned as it is, for ``_check_span`` to refuse.
    """
    words = text[start:end]
    if not words.strip():
        return start, end
    return start + len(words) - len(words.lstrip()), end - (len(words) - len(words.rstrip()))


def _existing(
    s: OrmSession, code_id: str, doc_table: str, doc_id: str, doc_field: str, start: int, end: int, coder: str
) -> CodedSegment | None:
    return s.scalars(
        select(CodedSegment).where(
            CodedSegment.doc_id == doc_id,
            CodedSegment.doc_table == doc_table,
            CodedSegment.doc_field == doc_field,
            CodedSegment.code_id == code_id,
            CodedSegment.coder == coder,
            CodedSegment.start == start,
            CodedSegment.end == end,
            CodedSegment.deleted.is_(False),
        )
    ).first()


def apply_code(
    s: OrmSession,
    code_id: str,
    doc_table: str,
    doc_id: str,
    doc_field: str,
    start: int,
    end: int,
    coder: str,
    memo: str = "",
    expected: str | None = None,
) -> CodedSegment:
    """Code ``text[start:end]``; coding the same span with the same code twice returns the first.
    ``expected``: the words selected on screen; other words there are refused."""
    codebook.get_live(s, code_id)
    text = document_text(s, doc_table, doc_id, doc_field)
    _check_span(text, start, end, expected)
    existing = _existing(s, code_id, doc_table, doc_id, doc_field, start, end, coder)
    if existing is not None:
        return existing
    seg = CodedSegment(
        code_id=code_id, doc_table=doc_table, doc_id=doc_id, doc_field=doc_field,
        start=start, end=end, coder=coder, memo=memo, quote=text[start:end], needs_review=False,
    )
    s.add(seg)
    s.flush()
    return seg


def _live_segment(s: OrmSession, segment_id: str) -> CodedSegment:
    seg = s.get(CodedSegment, segment_id)
    if seg is None or seg.deleted:
        raise CodingError(f"no coded segment {segment_id}")
    return seg


def remove_coding(s: OrmSession, segment_id: str) -> None:
    _live_segment(s, segment_id).deleted = True


def change_code(s: OrmSession, segment_id: str, code_id: str) -> CodedSegment:
    codebook.get_live(s, code_id)
    seg = _live_segment(s, segment_id)
    seg.code_id = code_id
    return seg


def set_span(s: OrmSession, segment_id: str, start: int, end: int) -> CodedSegment:
    """Resize or move a segment (also how a person clears a re-anchoring flag)."""
    seg = _live_segment(s, segment_id)
    text = document_text(s, seg.doc_table, seg.doc_id, seg.doc_field)
    _check_span(text, start, end)
    seg.start, seg.end, seg.quote, seg.needs_review = start, end, text[start:end], False
    return seg


def set_memo(s: OrmSession, segment_id: str, memo: str) -> CodedSegment:
    seg = _live_segment(s, segment_id)
    seg.memo = memo
    return seg


def in_vivo_name(selected: str) -> str:
    """The selected words, spaces collapsed, cut at a word boundary near IN_VIVO_MAX characters (or,
    in a long word, hashtag or row of emoji, where a character ends: never between a letter and its
    harakat, inside a ZWJ emoji or between a flag's two halves)."""
    name = re.sub(r"\s+", " ", selected).strip()
    if len(name) <= IN_VIVO_MAX:
        return name
    whole = text_cut.cut(name, IN_VIVO_MAX)
    space = whole.rfind(" ")
    return (whole[:space] if space > IN_VIVO_MAX // 2 else whole).rstrip() + text_cut.ELLIPSIS


def in_vivo(
    s: OrmSession,
    doc_table: str,
    doc_id: str,
    doc_field: str,
    start: int,
    end: int,
    coder: str,
    parent_id: str | None = None,
    expected: str | None = None,
) -> tuple[Code, CodedSegment]:
    """A new code named by the participant's own words, applied to them. When a code of that name is
    already there (the same words coded in vivo in another turn), that code is applied: two codes of
    one name side by side would split the passages a researcher means as one."""
    text = document_text(s, doc_table, doc_id, doc_field)
    _check_span(text, start, end, expected)
    name = in_vivo_name(text[start:end])
    code = codebook.sibling_named(s, parent_id, name)
    if code is None:
        lang = codebook.script_language(name)
        code = codebook.create_code(s, parent_id=parent_id, **{f"name_{lang}": name})
    return code, apply_code(s, code.id, doc_table, doc_id, doc_field, start, end, coder)


def segments_for(s: OrmSession, doc_table: str, doc_ids: Iterable[str]) -> list[CodedSegment]:
    ids = list(doc_ids)
    if not ids:
        return []
    return list(
        s.scalars(
            select(CodedSegment)
            .where(
                CodedSegment.doc_table == doc_table,
                CodedSegment.doc_id.in_(ids),
                CodedSegment.deleted.is_(False),
            )
            .order_by(CodedSegment.start, CodedSegment.end)
        )
    )


def text_changed(
    s: OrmSession, doc_table: str, doc_id: str, doc_field: str, old: str, new: str
) -> list[Reanchored[CodedSegment]]:
    """Call after saving an edit of a coded text: segments move with it, or are flagged for review.

    Editors call this in the same transaction as the text change, so the text and its codings are
    never out of step in a bundle.
    """
    if old == new:
        return []
    segments = [
        seg for seg in segments_for(s, doc_table, [doc_id]) if seg.doc_field == doc_field
    ]
    results = reanchor(old, new, segments)
    for r in results:
        seg = r.segment
        if r.flagged:
            if not seg.needs_review:
                seg.needs_review = True
            continue
        if (seg.start, seg.end) != (r.start, r.end):
            seg.start, seg.end = r.start, r.end
        quote = new[r.start : r.end]
        if seg.quote != quote:
            seg.quote = quote
    return results


@dataclass(frozen=True)
class Autocoded:
    created: int  # new segments
    stale: int  # found words no longer at their place (edited, erased or deleted since the search): not coded


def autocode_found(
    s: OrmSession, code_id: str, found: Iterable[tuple[str, str, str, int, int, str]], coder: str
) -> Autocoded:
    """Code the words a search found: (doc_table, doc_id, doc_field, start, end, words). A span whose
    text is no longer ``words`` (the turn was edited, or its speaker withdrew and the words were
    erased, after the search) is left alone: coding it would put the code on other words, or fail."""
    created = stale = 0
    for doc_table, doc_id, doc_field, start, end, words in found:
        try:
            text = document_text(s, doc_table, doc_id, doc_field)
        except CodingError:  # the document was deleted meanwhile
            stale += 1
            continue
        if text[start:end] != words:
            stale += 1
            continue
        if _existing(s, code_id, doc_table, doc_id, doc_field, start, end, coder) is None:
            apply_code(s, code_id, doc_table, doc_id, doc_field, start, end, coder)
            created += 1
    return Autocoded(created, stale)


def autocode(
    s: OrmSession, code_id: str, hits: Iterable[tuple[str, str, str, int, int]], coder: str
) -> int:
    """Apply one code to many (doc_table, doc_id, doc_field, start, end) spans; returns how many are new."""
    created = 0
    for doc_table, doc_id, doc_field, start, end in hits:
        if _existing(s, code_id, doc_table, doc_id, doc_field, start, end, coder) is None:
            apply_code(s, code_id, doc_table, doc_id, doc_field, start, end, coder)
            created += 1
    return created
