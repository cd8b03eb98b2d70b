"""What SQLite alone costs a day's import, and what a schema decision would buy.

    .venv/bin/python benchmarks/bench_import_sql_floor.py            # 8 laptops x 6,250 changes, best of 3
    .venv/bin/python benchmarks/bench_import_sql_floor.py --repeat 5 --variants b change_log_without_rowid

The day is ``bench_import_process.py``'s (the same generator, the same centre database made by
``create_store`` with the laptops on its roster). Its bundles are imported once, untimed, by the real
importer with every statement it sends on its connection recorded (SQLAlchemy's cursor events: the
SQL, the parameters, executemany or not, commits and rollbacks, in order). Then, each on a fresh
copy of the centre database and timed from opening the connection to closing it, in the same run:

* a (``reference``): SQLCipher ``executemany`` of the day's change lines into a two-column table, one
  transaction, as ``bench_import_process.py`` measures it (the budget is import <= 4 x this);
* b: the recorded statements replayed with plain sqlcipher3 (no SQLAlchemy, no Python checks, no
  decrypting or parsing): the same rows into the real schema, the same change-log rows, the same
  executemany grouping, savepoints and commits, the import's reads (fetched), the final checkpoint.
  The floor today's schema puts under the import;
* variants of b, each on its own fresh database, the same statements: the change log without
  ``ix_change_log_entity_row`` / without ``ix_change_log_device_hlc``; the change log ``WITHOUT
  ROWID`` keyed by (device_id, epoch, seq); the change log not holding an insert's data (``data`` "{}"
  for inserts); the synced tables the import writes ``WITHOUT ROWID`` keyed by their text id (no
  separate index for it); a cipher page of 8192 / 16384 bytes; the checkpoint left to the close;
  and the two that help most together (data "{}" for inserts with 16384-byte pages).

Each is reported against a in wall-clock and CPU time (best of --repeat, rounds alternating, the
order rotated each round), with its share of the 4x budget, CPU per kind of statement and the rows
written (every variant must write the rows b writes; b those the real import wrote). An experiment on
copies: nothing here changes the app's schema. Results go to benchmarks/results/import_sql_floor.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3.dbapi2 as sqlcipher

from benchmarks.bench_import_process import (
    PASSPHRASE,
    REFERENCE_CPU_SECONDS,
    centre_identity,
    day_of_bundles,
    reference,
)
from desktop.core.key_memo import keys_remembered
from desktop.core.sqlcipher_file import derive_key, raw_connect

#: One recorded step: ("sql", statement, parameters, executemany) or ("commit" | "rollback", "", None, False).
Step = tuple[str, str, Any, bool]
BUDGET = 4.0


def record(folder: Path, pristine: Path, key: Path, paths: list[Path]) -> tuple[list[Step], dict[str, int]]:
    """Import the day once with the real importer, recording what its connection sends to SQLite:
    (the steps, the rows of every table after it)."""
    from sqlalchemy import event

    from desktop.core.db import open_store
    from desktop.sync.importer import import_files
    from desktop.sync.keys import load_identity_file

    target = folder / "centre-recorded.db"
    shutil.copy(pristine, target)
    store = open_store(target, PASSPHRASE)
    steps: list[tuple[int, Step]] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        steps.append((id(conn.connection.dbapi_connection), ("sql", statement, parameters, executemany)))

    def ending(kind: str, plain: Callable[[Any], None]) -> Callable[[Any], None]:
        def recorded(dbapi_connection: Any) -> None:
            steps.append((id(getattr(dbapi_connection, "dbapi_connection", dbapi_connection)), (kind, "", None, False)))
            plain(dbapi_connection)
        return recorded

    event.listen(store.engine, "before_cursor_execute", before)
    dialect = store.engine.dialect
    dialect.do_commit = ending("commit", dialect.do_commit)  # type: ignore[method-assign, assignment]
    dialect.do_rollback = ending("rollback", dialect.do_rollback)  # type: ignore[method-assign, assignment]
    try:
        outcomes = import_files(store, paths, load_identity_file(key))
    finally:
        event.remove(store.engine, "before_cursor_execute", before)
        del dialect.do_commit, dialect.do_rollback
        store.close()
    if not all(o.status == "imported" for o in outcomes):
        raise SystemExit(f"the recorded import did not import every bundle: {[o.status for o in outcomes]}")
    # The import's own connection: the one that set synchronous = NORMAL (import_connection.py).
    ours = next(c for c, (_, sql, _, _) in steps if sql.startswith("PRAGMA synchronous = NORMAL"))
    return [step for c, step in steps if c == ours], row_counts(target)


def row_counts(path: Path, page_size: int | None = None) -> dict[str, int]:
    conn = connect(path, page_size, derived=True)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def connect(path: Path, page_size: int | None = None, *, derived: bool = False) -> sqlcipher.Connection:
    """A connection as the store makes one (``desktop/core/db.make_engine``): keyed by the passphrase
    (one key derivation, as the reference's), WAL, the same pragmas. ``derived``: keyed with the key
    ``derive_key`` gives instead (remembered within ``keys_remembered``), for the connections that are
    not timed (copies made, rows counted): each would derive the key again in C, a PBKDF2 per connection."""
    conn = raw_connect(path, PASSPHRASE, must_exist=True, raw_key=derive_key(path, PASSPHRASE) if derived else None)
    if page_size:
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


# --- variants -------------------------------------------------------------------------------------

Prepare = Callable[[sqlcipher.Connection, list[Step]], None]


@dataclass(frozen=True)
class Variant:
    name: str
    about: str
    prepare: Prepare | None = None  # changes the fresh copy's schema, untimed
    transform: Callable[[list[Step]], list[Step]] | None = None  # changes the statements, once
    page_size: int | None = None


def drop_index(name: str) -> Prepare:
    def prepare(conn: sqlcipher.Connection, steps: list[Step]) -> None:
        conn.execute(f'DROP INDEX "{name}"')
    return prepare


def rebuild(conn: sqlcipher.Connection, table: str, key: tuple[str, ...], drop: tuple[str, ...] = ()) -> None:
    """``table`` made again ``WITHOUT ROWID`` with ``key`` as its primary key (its rows, columns, types,
    NOT NULLs, defaults and other indexes kept; ``drop`` columns left out)."""
    indexes = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,))]
    columns = [c for c in conn.execute(f'PRAGMA table_info("{table}")') if c[1] not in drop]
    spec = ", ".join(f'"{name}" {kind}' + (" NOT NULL" if notnull or name in key else "")
                     + (f" DEFAULT {default}" if default is not None else "")
                     for _, name, kind, notnull, default, _ in columns)
    names = ", ".join(f'"{c[1]}"' for c in columns)
    keyed = ", ".join(f'"{k}"' for k in key)
    conn.execute(f'CREATE TABLE "new_{table}" ({spec}, PRIMARY KEY ({keyed})) WITHOUT ROWID')
    conn.execute(f'INSERT INTO "new_{table}" ({names}) SELECT {names} FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "new_{table}" RENAME TO "{table}"')
    for sql in indexes:
        conn.execute(sql)


def change_log_without_rowid(conn: sqlcipher.Connection, steps: list[Step]) -> None:
    rebuild(conn, "change_log", ("device_id", "epoch", "seq"), drop=("id",))


def synced_without_rowid(conn: sqlcipher.Connection, steps: list[Step]) -> None:
    for table in synced_tables(conn, steps):
        rebuild(conn, table, ("id",))


def synced_tables(conn: sqlcipher.Connection, steps: list[Step]) -> list[str]:
    """The tables the import inserts rows into whose primary key is a text ``id``."""
    written = sorted({inserted_table(sql) for _, sql, _, _ in steps} - {""})
    keyed = []
    for table in written:
        key = [(name, kind) for _, name, kind, _, _, pk in conn.execute(f'PRAGMA table_info("{table}")') if pk]
        if len(key) == 1 and key[0][0] == "id" and "INT" not in key[0][1].upper():
            keyed.append(table)
    return keyed


def inserted_table(sql: str) -> str:
    return sql.split()[2].strip('"') if sql.startswith("INSERT INTO ") else ""


def insert_data_empty(steps: list[Step]) -> list[Step]:
    """The change log's inserts with ``data`` "{}" for an insert (the row itself holds the values)."""
    out: list[Step] = []
    for kind, sql, params, many in steps:
        if many and inserted_table(sql) == "change_log":
            columns = [c.strip() for c in sql[sql.index("(") + 1:sql.index(")")].split(",")]
            op, data = columns.index("op"), columns.index("data")
            params = [p[:data] + ("{}",) + p[data + 1:] if p[op] == "insert" else p for p in map(tuple, params)]
        out.append((kind, sql, params, many))
    return out


def checkpoint_at_close(steps: list[Step]) -> list[Step]:
    return [s for s in steps if not s[1].startswith("PRAGMA wal_checkpoint")]


VARIANTS = [
    Variant("b", "the import's statements replayed, today's schema"),
    Variant("no_ix_change_log_entity_row", "change log without its (entity, row_id) index",
            prepare=drop_index("ix_change_log_entity_row")),
    Variant("no_ix_change_log_device_hlc", "change log without its (device_id, hlc) index",
            prepare=drop_index("ix_change_log_device_hlc")),
    Variant("change_log_without_rowid", "change log WITHOUT ROWID keyed by (device_id, epoch, seq), no id",
            prepare=change_log_without_rowid),
    Variant("change_log_insert_data_empty", "change log data '{}' for inserts", transform=insert_data_empty),
    Variant("synced_without_rowid", "synced tables WITHOUT ROWID keyed by id", prepare=synced_without_rowid),
    Variant("cipher_page_8192", "cipher_page_size 8192", page_size=8192),
    Variant("cipher_page_16384", "cipher_page_size 16384", page_size=16384),
    Variant("checkpoint_at_close", "no explicit checkpoint: the close does it", transform=checkpoint_at_close),
    Variant("insert_data_empty_page_16384", "the two that help most together: data '{}' for inserts, 16384 pages",
            transform=insert_data_empty, page_size=16384),
]


def fresh_copy(folder: Path, pristine: Path, variant: Variant, steps: list[Step], attempt: int) -> Path:
    """A copy of the centre database as ``variant`` has it, written out (checkpointed) before timing."""
    target = folder / f"replay-{variant.name}-{attempt}.db"
    if variant.page_size:
        conn = connect(pristine, derived=True)
        conn.execute("ATTACH DATABASE ? AS paged KEY ?", (str(target), PASSPHRASE))
        conn.execute(f"PRAGMA paged.cipher_page_size = {int(variant.page_size)}")
        conn.execute("SELECT sqlcipher_export('paged')")
        conn.execute("DETACH DATABASE paged")
        conn.close()
    else:
        shutil.copy(pristine, target)
    conn = connect(target, variant.page_size, derived=True)
    if variant.prepare:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        variant.prepare(conn, steps)
        conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return target


# --- replay ---------------------------------------------------------------------------------------

@dataclass
class Run:
    wall: float
    cpu: float
    parts: dict[str, float] = field(default_factory=dict)  # CPU seconds per kind of step
    written_mb: float = 0.0


def part_of(kind: str, sql: str) -> str:
    if kind != "sql":
        return kind
    table = inserted_table(sql)
    if table:
        return f"insert {table}"
    if sql.startswith("PRAGMA wal_checkpoint"):
        return "checkpoint"
    return "reads" if sql.lstrip().upper().startswith("SELECT") else "other"


def replay(path: Path, steps: list[Step], page_size: int | None) -> Run:
    parts: dict[str, float] = {}
    written = _written_bytes()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    conn = connect(path, page_size)
    parts["open"] = time.process_time() - cpu0
    for kind, sql, params, many in steps:
        t = time.process_time()
        if kind == "commit":
            conn.commit()
        elif kind == "rollback":
            conn.rollback()
        elif many:
            conn.executemany(sql, params)
        else:
            cursor = conn.execute(sql, params or ())
            if cursor.description is not None:
                cursor.fetchall()
        name = part_of(kind, sql)
        parts[name] = parts.get(name, 0.0) + time.process_time() - t
    t = time.process_time()
    conn.close()  # the last connection: SQLite checkpoints what is left and removes the WAL
    parts["close"] = time.process_time() - t
    return Run(time.perf_counter() - wall0, time.process_time() - cpu0, parts,
               (_written_bytes() - written) / 1e6)


def _written_bytes() -> int:
    """Bytes this process has written (``wchar`` of /proc/self/io; 0 where there is none)."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("wchar:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(folder: Path, pristine: Path, steps: list[Step], variants: list[Variant], lines: list[str],
            repeat: int) -> tuple[list[tuple[float, float]], dict[str, list[Run]], dict[str, dict[str, int]]]:
    """Rounds of the reference and every variant, the order rotated each round: (reference runs as
    (wall, cpu), each variant's runs, each variant's rows per table after its first run)."""
    prepared = {v.name: v.transform(steps) if v.transform else steps for v in variants}
    refs: list[tuple[float, float]] = []
    runs: dict[str, list[Run]] = {v.name: [] for v in variants}
    rows: dict[str, dict[str, int]] = {}
    names = ["a", *(v.name for v in variants)]
    by_name = {v.name: v for v in variants}
    for attempt in range(repeat):
        shift = attempt % len(names)
        for name in names[shift:] + names[:shift]:
            if name == "a":
                refs.append((reference(folder, lines, attempt), REFERENCE_CPU_SECONDS[-1]))
                continue
            variant = by_name[name]
            path = fresh_copy(folder, pristine, variant, steps, attempt)
            runs[name].append(replay(path, prepared[name], variant.page_size))
            if name not in rows:
                rows[name] = row_counts(path, variant.page_size)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    return refs, runs, rows


def summary(variants: list[Variant], refs: list[tuple[float, float]], runs: dict[str, list[Run]],
            rows: dict[str, dict[str, int]], pristine_rows: dict[str, int]) -> dict[str, Any]:
    ref_wall, ref_cpu = min(w for w, _ in refs), min(c for _, c in refs)
    b_cpu = min(r.cpu for r in runs["b"]) if runs.get("b") else None
    out: dict[str, Any] = {}
    for v in variants:
        best = min(runs[v.name], key=lambda r: r.cpu)
        wall, cpu = min(r.wall for r in runs[v.name]), best.cpu
        out[v.name] = {
            "about": v.about,
            "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3),
            "cpu_mean_s": round(sum(r.cpu for r in runs[v.name]) / len(runs[v.name]), 3),
            "ratio": round(wall / ref_wall, 2),
            "cpu_ratio": round(cpu / ref_cpu, 2),
            "share_of_budget": round(cpu / ref_cpu / BUDGET, 2),
            "cpu_vs_b": round(cpu / b_cpu - 1, 3) if b_cpu else None,
            "cpu_without_reads_s": round(cpu - best.parts.get("reads", 0.0), 3),
            "cpu_parts_s": {k: round(x, 3) for k, x in sorted(best.parts.items(), key=lambda kv: -kv[1])},
            "written_mb": round(best.written_mb, 1),
            "rows_written": {t: n - pristine_rows.get(t, 0) for t, n in rows[v.name].items()
                             if n != pristine_rows.get(t, 0)},
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--changes", type=int, default=6_250, help="changes per device")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variants", nargs="+", choices=[v.name for v in VARIANTS],
                        help="only these (b is always measured)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results") / "import_sql_floor.json")
    args = parser.parse_args(argv)
    variants = [v for v in VARIANTS if v.name == "b" or not args.variants or v.name in args.variants]
    with keys_remembered():  # the untimed connections' keys derived once per salt
        return _measured(args, variants)


def _measured(args: argparse.Namespace, variants: list[Variant]) -> int:
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-sql-floor-"))
    try:
        identity, key, team_id = centre_identity(folder)
        paths, pristine, lines = day_of_bundles(folder, args.devices, args.changes, identity, team_id)
        pristine_rows = row_counts(pristine)
        steps, imported_rows = record(folder, pristine, key, paths)
        refs, runs, rows = measure(folder, pristine, steps, variants, lines, args.repeat)
        result: dict[str, Any] = {
            "devices": args.devices,
            "changes": len(lines),
            "statements": sum(1 for s in steps if s[0] == "sql"),
            "commits": sum(1 for s in steps if s[0] == "commit"),
            "reference_executemany_s": round(min(w for w, _ in refs), 3),
            "reference_executemany_cpu_s": round(min(c for _, c in refs), 3),
            "budget_ratio": BUDGET,
            "repeat": args.repeat,
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "import_rows_written": {t: n - pristine_rows.get(t, 0) for t, n in imported_rows.items()
                                    if n != pristine_rows.get(t, 0)},
            "variants": summary(variants, refs, runs, rows, pristine_rows),
        }
        for name, v in result["variants"].items():
            print(f"{name:30} wall {v['wall_s']:.3f} s {v['ratio']:5.2f}x  cpu {v['cpu_s']:.3f} s "
                  f"{v['cpu_ratio']:5.2f}x ({v['share_of_budget']:.0%} of 4x)  vs b {v['cpu_vs_b']:+.1%}")
        print(f"reference: wall {result['reference_executemany_s']} s, cpu {result['reference_executemany_cpu_s']} s")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
