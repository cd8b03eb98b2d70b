"""The "Recorded on" column names a device with no label (a database made with an empty device
name) as `device list` names it, `1a2b3c4d (no name yet)`, in the workbook's language: it said
`- (1a2b3c4d)`. Where a pseudonym is shared, the speaker column adds the same label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.exports import xlsx_words as W
from desktop.exports.xlsx import export_xlsx
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def _rows(path: Path, name: str) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


@pytest.mark.parametrize(("lang", "words"), [("en", "{id} (no name yet)"), ("ar", "\u200f{id} (لا اسم له بعد)"),
                                             ("ckb", "\u200f{id} (هێشتا ناوی نییە)")])
def test_a_device_without_a_name_is_named_by_its_id(tmp_path: Path, lang: str, words: str) -> None:
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    try:
        with store.transaction() as s:
            session = Session(kind="focus_group", title="Nineveh")
            first, second = Participant(code="NIN-FG01-P01"), Participant(code="NIN-FG01-P01")
            s.add_all([session, first, second])
            s.flush()
            s.add(TranscriptTurn(session_id=session.id, position=1, participant_id=first.id, text="نعم"))
        label = words.format(id=store.device_id[-8:])
        export_xlsx(store, tmp_path / "out.xlsx", lang=lang)
    finally:
        store.close()
    people = _rows(tmp_path / "out.xlsx", W.sheet_name(lang, W.SHEET_PARTICIPANTS))
    column = people[0].index(W.word(lang, W.RECORDED_ON))
    assert [row[column] for row in people[1:]] == [label, label]
    turns = _rows(tmp_path / "out.xlsx", W.sheet_name(lang, W.SHEET_TRANSCRIPTS))
    assert turns[1][2].startswith(f"NIN-FG01-P01 [{label}, "), turns[1]
