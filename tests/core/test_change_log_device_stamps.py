"""The change log's time stamps are indexed per device (revision 0014): an import writes a laptop's
stamps at the end of that laptop's part of the index instead of all over one index in which every
laptop's day lies interleaved. What needs the stamps in one time order (the clock at unlock, the
outbox, re-dating) reads each device's part, with index seeks only: never a scan of the log."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, insert, inspect, text

from desktop.core import log_stamps, migrate, sessions
from desktop.core.clock import Timestamp, system_ms
from desktop.core.db import Store, open_store
from desktop.core.ids import new_id
from desktop.core.models import ChangeLog
from tests.conftest import PASSPHRASE

BASE_MS = 1_760_000_000_000
LAPTOPS = [new_id() for _ in range(3)]


def received(store: Store, last_ms: int = BASE_MS) -> list[str]:
    """Changes of three laptops whose days interleave (laptop n at BASE_MS + 3k + n), the second
    laptop's last one at ``last_ms`` when that is later; their stamps."""
    rows, stamps = [], []
    for n, device in enumerate(LAPTOPS):
        for k in range(40):
            ms = BASE_MS + 3 * k + n
            ms = max(ms, last_ms) if n == 1 and k == 39 else ms
            stamp = str(Timestamp(ms, 0, device))
            stamps.append(stamp)
            rows.append({"device_id": device, "epoch": "0badcafe", "seq": k + 1, "hlc": stamp,
                         "entity": "session", "row_id": new_id(), "op": "update", "data": {"title": "ب"},
                         "base": {}, "content_hash": "0" * 64, "received": True})
    with store.engine.begin() as conn:
        conn.execute(insert(ChangeLog), rows)
    return stamps


def indexes_of_the_log(engine: Engine) -> dict[str, list[str | None]]:
    return {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("change_log") if ix["name"]}


def plan(store: Store, sql: str, params: dict[str, str]) -> list[str]:
    with store.engine.connect() as conn:
        return [str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]


def test_the_stamps_are_indexed_per_device_not_in_one_order(store: Store) -> None:
    indexes = indexes_of_the_log(store.engine)
    assert indexes.get("ix_change_log_device_hlc") == ["device_id", "hlc"]
    assert ["hlc"] not in indexes.values()


def test_the_newest_stamp_and_those_from_a_time_on_are_read_per_device(store: Store) -> None:
    sessions.create_session(store, "focus_group", title="البصرة")  # this laptop's own change, stamped now
    stamps = received(store, last_ms=system_ms() + 10 * 86_400_000)  # a laptop whose date was ten days ahead
    with store.session() as s:
        plain = s.scalar(text("SELECT max(hlc) FROM change_log"))
        assert log_stamps.newest_stamp(s) == plain == max(stamps)
        below = str(Timestamp(BASE_MS + 60, 0, ""))
        assert log_stamps.newest_stamp(s, below=below) == max(h for h in stamps if h < below)
        assert log_stamps.newest_stamp(s, below="0") is None
        threshold = str(Timestamp(BASE_MS + 100, 0, ""))
        from_then = [tuple(r) for r in log_stamps.stamped_from(s, threshold)]
        assert from_then == [tuple(r) for r in s.execute(text(
            "SELECT id, device_id, epoch, seq, hlc FROM change_log WHERE hlc >= :t ORDER BY hlc, id"), {"t": threshold})]
        assert len(from_then) > 3 and sorted(log_stamps.log_devices(s)) == sorted([*LAPTOPS, store.device_id])
    newest_sql = log_stamps._DEVICES + " SELECT max((SELECT max(hlc) FROM change_log WHERE device_id = dev.id)) FROM dev"
    from_sql = log_stamps._DEVICES + (" SELECT id FROM change_log WHERE device_id IN (SELECT id FROM dev)"
                                      " AND hlc >= :t ORDER BY hlc, id")
    for steps in (plan(store, newest_sql, {}), plan(store, from_sql, {"t": threshold})):
        assert not [step for step in steps if step.startswith("SCAN change_log")], steps
        assert any("ix_change_log_device_hlc" in step for step in steps), steps


def test_an_upgraded_database_keeps_its_log_and_its_clock_past_every_stamp(store: Store, db_path: Path) -> None:
    stamps = received(store, last_ms=system_ms() + 3_600_000)  # a laptop an hour ahead of this computer
    migrate.downgrade(store.engine, "0013_revoked_keys")
    assert indexes_of_the_log(store.engine).get("ix_change_log_hlc") == ["hlc"]
    store.close()

    upgraded = open_store(db_path, PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        indexes = indexes_of_the_log(upgraded.engine)
        assert indexes.get("ix_change_log_device_hlc") == ["device_id", "hlc"] and "ix_change_log_hlc" not in indexes
        with upgraded.session() as s:
            assert s.scalar(text("SELECT count(*) FROM change_log WHERE received")) == len(stamps)
            assert log_stamps.newest_stamp(s) == max(stamps)
        assert upgraded.clock.now() > max(stamps)  # never stamps a change before what the log holds
        migrate.downgrade(upgraded.engine, "0013_revoked_keys")
        assert indexes_of_the_log(upgraded.engine).get("ix_change_log_hlc") == ["hlc"]
        assert "ix_change_log_device_hlc" not in indexes_of_the_log(upgraded.engine)
    finally:
        upgraded.close()
