"""The demo's voter survey was named in Arabic only ("المسح الوطني للناخبين 2022"), in every language:
a Kurdish coordinator read an Arabic name in the Surveys tab and in the Kurdish evidence brief, beside
questions and answers in Kurdish. The demo names a thing in the language of the place it belongs to
(a session in Basra in Arabic, one in Erbil in Kurdish; each organisation in its own); the survey was
fielded in Arabic and Kurdish governorates alike, so its name is in both.

Checked on a real demo database made by ``majlis-cli demo``, through the Kurdish and Arabic briefs the CLI
writes (read back with openpyxl)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.models import Survey, SurveyQuestion
from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("env_passphrase")

SORANI_LETTERS = re.compile("[ڕێۆڵەڤگچپژ]")  # letters Kurdish writes and Arabic does not


def test_the_demo_survey_reads_in_arabic_and_in_kurdish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1")
    assert code == 0, (out, err)
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            (title,) = s.scalars(select(Survey.title)).all()
            questions = s.scalars(select(SurveyQuestion)).all()
    finally:
        store.close()
    assert SORANI_LETTERS.search(title), title  # a Kurdish name
    assert "المسح الوطني للناخبين" in title  # and the Arabic one
    assert not re.search("[A-Za-z]", title)
    assert all(q.label_ar and q.label_ckb for q in questions)  # as its questions are

    for lang in ("ckb", "ar"):  # each brief names its survey figures' source by this name
        brief = tmp_path / f"brief-{lang}.xlsx"
        code, out, err = run(capsys, "export", "brief", "--db", db, "--out", brief, "--lang", lang)
        assert code == 0, (out, err)
        sources = [row[0] for ws in load_workbook(brief).worksheets for row in ws.iter_rows(values_only=True)
                   if isinstance(row[0], str) and "المسح الوطني للناخبين" in row[0]]
        assert sources and all(source == title for source in sources), (lang, sources)
