"""``majlis-cli export pdf`` says, after ``wrote FILE``, how many distinct characters no bundled font
could print (a Hebrew word in a turn), never silently (hp10, after hp8's finding). Real store, the real
command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import sessions, transcripts
from desktop.core.db import Store
from tests.cli_run import run


@pytest.mark.usefixtures("env_passphrase")
def test_the_cli_says_how_many_could_not_be_printed(store: Store, db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 12, 6), language="ar")
    with store.transaction() as s:
        transcripts.add_turn(s, sid, None, "قال: שלום ← ✓")
    store.close()
    out_file = tmp_path / "minutes.pdf"
    code, out, err = run(capsys, "export", "pdf", "--db", db_path, "--session", sid, "--document", "minutes",
                          "--out", out_file)
    assert code == 0, err
    assert out.splitlines()[-1] == "4 characters could not be printed (no font for them; see README, PDF limits)"
    assert out_file.is_file()


@pytest.mark.usefixtures("env_passphrase")
def test_one_character_is_one_character(store: Store, db_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 12, 6), language="ar")
    with store.transaction() as s:
        transcripts.add_turn(s, sid, None, "قال: ש")
    store.close()
    code, out, err = run(capsys, "export", "pdf", "--db", db_path, "--session", sid, "--document", "minutes",
                         "--out", tmp_path / "m.pdf")
    assert code == 0, err
    assert out.splitlines()[-1] == "1 character could not be printed (no font for them; see README, PDF limits)"


@pytest.mark.usefixtures("env_passphrase")
def test_the_brief_and_a_consent_record_say_it_too(store: Store, db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from tests.exports.test_every_pdf_counts_what_it_cannot_print import _consented, brief_with_hebrew

    rec_id = brief_with_hebrew(store)
    record_id, _session = _consented(store)
    store.close()
    said = "{} characters could not be printed (no font for them; see README, PDF limits)"
    code, out, err = run(capsys, "export", "brief", "--db", db_path, "--recommendation", rec_id, "--lang", "ar",
                         "--out", tmp_path / "brief.pdf")
    assert code == 0, err
    assert out.splitlines()[0].startswith("wrote ") and out.splitlines()[1:] == [said.format(6)]
    code, out, err = run(capsys, "export", "brief", "--db", db_path, "--recommendation", rec_id, "--lang", "ar",
                         "--out", tmp_path / "brief.xlsx")
    assert code == 0, err
    assert len(out.splitlines()) == 1  # a workbook holds every letter: nothing to say
    code, out, err = run(capsys, "export", "pdf", "--db", db_path, "--consent-record", record_id,
                         "--out", tmp_path / "record.pdf")
    assert code == 0, err
    assert out.splitlines()[1:] == [said.format(9)]
