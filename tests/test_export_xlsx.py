"""The Excel export read back with openpyxl: consent honoured, identities withheld, RTL, CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.cli import main
from desktop.core import consent, consent_rules, demo
from desktop.core.db import Store
from desktop.core.models import Code, CodedSegment
from desktop.exports import xlsx_sheet
from desktop.exports.xlsx import export_xlsx
from tests.conftest import PASSPHRASE
from tests.consent_helpers import add_turn, all_yes, focus_group, template_texts

WORDS = ["الانتخابات يجب أن تكون عادلة", "لا أريد أن يُقتبس كلامي", "سحبت موافقتي على كل شيء"]


def _setup(store: Store) -> Any:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id  # type: ignore[union-attr]
    for pid, quote in zip(fg.participants, (True, False, True), strict=True):
        consent.record_consent(store, pid, fg.session_id, tid, all_yes(tid, store, quote=quote), "paper",
                               facilitator="F1")
    with store.transaction() as s:
        code = Code(name_ar="العدالة", name_ckb="دادپەروەری", name_en="Fairness")
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


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
        width = max(len(r) for r in rows)
        return [r + (None,) * (width - len(r)) for r in rows]
    finally:
        wb.close()


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
    assert wb.sheetnames == ["الجلسات", "المشاركون", "النصوص", "المقاطع المرمّزة", "سجل الموافقات"]
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    wb.close()
    turns = {r[2]: r[4] for r in _rows(after, "النصوص")[1:]}
    assert turns[fg.codes[0]] == WORDS[0]
    assert turns[fg.codes[2]] == consent_rules.REDACTED
    assert turns["الميسّر"] == "ما رأيكم؟"
    everything = repr([_rows(after, name) for name in ("النصوص", "المقاطع المرمّزة")])
    assert WORDS[2] not in everything  # withdrawn: nowhere
    # no quote clause: the speech stays in the transcript, but never as a quote
    assert WORDS[1] not in repr(_rows(after, "المقاطع المرمّزة"))
    register = _rows(after, "سجل الموافقات")
    withdrawn = [r for r in register[1:] if r[0] == fg.codes[2]][0]
    assert withdrawn[-2] == dt.datetime(2023, 3, 1) and withdrawn[-1] == "all"
    assert [r for r in register[1:] if r[0] == fg.codes[1]][0][8] == "لا"  # quote clause: no
    ar_quotes = {r[1]: r[5] for r in _rows(after, "المقاطع المرمّزة")[1:]}
    assert ar_quotes[fg.codes[1]] == "[لا يُقتبس]" and ar_quotes[fg.codes[2]] == consent_rules.REDACTED
    sessions = _rows(after, "الجلسات")
    assert sessions[1][3] == dt.datetime(2023, 1, 15) and sessions[1][6] == "البصرة"


def test_identities_only_when_asked(store: Store, tmp_path: Path) -> None:
    _setup(store)
    plain = tmp_path / "plain.xlsx"
    export_xlsx(store, plain, lang="ckb")
    text = repr(_rows(plain, "بەشداربووان"))
    assert "اسم حقيقي" not in text and "077" not in text
    assert len(_rows(plain, "بەشداربووان")[0]) == 9
    named = tmp_path / "named.xlsx"
    export_xlsx(store, named, lang="en", include_identities=True)
    rows = _rows(named, "Participants")
    assert rows[0][-2:] == ("Real name", "Phone")
    assert rows[1][-2:] == ("اسم حقيقي 1", "07700000001")


def test_atomic_write_leaves_nothing_on_failure(store: Store, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _setup(store)
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"old")

    def boom(src: object, dest: Any, length: int = 0) -> None:  # the disk fills up mid-sheet
        dest.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_sheet.shutil, "copyfileobj", boom)
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
    assert len(_rows(out, "دانیشتنەکان")) == 7
    assert main(["export", "xlsx", "--db", str(db), "--out", str(tmp_path / "no" / "x.xlsx")]) != 0
    code = main(["export", "xlsx", "--db", str(db)])
    assert code == 64
    assert demo  # the demo module is what the CLI used
