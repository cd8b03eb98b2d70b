"""Reproducible demo data: roundtables and focus groups in Arabic and Sorani, with consent and coding.

The same seed gives the same rows; their ids are the same on every run on one device, and differ from
one device to another (two team laptops given the same seed send rows the centre can tell apart). It
goes through the ordinary ORM session, so the demo also has a change log, like real work, and can be
exported as a bundle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session as OrmSession

from desktop.core import demo_advocacy
from desktop.core import demo_text as T
from desktop.core.db import Store
from desktop.core.errors import StoreError
from desktop.core.ids import new_id
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Code,
    CodedSegment,
    ConsentClause,
    ConsentRecord,
    ConsentTemplate,
    Decision,
    Organisation,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.reference import AGE_BANDS, ATTENDANCE_ROLES, GOVERNORATES, pseudonym

KURDISH_GOVERNORATES = {"erbil", "sulaymaniyah", "duhok"}
START = dt.date(2022, 9, 1)


@dataclass
class DemoSummary:
    sessions: int
    participants: int
    turns: int
    segments: int
    recommendations: int = 0
    respondents: int = 0
    outreach: int = 0


class _Ids:
    """Reproducible UUIDv7s: time part from a fixed origin, random part from the seeded generator, mixed
    with the device's id. Two team laptops given the same seed made the same ids (the centre took the
    second laptop's rows for the first's and refused its bundle): now each device's are its own, the same
    on every run there, and the data (texts, dates, people) still the same for a seed everywhere."""

    def __init__(self, rng: random.Random, device_id: str = "") -> None:
        self.rng = rng
        self.ms = 1_662_000_000_000
        # XORed into the id's 74 random bits only (12 of rand_a, 62 of rand_b): version and variant stay.
        # The generator draws as before, so what a seed writes besides the ids does not change.
        salt = int.from_bytes(hashlib.sha256(device_id.encode()).digest()[:10], "big") >> 6 if device_id else 0
        self.mask = ((salt >> 62) & 0xFFF) << 64 | (salt & ((1 << 62) - 1))

    def __call__(self) -> str:
        self.ms += 1
        made = new_id(self.rng, self.ms)
        return str(uuid.UUID(int=uuid.UUID(made).int ^ self.mask)) if self.mask else made


class DemoDataPresent(StoreError):
    """The rows this seed makes are already in the database: running it again would only clash."""

    code = "demo_present"


def generate(
    store: Store, *, sessions: int = 24, seed: int = 1, coder: str = "demo", advocacy: bool = True
) -> DemoSummary:
    """Add demo data. A seed already used in this database is refused before anything is written;
    another seed adds a new set (its own codebook, sessions and people) beside the first."""
    rng = random.Random(seed)
    ids = _Ids(rng, store.device_id)
    counts: Counter[str] = Counter()
    first_id = _Ids(random.Random(seed), store.device_id)()  # the id of the first code this seed creates here
    before = _Ids(random.Random(seed))()  # and as a Majlis before the device's id was mixed in made it
    with store.session() as s:
        if s.get(Code, first_id) is not None or s.get(Code, before) is not None:
            raise DemoDataPresent(
                f"the demo data of seed {seed} is already in this database; nothing was changed "
                "(use another --seed to add more)"
            )
    with store.transaction() as s:
        codes = _codebook(s, ids)
        templates = _consent_templates(s, ids)
        orgs = _organisations(s, ids)
    numbers: Counter[tuple[str, str]] = Counter()
    # One transaction per session keeps memory flat for large demos and mirrors how work is saved.
    for i in range(sessions):
        gov = GOVERNORATES[rng.randrange(len(GOVERNORATES))]
        lang = "ckb" if gov.key in KURDISH_GOVERNORATES else "ar"
        # A roundtable every third session, from the first; but a demo of one session is a focus group:
        # a lone roundtable has no participant, no transcript and no quote, and the recommendations
        # below would stand on nobody's words (README: "the whole path from a quote to a policy").
        kind = "focus_group" if i % 3 or sessions == 1 else "roundtable"
        numbers[(gov.key, kind)] += 1
        with store.transaction() as s:
            session = Session(
                id=ids(),
                kind=kind,
                title=T.TITLES[(kind, lang)],
                date=START + dt.timedelta(days=rng.randrange(240)),
                start_time=f"{rng.choice((9, 10, 11, 14, 16)):02d}:00",
                governorate=gov.key,
                venue=rng.choice(T.VENUES[lang]),
                language=lang,
                facilitator=rng.choice(("F1", "F2", "F3")),
                note_taker=rng.choice(("N1", "N2")),
                status=rng.choice(("draft", "final", "final")),
                number=numbers[(gov.key, kind)],
            )
            session.end_time = f"{int(session.start_time[:2]) + 2:02d}:00"
            s.add(session)
            if kind == "focus_group":
                counts.update(_focus_group(s, ids, rng, session, lang, codes, templates[lang], coder))
            else:
                counts.update(_roundtable(s, ids, rng, session, lang, orgs, codes, coder))
            counts["sessions"] += 1
    if advocacy:  # recommendations built on the words above, a survey beside them, and outreach
        counts.update(demo_advocacy.generate(store, ids, rng, codes, orgs))
    return DemoSummary(
        counts["sessions"], counts["participants"], counts["turns"], counts["segments"],
        counts["recommendations"], counts["respondents"], counts["outreach"],
    )


def _codebook(s: OrmSession, ids: _Ids) -> dict[str, Code]:
    codes: dict[str, Code] = {}
    for pos, (key, parent, ar, ckb, en, colour) in enumerate(T.CODEBOOK):
        code = Code(
            id=ids(),
            parent_id=codes[parent].id if parent else None,
            name_ar=ar,
            name_ckb=ckb,
            name_en=en,
            colour=colour,
            position=float(pos),
        )
        s.add(code)
        s.flush()
        codes[key] = code
    return codes


def _consent_templates(s: OrmSession, ids: _Ids) -> dict[str, ConsentTemplate]:
    out = {}
    for lang, (title, body, meaning, clauses) in T.CONSENT_FORM.items():
        tpl = ConsentTemplate(
            id=ids(),
            template_key="session-consent",
            version=1,
            language=lang,
            title=title,
            body=body,
            signature_meaning=meaning,
            published=True,
        )
        s.add(tpl)
        s.flush()
        for pos, (key, text) in enumerate(clauses.items()):
            s.add(
                ConsentClause(
                    id=ids(), template_id=tpl.id, clause_key=key, text=text,
                    required=key == "participate", position=float(pos),
                )
            )
        out[lang] = tpl
    return out


def _organisations(s: OrmSession, ids: _Ids) -> list[Organisation]:
    orgs = []
    for name, kind in T.ORGANISATIONS:
        gov = "erbil" if any(ch in name for ch in "ڕێۆڵە") else "basra"
        org = Organisation(id=ids(), name=name, kind=kind, governorate=gov)
        s.add(org)
        orgs.append(org)
    s.flush()
    return orgs


def _focus_group(
    s: OrmSession,
    ids: _Ids,
    rng: random.Random,
    session: Session,
    lang: str,
    codes: dict[str, Code],
    template: ConsentTemplate,
    coder: str,
) -> Counter[str]:
    counts: Counter[str] = Counter()
    people = []
    for seat in range(1, rng.randint(5, 8) + 1):
        p = Participant(
            id=ids(),
            code=pseudonym(session.governorate, session.kind, session.number, seat),
            gender=rng.choice(("female", "male")),
            age_band=rng.choice(AGE_BANDS),
            governorate=session.governorate,
            district="",
            setting=rng.choice(("urban", "rural")),
            occupation=rng.choice(T.OCCUPATIONS[lang]),
            language=lang,
        )
        s.add(p)
        s.flush()
        s.add(Attendance(id=ids(), session_id=session.id, participant_id=p.id, role="citizen", seat=seat))
        quote_ok = rng.random() > 0.15
        s.add(
            ConsentRecord(
                id=ids(),
                participant_id=p.id,
                session_id=session.id,
                template_id=template.id,
                answers={
                    "participate": True, "audio": rng.random() > 0.3, "quote": quote_ok,
                    "photo": rng.random() > 0.5, "share": True, "contact": rng.random() > 0.5,
                },
                method=rng.choice(("on_screen", "paper", "verbal_witness")),
                witness="W1" if rng.random() > 0.5 else "",
                facilitator=session.facilitator,
                recorded_at=f"{session.date.isoformat()}T{session.start_time}:00+03:00",
            )
        )
        people.append(p)
        counts["participants"] += 1
    bank = T.ARABIC if lang == "ar" else T.SORANI
    prompts = T.FACILITATOR_PROMPTS[lang]
    position = 0.0
    for round_no in range(rng.randint(3, 5)):
        position += 1
        s.add(TranscriptTurn(id=ids(), session_id=session.id, position=position,
                             text=prompts[round_no % len(prompts)]))
        for speaker in rng.sample(people, k=min(len(people), rng.randint(2, 4))):
            picked = rng.sample(range(len(bank)), k=rng.randint(1, 3))
            text = " ".join(bank[j][0] for j in picked)
            position += 1
            turn = TranscriptTurn(id=ids(), session_id=session.id, position=position,
                                  participant_id=speaker.id, text=text,
                                  timestamp=f"0:{round_no * 12 + int(position) % 12:02d}:00")
            s.add(turn)
            counts["turns"] += 1
            offset = 0
            for j in picked:
                sentence, code_key = bank[j]
                if rng.random() < 0.7:
                    s.add(CodedSegment(id=ids(), code_id=codes[code_key].id, doc_table="transcript_turn",
                                       doc_id=turn.id, doc_field="text", start=offset,
                                       end=offset + len(sentence), coder=coder, quote=sentence))
                    counts["segments"] += 1
                offset += len(sentence) + 1
    return counts


def _roundtable(
    s: OrmSession,
    ids: _Ids,
    rng: random.Random,
    session: Session,
    lang: str,
    orgs: list[Organisation],
    codes: dict[str, Code],
    coder: str,
) -> Counter[str]:
    counts: Counter[str] = Counter()
    for seat, org in enumerate(rng.sample(orgs, k=rng.randint(3, 6)), start=1):
        role = {"legislative": "provincial_council_member", "executive": "ministry_official",
                "media": "media"}.get(org.kind, "cso")
        assert role in ATTENDANCE_ROLES
        s.add(Attendance(id=ids(), session_id=session.id, organisation_id=org.id, role=role, seat=seat))
    bank = T.ARABIC if lang == "ar" else T.SORANI
    for pos, (title, intro) in enumerate(rng.sample(T.AGENDA[lang], k=rng.randint(2, 4))):
        sentence, code_key = bank[rng.randrange(len(bank))]
        notes = f"{intro} {sentence}"
        item = AgendaItem(id=ids(), session_id=session.id, position=float(pos), title=title, notes=notes)
        s.add(item)
        start = len(intro) + 1
        s.add(CodedSegment(id=ids(), code_id=codes[code_key].id, doc_table="agenda_item", doc_id=item.id,
                           doc_field="notes", start=start, end=start + len(sentence), coder=coder,
                           quote=sentence))
        counts["segments"] += 1
    for pos, text in enumerate(rng.sample(T.DECISIONS[lang], k=2)):
        s.add(Decision(id=ids(), session_id=session.id, position=float(pos), text=text))
    for pos, (what, owner) in enumerate(rng.sample(T.ACTIONS[lang], k=2)):
        s.add(ActionItem(id=ids(), session_id=session.id, position=float(pos), what=what, owner=owner,
                         due_date=session.date + dt.timedelta(days=30), status=rng.choice(("open", "done"))))
    return counts
