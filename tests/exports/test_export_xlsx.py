"""The Excel export read back with openpyxl: every sheet against the database, consent honoured,
identities withheld, enum values and headings in the workbook's language, real dates, times and
durations, bold frozen filtered headers, and no formula ever (with and without lxml)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core import code_usage, codebook, consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Code,
    CodedSegment,
    ConsentRecord,
    Decision,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.exports import xlsx_sheet
from desktop.exports import xlsx_words as W
from desktop.exports.enum_labels import enum_label
from desktop.exports.xlsx import export_xlsx
from tests.conftest import PASSPHRASE
from tests.consent_helpers import add_turn, all_yes, focus_group, template_texts
from tests.demo_stores import demo_store_fixture

WORDS = ["الانتخابات يجب أن تكون عادلة", "لا أريد أن يُقتبس كلامي", "سحبت موافقتي على كل شيء"]
FORMULAS = ["=1+1", '=HYPERLINK("http://example.org","click")', "+SUM(A1:A2)", "@SUM(1)", "-2+3",
            "=cmd|' /C calc'!A0"]

# Demo databases generated once per process and copied per test (tests/demo_stores.py): generating
# them is not what is under test here.
demo_8_sessions = demo_store_fixture(sessions=8, seed=5)
demo_6_sessions = demo_store_fixture(sessions=6, seed=2)


def sheet(lang: str, title: str) -> str:
    return W.sheet_name(lang, title)


def _setup(store: Store) -> Any:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    for pid, quote in zip(fg.participants, (True, False, True), strict=True):
        consent.record_consent(store, pid, fg.session_id, tid, all_yes(tid, store, quote=quote), "paper",
                               facilitator="F1")
    with store.transaction() as s:
        code = Code(name_ar="العدالة", name_ckb="دادپەروەری", name_en="Fairness", definition="عدالة القانون",
                    inclusion="حين يذكر العدالة", exclusion="لا", examples="«قانون عادل»")
        s.add(code)
        s.flush()
        code_id = code.id
    add_turn(store, fg.session_id, None, "ما رأيكم؟", 0)
    for i, (pid, text) in enumerate(zip(fg.participants, WORDS, strict=True)):
        turn = add_turn(store, fg.session_id, pid, text, i + 1)
        with store.transaction() as s:
            s.add(CodedSegment(code_id=code_id, doc_table="transcript_turn", doc_id=turn, start=0,
                               end=len(text), quote=text, memo=f"memo {text}", coder="C1"))
    return fg


def _rows(path: Path, name: str) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb[name].iter_rows(values_only=True)]
        width = max(len(r) for r in rows)
        return [r + (None,) * (width - len(r)) for r in rows]
    finally:
        wb.close()


def _column(rows: list[tuple[Any, ...]], heading: str) -> list[Any]:
    index = rows[0].index(heading)
    return [r[index] for r in rows[1:]]


def test_export_honours_quotes_and_withdrawal(store: Store, tmp_path: Path) -> None:
    fg = _setup(store)
    before = tmp_path / "before.xlsx"
    export_xlsx(store, before, lang="en")
    segs = _rows(before, "Coded segments")
    assert segs[0][:6] == ("Session ID", "Speaker", "Code (Arabic)", "Code (Kurdish)", "Code (English)", "Quote")
    quotes = {r[1]: (r[5], r[6], r[8]) for r in segs[1:]}
    assert quotes[fg.codes[0]] == (WORDS[0], "yes", f"memo {WORDS[0]}")
    assert quotes[fg.codes[1]] == ("[do not quote]", "no", None)  # do not quote
    assert quotes[fg.codes[2]][0] == WORDS[2]

    with store.session() as s:
        rid = consent.register(s, participant_id=fg.participants[2])[0].record_id
    consent.withdraw(store, rid, dt.date(2023, 3, 1), "all")
    after = tmp_path / "after.xlsx"
    summary = export_xlsx(store, after, lang="ar")
    assert summary.redacted_turns == 1 and summary.withheld_quotes == 2

    wb = openpyxl.load_workbook(after)
    assert wb.sheetnames[:2] == ["الجلسات", "المشاركون"]
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    wb.close()
    turns = {r[2]: r[4] for r in _rows(after, sheet("ar", W.SHEET_TRANSCRIPTS))[1:]}
    assert turns[fg.codes[0]] == WORDS[0]
    assert turns[fg.codes[2]] == consent_rules.REDACTED
    assert turns[W.word("ar", W.FACILITATOR)] == "ما رأيكم؟"
    segments = _rows(after, sheet("ar", W.SHEET_SEGMENTS))
    everything = repr([_rows(after, sheet("ar", W.SHEET_TRANSCRIPTS)), segments])
    assert WORDS[2] not in everything  # withdrawn: nowhere
    assert WORDS[1] not in repr(segments)  # no quote clause: never as a quote
    register = _rows(after, sheet("ar", W.SHEET_CONSENT))
    withdrawn = [r for r in register[1:] if r[0] == fg.codes[2]][0]
    assert withdrawn[-3] == dt.datetime(2023, 3, 1) and withdrawn[-2] == enum_label("scope", "all", "ar")
    assert withdrawn[-1] == "test laptop (" + store.device_id[-8:] + ")"  # Recorded on: this laptop
    quote_column = register[0].index(enum_label("clause", "quote", "ar"))
    assert [r for r in register[1:] if r[0] == fg.codes[1]][0][quote_column] == W.word("ar", W.NO)
    ar_quotes = {r[1]: r[5] for r in segments[1:]}
    assert ar_quotes[fg.codes[1]] == W.word("ar", W.DO_NOT_QUOTE) != "[do not quote]"
    assert ar_quotes[fg.codes[2]] == consent_rules.REDACTED
    sessions = _rows(after, "الجلسات")
    assert sessions[1][3] == dt.datetime(2023, 1, 15) and sessions[1][7] == "البصرة"


def test_identities_only_when_asked(store: Store, tmp_path: Path) -> None:
    _setup(store)
    plain = tmp_path / "plain.xlsx"
    export_xlsx(store, plain, lang="ckb")
    rows = _rows(plain, sheet("ckb", W.SHEET_PARTICIPANTS))
    assert "اسم حقيقي" not in repr(rows) and "077" not in repr(rows)
    assert len(rows[0]) == 10  # the last: Recorded on, the device that recorded each participant
    named = tmp_path / "named.xlsx"
    export_xlsx(store, named, lang="en", include_identities=True)
    rows = _rows(named, "Participants")
    assert rows[0][-2:] == ("Real name", "Phone")
    assert rows[1][-2:] == ("اسم حقيقي 1", "07700000001")


def _count(store: Store, model: Any, *where: Any) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False), *where)) or 0)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_every_sheet_matches_the_database(demo_8_sessions: Store, tmp_path: Path, lang: str) -> None:
    store = demo_8_sessions
    out = tmp_path / f"demo-{lang}.xlsx"
    summary = export_xlsx(store, out, lang=lang)
    with store.session() as s:
        codes = len(codebook.live_codes(s))
        records = len(consent.register(s))
        usage = code_usage.usage_counts(s)
    expected = {
        W.SHEET_SESSIONS: _count(store, Session),
        W.SHEET_PARTICIPANTS: _count(store, Participant),
        W.SHEET_ATTENDANCE: _count(store, Attendance),
        W.SHEET_AGENDA: _count(store, AgendaItem) + _count(store, Decision),
        W.SHEET_ACTIONS: _count(store, ActionItem),
        W.SHEET_TRANSCRIPTS: _count(store, TranscriptTurn),
        W.SHEET_SEGMENTS: _count(store, CodedSegment),
        W.SHEET_CODES: codes,
        W.SHEET_CONSENT: records,
        W.SHEET_BY_GENDER: codes, W.SHEET_BY_AGE: codes, W.SHEET_BY_GOVERNORATE: codes, W.SHEET_BY_KIND: codes,
    }
    assert all(n > 0 for n in expected.values()), expected  # the demo has every kind of row
    assert summary.attendance == expected[W.SHEET_ATTENDANCE] and summary.actions == expected[W.SHEET_ACTIONS]
    wb = openpyxl.load_workbook(out)  # full mode: styles, panes and filters are visible
    try:
        assert wb.sheetnames == [sheet(lang, t) for t in expected] or set(wb.sheetnames) == {
            sheet(lang, t) for t in expected}
        matrices = {W.SHEET_BY_GENDER, W.SHEET_BY_AGE, W.SHEET_BY_GOVERNORATE, W.SHEET_BY_KIND}
        for title, n in expected.items():
            ws = wb[sheet(lang, title)]
            totals_row = 1 if title in matrices else 0  # a matrix closes with a bold totals row
            assert ws.max_row - 1 - totals_row == n, (title, ws.max_row - 1, n)
            assert ws.freeze_panes == "A2"
            last = ws.max_row - totals_row  # the filter (and so sorting) leaves the totals row where it is
            assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{last}"
            assert all(cell.font.b for cell in ws[1]), title
            if totals_row:
                assert ws.cell(ws.max_row, 1).value == W.word(lang, W.TOTAL)
                assert all(cell.font.b for cell in ws[ws.max_row]), title
                assert not any(cell.font.b for cell in ws[ws.max_row - 1]), title
            assert ws.sheet_view.rightToLeft is (lang != "en") or (lang == "en" and not ws.sheet_view.rightToLeft)
    finally:
        wb.close()
    codes_sheet = _rows(out, sheet(lang, W.SHEET_CODES))
    by_gender = _rows(out, sheet(lang, W.SHEET_BY_GENDER))
    body, totals = by_gender[1:-1], by_gender[-1]
    assert [r[-1] for r in body] == _column(codes_sheet, W.word(lang, W.SEGMENTS))
    assert sum(_column(codes_sheet, W.word(lang, W.SEGMENTS))) == sum(usage.values())
    # The totals row adds up each column and, at its end, every coded segment.
    assert list(totals[1:]) == [sum(r[i] or 0 for r in body) for i in range(1, len(totals))]
    assert totals[-1] == sum(usage.values())


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_enum_values_and_times(demo_6_sessions: Store, tmp_path: Path, lang: str) -> None:
    store = demo_6_sessions
    with store.transaction() as s:
        session = s.scalars(select(Session).where(Session.kind == "focus_group")).first()
        assert session is not None
        session.start_time, session.end_time = "09:15", "11:45"
        turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.session_id == session.id)).first()
        assert turn is not None
        turn.timestamp = "1:02:03"
        session_id, turn_id = session.id, turn.id
    out = tmp_path / "enums.xlsx"
    export_xlsx(store, out, lang=lang)
    sessions = _rows(out, sheet(lang, W.SHEET_SESSIONS))
    keys = {"roundtable", "focus_group", "draft", "final", "locked", "ar", "ckb", "en"}
    for heading, field in ((W.KIND, "kind"), (W.STATUS, "status"), (W.LANGUAGE, "language")):
        values = set(_column(sessions, W.word(lang, heading)))
        assert values and not values & keys, (heading, values)
        labels = {enum_label(field, k, lang) for k in keys}
        assert values <= labels
    people = _rows(out, sheet(lang, W.SHEET_PARTICIPANTS))
    for heading in (W.GENDER, W.SETTING, W.LANGUAGE):
        values = set(_column(people, W.word(lang, heading))) - {None}
        assert values and not values & {"female", "male", "urban", "rural", "ar", "ckb"}, values
    consent_rows = _rows(out, sheet(lang, W.SHEET_CONSENT))
    methods = set(_column(consent_rows, W.word(lang, W.METHOD)))
    assert methods and not methods & {"on_screen", "paper", "verbal_witness", "thumbprint_witness"}
    forms = set(_column(consent_rows, W.word(lang, W.TEMPLATE)))
    assert forms == {enum_label("form", "session-consent", lang)}, forms  # never the key itself
    assert "session-consent" not in forms
    attendance = _rows(out, sheet(lang, W.SHEET_ATTENDANCE))
    assert not set(_column(attendance, W.word(lang, W.ROLE))) & {"citizen", "cso", "media"}
    actions = _rows(out, sheet(lang, W.SHEET_ACTIONS))
    assert not set(_column(actions, W.word(lang, W.STATUS))) & {"open", "done", "in_progress", "dropped"}

    row = next(r for r in sessions[1:] if r[0] == session_id)
    start, end, length = (row[sessions[0].index(W.word(lang, h))] for h in (W.START, W.END, W.DURATION))
    assert start == dt.time(9, 15) and end == dt.time(11, 45) and length == dt.timedelta(hours=2, minutes=30)
    wb = openpyxl.load_workbook(out)
    ws = wb[sheet(lang, W.SHEET_SESSIONS)]
    assert ws.cell(2, sessions[0].index(W.word(lang, W.START)) + 1).number_format == "hh:mm"
    assert ws.cell(2, sessions[0].index(W.word(lang, W.DURATION)) + 1).number_format == "[h]:mm:ss"
    wb.close()
    turns = _rows(out, sheet(lang, W.SHEET_TRANSCRIPTS))
    stamps = _column(turns, W.word(lang, W.TIME))
    assert dt.timedelta(hours=1, minutes=2, seconds=3) in stamps
    assert turn_id  # the stamped turn is one of the rows


FORMULA_CHECK = r"""
import sys, json, zipfile
if sys.argv[3] == "block":
    sys.modules["lxml"] = None  # as if lxml were not installed
import openpyxl
from desktop.core.db import open_store
from desktop.exports.xlsx import export_xlsx
store = open_store(sys.argv[1], sys.argv[4])
export_xlsx(store, sys.argv[2], lang="en")
store.close()
with zipfile.ZipFile(sys.argv[2]) as zf:
    xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("xl/worksheets/"))
wb = openpyxl.load_workbook(sys.argv[2])
types = {c.data_type for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
formulas = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
print(json.dumps({"lxml": openpyxl.LXML, "f_elements": xml.count("<f>") + xml.count("<f "), "types": sorted(types),
                  "formulas": formulas}))
"""


@pytest.mark.parametrize("lxml", ["installed", "block"])
def test_no_formula_with_or_without_lxml(store: Store, db_path: Path, tmp_path: Path, lxml: str) -> None:
    fg = _setup(store)
    for i, text in enumerate(FORMULAS):
        add_turn(store, fg.session_id, None, text, 10 + i)
    with store.transaction() as s:
        s.get(Session, fg.session_id).title = FORMULAS[5]
        s.add(Code(name_en=FORMULAS[3], name_ar=FORMULAS[0], definition=FORMULAS[1]))
    store.close()
    out = tmp_path / f"formulas-{lxml}.xlsx"
    result = subprocess.run([sys.executable, "-c", FORMULA_CHECK, str(db_path), str(out), lxml, PASSPHRASE],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["lxml"] is (lxml == "installed")
    assert report["f_elements"] == 0 and report["formulas"] == []
    assert report["types"] == ["s"]
    turns = _rows(out, "Transcripts")
    assert set(FORMULAS) <= {r[4] for r in turns}  # written as the very text that was said


def test_hostile_stored_values_never_crash(store: Store, tmp_path: Path) -> None:
    fg = _setup(store)
    with store.transaction() as s:
        session = s.get(Session, fg.session_id)
        assert session is not None
        session.start_time, session.end_time, session.language, session.kind = "25:99", "x", "xx", "odd"
        person = s.get(Participant, fg.participants[0])
        assert person is not None
        person.gender = "robot"
        code = s.scalars(select(Code)).first()
        assert code is not None
        record = s.scalars(select(ConsentRecord)).first()
        assert record is not None
        record.answers = "yes"  # type: ignore[assignment]
        record.withdrawn_at = "not-a-date"
        record.withdrawal_scope = "sideways"
        turn = s.scalars(select(TranscriptTurn)).first()
        assert turn is not None
        turn.timestamp = "ab:cd"
        hostile_text = [(Participant, person.id, {"setting": "\x1b[31m"}), (Code, code.id, {"name_en": "Fair\x00ness\x0b\x1f"}),
                        (TranscriptTurn, turn.id, {"text": "bell\x07 and form feed\x0c"})]
    # Control characters: planted through Core, as data stored before local text was made to fit its
    # column (desktop/core/field_text.py) would be; the ORM's flush would fit them.
    with store.transaction() as s:
        for model, row_id, values in hostile_text:
            s.execute(model.__table__.update().where(model.id == row_id).values(**values))  # type: ignore[attr-defined]
    out = tmp_path / "odd.xlsx"
    export_xlsx(store, out, lang="ar")
    codes = _rows(out, sheet("ar", W.SHEET_CODES))
    assert "Fairness" in _column(codes, W.word("ar", W.CODE_EN))
    sessions = _rows(out, sheet("ar", W.SHEET_SESSIONS))
    assert "25:99" in sessions[1] and "odd" in sessions[1] and "xx" in sessions[1]
    register = _rows(out, sheet("ar", W.SHEET_CONSENT))
    assert any("not-a-date" in r for r in register)
    # a consent whose answers are not a dict is no consent: refused, never "yes"
    row = next(r for r in register[1:] if r[0] == fg.codes[0])
    assert row[register[0].index(W.word("ar", W.REFUSED))] == W.word("ar", W.YES)


def test_atomic_write_leaves_nothing_on_failure(store: Store, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _setup(store)
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"old")

    def boom(src: object, dest: Any, length: int = 0) -> None:  # the disk fills up mid-sheet
        dest.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_sheet.shutil, "copyfileobj", boom)  # type: ignore[attr-defined]
    with pytest.raises(OSError):
        export_xlsx(store, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")] == []


def test_cli_export_xlsx_on_demo_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--sessions", "6"]) == 0
    out = tmp_path / "BSR-export.xlsx"
    assert main(["export", "xlsx", "--db", str(db), "--out", str(out), "--lang", "ckb"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert len(_rows(out, sheet("ckb", W.SHEET_SESSIONS))) == 7
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
    assert main(["export", "xlsx", "--db", str(db), "--out", str(tmp_path / "no" / "x.xlsx")]) == 3  # README: 3 when a folder given is not there
    code = main(["export", "xlsx", "--db", str(db)])
    assert code == 64
