"""Retrieval, matrix, co-occurrence and agreement, against values computed by hand.

The data (offsets in code points, all texts 20 letters long or more):

Session S1: Basra, focus group, 2023-01-10. Participants P1 (female, 18-29, quote: yes),
P2 (male, 30-44, quote: NO), P3 (female, withdrew everything).
Session S2: Erbil, roundtable, 2023-03-01, one agenda item.
Codes: A, A1 (sub-code of A), B.

    T1 (P1): A [0,5)  B [3,9)  A1 [10,14)        all by coder "x"
    T2 (P2): A [0,4)  B [2,6)  A1 [4,8)          all by "x"
    T3 (P3): B [0,4)                             by "x"
    agenda (S2): A [0,6)                         by "y"
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import agreement, analysis, retrieval
from desktop.core.consent_rules import REDACTED
from desktop.core.db import Store
from desktop.core.models import (
    AgendaItem,
    Code,
    CodedSegment,
    ConsentRecord,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.retrieval import Filters

TEXT = "الشباب فقدوا الثقة بمجالس المحافظات بسبب ضعف الخدمات"


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.transaction() as s:
        s1 = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10), governorate="basra")
        s2 = Session(kind="roundtable", title="S2", date=dt.date(2023, 3, 1), governorate="erbil")
        s.add_all([s1, s2])
        people = {
            "P1": Participant(code="BSR-FG01-P01", gender="female", age_band="18-29", governorate="basra",
                              attributes={"disability": "yes"}),
            "P2": Participant(code="BSR-FG01-P02", gender="male", age_band="30-44", governorate="basra"),
            "P3": Participant(code="BSR-FG01-P03", gender="female", age_band="30-44", governorate="basra"),
        }
        s.add_all(people.values())
        s.flush()
        answers = {"P1": True, "P2": False, "P3": True}
        for key, p in people.items():
            s.add(ConsentRecord(participant_id=p.id, session_id=s1.id, template_id="t",
                                answers={"participate": True, "quote": answers[key]},
                                recorded_at="2023-01-10T09:00:00+03:00",
                                withdrawn_at="2023-02-01T00:00:00+03:00" if key == "P3" else None,
                                withdrawal_scope="all" if key == "P3" else None))
            ids[key] = p.id
        a = Code(name_en="A")
        s.add(a)
        s.flush()
        a1, b = Code(name_en="A1", parent_id=a.id), Code(name_en="B")
        s.add_all([a1, b])
        turns = {k: TranscriptTurn(session_id=s1.id, participant_id=people[k].id, text=TEXT, position=i)
                 for i, k in enumerate(("P1", "P2", "P3"))}
        item = AgendaItem(session_id=s2.id, notes=TEXT)
        s.add_all([*turns.values(), item])
        s.flush()
        ids.update(A=a.id, A1=a1.id, B=b.id, S1=s1.id, S2=s2.id, T1=turns["P1"].id, T2=turns["P2"].id,
                   T3=turns["P3"].id, item=item.id)

        def seg(code: Code, table: str, doc: str, start: int, end: int, coder: str) -> None:
            field = "notes" if table == "agenda_item" else "text"
            s.add(CodedSegment(code_id=code.id, doc_table=table, doc_id=doc, doc_field=field, start=start,
                               end=end, coder=coder, quote=TEXT[start:end]))

        t1, t2, t3 = ids["T1"], ids["T2"], ids["T3"]
        seg(a, "transcript_turn", t1, 0, 5, "x")
        seg(b, "transcript_turn", t1, 3, 9, "x")
        seg(a1, "transcript_turn", t1, 10, 14, "x")
        seg(a, "transcript_turn", t2, 0, 4, "x")
        seg(b, "transcript_turn", t2, 2, 6, "x")
        seg(a1, "transcript_turn", t2, 4, 8, "x")
        seg(b, "transcript_turn", t3, 0, 4, "x")
        seg(a, "agenda_item", item.id, 0, 6, "y")
    return ids


def test_retrieval_subcodes_filters_and_consent(store: Store, world: dict[str, str]) -> None:
    with store.session() as s:
        # A with sub-codes: T1-A, T1-A1, T2-A, T2-A1, agenda-A = 5; without: 3.
        assert len(retrieval.retrieve(s, [world["A"]])) == 5
        assert len(retrieval.retrieve(s, [world["A"]], include_subcodes=False)) == 3
        basra = retrieval.retrieve(s, [world["A"]], filters=Filters(governorates=frozenset({"basra"})))
        assert len(basra) == 4
        female = retrieval.retrieve(s, [world["A"]], filters=Filters(genders=frozenset({"female"})))
        assert {(r.doc_id, r.start) for r in female} == {(world["T1"], 0), (world["T1"], 10)}
        assert female[0].speaker == "BSR-FG01-P01" and female[0].age_band == "18-29"
        assert len(retrieval.retrieve(s, None, filters=Filters(coders=frozenset({"y"})))) == 1
        assert len(retrieval.retrieve(s, None, filters=Filters(kinds=frozenset({"roundtable"})))) == 1
        march = Filters(date_from=dt.date(2023, 2, 1), date_to=dt.date(2023, 3, 31))
        assert [r.doc_table for r in retrieval.retrieve(s, None, filters=march)] == ["agenda_item"]
        disab = Filters(attributes=(("disability", frozenset({"yes"})),))
        assert len(retrieval.retrieve(s, None, filters=disab)) == 3
        # P2 did not agree to quotes: marked, and left out of quote listings.
        t2 = [r for r in retrieval.retrieve(s, [world["A"]]) if r.doc_id == world["T2"]]
        assert t2 and all(r.do_not_quote for r in t2)
        assert len(retrieval.quotes(s, [world["A"]])) == 3
        # P3 withdrew: the words are redacted, context too.
        (t3,) = retrieval.retrieve(s, [world["B"]], filters=Filters(age_bands=frozenset({"30-44"}),
                                                                     genders=frozenset({"female"})))
        assert t3.redacted and t3.text == REDACTED and t3.before == t3.after == ""
        ok = retrieval.retrieve(s, [world["A"]], include_subcodes=False)[0]
        assert ok.text == TEXT[0:5] and ok.after == TEXT[5:5 + retrieval.CONTEXT_CHARS]
        assert retrieval.coders(s) == ["x", "y"]


def test_matrix_and_drill_down(store: Store, world: dict[str, str]) -> None:
    """By hand: A basra = T1-A, T2-A (2 segments, P1 and P2); A erbil = agenda (1 segment, nobody);
    A1 basra = 2 (P1, P2); B basra = T1-B, T2-B, T3-B (3, P1 P2 P3). Rollup A/gender: female = T1-A,
    T1-A1 (2 segments, 1 participant); male = T2-A, T2-A1 (2, 1); unknown = agenda (1, 0)."""
    a, a1, b = world["A"], world["A1"], world["B"]
    with store.session() as s:
        m = analysis.matrix(s, "governorate", [a, a1, b])
        assert m.values == ["basra", "erbil"]
        got = {(c, v): (m.cell(c, v).segments, m.cell(c, v).participants) for c in m.code_ids for v in m.values}
        assert got == {(a, "basra"): (2, 2), (a, "erbil"): (1, 0), (a1, "basra"): (2, 2), (a1, "erbil"): (0, 0),
                       (b, "basra"): (3, 3), (b, "erbil"): (0, 0)}
        g = analysis.matrix(s, "gender", [a], rollup=True)
        assert g.values == ["female", "male", ""]
        assert [(g.cell(a, v).segments, g.cell(a, v).participants) for v in g.values] == [(2, 1), (2, 1), (1, 0)]
        assert g.row_total(a) == 5
        cell = analysis.drill_down(s, a, "gender", "female", rollup=True)
        assert sorted(r.start for r in cell) == [0, 10]
        assert set(analysis.matrix(s, "session_kind").values) == {"focus_group", "roundtable"}
        assert analysis.matrix(s, "attr:disability", [a]).cell(a, "yes").segments == 1


def test_cooccurrence(store: Store, world: dict[str, str]) -> None:
    """By hand: T1 A[0,5)&B[3,9) overlap; A1[10,14) touches nothing. T2 A[0,4)&B[2,6) overlap,
    A1[4,8)&B[2,6) overlap, A1[4,8) only touches A[0,4) (no overlap). So A-B = 2, A1-B = 1, A-A1 = 0."""
    a, a1, b = world["A"], world["A1"], world["B"]
    with store.session() as s:
        table = analysis.cooccurrence(s)
        assert analysis.pair_count(table, a, b) == 2
        assert analysis.pair_count(table, b, a1) == 1
        assert analysis.pair_count(table, a, a1) == 0


def test_agreement_counts_only_coded_text(store: Store, world: dict[str, str]) -> None:
    """One turn, two coders; 30 more letters nobody coded follow (they must not count).

        amal:   A [0,10)  B [10,20)
        bashir: A [0,6)   B [6,20)

    Universe = [0,20) = 20 characters. Pieces: [0,6) {A}/{A} agree, [6,10) {A}/{B} disagree,
    [10,20) {B}/{B} agree.
    Overall: p_o = 16/20 = 0.8. Categories: amal {A}=10 {B}=10; bashir {A}=6 {B}=14.
             p_e = (10*6 + 10*14)/20^2 = 200/400 = 0.5; kappa = (0.8-0.5)/(1-0.5) = 0.6.
    Code A:  both 6, amal only 4, bashir only 0 -> percent 6/10 = 60 %.
             Over the universe: TT=6 TF=4 FF=10; p_o = 0.8; p_e = .5*.3 + .5*.7 = .5; kappa 0.6.
    Code B:  both 10, bashir only 4 -> percent 10/14 = 71.43 %; TT=10 FT=4 FF=6; p_e = .5*.7+.5*.3 = .5;
             kappa 0.6.
    Disagreements: [6,10) A by amal, [6,10) B by bashir.
    """
    a, b, turn = world["A"], world["B"], world["T1"]
    with store.transaction() as s:
        for code, start, end, coder in ((a, 0, 10, "amal"), (b, 10, 20, "amal"),
                                        (a, 0, 6, "bashir"), (b, 6, 20, "bashir")):
            s.add(CodedSegment(code_id=code, doc_table="transcript_turn", doc_id=turn, doc_field="text",
                               start=start, end=end, coder=coder, quote=TEXT[start:end]))
    with store.session() as s:
        r = agreement.compare(s, "amal", "bashir")
        assert r.documents == [("transcript_turn", turn, "text")]
        assert r.characters == 20
        assert r.percent == pytest.approx(80.0)
        assert r.kappa == pytest.approx(0.6)
        per = {c.code_id: c for c in r.per_code}
        assert (per[a].both, per[a].only_a, per[a].only_b) == (6, 4, 0)
        assert per[a].percent == pytest.approx(60.0) and per[a].kappa == pytest.approx(0.6)
        assert (per[b].both, per[b].only_a, per[b].only_b) == (10, 0, 4)
        assert per[b].percent == pytest.approx(100 * 10 / 14) and per[b].kappa == pytest.approx(0.6)
        got = {(d.start, d.end, d.code_id, d.coder) for d in r.disagreements}
        assert got == {(6, 10, a, "amal"), (6, 10, b, "bashir")}
        same = agreement.compare(s, "x", "x")
        assert same.percent == pytest.approx(100.0) and same.kappa == pytest.approx(1.0)
        assert agreement.compare(s, "amal", "nobody").characters == 0
