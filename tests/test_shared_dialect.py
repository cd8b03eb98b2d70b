"""The test processes' shared dialect (tests/shared_dialect.py): one compiled statement serves every store's
engine, while each store keeps its own file, pool and connections."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop.core import sessions
from desktop.core.db import create_store
from desktop.core.models import Session
from tests.conftest import PASSPHRASE
from tests.shared_dialect import SHARED_DIALECT


def test_a_statement_compiled_for_one_store_is_reused_by_the_next(tmp_path: Path) -> None:
    first = create_store(tmp_path / "first.db", PASSPHRASE, "first")
    second = create_store(tmp_path / "second.db", PASSPHRASE, "second")
    try:
        assert first.engine.dialect is second.engine.dialect is SHARED_DIALECT.dialect
        assert first.engine.pool is not second.engine.pool
        # A statement no other test sends: compiled once, for the first store, then found by the second.
        count = select(func.count(Session.id)).where(Session.title == "shared dialect probe")
        cached = len(SHARED_DIALECT.cache)
        with first.session() as s:
            assert s.scalar(count) == 0
        after_first = len(SHARED_DIALECT.cache)
        with second.session() as s:
            assert s.scalar(count) == 0
        assert after_first > cached and len(SHARED_DIALECT.cache) == after_first
    finally:
        first.close()
        second.close()


def test_each_store_still_reads_its_own_file(tmp_path: Path) -> None:
    first = create_store(tmp_path / "first.db", PASSPHRASE, "first")
    second = create_store(tmp_path / "second.db", PASSPHRASE, "second")
    try:
        sessions.create_session(first, "roundtable", title="only in the first", governorate="basra")
        titles = select(Session.title)
        with first.session() as s:
            assert list(s.scalars(titles)) == ["only in the first"]
        with second.session() as s:
            assert list(s.scalars(titles)) == []
    finally:
        first.close()
        second.close()


def test_the_apps_engines_have_a_dialect_each(tmp_path: Path) -> None:
    """What the app does, unchanged: the sharing is the test processes' alone."""
    from desktop.core import db

    a = SHARED_DIALECT._create_engine("sqlite://")
    b = SHARED_DIALECT._create_engine("sqlite://")
    assert a.dialect is not b.dialect
    assert vars(db)["create_engine"] == SHARED_DIALECT.create_engine
