"""Every incoming field checked against its column before anything is written.

The checks are generated from the SQLAlchemy column types of the synced models (type, nullability,
length, integer range, dates, binary size), plus the small table :data:`EXTRA_RULES` of what a type
cannot say (allowed values, formats, shapes of JSON fields), made from the checks of ``value_kinds``.
A problem is described by the entity, the field and a fixed phrase: never by the value, which may be a
participant's name or words.

Limits (also in docs/bundle-format.md):

* ``String(n)``: at most ``n`` characters, one line (no control characters at all);
* ``Text``: at most :data:`TEXT_LIMIT` characters; tab, line feed and carriage return allowed, no
  other control character;
* no text holds a lone surrogate or U+FFFE/U+FFFF (what XML and UTF-8 cannot carry);
* ``Integer``: ``0 <= n <= 2**31 - 1`` (every integer column is a count, an offset, a seat or a
  version); ``Float``: finite, ``|x| <= 1e15``; ``Boolean``: true or false; ``Date``: ``YYYY-MM-DD``;
* ``LargeBinary``: base64 in ``{"$bytes": ...}``, at most :data:`BINARY_LIMITS` bytes decoded;
* ``JSON``: the shape in :data:`EXTRA_RULES` where there is one (consent answers, participant
  attributes, a retention run's kept participant ids), else plain JSON at most
  ``value_kinds.JSON_DEPTH_MAX`` deep and :data:`JSON_VALUES_MAX` values;
* ``consent_record.recorded_at`` in the form the app writes (``value_kinds.RECORDED_FORM``), and not
  bounded ahead: records are ordered by the earlier of it and their stamp (``desktop.core.consent_order``);
* ``recommendation_status.date``, ``outreach_event.date``: not after the importing computer's clock
  plus the day an HLC may be ahead (:func:`dated_after`, refused as ``future_clock`` by
  ``change_records``);
* ``session.date``: not before ``value_kinds.EARLIEST_DAY``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Text

from desktop.core import field_text, retention_kept
from desktop.core.clock import is_timestamp
from desktop.core.coding import DOC_FIELDS
from desktop.core.field_text import BAD_IN_LINE, BAD_IN_TEXT
from desktop.core.ids import PLAIN_ID_PATTERN
from desktop.core.models import MODEL_BY_TABLE, Synced
from desktop.core.reference import (
    ACTION_STATUSES,
    AGE_BANDS,
    CONSENT_METHODS,
    GENDERS,
    GOVERNORATE_BY_KEY,
    ORGANISATION_KINDS,
    SESSION_KINDS,
    SESSION_STATUSES,
    SETTINGS,
)
from desktop.sync.field_checks import (
    BOOL,
    FLOAT,
    IDENT,
    INT,
    SLOW,
    TEXT,
    Checked,
    Spec,
    checked_each,
    compiled,
)
from desktop.sync.value_kinds import (
    Check,
    day,
    is_answer_row,
    is_text,
    iso_datetime,
    list_of,
    matches,
    not_before_2000,
    not_blank,
    one_of,
    plain_json,
    recorded_time,
    scalar_map,
)

INT_MAX = 2**31 - 1
FLOAT_MAX = 1e15
TEXT_LIMIT = field_text.TEXT_LIMIT  # one limit for local writes and bundles
BINARY_LIMITS = {"signature_png": 2 * 1024 * 1024, "paper_scan": 20 * 1024 * 1024}
DEFAULT_BINARY_LIMIT = 2 * 1024 * 1024
JSON_ENTRIES_MAX = 100
JSON_TEXT_MAX = 1_000
#: The longest name of a participant attribute (its values: JSON_TEXT_MAX; at most JSON_ENTRIES_MAX of them).
ATTRIBUTE_KEY_MAX = 60
#: Any other JSON field: plain JSON values nested at most ``value_kinds.JSON_DEPTH_MAX`` deep, at most
#: this many values in all.
JSON_VALUES_MAX = field_text.JSON_VALUES_MAX

# One line: no control character at all. Long text: tab, LF and CR allowed. Neither may hold what
# UTF-8 (lone surrogates) or XML (U+FFFE, U+FFFF) cannot carry. The same patterns make local text fit
# when it enters a database (desktop/core/field_text.py), so a laptop never sends what is refused here.
_BAD_IN_LINE = BAD_IN_LINE
_BAD_IN_TEXT = BAD_IN_TEXT
# A field that names a row (an id column): a row's id (``ids.PLAIN_ID``), or empty for none, which a
# row's own id never is.
_ID = re.compile(rf"(?:{PLAIN_ID_PATTERN})?\Z")
_KEY = re.compile(r"[a-z0-9_]{1,40}\Z")


class ValueProblem(Exception):
    """One field that does not fit its column: ``entity``, ``field`` and a phrase, no value. ``field``
    is a name from this version's schema or ``UNKNOWN_FIELD`` (see :func:`field_label`)."""

    def __init__(self, entity: str, field: str, problem: str) -> None:
        self.entity, self.field, self.problem = entity, field, problem
        super().__init__(f"{entity}.{field}: {problem}")


#: How a refusal names a field that no table of this version has.
UNKNOWN_FIELD = "<unknown field>"


@cache
def _schema_names() -> frozenset[str]:
    return frozenset(column.name for model in MODEL_BY_TABLE.values() for column in model.__table__.columns)


def field_label(name: object) -> str:
    """``name`` (a key of a bundle's change) as a refusal may print it: only a column name of this
    version's schema. A key is whatever the sending program wrote, a pseudonym, a real name or a
    phone number as much as a field's name; anything else is named ``UNKNOWN_FIELD``, never a piece of
    it (a cut of it at 40 code points printed the first 40 of such a text, a letter without its
    harakat or half a flag at its end)."""
    return name if isinstance(name, str) and name in _schema_names() else UNKNOWN_FIELD


#: What a row says happened on which day, bounded as a change's HLC is (the importing computer's clock
#: plus the day allowed): table -> that field. A recommendation's newest status is the one in force, so
#: one dated years ahead would stand over every one recorded until then; the app dates neither a status
#: nor an outreach record after today (``recommendations._refuse_future``, ``outreach``). A consent
#: record's ``recorded_at`` is not here: the order of records cannot be moved by it
#: (``desktop.core.consent_order``), and a laptop whose date was ahead when it recorded a consent sends
#: it once re-dated, as the rest of its work.
DATED_AHEAD = {"recommendation_status": "date", "outreach_event": "date"}
_MS = dt.timedelta(milliseconds=1)
_UNIX = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@lru_cache(maxsize=8)
def _day_of(ms: int) -> str:
    return (_UNIX + ms * _MS).date().isoformat()


def dated_after(value: Any, latest_ms: int) -> bool:
    """Whether a field of :data:`DATED_AHEAD` (checked already: a day ``YYYY-MM-DD``, "" or None for
    none) names a day after ``latest_ms`` (ms since 1970, UTC). A day is compared with the UTC day of
    ``latest_ms``, which is a day ahead of the clock: every zone's today is within it."""
    if not value:
        return False
    return bool(value > _day_of(latest_ms))


def _attribute_key(key: str) -> bool:
    return 0 < len(key) <= ATTRIBUTE_KEY_MAX and not _BAD_IN_LINE.search(key)


def _attribute_value(item: Any) -> bool:
    if item is None or type(item) in (bool, int):
        return type(item) is not int or abs(item) <= INT_MAX
    if type(item) is float:
        return math.isfinite(item)
    return type(item) is str and len(item) <= JSON_TEXT_MAX and not _BAD_IN_LINE.search(item)


_GOVERNORATES = ("", *GOVERNORATE_BY_KEY)

#: What a column type cannot say. Applied after the type check, to non-null values only.
EXTRA_RULES: dict[tuple[str, str], Check] = {
    ("participant", "code"): not_blank,
    ("organisation", "kind"): one_of(*ORGANISATION_KINDS),
    ("organisation", "governorate"): one_of(*_GOVERNORATES),
    ("participant", "gender"): one_of("", *GENDERS),
    ("participant", "age_band"): one_of("", *AGE_BANDS),
    ("participant", "governorate"): one_of(*_GOVERNORATES),
    ("participant", "setting"): one_of("", *SETTINGS),
    ("participant", "attributes"): scalar_map(_attribute_key, _attribute_value, "a map of attributes",
                                              JSON_ENTRIES_MAX),
    ("session", "kind"): one_of(*SESSION_KINDS),
    ("session", "status"): one_of(*SESSION_STATUSES),
    ("session", "date"): not_before_2000,
    ("session", "governorate"): one_of(*_GOVERNORATES),
    # session.start_time/end_time: no rule beyond String(5), one line. A draft keeps a time as typed
    # ("10:3" on the way to "10:30", autosaved; finalising checks it), and each such save is a change
    # the laptop sends: readers treat a time that is not H:MM as text.
    ("action_item", "status"): one_of(*ACTION_STATUSES),
    ("code", "colour"): matches(r"#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?", "a colour (#RRGGBB)"),
    ("coded_segment", "doc_table"): one_of(*DOC_FIELDS),
    ("coded_segment", "doc_field"): one_of(*sorted({f for _, fields in DOC_FIELDS.values() for f in fields})),
    ("consent_clause", "clause_key"): matches(r"[a-z0-9_]{1,40}", "a clause key"),
    ("consent_record", "answers"): scalar_map(lambda k: bool(_KEY.match(k)), lambda v: type(v) is bool,
                                              "a map of clause keys to yes/no", JSON_ENTRIES_MAX),
    ("consent_record", "method"): one_of("", *CONSENT_METHODS),
    ("consent_record", "recorded_at"): recorded_time,
    ("consent_record", "withdrawn_at"): iso_datetime,
    ("consent_record", "withdrawal_scope"): one_of("all", "quotes"),
    ("survey", "columns"): list_of(is_text, "a list of column names"),
    ("survey", "dropped_columns"): list_of(is_text, "a list of column names"),
    ("survey_response_block", "rows"): list_of(is_answer_row, "a list of answer rows"),
    ("survey_response_block", "submission_ids"): list_of(is_text, "a list of submission ids"),
    ("survey_response_block", "governorates"): list_of(is_text, "a list of governorates"),
    ("survey_response_block", "genders"): list_of(is_text, "a list of genders"),
    ("survey_response_block", "age_bands"): list_of(is_text, "a list of age bands"),
    ("evidence_link", "choices"): list_of(is_text, "a list of answers"),
    # A retention run's participants of sessions not yet held: ids only, at most KEPT_MAX (counted first).
    ("erasure", "kept"): retention_kept.kept_problem,
}

#: Fields of the consent record that are references to other rows (ids), beyond ``ID`` typed ones.
_ID_NAMES = ("_id", "merged_into")


# --- checks from column types ----------------------------------------------------------------------


def _is_id_column(name: str, column_type: Any) -> bool:
    return isinstance(column_type, String) and column_type.length == 36 and name.endswith(_ID_NAMES)


def _type_check(entity: str, name: str, column_type: Any) -> Check:
    if isinstance(column_type, Boolean):
        return lambda v: None if type(v) is bool else "not true or false"
    if isinstance(column_type, Integer):
        return lambda v: None if type(v) is int and 0 <= v <= INT_MAX else "not a whole number in range"
    if isinstance(column_type, Float):
        def number(v: Any) -> str | None:
            if type(v) is int:
                return None if abs(v) <= FLOAT_MAX else "not a number in range"
            return None if type(v) is float and math.isfinite(v) and abs(v) <= FLOAT_MAX else "not a number in range"
        return number
    if isinstance(column_type, Date):
        return day
    if isinstance(column_type, LargeBinary):
        limit = BINARY_LIMITS.get(name, DEFAULT_BINARY_LIMIT)

        def binary(v: Any) -> str | None:
            if type(v) is not dict or set(v) != {"$bytes"} or type(v["$bytes"]) is not str:
                return "not binary content"
            if len(v["$bytes"]) > (limit + 2) // 3 * 4:
                return f"larger than {limit} bytes"
            try:
                base64.b64decode(v["$bytes"], validate=True)
            except (binascii.Error, ValueError):
                return "not binary content"
            return None
        return binary
    if isinstance(column_type, JSON):
        # A field with a shape of its own in EXTRA_RULES is checked there; any other is plain JSON.
        return (lambda v: None) if (entity, name) in EXTRA_RULES else plain_json
    if isinstance(column_type, Text):
        def text(v: Any) -> str | None:
            if type(v) is not str:
                return "not text"
            return f"longer than {TEXT_LIMIT} characters" if len(v) > TEXT_LIMIT else None
        return text
    if isinstance(column_type, String):
        length = column_type.length or TEXT_LIMIT
        if _is_id_column(name, column_type):
            return lambda v: None if type(v) is str and _ID.match(v) else "not an identifier"

        def line(v: Any) -> str | None:
            if type(v) is not str:
                return "not text"
            return f"longer than {length} characters" if len(v) > length else None
        return line
    return lambda v: "a field of an unknown type"


def _characters_check(column_type: Any) -> Callable[[str], bool] | None:
    """For text columns: a search for characters the column may not hold (None: not text)."""
    if isinstance(column_type, Text):
        return _BAD_IN_TEXT.search  # type: ignore[return-value]
    if isinstance(column_type, String):
        return _BAD_IN_LINE.search  # type: ignore[return-value]
    return None


#: Sets of fields a table's checks are written out for (``field_checks``); a bundle has a handful, and
#: one that has thousands (a hostile one) has the rest checked by the loop, not each written out.
_COMPILED_MAX = 256
#: ... and for all tables together, in the life of the process: a function written out is some 13 KB, and a
#: hostile bundle repeating each of its invented sets of fields could otherwise have 256 of them made for every
#: table (over 100 MB, kept until the app closes).
_COMPILED_TOTAL_MAX = 1_024
#: A set of fields is written out once it has been met this many times (the loop checks it until then): a
#: day's handful of sets repeat thousands of times, while writing one out takes some 3 ms, more than the loop
#: spends on a few hundred changes. A hostile bundle whose every change invents a new set wrote out 256 per
#: table, seconds per table, for sets never met again.
_WRITTEN_AFTER = 64
#: Sets of fields whose plan (each field's checks) a table keeps, with how often each was met; full, it is
#: emptied and starts again (a hostile bundle's endless sets: the sets written out are kept apart).
_PLANS_MAX = 1_024
_written = [0]  # functions written out so far, all tables (``_COMPILED_TOTAL_MAX``)

_FLOAT_LIMIT = int(FLOAT_MAX)  # the same bound as a whole number (1e15 is one)


def _fast_kind(name: str, column_type: Any) -> tuple[int, int]:
    """How a field's type is checked without a function call in the common case (``field_checks``)."""
    if isinstance(column_type, Boolean):
        return BOOL, 0
    if isinstance(column_type, Integer):
        return INT, INT_MAX
    if isinstance(column_type, Float):
        return FLOAT, _FLOAT_LIMIT
    if isinstance(column_type, Text):
        return TEXT, TEXT_LIMIT
    if isinstance(column_type, String) and not _is_id_column(name, column_type):
        return TEXT, column_type.length or TEXT_LIMIT
    if isinstance(column_type, String):
        return IDENT, 36
    return SLOW, 0


class EntityChecks:
    """The checks of one synced table, built once from its columns."""

    def __init__(self, entity: str) -> None:
        table = MODEL_BY_TABLE[entity].__table__
        self.entity = entity
        #: field -> (fast kind, limit, type check, extra rule or None, nullable, bad-character search or None)
        self.specs: dict[str, Spec] = {}
        required = set()
        for column in table.columns:
            name = column.name
            if name in Synced.BOOKKEEPING:
                continue
            fast, limit = _fast_kind(name, column.type)
            self.specs[name] = (fast, limit, _type_check(entity, name, column.type), EXTRA_RULES.get((entity, name)),
                                bool(column.nullable), _characters_check(column.type))
            if not column.nullable and column.default is None and column.server_default is None:
                required.add(name)
        self.required = frozenset(required)
        self.long_text = frozenset(MODEL_BY_TABLE[entity].__long_text__)
        self.record_rules = entity == "coded_segment"
        #: (operation, fields) -> [times met, plan] of sets not written out (yet)
        self._plans: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
        self._compiled: dict[tuple[str, tuple[str, ...]], Checked] = {}

    def check_data(self, op: str, data: Mapping[str, Any], escapes: bool) -> None:
        """Raise ValueProblem for the first field that does not fit. ``escapes``: the JSON text of
        the data held a backslash, so some text may hold control characters (looked for only then)."""
        self.checked_values(op, data, escapes, tuple(data), _as_is)

    def checked_values(self, op: str, data: Mapping[str, Any], escapes: bool, fields: tuple[str, ...],
                       shared: Callable[[str, str], str]) -> tuple[Any, ...]:
        """``check_data``, and the values as a tuple in the order of ``fields`` (``tuple(data)``), each
        short text as ``shared(text, text)`` gives it (``field_checks.SHARED_LENGTH``).

        Runs for every field of every change of a day's import: what depends only on the set of
        field names (unknown or missing fields, each field's checks) is worked out once per set,
        and written out as one function (``field_checks``) for the sets a table meets often."""
        key = (op, fields)
        check = self._compiled.get(key)
        if check is None:
            known = self._plans.get(key)
            if known is None:
                if len(self._plans) >= _PLANS_MAX:  # a hostile bundle cannot grow this without bound
                    self._plans.clear()
                known = self._plans[key] = [0, self._plan(op, fields)]
            known[0] += 1
            plan = known[1]
            if known[0] >= _WRITTEN_AFTER and len(self._compiled) < _COMPILED_MAX and _written[0] < _COMPILED_TOTAL_MAX:
                check = self._compiled[key] = compiled(self.entity, fields, plan, ValueProblem)
                _written[0] += 1
                self._plans.pop(key, None)
            if check is None:  # the loop: a set met rarely, or a hostile bundle's endless sets of fields
                values = checked_each(self.entity, plan, data, escapes, shared, ValueProblem)
        if check is not None:
            values = check(data.values(), escapes, shared)
        if self.record_rules:
            self._record_rules(data)
        return values

    def _plan(self, op: str, fields: tuple[str, ...]) -> list[Spec]:
        """Each field's checks, in order; ValueProblem for a field the table lacks or a required one
        a new row lacks. Kept per operation and set of fields (``_plans``: a bundle has few different sets)."""
        if op == "insert":
            missing = self.required - set(fields)
            if missing:
                raise ValueProblem(self.entity, sorted(missing)[0], "missing from a new row")
        for name in fields:
            if name not in self.specs:
                raise ValueProblem(self.entity, field_label(name), "not a field of this table")
        return [self.specs[name] for name in fields]

    def check_base(self, base: Mapping[str, Any]) -> None:
        for name, version in base.items():
            if name not in self.long_text or not (version == "" or is_timestamp(version)):
                raise ValueProblem(self.entity, field_label(name), "not a valid edit base")

    def _record_rules(self, data: Mapping[str, Any]) -> None:
        if self.entity == "coded_segment":
            start, end = data.get("start"), data.get("end")
            if type(start) is int and type(end) is int and start > end:
                raise ValueProblem(self.entity, "end", "before the start")
            table, field = data.get("doc_table"), data.get("doc_field")
            if table in DOC_FIELDS and field is not None and field not in DOC_FIELDS[table][1]:
                raise ValueProblem(self.entity, "doc_field", "not a codable field of that document")


def _as_is(text: str, _default: str) -> str:
    return text


@cache
def entity_checks(entity: str) -> EntityChecks:
    return EntityChecks(entity)
