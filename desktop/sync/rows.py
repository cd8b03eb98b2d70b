"""Synced rows as plain data: column lists, JSON <-> stored values, bulk writes (snapshots: team_snapshot.py)."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Table, bindparam, insert, literal, select, union_all, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core.changes import from_json_value
from desktop.core.models import MODEL_BY_TABLE, Synced
from desktop.sync.merge import RowState

CHUNK = 500


@cache
def content_columns(entity: str) -> tuple[str, ...]:
    table = table_of(entity)
    return tuple(c.name for c in table.columns if c.name not in Synced.BOOKKEEPING)


def table_of(entity: str) -> Table:
    table = MODEL_BY_TABLE[entity].__table__
    assert isinstance(table, Table)
    return table


@cache
def converter(entity: str) -> Any:
    """JSON value -> stored value; only dates and bytes need work, so only they are looked at."""
    table = table_of(entity)
    special = {c.name: c.type for c in table.columns if _python_type(c.type) in (dt.date, bytes)}

    def convert(key: str, value: Any) -> Any:
        if key in special and value is not None:
            return from_json_value(special[key], value)
        if isinstance(value, dict) and set(value) == {"$bytes"}:
            return from_json_value(table.c[key].type, value)
        return value

    return convert


def _python_type(column_type: Any) -> Any:
    try:
        return column_type.python_type
    except NotImplementedError:
        return None


#: JSON fields added after bundles were first written, with their empty value (a list made afresh).
_EMPTY_BY_DEFAULT: dict[str, Any] = {"kept": list}


@cache
def _defaults(entity: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table_of(entity).columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            out[column.name] = getattr(default, "arg", None)
        elif column.name == "versions":
            out[column.name] = {}
        elif isinstance(column.type, JSON) and not column.nullable and column.name in _EMPTY_BY_DEFAULT:
            # A field added later, which an insert written before it does not carry (a retention run's
            # kept, from a Majlis before 0017): its empty value, as the model's default gives it, not null
            # (a team update would carry the null on, which every laptop's check refuses).
            out[column.name] = _EMPTY_BY_DEFAULT[column.name]()
        else:
            out[column.name] = None
    return out


def state_from_row(entity: str, row: Mapping[str, Any]) -> RowState:
    return RowState(
        values={k: row[k] for k in content_columns(entity)},
        created_at=row["created_at"] or "",
        origin_device=row["origin_device"] or "",
        versions={k: str(v) for k, v in (row["versions"] or {}).items()},
    )


@cache
def _special(entity: str) -> frozenset[str]:
    """Columns whose JSON value is not the stored value (dates, bytes)."""
    return frozenset(c.name for c in table_of(entity).columns if _python_type(c.type) in (dt.date, bytes))


def row_from_insert(entity: str, row_id: str, data: Mapping[str, Any], hlc: str, device_id: str) -> dict[str, Any]:
    """The row a lone insert creates: what ``row_from_state(fold([insert]))`` gives, without the detour."""
    values = dict(_defaults(entity))
    values.update(data)
    convert = converter(entity)
    for key in _special(entity) & data.keys():
        values[key] = convert(key, data[key])
    if values.get("deleted") is None:
        values["deleted"] = False
    values.update(id=row_id, created_at=hlc, updated_at=hlc, origin_device=device_id, versions={})
    return values


def row_from_state(entity: str, row_id: str, state: RowState) -> dict[str, Any]:
    """A complete row (every column), ready for a Core insert or update."""
    values = dict(_defaults(entity))
    for key in content_columns(entity):
        if key in state.values:
            values[key] = state.values[key]
    if values.get("deleted") is None:
        values["deleted"] = False
    values.update(
        id=row_id,
        created_at=state.created_at,
        updated_at=state.updated_at,
        origin_device=state.origin_device,
        versions=state.canonical_versions(),
    )
    return values


def load_rows(session: OrmSession | Connection, entity: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    table = table_of(entity)
    wanted = sorted(set(ids))
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def existing_ids(conn: Connection, wanted: Mapping[str, Iterable[str]]) -> set[tuple[str, str]]:
    """Which (entity, id) rows exist, for several tables in one statement per chunk."""
    pairs = sorted((entity, row_id) for entity, ids in wanted.items() for row_id in set(ids))
    found: set[tuple[str, str]] = set()
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start : start + CHUNK]
        by_entity: dict[str, list[str]] = {}
        for entity, row_id in chunk:
            by_entity.setdefault(entity, []).append(row_id)
        query = _existence_query(tuple(sorted(by_entity)))
        params = {f"ids_{entity}": ids for entity, ids in by_entity.items()}
        found.update((str(e), str(i)) for e, i in conn.execute(query, params).all())
    return found


@cache
def _existence_query(entities: tuple[str, ...]) -> Any:
    selects = [
        select(literal(entity).label("entity"), table_of(entity).c.id).where(
            table_of(entity).c.id.in_(bindparam(f"ids_{entity}", expanding=True))
        )
        for entity in entities
    ]
    return selects[0] if len(selects) == 1 else union_all(*selects)


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """executemany of an INSERT compiled once per table and dialect, values bound by the column types.

    The same SQL that ``conn.execute(insert(table), rows)`` runs, without rebuilding the parameters
    of every row through the statement machinery: the import's hot path. Falls back to the plain
    form for drivers with named parameters.
    """
    if not rows:
        return
    plan = _insert_plan(table, conn.dialect)
    if plan is None:
        conn.execute(insert(table), list(rows))
        return
    sql, getter, processors = plan
    if processors:
        params = []
        for row in rows:
            values = list(getter(row))
            for index, process in processors:
                values[index] = process(values[index])
            params.append(tuple(values))
        conn.exec_driver_sql(sql, params)
    else:
        conn.exec_driver_sql(sql, [getter(row) for row in rows])


def insert_tuples(conn: Connection, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
    """Like ``insert_many`` with each row given as a tuple in the table's column order."""
    if not rows:
        return
    names = tuple(c.name for c in table.columns)
    plan = _insert_plan(table, conn.dialect)
    if plan is None or plan[1](dict(zip(names, names, strict=True))) != names:
        insert_many(conn, table, [dict(zip(names, row, strict=True)) for row in rows])
        return
    sql, _, processors = plan
    if processors:
        params = []
        for row in rows:
            values = list(row)
            for index, process in processors:
                values[index] = process(values[index])
            params.append(tuple(values))
        conn.exec_driver_sql(sql, params)
    else:
        conn.exec_driver_sql(sql, list(rows))


_PLANS: dict[tuple[int, int], Any] = {}


def _insert_plan(table: Table, dialect: Any) -> tuple[str, Any, tuple[tuple[int, Any], ...]] | None:
    plan = _insert_columns(table, dialect)
    return None if plan is None else (plan[0], operator.itemgetter(*plan[1]), plan[2])


def _insert_columns(table: Table, dialect: Any) -> tuple[str, tuple[str, ...], tuple[tuple[int, Any], ...]] | None:
    """(INSERT statement, its columns in parameter order, (index, bind processor) where one is needed)."""
    key = (id(table), id(dialect))
    if key not in _PLANS:
        compiled = insert(table).compile(dialect=dialect)
        order = getattr(compiled, "positiontup", None)
        if not order or len(order) < 2:
            _PLANS[key] = None
        else:
            keys = tuple(str(k) for k in order)
            processors = tuple(
                (index, _empty_json_shortcut(process) if isinstance(table.c[k].type, JSON) else process)
                for index, k in enumerate(keys)
                if (process := table.c[k].type.bind_processor(dialect)) is not None
                and not (_NATIVE_BOOLEANS(dialect) and isinstance(table.c[k].type, Boolean))
            )
            _PLANS[key] = (str(compiled), keys, processors)
    plan: tuple[str, tuple[str, ...], tuple[tuple[int, Any], ...]] | None = _PLANS[key]
    return plan


def _NATIVE_BOOLEANS(dialect: Any) -> bool:  # noqa: N802 (reads as a constant)
    # SQLite's driver binds Python's True/False as 1/0 itself: the Boolean processor (a Python call
    # per value) is only a check, and every value the import writes was checked already.
    return bool(dialect.name == "sqlite")


def new_rows(entity: str, dialect: Any) -> NewRows | None:
    """The writer of ``entity``'s new rows for this dialect (None: a driver with named parameters)."""
    key = (entity, id(dialect))
    if key not in _NEW_ROWS:
        _NEW_ROWS[key] = NewRows(entity, dialect) if _insert_columns(table_of(entity), dialect) else None
    return _NEW_ROWS[key]


_NEW_ROWS: dict[tuple[str, int], NewRows | None] = {}


class NewRows:
    """Rows that a lone insert creates, as parameter tuples for one INSERT (the import's hot path).

    The same row as ``row_from_insert`` followed by ``insert_many``, without a dict per row: per set
    of fields the change carries, one ``itemgetter`` picks the parameters from the change's values,
    its bookkeeping and the column defaults; only columns whose stored form differs from the JSON
    value (JSON, dates, bytes) are converted one by one.
    """

    def __init__(self, entity: str, dialect: Any) -> None:
        table = table_of(entity)
        plan = _insert_columns(table, dialect)
        assert plan is not None
        self.sql, self.columns, processors = plan
        self.entity = entity
        self._processors = dict(processors)
        self._defaults = _defaults(entity)
        self._special = _special(entity)
        self._convert = converter(entity)
        self._pickers: dict[tuple[str, ...], tuple[Any, tuple[Any, ...], tuple[tuple[int, Any], ...]]] = {}

    def row(self, row_id: str, hlc: str, device_id: str, fields: tuple[str, ...], values: tuple[Any, ...]) -> tuple[Any, ...]:
        picker = self._pickers.get(fields)
        if picker is None:
            picker = self._pickers[fields] = self._picker(fields)
        pick, constants, steps = picker
        params = pick(values + (row_id, hlc, device_id) + constants)
        if not steps:
            return tuple(params)
        out = list(params)
        for index, step in steps:
            out[index] = step(out[index])
        return tuple(out)

    def _picker(self, fields: tuple[str, ...]) -> tuple[Any, tuple[Any, ...], tuple[tuple[int, Any], ...]]:
        n = len(fields)
        where = {name: i for i, name in enumerate(fields)}
        bookkeeping = {"id": n, "created_at": n + 1, "updated_at": n + 1, "origin_device": n + 2}
        constants: list[Any] = []
        order: list[int] = []
        steps: list[tuple[int, Any]] = []
        for index, column in enumerate(self.columns):
            if column in bookkeeping:
                order.append(bookkeeping[column])
            elif column in where:
                order.append(where[column])
                step = self._step(index, column, from_data=True)
                if step is not None:
                    steps.append((index, step))
            else:  # not in the change: the column's default, made ready once
                step = self._step(index, column, from_data=False)
                default = self._defaults[column]
                constants.append(default if step is None else step(default))
                order.append(n + 2 + len(constants))
        return operator.itemgetter(*order), tuple(constants), tuple(steps)

    def _step(self, index: int, column: str, *, from_data: bool) -> Any:
        """What turns a column's value into its parameter (conversion, bind processor), or None."""
        steps: list[Any] = []
        if from_data and column in self._special:
            convert = self._convert
            steps.append(lambda value: convert(column, value))
        if column == "deleted":
            steps.append(lambda value: False if value is None else value)
        process = self._processors.get(index)
        if process is not None:
            steps.append(process)
        if len(steps) < 2:
            return steps[0] if steps else None

        def chain(value: Any) -> Any:
            for step in steps:
                value = step(value)
            return value

        return chain


def _empty_json_shortcut(process: Any) -> Any:
    # Most JSON cells of a new row are an empty {} (versions, attributes): no serialiser call for them.
    def bind(value: Any) -> Any:
        return "{}" if type(value) is dict and not value else process(value)

    return bind


def write_rows(session: OrmSession | Connection, entity: str, new: Sequence[dict[str, Any]], changed: Sequence[dict[str, Any]]) -> None:
    table = table_of(entity)
    if new:
        if isinstance(session, Connection):
            insert_many(session, table, new)
        else:
            session.execute(insert(table), list(new))
    if changed:
        names = [c.name for c in table.columns if c.name != "id"]
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in names})
        )
        session.execute(stmt, [{**{n: r[n] for n in names}, "_id": r["id"]} for r in changed])

