"""Field-scale data generator for the benchmarks.

The campaign the design sizes for: 300 devices, 12,000 sessions, 2 million words of transcript and
100,000 coded segments. Rows are written with SQLAlchemy Core bulk inserts (no change log), which is
fast enough to build the whole campaign in about a minute here; the text comes from the same
Arabic and Sorani sentence banks as the demo data, with spelling variants so normalisation matters.

    python -m benchmarks.datagen --db /tmp/field.db [--sessions 12000] [--words 2000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path
from typing import Any

from desktop.core import demo_text as T
from desktop.core.db import Store, create_store
from desktop.core.ids import new_id
from desktop.core.models import (
    Code,
    CodedSegment,
    Device,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.reference import AGE_BANDS, GOVERNORATES, pseudonym

PASSPHRASE = "benchmark passphrase"
VARIANTS = (("ا", "أ"), ("ي", "ى"), ("ه", "ة"), ("ك", "ک"))


def _vary(sentence: str, rng: random.Random) -> str:
    """Spelling variants as people type them: hamza on alef, alef maqsura, Persian kaf, tatweel."""
    if rng.random() < 0.3:
        a, b = VARIANTS[rng.randrange(len(VARIANTS))]
        sentence = sentence.replace(a, b, 1)
    if rng.random() < 0.1:
        sentence = sentence.replace("ل", "لـ", 1)
    return sentence


def _bulk(store: Store, model: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        with store.engine.begin() as conn:
            conn.execute(model.__table__.insert(), rows)


def _base(rng: random.Random, device: str, ms: int) -> dict[str, Any]:
    hlc = f"{ms:013d}:00000:{device}"
    return {"id": new_id(rng, ms), "created_at": hlc, "updated_at": hlc, "origin_device": device,
            "deleted": False, "versions": {}}


def build(path: Path, *, sessions: int = 12_000, words: int = 2_000_000, segments: int = 100_000,
          devices: int = 300, seed: int = 1, passphrase: str = PASSPHRASE) -> dict[str, int]:
    rng = random.Random(seed)
    store = create_store(path, passphrase, "benchmark centre")
    device_ids = [new_id(rng, 1_660_000_000_000 + i) for i in range(devices)]
    _bulk(store, Device, [{"id": d, "name": f"field laptop {i + 1}", "public_key": "", "is_self": False,
                           "first_seen": "", "preregistered": False} for i, d in enumerate(device_ids)])
    ms = 1_662_000_000_000
    codes = []
    for _key, _parent, ar, ckb, en, colour in T.CODEBOOK:
        ms += 1
        row = {**_base(rng, device_ids[0], ms), "parent_id": None, "name_ar": ar, "name_ckb": ckb,
               "name_en": en, "colour": colour, "definition": "", "inclusion": "", "exclusion": "",
               "examples": "", "position": float(len(codes)), "merged_into": None}
        codes.append(row)
    _bulk(store, Code, codes)
    focus_groups = max(1, sessions * 2 // 3)
    words_per_session = max(1, words // focus_groups)
    seg_per_session = max(0, segments // focus_groups)
    counts = {"sessions": 0, "turns": 0, "words": 0, "segments": 0, "participants": 0}
    batch: dict[Any, list[dict[str, Any]]] = {Session: [], Participant: [], TranscriptTurn: [], CodedSegment: []}

    def flush() -> None:
        for model, rows in batch.items():
            _bulk(store, model, rows)
            rows.clear()

    for i in range(sessions):
        device = device_ids[i % devices]
        gov = GOVERNORATES[rng.randrange(len(GOVERNORATES))]
        lang = "ckb" if gov.key in ("erbil", "sulaymaniyah", "duhok") else "ar"
        kind = "focus_group" if i % 3 else "roundtable"
        ms += 1
        srow = {**_base(rng, device, ms), "kind": kind, "title": T.TITLES[(kind, lang)],
                "date": dt.date(2022, 9, 1) + dt.timedelta(days=rng.randrange(300)),
                "start_time": "10:00", "end_time": "12:00", "governorate": gov.key,
                "venue": rng.choice(T.VENUES[lang]), "language": lang, "facilitator": "F1",
                "note_taker": "N1", "status": "final", "number": i // len(GOVERNORATES) + 1, "summary": ""}
        batch[Session].append(srow)
        counts["sessions"] += 1
        if kind == "focus_group":
            bank = T.ARABIC if lang == "ar" else T.SORANI
            people = []
            for seat in range(1, 7):
                ms += 1
                prow = {**_base(rng, device, ms), "code": pseudonym(gov.key, kind, srow["number"], seat),
                        "real_name": None, "phone": None, "gender": rng.choice(("female", "male")),
                        "age_band": rng.choice(AGE_BANDS), "governorate": gov.key, "district": "",
                        "setting": rng.choice(("urban", "rural")), "occupation": "", "language": lang,
                        "attributes": {}, "reconsent_needed": False}
                batch[Participant].append(prow)
                people.append(prow["id"])
                counts["participants"] += 1
            written, position, turns = 0, 0.0, []
            while written < words_per_session:
                sentences = [_vary(bank[rng.randrange(len(bank))][0], rng) for _ in range(rng.randint(1, 4))]
                text = " ".join(sentences)
                position += 1
                ms += 1
                trow = {**_base(rng, device, ms), "session_id": srow["id"], "position": position,
                        "participant_id": rng.choice(people), "text": text, "timestamp": ""}
                batch[TranscriptTurn].append(trow)
                turns.append(trow)
                written += len(text.split())
            counts["turns"] += len(turns)
            counts["words"] += written
            for _ in range(seg_per_session):
                turn = turns[rng.randrange(len(turns))]
                start = rng.randrange(max(1, len(turn["text"]) - 10))
                end = min(len(turn["text"]), start + rng.randint(5, 60))
                ms += 1
                batch[CodedSegment].append({
                    **_base(rng, device, ms), "code_id": codes[rng.randrange(len(codes))]["id"],
                    "doc_table": "transcript_turn", "doc_id": turn["id"], "doc_field": "text",
                    "start": start, "end": end, "coder": "C1", "memo": "", "quote": turn["text"][start:end]})
                counts["segments"] += 1
        if len(batch[TranscriptTurn]) > 20_000:
            flush()
    flush()
    store.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--sessions", type=int, default=12_000)
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = build(args.db, sessions=args.sessions, words=args.words, segments=args.segments,
                   devices=args.devices, seed=args.seed)
    print(f"{counts} in {time.perf_counter() - start:.1f} s -> {args.db} (passphrase: {PASSPHRASE!r})")


if __name__ == "__main__":
    main()
