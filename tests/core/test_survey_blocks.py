"""Survey blocks are written once-encoded (``changes.insert_encoded``): the row, its change-log line and
the content hash must say exactly what the ORM and the flush hook would have said, and a date cell
of the sheet is stored as ISO text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
from sqlalchemy import select

from desktop.core import changes
from desktop.core.db import Store
from desktop.core.models import ChangeLog, Survey, SurveyResponseBlock
from desktop.core.survey_import import import_survey
from tests.kobo_export import write_kobo_xlsx


def _with_date_cells(path: Path) -> None:
    """The ``start`` column as real date-time cells, as Excel saves an export someone opened."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("start") + 1
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row=row, column=column)
        cell.value = dt.datetime.fromisoformat(str(cell.value))
    book.save(path)


def test_blocks_and_their_change_log_say_the_same_as_the_orm_would(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 1_203)  # two blocks: a full one and the rest
    _with_date_cells(gen.data)
    result = import_survey(store, gen.data, gen.form)
    assert result.responses == 1_203
    with store.session() as s:
        blocks = s.scalars(select(SurveyResponseBlock).order_by(SurveyResponseBlock.position)).all()
        assert [len(b.rows) for b in blocks] == [1_000, 203]
        survey = s.get(Survey, result.survey_id)
        assert survey is not None
        start = survey.columns.index("start")
        assert blocks[0].rows[0][start] == "2022-10-01T09:00:00"  # a date cell, stored as ISO text
        for block in blocks:
            assert block.origin_device == store.device_id and block.created_at == block.updated_at != ""
            assert block.versions == {} and block.deleted is False
            (log,) = s.execute(select(ChangeLog).where(ChangeLog.row_id == block.id)).scalars().all()
            assert (log.entity, log.op, log.device_id, log.hlc) == ("survey_response_block", "insert",
                                                                    store.device_id, block.created_at)
            orm_would_log = {
                "survey_id": block.survey_id, "position": block.position, "submission_ids": block.submission_ids,
                "governorates": block.governorates, "genders": block.genders, "age_bands": block.age_bands,
                "rows": block.rows, "deleted": False,
            }
            assert log.data == orm_would_log
            assert log.content_hash == changes.content_hash("survey_response_block", block.id, "insert", orm_would_log)
        # Change numbers stay one sequence with the ORM's rows (survey, questions, choices) around them.
        seqs = s.scalars(select(ChangeLog.seq).where(ChangeLog.device_id == store.device_id)
                         .order_by(ChangeLog.seq)).all()
        assert seqs == list(range(1, len(seqs) + 1))
        assert json.loads(json.dumps(blocks[1].rows)) == blocks[1].rows
