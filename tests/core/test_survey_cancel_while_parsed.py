"""Cancel while a large .xlsx export is parsed: heeded at once, nothing imported.

calamine parses the whole first sheet in one call (tens of seconds for a 60 MB KoboToolbox export); the
import asked about Cancel only after it, so "Stopping the import…" stood for as long as the parse took.
The parse now runs on a thread of its own while the import asks about Cancel every few hundredths of a
second; on a Cancel it stops waiting (the parse ends on its own, its result dropped)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Survey
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey
from desktop.core.survey_source import PARSE_THREAD
from tests.kobo_export import write_kobo_xlsx


def test_a_cancel_during_the_parse_stops_at_once(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 5000, extra_questions=40)  # 1.4 MB: a parse of about a third of a second
    asked: list[tuple[int, int]] = []
    parsing: list[bool] = []

    def cancelled_at_once(rows: int, total: int) -> bool:
        asked.append((rows, total))
        parsing.append(any(t.name == PARSE_THREAD and t.is_alive() for t in threading.enumerate()))
        return False

    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, gen.data, gen.form, progress=cancelled_at_once)
    assert refused.value.reason == "cancelled"
    assert asked[0] == (0, 0) and parsing[0]  # asked, and heeded, while the sheet was still being parsed
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


def test_the_import_goes_on_when_not_cancelled(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 300)
    totals: list[int] = []

    def keep_going(_rows: int, total: int) -> bool:
        totals.append(total)
        return True

    result = import_survey(store, gen.data, gen.form, progress=keep_going)
    assert result.responses == 300 and totals[-1] == 300


def test_a_damaged_sheet_read_on_the_thread_is_still_refused_as_unreadable(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 20)
    data = gen.data.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])  # a copy interrupted: the zip's directory is gone
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, cut, gen.form, progress=lambda _r, _t: True)
    assert refused.value.reason == "unreadable_file"
