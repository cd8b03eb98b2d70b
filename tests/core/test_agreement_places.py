"""Where each disagreement opens in the coding window, read in a bounded number of queries.

The Agreement tab waited on ``disagreement_places``: it asked the database once for every disagreement
(and looked its document up again), so a project with thousands of disagreements between two coders
made thousands of round trips before the tab showed anything. Now the documents and the codings are
read a table at a time, and the places are the same as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from desktop.core import agreement, coding, transcripts
from desktop.core.agreement import Disagreement
from desktop.core.db import Store
from desktop.core.models import AgendaItem, Code, Decision, Session, TranscriptTurn

TEXT = "الشباب فقدوا الثقة بمجالس المحافظات بسبب ضعف الخدمات"


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements the store's engine runs meanwhile."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def test_places_across_documents_sessions_deleted_documents_and_coders(store: Store) -> None:
    with store.transaction() as s:
        s1 = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10), summary=TEXT)
        s2 = Session(kind="roundtable", title="S2", date=dt.date(2023, 1, 11))
        gone = Session(kind="roundtable", title="S3", date=dt.date(2023, 1, 12), summary=TEXT)
        a, b = Code(name_en="A"), Code(name_en="B")
        s.add_all([s1, s2, gone, a, b])
        s.flush()
        turn = TranscriptTurn(session_id=s1.id, text=TEXT, position=1.0)
        deleted_turn = TranscriptTurn(session_id=s1.id, text=TEXT, position=2.0)
        item = AgendaItem(session_id=s2.id, notes=TEXT)
        decision = Decision(session_id=s2.id, text=TEXT)
        s.add_all([turn, deleted_turn, item, decision])
        s.flush()

        def code(code_id: str, table: str, doc_id: str, field: str, start: int, end: int, coder: str) -> str:
            return coding.apply_code(s, code_id, table, doc_id, field, start, end, coder).id

        t = ("transcript_turn", turn.id, "text")
        x_a = code(a.id, *t, 0, 20, "x")
        x_a_later = code(a.id, *t, 5, 25, "x")  # also over 10..12: the one starting first is the place
        y_a = code(a.id, *t, 10, 30, "y")
        z_a = code(a.id, *t, 0, 30, "z")  # another coder's coding of the same code is not x's
        x_b = code(b.id, *t, 30, 40, "x")
        y_b_removed = code(b.id, *t, 40, 50, "y")
        coding.remove_coding(s, y_b_removed)  # removed since the comparison: no coding to open at
        i = ("agenda_item", item.id, "notes")
        x_i = code(a.id, *i, 0, 12, "x")
        dec = ("decision", decision.id, "text")
        y_d = code(b.id, *dec, 3, 9, "y")
        summary = ("session", s1.id, "summary")
        y_s = code(a.id, *summary, 0, 6, "y")
        code(a.id, "session", gone.id, "summary", 0, 6, "x")
        code(a.id, "transcript_turn", deleted_turn.id, "text", 0, 6, "x")
        transcripts.delete_turn(s, deleted_turn.id)
        gone.deleted = True
        ids = {"s1": s1.id, "s2": s2.id}

    wanted = [
        (Disagreement(t, 0, 5, a.id, "x"), (ids["s1"], x_a)),
        (Disagreement(t, 10, 12, a.id, "x"), (ids["s1"], x_a)),
        (Disagreement(t, 21, 25, a.id, "x"), (ids["s1"], x_a_later)),
        (Disagreement(t, 20, 30, a.id, "y"), (ids["s1"], y_a)),
        (Disagreement(t, 25, 30, a.id, "z"), (ids["s1"], z_a)),
        (Disagreement(t, 30, 40, b.id, "x"), (ids["s1"], x_b)),
        (Disagreement(t, 40, 50, b.id, "y"), (ids["s1"], "")),  # its coding removed since
        (Disagreement(t, 0, 5, a.id, "nobody"), (ids["s1"], "")),
        (Disagreement(t, 35, 45, b.id, "x"), (ids["s1"], "")),  # no coding of x's over all of it
        (Disagreement(i, 2, 6, a.id, "x"), (ids["s2"], x_i)),
        (Disagreement(dec, 4, 8, b.id, "y"), (ids["s2"], y_d)),
        (Disagreement(summary, 0, 6, a.id, "y"), (ids["s1"], y_s)),
    ]
    none = [  # no place: the document deleted since, its session deleted, or nothing that can be coded
        Disagreement(("transcript_turn", deleted_turn.id, "text"), 0, 6, a.id, "x"),
        Disagreement(("session", gone.id, "summary"), 0, 6, a.id, "x"),
        Disagreement(("transcript_turn", "no-such-turn", "text"), 0, 6, a.id, "x"),
        Disagreement(("transcript_turn", turn.id, "notes"), 0, 6, a.id, "x"),
        Disagreement(("memo", turn.id, "text"), 0, 6, a.id, "x"),
    ]
    with store.transaction() as s:
        places = agreement.disagreement_places(s, [d for d, _ in wanted] + none)
    assert {id(d): place for d, place in wanted} == places


def test_places_are_read_in_as_many_queries_for_many_disagreements_as_for_few(store: Store) -> None:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10), summary=TEXT)
        other = Session(kind="roundtable", title="S2", date=dt.date(2023, 1, 11))
        code = Code(name_en="A")
        s.add_all([session, other, code])
        s.flush()
        turns = [TranscriptTurn(session_id=session.id, text=TEXT, position=float(n)) for n in range(3)]
        item = AgendaItem(session_id=other.id, notes=TEXT)
        s.add_all([*turns, item])
        s.flush()
        docs = [("transcript_turn", turn.id, "text") for turn in turns]
        docs += [("agenda_item", item.id, "notes"), ("session", session.id, "summary")]
        for doc in docs:
            for start in range(0, 40, 4):  # ten codings a document and a coder
                for coder in ("x", "y"):
                    coding.apply_code(s, code.id, *doc, start, start + 4, coder)
        code_id = code.id

    def count(disagreements: list[Disagreement]) -> tuple[int, int]:
        with store.transaction() as s, statements(store) as seen:
            places = agreement.disagreement_places(s, disagreements)
        assert len(places) == len(disagreements)
        assert all(segment for _session, segment in places.values())
        return len(seen), len(disagreements)

    few = [Disagreement(doc, 0, 4, code_id, "x") for doc in docs]
    many = [Disagreement(doc, start, start + 4, code_id, coder)
            for doc in docs for start in range(0, 40, 4) for coder in ("x", "y")]
    (queries_few, n_few), (queries_many, n_many) = count(few), count(many)
    assert n_many == 20 * n_few
    assert queries_many == queries_few, (queries_few, queries_many)


def test_the_words_are_read_in_as_many_queries_for_many_documents_as_for_few(store: Store) -> None:
    """The Agreement tab shows each disagreement's words: ``disagreement_texts`` looked each document up
    on its own, a query a document; now the documents come a table at a time, with the same words."""
    with store.transaction() as s:
        session = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10), summary=TEXT)
        code = Code(name_en="A")
        s.add_all([session, code])
        s.flush()
        turns = [TranscriptTurn(session_id=session.id, text=f"{n} {TEXT}", position=float(n)) for n in range(40)]
        gone = TranscriptTurn(session_id=session.id, text=TEXT, position=99.0)
        s.add_all([*turns, gone])
        s.flush()
        transcripts.delete_turn(s, gone.id)
        docs = [("transcript_turn", turn.id, "text") for turn in turns]
        expected = [f"{n} {TEXT}"[:8] for n in range(40)]
        gone_doc = ("transcript_turn", gone.id, "text")
        code_id = code.id

    def read(disagreements: list[Disagreement]) -> tuple[dict[int, str], int]:
        with store.transaction() as s, statements(store) as seen:
            texts = agreement.disagreement_texts(s, disagreements)
        return texts, len(seen)

    few = [Disagreement(doc, 0, 8, code_id, "x") for doc in docs[:3]] + [Disagreement(gone_doc, 0, 8, code_id, "x")]
    many = [Disagreement(doc, 0, 8, code_id, "x") for doc in docs] + [Disagreement(gone_doc, 0, 8, code_id, "x")]
    (texts_few, queries_few), (texts_many, queries_many) = read(few), read(many)
    assert [texts_many[id(d)] for d in many] == [*expected, ""]
    assert [texts_few[id(d)] for d in few] == [*expected[:3], ""]
    assert queries_many == queries_few, (queries_few, queries_many)
