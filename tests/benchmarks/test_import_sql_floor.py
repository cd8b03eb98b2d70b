"""benchmarks/bench_import_sql_floor.py on a small day: every variant writes the rows the real import
writes, and each variant's database is what its name says (the experiment measures what it claims)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench_import_sql_floor as floor
from benchmarks.bench_import_process import PASSPHRASE, centre_identity, day_of_bundles
from desktop.core.db import make_engine

pytestmark = pytest.mark.slow


def test_every_variant_writes_the_rows_the_import_writes(tmp_path: Path) -> None:
    out = tmp_path / "floor.json"
    assert floor.main(["--devices", "2", "--changes", "150", "--repeat", "1", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    imported = result["import_rows_written"]
    assert imported["change_log"] == result["changes"] == 300
    assert imported["transcript_turn"] > 0 and imported["bundle_receipt"] == 2
    assert set(result["variants"]) == {v.name for v in floor.VARIANTS}
    for name, variant in result["variants"].items():
        assert variant["rows_written"] == imported, name
        assert variant["cpu_s"] > 0 and variant["cpu_ratio"] > 0, name


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, list[floor.Step]]]:
    folder = tmp_path_factory.mktemp("sql-floor")
    identity, key, team_id = centre_identity(folder)
    paths, pristine, _ = day_of_bundles(folder, 2, 100, identity, team_id)
    steps, _ = floor.record(folder, pristine, key, paths)
    yield folder, pristine, steps
    shutil.rmtree(folder, ignore_errors=True)


def _variant(name: str) -> floor.Variant:
    return next(v for v in floor.VARIANTS if v.name == name)


def _schema(path: Path, page_size: int | None = None) -> dict[str, str]:
    conn = floor.connect(path, page_size, derived=True)
    try:
        return {name: sql or "" for name, sql in conn.execute("SELECT name, sql FROM sqlite_master")}
    finally:
        conn.close()


def test_each_variant_database_is_what_its_name_says(day: tuple[Path, Path, list[floor.Step]]) -> None:
    folder, pristine, steps = day
    today = _schema(floor.fresh_copy(folder, pristine, _variant("b"), steps, 0))
    assert "ix_change_log_entity_row" in today and "ix_change_log_device_hlc" in today
    assert "WITHOUT ROWID" not in today["change_log"]

    for index in ("ix_change_log_entity_row", "ix_change_log_device_hlc"):
        schema = _schema(floor.fresh_copy(folder, pristine, _variant(f"no_{index}"), steps, 0))
        assert index not in schema and set(today) - set(schema) == {index}

    schema = _schema(floor.fresh_copy(folder, pristine, _variant("change_log_without_rowid"), steps, 0))
    assert schema["change_log"].endswith("PRIMARY KEY (\"device_id\", \"epoch\", \"seq\")) WITHOUT ROWID")
    assert '"id"' not in schema["change_log"]
    assert "ix_change_log_entity_row" in schema and "ix_change_log_device_hlc" in schema

    conn = floor.connect(pristine, derived=True)
    synced = floor.synced_tables(conn, steps)
    conn.close()
    assert {"session", "transcript_turn", "participant", "coded_segment"} <= set(synced)
    assert "change_log" not in synced and "bundle_receipt" not in synced
    schema = _schema(floor.fresh_copy(folder, pristine, _variant("synced_without_rowid"), steps, 0))
    for table in synced:
        assert schema[table].endswith('PRIMARY KEY ("id")) WITHOUT ROWID'), table
        assert f"sqlite_autoindex_{table}_1" not in schema, table
        assert set(n for n in today if n.startswith("ix_") and n.split("_", 1)[1].startswith(table)) <= set(schema)

    for size in (8192, 16384):
        variant = _variant(f"cipher_page_{size}")
        path = floor.fresh_copy(folder, pristine, variant, steps, 0)
        conn = floor.connect(path, size, derived=True)
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == size
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
        assert _schema(path, size) == today


def test_the_statement_variants_change_only_what_they_say(day: tuple[Path, Path, list[floor.Step]]) -> None:
    folder, pristine, steps = day
    checkpoints = [s for s in steps if s[1].startswith("PRAGMA wal_checkpoint")]
    assert len(checkpoints) == 1
    assert len(floor.checkpoint_at_close(steps)) == len(steps) - 1

    emptied = floor.insert_data_empty(steps)
    path = floor.fresh_copy(folder, pristine, _variant("change_log_insert_data_empty"), steps, 0)
    floor.replay(path, emptied, None)
    conn = floor.connect(path, derived=True)
    by_op: dict[str, set[bool]] = {}
    for op, data in conn.execute("SELECT op, data FROM change_log"):
        by_op.setdefault(op, set()).add(data == "{}")
    conn.close()
    assert by_op["insert"] == {True}
    assert by_op["update"] == {False}


def test_the_replay_connection_is_set_up_as_the_store_does(day: tuple[Path, Path, list[floor.Step]]) -> None:
    _, pristine, _ = day
    pragmas = ("foreign_keys", "journal_mode", "synchronous", "secure_delete", "page_size", "cipher_page_size")

    def read(conn: Any) -> list[Any]:
        return [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas]

    engine = make_engine(pristine, PASSPHRASE)
    store_conn = engine.raw_connection()
    try:
        expected = read(store_conn)
    finally:
        store_conn.close()
        engine.dispose()
    ours = floor.connect(pristine)
    assert read(ours) == expected
    ours.close()
