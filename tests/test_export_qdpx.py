"""REFI-QDA project export (.qdpx): schema-valid, selections point at the coded words, consent applied."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import consent_rules, demo
from desktop.core.db import Store
from desktop.core.models import CodedSegment, ConsentRecord, TranscriptTurn
from desktop.exports.qdpx import NS, export_qdpx
from tests.conftest import PASSPHRASE
from tests.refi_schemas import validate_project

Q = f"{{{NS}}}"


def _read(path: Path) -> tuple[ET.Element, dict[str, str], bytes]:
    with zipfile.ZipFile(path) as zf:
        qde = zf.read("project.qde")
        sources = {
            name.removeprefix("sources/"): zf.read(name).decode("utf-8")
            for name in zf.namelist()
            if name.startswith("sources/")
        }
    return ET.fromstring(qde), sources, qde


def _selections(root: ET.Element, sources: dict[str, str]) -> dict[str, tuple[str, str, ET.Element]]:
    """segment guid -> (selected text, source file text, selection element)."""
    out = {}
    for src in root.iter(f"{Q}TextSource"):
        path = src.get("plainTextPath", "")
        assert path.startswith("internal://")
        text = sources[path.removeprefix("internal://")]
        for sel in src.findall(f"{Q}PlainTextSelection"):
            start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            out[sel.get("guid", "")] = (text[start:end], text, sel)
    return out


@pytest.fixture
def demo_store(store: Store) -> Store:
    demo.generate(store, sessions=6, seed=3)
    return store


def _validate(qde: bytes, _tmp_path: Path) -> None:
    validate_project(qde)


def test_export_is_valid_and_selections_match_quotes(demo_store: Store, tmp_path: Path) -> None:
    out = export_qdpx(demo_store, tmp_path / "majlis.qdpx")
    assert out == tmp_path / "majlis.qdpx"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-export-")] == []
    root, sources, qde = _read(out)
    _validate(qde, tmp_path)
    assert len(list(root.iter(f"{Q}TextSource"))) == 6
    assert len(sources) == 6
    code_guids = {c.get("guid") for c in root.iter(f"{Q}Code")}
    user_guids = {u.get("guid") for u in root.iter(f"{Q}User")}
    selections = _selections(root, sources)
    with demo_store.session() as s:
        live = select(CodedSegment).where(CodedSegment.deleted.is_(False))
        segments = {seg.id: seg for seg in s.scalars(live)}
    assert segments and set(selections) == set(segments)
    for guid, (selected, _text, sel) in selections.items():
        assert selected == segments[guid].quote
        coding = sel.find(f"{Q}Coding")
        assert coding is not None
        ref = coding.find(f"{Q}CodeRef")
        assert ref is not None and ref.get("targetGUID") == segments[guid].code_id
        assert ref.get("targetGUID") in code_guids
        assert sel.get("creatingUser") in user_guids
    # Focus-group speakers appear under pseudonyms or as the facilitator.
    assert any("Facilitator: " in text for text in sources.values())


def test_withdrawn_participant_is_redacted_and_uncoded(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.transaction() as s:
        seg, turn = s.execute(
            select(CodedSegment, TranscriptTurn)
            .join(TranscriptTurn, TranscriptTurn.id == CodedSegment.doc_id)
            .where(CodedSegment.doc_table == "transcript_turn", TranscriptTurn.participant_id.is_not(None))
            .limit(1)
        ).one()
        pid = turn.participant_id
        assert pid is not None
        withdrawn_turns = list(s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == pid)))
        withdrawn_texts = [t.text for t in withdrawn_turns if len(t.text) > 20]
        withdrawn_segments = set(
            s.scalars(select(CodedSegment.id).where(CodedSegment.doc_id.in_([t.id for t in withdrawn_turns])))
        )
        records = list(s.scalars(select(ConsentRecord).where(ConsentRecord.participant_id == pid)))
        assert records
        for record in records:
            record.withdrawn_at = "2024-01-01"
            record.withdrawal_scope = "all"
    assert withdrawn_texts and seg.id in withdrawn_segments

    out = export_qdpx(demo_store, tmp_path / "withdrawn.qdpx")
    root, sources, qde = _read(out)
    _validate(qde, tmp_path)
    everything = "\n".join(sources.values())
    for text in withdrawn_texts:
        assert text not in everything
    assert consent_rules.REDACTED in everything
    selections = _selections(root, sources)
    assert not withdrawn_segments & set(selections)
    assert selections  # the others' coding is still there
    with demo_store.session() as s:
        quotes = {sid: q for sid, q in s.execute(select(CodedSegment.id, CodedSegment.quote))}
    for guid, (selected, _text, _sel) in selections.items():
        assert selected == quotes[guid]


def test_needs_review_segment_has_note(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.transaction() as s:
        seg = s.scalars(select(CodedSegment).limit(1)).one()
        seg.needs_review = True
        seg_id = seg.id
    root, sources, _qde = _read(export_qdpx(demo_store, tmp_path / "review.qdpx"))
    _selected, _text, sel = _selections(root, sources)[seg_id]
    description = sel.find(f"{Q}Description")
    assert description is not None and "review" in (description.text or "").lower()


def test_cli_export_qdpx(
    demo_store: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import main

    demo_store.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli.qdpx"
    assert main(["export", "qdpx", "--db", str(db_path), "--out", str(out)]) == 0
    root, sources, qde = _read(out)
    _validate(qde, tmp_path)
    assert len(sources) == 6
    assert main(["export", "qdpx", "--db", str(db_path), "--out", str(tmp_path / "nope" / "x.qdpx")]) != 0
