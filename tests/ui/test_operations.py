"""Operations: changes run on the DB worker and announce the tables their transactions really touched."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, codebook
from desktop.core.codebook import CodebookError
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, QueryOp, read_now


def test_committed_tables_are_collected(store: Store) -> None:
    with change_set.collect() as tables, store.transaction() as s:
        codebook.create_code(s, name_ar="مشاركة", name_en="Participation")
    assert {"code", "change_log"} <= tables and not tables & {"session", "participant", "coded_segment"}


def test_rolled_back_work_reports_nothing(store: Store) -> None:
    with change_set.collect() as tables, pytest.raises(ZeroDivisionError), store.transaction() as s:
        codebook.create_code(s, name_en="Never")
        s.flush()
        _ = 1 / 0
    assert tables == set()


def test_reads_report_nothing(store: Store) -> None:
    with change_set.collect() as tables, store.session() as s:
        codebook.live_codes(s)
    assert tables == set()


def test_collection_op_announces_its_change_set(ctx: AppContext) -> None:
    announced: list[set[str]] = []
    got: list[str] = []
    ctx.events.changed.connect(announced.append)

    def make(s: OrmSession) -> str:
        return codebook.create_code(s, name_en="Youth").id

    CollectionOp(ctx, make).success(got.append).run_in_background()
    assert ctx.tasks.drain()
    (changes,) = announced
    assert {"code", "change_log"} <= changes and "session" not in changes
    assert read_now(ctx, lambda s: s.get(Code, got[0])) is not None


def test_collection_op_failure_goes_to_the_handler_and_announces_nothing(ctx: AppContext) -> None:
    announced: list[set[str]] = []
    failures: list[BaseException] = []
    ctx.events.changed.connect(announced.append)
    CollectionOp(ctx, lambda s: codebook.update_code(s, "no-such-code", name_en="x")) \
        .failure(failures.append).run_in_background()
    assert ctx.tasks.drain()
    assert announced == [] and len(failures) == 1 and isinstance(failures[0], CodebookError)


def test_query_op_reads_on_the_worker(ctx: AppContext) -> None:
    with ctx.store.transaction() as s:
        codebook.create_code(s, name_en="Integrity")
    names: list[list[str]] = []
    QueryOp(ctx, lambda s: [c.name_en for c in codebook.live_codes(s)], names.append).run_in_background()
    assert ctx.tasks.drain()
    assert names == [["Integrity"]]
