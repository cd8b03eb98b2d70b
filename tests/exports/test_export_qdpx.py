"""REFI-QDA project export (.qdpx): schema-valid, selections point at the coded words, consent applied."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import codebook, consent_rules
from desktop.core.db import Store
from desktop.core.models import (
    Attendance,
    Code,
    CodedSegment,
    ConsentRecord,
    Memo,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.exports.qdpx import NS, export_qdpx
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_store_fixture
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


# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=6, seed=3)


@pytest.fixture
def demo_store(store: Store) -> Store:
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
    # Focus-group speakers appear under pseudonyms or as the facilitator, in the project's language
    # (by default the language most sessions are held in: Arabic in the demo).
    from desktop.i18n.catalogue import translate

    assert any(f"{translate('ar', 'RefiQda', 'Facilitator')}: " in text for text in sources.values())


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
    root, sources, _qde = _read(export_qdpx(demo_store, tmp_path / "review.qdpx", lang="en"))
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
    assert main(["export", "qdpx", "--db", str(db_path), "--out", str(tmp_path / "nope" / "x.qdpx")]) == 3  # README: 3 when a folder given is not there


def _case_values(root: ET.Element) -> dict[str, dict[str, str]]:
    names = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    out = {}
    for case in root.iter(f"{Q}Case"):
        values = {}
        for value in case.findall(f"{Q}VariableValue"):
            ref = value.find(f"{Q}VariableRef")
            text = value.find(f"{Q}TextValue")
            assert ref is not None and text is not None
            values[names[ref.get("targetGUID")]] = text.text or ""
        out[case.get("name", "")] = values
    return out  # type: ignore[return-value]


def test_cases_variables_creators_and_project_language(demo_store: Store, tmp_path: Path) -> None:
    from desktop.exports.enum_labels import enum_label
    from desktop.i18n.catalogue import translate

    with demo_store.transaction() as s:
        sessions = list(s.scalars(select(Session).order_by(Session.date)))
        twin = sessions[1]
        twin.title, twin.date = sessions[0].title, sessions[0].date  # same date and title: still two names
        people = {p.id: p for p in s.scalars(select(Participant))}
    out = export_qdpx(demo_store, tmp_path / "ar.qdpx", lang="ar")
    root, sources, qde = _read(out)
    _validate(qde, tmp_path)
    names = [src.get("name") for src in root.iter(f"{Q}TextSource")]
    assert len(names) == len(set(names)) == 6
    everything = "\n".join(sources.values())
    assert "Facilitator: " not in everything and f"{translate('ar', 'RefiQda', 'Facilitator')}: " in everything
    assert "Decision: " not in everything and f"{translate('ar', 'RefiQda', 'Decision')}: " in everything
    cases = _case_values(root)
    with demo_store.session() as s:
        speakers = {p for (p,) in s.execute(select(TranscriptTurn.participant_id).where(
            TranscriptTurn.participant_id.is_not(None)))}
        attendees = {p for (p,) in s.execute(select(Attendance.participant_id).where(
            Attendance.participant_id.is_not(None)))}
    expected = {people[p].code for p in speakers | attendees}  # type: ignore[index]
    assert set(cases) == expected
    for pid in speakers | attendees:
        person = people[pid]  # type: ignore[index]
        values = cases[person.code]
        assert values[translate("ar", "RefiQda", "Gender")] == enum_label("gender", person.gender, "ar") != person.gender
        assert values[translate("ar", "RefiQda", "Age band")] == person.age_band
    source_guids = {src.get("guid") for src in root.iter(f"{Q}TextSource")}
    selection_guids = {sel.get("guid") for sel in root.iter(f"{Q}PlainTextSelection")}
    refs = [r.get("targetGUID") for r in root.iter(f"{Q}SourceRef")]
    assert refs and set(refs) <= source_guids
    sel_refs = [r.get("targetGUID") for r in root.iter(f"{Q}SelectionRef")]
    assert sel_refs and set(sel_refs) <= selection_guids
    users = {u.get("guid"): u.get("name") for u in root.iter(f"{Q}User")}
    for src in root.iter(f"{Q}TextSource"):
        assert users[src.get("creatingUser")]  # the facilitator
        assert src.get("creationDateTime", "").startswith("20") and src.get("modifiedDateTime")
        kinds = [v for v in src.iter(f"{Q}TextValue")]
        assert kinds and kinds[0].text in {enum_label("kind", k, "ar") for k in ("roundtable", "focus_group")}


def test_codebook_keeps_three_names_and_criteria_and_imports_back(demo_store: Store, tmp_path: Path) -> None:
    from desktop.exports import refi_qda
    from tests.stores import fresh_store

    with demo_store.transaction() as s:
        code = codebook.live_codes(s)[0]
        code.inclusion, code.exclusion, code.examples = "حين يذكر المشارك\nسطر ثانٍ", "ليس هنا", "«مثال» 😀"
        code.name_ar, code.name_ckb, code.name_en = "العدالة", "دادپەروەری", "Fairness"
        code_id = code.id
    out = export_qdpx(demo_store, tmp_path / "codes.qdpx", lang="en")
    root, _sources, qde = _read(out)
    _validate(qde, tmp_path)
    el = next(c for c in root.iter(f"{Q}Code") if c.get("guid") == code_id)
    assert el.get("name") == "Fairness"
    description = el.findtext(f"{Q}Description") or ""
    for part in ("Include when: حين يذكر المشارك", "Exclude when: ليس هنا", "[ar] العدالة", "[ckb] دادپەروەری",
                 "[en] Fairness", "«مثال» 😀"):
        assert part in description
    other = fresh_store(tmp_path / "other.db", "pw", "centre")
    try:
        with other.transaction() as s:
            imported = refi_qda.read_codebook(s, out)
        with demo_store.session() as s:
            expected = len(codebook.live_codes(s))
        assert len(imported) == expected
        with other.session() as s:
            copy = s.get(Code, code_id)
            assert copy is not None
            assert (copy.name_ar, copy.name_ckb, copy.name_en) == ("العدالة", "دادپەروەری", "Fairness")
            assert (copy.inclusion, copy.exclusion, copy.examples) == (
                "حين يذكر المشارك\nسطر ثانٍ", "ليس هنا", "«مثال» 😀")
    finally:
        other.close()


def test_memos_become_notes(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.transaction() as s:
        session = s.scalars(select(Session)).first()
        code = codebook.live_codes(s)[0]
        assert session is not None
        memo = Memo(target_table="session", target_id=session.id, title="ملاحظة الجلسة", text="نص المذكرة",
                    author="منسّق")
        s.add(memo)
        s.add(Memo(target_table="code", target_id=code.id, title="on the code", text="why this code"))
        s.add(Memo(title="project memo", text="about everything"))
        s.flush()
        session_guid, code_id, memo_id = session.id, code.id, memo.id
    with demo_store.transaction() as s:  # stored text XML cannot hold, planted through Core (the ORM fits it)
        s.execute(Memo.__table__.update().where(Memo.id == memo_id).values(text="نص المذكرة\u0007"))  # type: ignore[attr-defined]
    root, _sources, qde = _read(export_qdpx(demo_store, tmp_path / "memos.qdpx"))
    _validate(qde, tmp_path)
    notes = {n.get("name"): n for n in root.iter(f"{Q}Note")}
    assert set(notes) == {"ملاحظة الجلسة", "on the code", "project memo"}
    assert notes["ملاحظة الجلسة"].findtext(f"{Q}PlainTextContent") == "نص المذكرة\ufffd"
    src = next(x for x in root.iter(f"{Q}TextSource") if x.get("guid") == session_guid)
    assert [r.get("targetGUID") for r in src.findall(f"{Q}NoteRef")] == [notes["ملاحظة الجلسة"].get("guid")]
    code_el = next(c for c in root.iter(f"{Q}Code") if c.get("guid") == code_id)
    assert [r.get("targetGUID") for r in code_el.findall(f"{Q}NoteRef")] == [notes["on the code"].get("guid")]
    assert [r.get("targetGUID") for r in root.findall(f"{Q}NoteRef")] == [notes["project memo"].get("guid")]


EXACT = "قال 👩🏽‍🌾 إنّ الانتخابات e\u0301 ستُجرى 🇮🇶 في بەشداری ڕێگا"


def test_selections_exact_with_emoji_combining_marks_and_hostile_values(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.transaction() as s:
        turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id.is_(None))).first()
        assert turn is not None
        turn_id = turn.id
        code = codebook.live_codes(s)[0]
        code_id = code.id
    # Characters XML cannot hold, before and after: stored data a writer must cope with (planted
    # through Core: the ORM's flush makes local text fit its column, see desktop/core/field_text.py).
    with demo_store.transaction() as s:
        s.execute(TranscriptTurn.__table__.update().where(TranscriptTurn.id == turn_id)  # type: ignore[attr-defined]
                  .values(text="\x0b" + EXACT + "\ufffe"))
        s.execute(Code.__table__.update().where(Code.id == code_id).values(name_en="Fair\x00ness\x1b"))  # type: ignore[attr-defined]
    with demo_store.transaction() as s:
        found_turn, found_code = s.get(TranscriptTurn, turn_id), s.get(Code, code_id)
        assert found_turn is not None and found_code is not None
        turn, code = found_turn, found_code
        spans = [(EXACT.index("👩"), EXACT.index("👩") + len("👩🏽‍🌾")), (EXACT.index("e\u0301"), EXACT.index("e\u0301") + 2),
                 (EXACT.index("🇮🇶"), len(EXACT))]
        ids = []
        for start, end in spans:
            seg = CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turn.id, start=start + 1,
                               end=end + 1, quote=EXACT[start:end], coder="C\x01")
            s.add(seg)
            s.flush()
            ids.append(seg.id)
        bad = CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turn.id, start=0, end=3, quote="x")
        s.add(bad)
        s.flush()
        bad_id = bad.id
    with demo_store.transaction() as s:  # a non-numeric offset, as a hand-made bundle could leave
        s.execute(CodedSegment.__table__.update().where(CodedSegment.id == bad_id).values(start="abc"))  # type: ignore[attr-defined]
    root, sources, qde = _read(export_qdpx(demo_store, tmp_path / "exact.qdpx", lang="en"))
    _validate(qde, tmp_path)
    selections = _selections(root, sources)
    for seg_id, (start, end) in zip(ids, spans, strict=True):
        assert selections[seg_id][0] == EXACT[start:end]
    assert bad_id not in selections
    assert any(c.get("name") == "Fair\ufffdness\ufffd" for c in root.iter(f"{Q}Code"))


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_cli_export_qdc_and_codebook_import(demo_store: Store, db_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main
    from tests.refi_schemas import validate_codebook

    with demo_store.session() as s:
        count = len(codebook.live_codes(s))
    demo_store.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    qdc = tmp_path / "codes.qdc"
    assert main(["export", "qdc", "--db", str(db_path), "--out", str(qdc), "--lang", "ckb"]) == 0
    validate_codebook(qdc.read_bytes())
    assert main(["export", "qdpx", "--db", str(db_path), "--out", str(tmp_path / "p.qdpx"), "--lang", "ckb"]) == 0
    other = tmp_path / "other.db"
    assert main(["init", "--db", str(other), "--device-name", "centre"]) == 0
    capsys.readouterr()
    assert main(["codebook", "import", "--db", str(other), str(tmp_path / "p.qdpx")]) == 0
    assert f"{count} codes" in capsys.readouterr().out
    assert main(["codebook", "import", "--db", str(other), str(qdc)]) == 0  # again: updates, no duplicates
    nonsense = tmp_path / "nonsense.qdc"
    nonsense.write_bytes(b"<nope/>")
    assert main(["codebook", "import", "--db", str(other), str(nonsense)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_projects_name_is_the_organisations_or_in_its_language(demo_store: Store, tmp_path: Path) -> None:
    """NVivo, MAXQDA and ATLAS.ti show the project's name: a Kurdish project was called 'Majlis export'."""
    from desktop.core.models import Team
    from desktop.i18n.catalogue import translate

    out = export_qdpx(demo_store, tmp_path / "ckb.qdpx", lang="ckb")
    root, _sources, qde = _read(out)
    assert root.get("name") == translate("ckb", "RefiQda", "Majlis export") != "Majlis export"
    with demo_store.transaction() as s:
        s.add(Team(name="تۆڕی چاودێریی هەڵبژاردن"))
    root, _sources, qde = _read(export_qdpx(demo_store, tmp_path / "team.qdpx", lang="ar"))
    assert root.get("name") == "تۆڕی چاودێریی هەڵبژاردن"
    _validate(qde, tmp_path)
