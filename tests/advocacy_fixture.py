"""A small, hand-countable world for the recommendation tests.

Three sessions (Basra and Erbil focus groups, a Baghdad roundtable), six participants with known
gender, age band and consent (one withdraws everything, one withdraws quotes, one never agreed to be
quoted), two organisations, and coded segments whose supporters the tests count by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.db import Store
from desktop.core.models import (
    AgendaItem,
    Attendance,
    Code,
    CodedSegment,
    ConsentRecord,
    ConsentTemplate,
    Organisation,
    Participant,
    Session,
    TranscriptTurn,
)

YES = {"participate": True, "audio": True, "quote": True, "photo": False, "share": True, "contact": False}
#: Words of the participant who withdraws everything: they must never appear in a quote or a brief.
WITHDRAWN_WORDS = "كلام المشاركة المنسحبة عن البطاقة البايومترية"


@dataclass
class World:
    codes: dict[str, str] = field(default_factory=dict)  # A (parent), A1 (child of A), B
    sessions: dict[str, str] = field(default_factory=dict)  # S1 basra, S2 erbil, S3 baghdad
    people: dict[str, str] = field(default_factory=dict)  # P1..P6
    orgs: dict[str, str] = field(default_factory=dict)  # O1, O2
    segments: dict[str, str] = field(default_factory=dict)  # seg1..seg9
    turns: dict[str, str] = field(default_factory=dict)
    consents: dict[str, str] = field(default_factory=dict)


def build(store: Store) -> World:
    w = World()
    with store.transaction() as s:
        tpl = ConsentTemplate(template_key="session-consent", version=1, language="ar", title="موافقة",
                              published=True)
        s.add(tpl)
        for key, ar, en, parent in (("A", "بطاقة الناخب", "Voter cards", None),
                                    ("A1", "البطاقة البايومترية", "Biometric card", "A"),
                                    ("B", "إعلان النتائج", "Publishing results", None)):
            code = Code(name_ar=ar, name_en=en, name_ckb="", parent_id=w.codes.get(parent or ""))
            s.add(code)
            s.flush()
            w.codes[key] = code.id
        for key, name in (("O1", "شبكة شمس"), ("O2", "تحالف رصد")):
            org = Organisation(name=name, kind="cso", governorate="baghdad")
            s.add(org)
            s.flush()
            w.orgs[key] = org.id
        for key, gov, kind, day in (("S1", "basra", "focus_group", 10), ("S2", "erbil", "focus_group", 20),
                                    ("S3", "baghdad", "roundtable", 28)):
            session = Session(kind=kind, title=f"{key} {gov}", date=dt.date(2023, 1, day), governorate=gov)
            s.add(session)
            s.flush()
            w.sessions[key] = session.id
        s.flush()
        people = (
            ("P1", "S1", "female", "18-24", YES),
            ("P2", "S1", "male", "25-34", {**YES, "quote": False}),
            ("P3", "S1", "female", "25-34", YES),  # withdraws everything later
            ("P4", "S1", "male", "35-44", YES),  # withdraws quotes later
            ("P5", "S2", "female", "45-54", YES),
            ("P6", "S2", "male", "", YES),
        )
        for key, skey, gender, band, answers in people:
            p = Participant(code=f"X-{key}", gender=gender, age_band=band, governorate="basra")
            s.add(p)
            s.flush()
            w.people[key] = p.id
            s.add(Attendance(session_id=w.sessions[skey], participant_id=p.id, role="citizen"))
            rec = ConsentRecord(participant_id=p.id, session_id=w.sessions[skey], template_id=tpl.id,
                                answers=dict(answers), method="on_screen", recorded_at="2023-01-01T10:00:00+03:00")
            s.add(rec)
            s.flush()
            w.consents[key] = rec.id
        s.add(Attendance(session_id=w.sessions["S1"], organisation_id=w.orgs["O1"], role="cso"))
        s.add(Attendance(session_id=w.sessions["S3"], organisation_id=w.orgs["O1"], role="cso"))
        s.add(Attendance(session_id=w.sessions["S3"], organisation_id=w.orgs["O2"], role="cso"))
        turns = (
            ("T1", "S1", "P1", "نريد بطاقة بايومترية لكل ناخب. والنتائج يجب أن تعلن بسرعة."),
            ("T2", "S1", "P2", "البطاقة القديمة سهلة التزوير."),
            ("T3", "S1", "P3", WITHDRAWN_WORDS),
            ("T4", "S1", "P4", "البطاقة الجديدة تحمي صوتي."),
            ("T5", "S1", None, "ما رأيكم في بطاقة الناخب؟"),
            ("T6", "S2", "P5", "ئەنجامەکان دەبێت زوو ڕابگەیەنرێن."),
            ("T7", "S2", "P6", "کارتی دەنگدەر گرنگە."),
        )
        for pos, (key, skey, pkey, text) in enumerate(turns):
            turn = TranscriptTurn(session_id=w.sessions[skey], participant_id=w.people.get(pkey or ""),
                                  text=text, position=float(pos))
            s.add(turn)
            s.flush()
            w.turns[key] = turn.id
        item = AgendaItem(session_id=w.sessions["S3"], title="البطاقة", notes="اتفق الحضور على البطاقة البايومترية.")
        s.add(item)
        s.flush()
        segs = (
            ("seg1", "A1", "transcript_turn", w.turns["T1"], "text"),
            ("seg2", "A", "transcript_turn", w.turns["T2"], "text"),
            ("seg3", "A", "transcript_turn", w.turns["T3"], "text"),
            ("seg4", "A1", "transcript_turn", w.turns["T4"], "text"),
            ("seg5", "B", "transcript_turn", w.turns["T6"], "text"),
            ("seg6", "A", "transcript_turn", w.turns["T7"], "text"),
            ("seg7", "A", "agenda_item", item.id, "notes"),
            ("seg8", "A", "transcript_turn", w.turns["T5"], "text"),
            ("seg9", "B", "transcript_turn", w.turns["T1"], "text"),
        )
        for key, code_key, table, doc_id, doc_field in segs:
            doc = s.get(TranscriptTurn if table == "transcript_turn" else AgendaItem, doc_id)
            text = getattr(doc, doc_field)
            end = len(text) if key != "seg1" else text.index(".") + 1
            start = 0 if key != "seg9" else text.index(".") + 2
            seg = CodedSegment(code_id=w.codes[code_key], doc_table=table, doc_id=doc_id, doc_field=doc_field,
                               start=start, end=end if key != "seg9" else len(text), coder="t",
                               quote=text[start:(end if key != "seg9" else len(text))])
            s.add(seg)
            s.flush()
            w.segments[key] = seg.id
    with store.transaction() as s:  # the withdrawals come later, as in the field
        p3 = s.get(ConsentRecord, w.consents["P3"])
        p4 = s.get(ConsentRecord, w.consents["P4"])
        assert p3 is not None and p4 is not None
        p3.withdrawn_at, p3.withdrawal_scope = "2023-02-01", "all"
        p4.withdrawn_at, p4.withdrawal_scope = "2023-02-01", "quotes"
    return w
