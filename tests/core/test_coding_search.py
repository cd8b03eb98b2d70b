"""Full-text search: every normalisation variant finds the others, highlights map back, index stays in step."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import codebook, coding, search
from desktop.core.db import Store
from desktop.core.models import AgendaItem, Decision, Memo, Session, TranscriptTurn

# Each group: spellings that must all find each other (one document per spelling).
VARIANTS = {
    "hamza": ("الإنتخابات", "الانتخابات", "الأنتخابات"),
    "madda": ("آمال", "امال"),
    "alef_maqsura": ("مستشفى", "مستشفي"),
    "ta_marbuta": ("المحافظة", "المحافظه"),
    "kaf_ya": ("کوردی", "كوردي"),
    "tatweel": ("المجـــلس", "المجلس"),
    "diacritics": ("مَجْلِسُ", "مجلس"),
    "digits": ("٢٠٢٣", "2023", "۲۰۲۳"),
    "sorani_heh": ("ھەڵبژاردن", "هەڵبژاردن"),
}


@pytest.fixture
def docs(store: Store) -> dict[str, list[str]]:
    """One transcript turn per spelling, each inside an ordinary sentence."""
    out: dict[str, list[str]] = {}
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="جلسة البصرة", date=dt.date(2023, 2, 1), governorate="basra")
        s.add(sess)
        s.flush()
        pos = 0.0
        for group, spellings in VARIANTS.items():
            for word in spellings:
                pos += 1
                turn = TranscriptTurn(session_id=sess.id, position=pos, text=f"قال المشارك 👍🏽 إن {word} مهمة جداً.")
                s.add(turn)
                s.flush()
                out.setdefault(group, []).append(turn.id)
    return out


def test_every_variant_finds_every_spelling(store: Store, docs: dict[str, list[str]]) -> None:
    with store.session() as s:
        for group, spellings in VARIANTS.items():
            for word in spellings:
                hits = search.search(s, word)
                found = {h.doc_id for h in hits}
                assert set(docs[group]) <= found, (group, word)
                for h in hits:
                    if h.doc_id in docs[group]:
                        (a, b), = h.highlights
                        # The highlight covers exactly the stored spelling, emoji before it or not.
                        assert h.text[a:b] in spellings, (group, word, h.text[a:b])
                        sa, sb = h.snippet_highlights[0]
                        assert h.snippet[sa:sb] == h.text[a:b]


def test_index_follows_edits_tombstones_and_other_documents(store: Store, docs: dict[str, list[str]]) -> None:
    turn_id = docs["madda"][0]
    with store.transaction() as s:
        turn = s.get(TranscriptTurn, turn_id)
        assert turn is not None
        turn.text = "نص جديد عن الرقابة"
        sess_id = turn.session_id
        s.add(AgendaItem(session_id=sess_id, title="الرقابة", notes="رقابة المفوضية"))
        s.add(Decision(session_id=sess_id, text="تشكيل لجنة رقابية على الإنفاق"))
        s.add(Memo(target_table="session", target_id=sess_id, title="ملاحظة", text="الرقابة ضعيفة"))
    with store.session() as s:
        assert turn_id not in {h.doc_id for h in search.search(s, "آمال")}
        tables = {(h.doc_table, h.doc_field) for h in search.search(s, "الرقابة")}
        assert tables == {("transcript_turn", "text"), ("agenda_item", "title"), ("memo", "text")}
        assert {h.doc_table for h in search.search(s, "رقاب*")} >= {"agenda_item", "decision"}
        assert all(h.session_id == sess_id for h in search.search(s, "الرقابة"))
    with store.transaction() as s:
        turn = s.get(TranscriptTurn, turn_id)
        assert turn is not None
        turn.deleted = True
    with store.transaction() as s:
        assert turn_id not in {h.doc_id for h in search.search(s, "الرقابة")}
        n = search.rebuild_index(s)
        assert n == sum(len(v) for v in VARIANTS.values()) - 1 + 1 + 1 + 1 + 1  # turns, item, decision, memo, session
    with store.session() as s:
        assert {h.doc_table for h in search.search(s, "الرقابة")} == {"agenda_item", "memo"}
        assert search.search(s, "   ") == []


def test_code_all_hits(store: Store, docs: dict[str, list[str]]) -> None:
    with store.transaction() as s:
        code = codebook.create_code(s, name_ar="انتخابات")
        hits = search.search(s, "الانتخابات")
        spans = [(h.doc_table, h.doc_id, h.doc_field, a, b) for h in hits for a, b in h.highlights]
        assert coding.autocode(s, code.id, spans, "amal") == 3
        assert coding.autocode(s, code.id, spans, "amal") == 0  # already coded
    with store.session() as s:
        segs = coding.segments_for(s, "transcript_turn", docs["hamza"])
        assert sorted(seg.quote for seg in segs) == sorted(VARIANTS["hamza"])


def test_code_all_hits_leaves_words_changed_after_the_search_alone(store: Store, docs: dict[str, list[str]]) -> None:
    """Hits are read, then a turn is edited (or its speaker's words erased, or the turn deleted)
    before "Code all hits": the code never lands on other words, and nothing fails."""
    with store.transaction() as s:
        code = codebook.create_code(s, name_ar="انتخابات")
        hits = search.search(s, "الانتخابات")
    found = [(h.doc_table, h.doc_id, h.doc_field, a, b, h.text[a:b]) for h in hits for a, b in h.highlights]
    edited, shortened, deleted = docs["hamza"]
    with store.transaction() as s:
        for turn_id, text in ((edited, "قال المشارك 👍🏽 إن الإنتخابات ليست مهمة."), (shortened, "[…]")):
            turn = s.get(TranscriptTurn, turn_id)
            assert turn is not None
            turn.text = "كلام آخر تماماً " + text if turn_id == edited else text
        gone = s.get(TranscriptTurn, deleted)
        assert gone is not None
        gone.deleted = True
    with store.transaction() as s:
        assert coding.autocode_found(s, code.id, found, "amal") == coding.Autocoded(created=0, stale=3)
    with store.session() as s:
        assert coding.segments_for(s, "transcript_turn", docs["hamza"]) == []
    with store.transaction() as s:  # the hits of a new search code as before
        again = [(h.doc_table, h.doc_id, h.doc_field, a, b, h.text[a:b])
                 for h in search.search(s, "الانتخابات") for a, b in h.highlights]
        assert coding.autocode_found(s, code.id, again, "amal") == coding.Autocoded(created=1, stale=0)
        quotes = [seg.quote for seg in coding.segments_for(s, "transcript_turn", docs["hamza"])]
    assert quotes == ["الإنتخابات"]
