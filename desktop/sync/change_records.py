"""Received changes as validated records: parsed from changes.jsonl, checked, attachments restored.

Every field is checked for type and shape, and every value against its column (``values.py``);
every time stamp is a fixed-width HLC of the sending device, no more than a day past this
computer's clock. The content hash each change carries is recomputed (the same canonical JSON as
``desktop.core.changes.content_hash``), and the JSON text made for that is kept so the change log
gets it without serialising the data a second time.

A day's import checks tens of thousands of changes, and a bundle may be large, so a record is
compact: the data's field names are one tuple shared by every change with the same fields, its
values a tuple, its JSON text the one that was hashed; the parsed line itself is not kept.
:class:`ChangeChecker` takes the lines a block at a time (``bundle_stream.OpenedBundle``), so a
bundle is never held as text and as parsed objects at once.
"""

from __future__ import annotations

import base64
import hashlib
import re
from _json import encode_basestring, make_encoder
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop.core.clock import DEVICE_PATTERN
from desktop.core.erasure import ERASED_FLAG
from desktop.core.ids import PLAIN_ID
from desktop.core.models import MODEL_BY_TABLE
from desktop.sync.erasure_sync import unflag
from desktop.sync.errors import BadValueError, ForeignClockError, FutureClockError, MalformedBundleError
from desktop.sync.export import epoch_number
from desktop.sync.manifest import Manifest
from desktop.sync.merge import Change
from desktop.sync.values import DATED_AHEAD, EntityChecks, ValueProblem, dated_after, entity_checks

OPS = frozenset({"insert", "update", "delete"})


def _not_json(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# Canonical JSON (``manifest.canonical_json`` as text): sorted keys, no spaces, UTF-8 not escaped, no NaN.
# The C encoder that ``json.dumps`` builds anew on every call, built once: an import encodes the data of
# every change, most of them small. No check for circular references: parsed JSON has none.
_ENCODE = make_encoder(None, _not_json, encode_basestring, None, ":", ",", True, False, False)


def _dumps(value: Any) -> str:
    return "".join(_ENCODE(value, 0))

_HLC = re.compile(rf"([0-9]{{13}}):[0-9]{{5}}:({DEVICE_PATTERN})\Z")  # what clock.Timestamp.parse accepts
# Characters JSON does not escape but no field may hold: C1 controls, U+FFFE/U+FFFF (C0 controls
# always come escaped, so a backslash in the JSON text says "look closer").
_UNESCAPED_BAD = re.compile("[\x7f-\x9f\ufffe\uffff]")
# Their UTF-8 forms start with the bytes 7F, C2 or EF BF: a fast scan of the bytes for those says
# when the text needs the regular expression at all (U+0080-U+00BF, U+FFC0-U+FFFF share them).
_NO_BASE: Mapping[str, Any] = MappingProxyType({})
# One string object per entity and operation name, whatever line they were read from.
_NAMES = {name: name for name in (*MODEL_BY_TABLE, *OPS)}
_DATED = {_NAMES[entity]: field for entity, field in DATED_AHEAD.items()}  # bounded as a time stamp is
_CHECKS: dict[str, EntityChecks] = {}
_EMPTY_JSON = "{}"
#: A bundle's records keep the JSON text made for the content hash up to this many characters in all
#: (16 MB at most: two bytes a character in a text with Arabic in it); past it (a big bundle) memory
#: counts more than the time to make a text again when it is written.
KEPT_JSON_CHARS = 8 * 1024 * 1024
#: A bundle's records share one tuple per set of field names and one object per short text, up to so many
#: sets and texts: past it a record keeps its own. A day's bundle has a handful of sets and repeats its short
#: texts (a session's id, kinds, dates); a hostile one that invents new ones in every change grows neither map
#: without bound.
FIELDSETS_KEPT = 1_024
STRINGS_KEPT = 1 << 16


class ChangeRecord(NamedTuple):
    seq: int
    epoch: str
    hlc: str
    entity: str
    row_id: str
    op: str
    fields: tuple[str, ...]  # the data's field names (shared between records)
    values: tuple[Any, ...]  # the data's values, in the order of ``fields``
    base: Mapping[str, Any]
    content_hash: str
    # The data as canonical JSON (what the hash covers, inside ["entity","row_id","op",...]), kept for
    # the change log; None past the first KEPT_JSON_CHARS of a bundle (then made again when written).
    data_text: str | None
    base_json: str  # the base as canonical JSON ("{}", one shared string, for most changes)

    @property
    def data(self) -> dict[str, Any]:
        return dict(zip(self.fields, self.values, strict=True))

    @property
    def data_json(self) -> str:
        """The data as canonical JSON (the text the content hash covers, without its envelope)."""
        return _dumps(self.data) if self.data_text is None else self.data_text

    def as_change(self, device_id: str) -> Change:
        return Change(self.hlc, device_id, self.epoch, self.op, self.data, self.base)


#: A bundle's changes of one row: one record (the common case), or several in order.
RowRecords = ChangeRecord | list[ChangeRecord]


def listed(one_or_more: RowRecords) -> list[ChangeRecord]:
    """A row's records as a list, whether the bundle changes it once or more."""
    return one_or_more if isinstance(one_or_more, list) else [one_or_more]


class ChangeChecker:
    """Checks a bundle's changes as they are read; :attr:`records` holds the checked ones.

    ``latest_ms``: the latest wall time (ms) a change may carry (the importing computer's clock
    plus a day). Any problem raises a BundleError naming the change by its line number.
    """

    def __init__(self, manifest: Manifest, attachments: dict[str, bytes], *, latest_ms: int) -> None:
        self.records: list[ChangeRecord] = []
        self._manifest = manifest
        self._attachments = attachments
        self._latest_ms = latest_ms
        self._seen: set[int] = set()
        self._epoch: str | None = None
        self._fieldsets: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Short texts repeat from change to change (ids of the session a turn belongs to, kinds,
        # places, dates, coders): one string object each, not one per change (values.checked_values).
        self._strings: dict[str, str] = {}
        self._kept_json = 0

    def add(self, items: Iterable[dict[str, Any]]) -> None:
        records, seen, fieldsets, strings = self.records, self._seen, self._fieldsets, self._strings
        lo, hi, device_id = self._manifest.seq_from, self._manifest.seq_to, self._manifest.device_id
        for item in items:
            number = len(records) + 1
            epoch = item.get("epoch")
            if epoch != self._epoch and type(epoch) is str and 0 < len(epoch) <= 16:
                if self._epoch is not None or epoch_number(epoch) != self._manifest.epoch:
                    raise MalformedBundleError(f"Change {number} belongs to another epoch than the bundle.")
                self._epoch = epoch
            rec = _parse_one(item, number, self._epoch, self._attachments, device_id, self._latest_ms, fieldsets,
                             strings.setdefault if len(strings) < STRINGS_KEPT else strings.get)
            if rec.seq < lo or rec.seq > hi or rec.seq in seen:
                raise MalformedBundleError(f"Change {number} has a number outside the bundle's range, or twice.")
            seen.add(rec.seq)
            if self._kept_json < KEPT_JSON_CHARS:
                self._kept_json += len(rec.data_text or "")
            else:  # a big bundle: its JSON texts are made again when written, not held all at once
                rec = rec._replace(data_text=None)
            records.append(rec)


def parse_changes(
    raw: list[dict[str, Any]], manifest: Manifest, attachments: dict[str, bytes], *, latest_ms: int
) -> list[ChangeRecord]:
    """Checked records of a whole list of changes (see :class:`ChangeChecker`)."""
    checker = ChangeChecker(manifest, attachments, latest_ms=latest_ms)
    checker.add(raw)
    return checker.records


def _parse_one(
    item: dict[str, Any],
    number: int,
    epoch_seen: str | None,
    attachments: dict[str, bytes],
    device_id: str,
    latest_ms: int,
    fieldsets: dict[tuple[str, ...], tuple[str, ...]],
    shared: Callable[[str, str], str],
) -> ChangeRecord:
    try:
        seq, epoch, hlc = item["seq"], item["epoch"], item["hlc"]
        entity, row_id, op = item["entity"], item["row_id"], item["op"]
        data, chash = item["data"], item["content_hash"]
    except KeyError:
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.") from None
    base = item.get("base", _NO_BASE)
    # type() is, not isinstance: a JSON true is not a sequence number, and this runs for every change.
    if (
        type(seq) is not int or seq <= 0
        or epoch != epoch_seen or type(epoch) is not str  # the caller checked the bundle's epoch
        or type(hlc) is not str or len(hlc) > 64 or (clock := _HLC.match(hlc)) is None
        or type(entity) is not str or entity not in MODEL_BY_TABLE
        # the shared id pattern bounds the length too: written into the hashed JSON unescaped (below)
        or type(row_id) is not str or not PLAIN_ID.match(row_id)
        or type(op) is not str or op not in OPS
        or type(data) is not dict or (base is not _NO_BASE and type(base) is not dict) or type(chash) is not str
    ):
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.")
    if clock.group(2) != device_id:
        raise ForeignClockError(f"Change {number} carries a time stamp of another device than the sender.")
    if int(clock.group(1)) > latest_ms:
        raise FutureClockError()
    entity, op, epoch = _NAMES[entity], _NAMES[op], epoch_seen or epoch  # one string object each, for all records
    erased = False
    if ERASED_FLAG in data:  # an erased change keeps its original hash as identity
        data, erased = unflag(entity, data, number)
    try:
        data_json = _dumps(data)
    except (ValueError, RecursionError):  # NaN or infinity, or absurdly deep nesting
        raise BadValueError(f"Change {number} ({entity}) holds a value that is not plain JSON.") from None
    if '"$attachment"' in data_json:  # rare: only signature images and scans travel as attachments
        data = {key: _restore(value, attachments, number) for key, value in data.items()}
        data_json = _dumps(data)
    # The same bytes as changes.content_hash() hashes: [entity, row_id, op, data] in canonical JSON.
    try:
        hashed = f'["{entity}","{row_id}","{op}",{data_json}]'.encode()
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: not text
        raise BadValueError(f"Change {number} ({entity}) holds text that is not valid Unicode.") from None
    checks = _CHECKS.get(entity)
    if checks is None:
        checks = _CHECKS[entity] = entity_checks(entity)
    fields = tuple(data)
    try:
        values = checks.checked_values(op, data, "\\" in data_json or (
            (b"\x7f" in hashed or b"\xc2" in hashed or b"\xef\xbf" in hashed) and _UNESCAPED_BAD.search(data_json) is not None),
            fields, shared)
        if base:
            checks.check_base(base)
    except ValueProblem as problem:
        raise BadValueError(
            f"Change {number} ({problem.entity}.{problem.field}) does not fit its field: {problem.problem}."
        ) from None
    dated = _DATED.get(entity)
    if dated is not None and dated in data and dated_after(data[dated], latest_ms):
        raise FutureClockError()  # dated ahead as an HLC may not be (see values.DATED_AHEAD)
    if not erased and hashlib.sha256(hashed).hexdigest() != chash:
        raise MalformedBundleError(f"Change {number} does not match its content hash.")
    fields = fieldsets.setdefault(fields, fields) if len(fieldsets) < FIELDSETS_KEPT else fieldsets.get(fields, fields)
    return ChangeRecord(seq, epoch, hlc, entity, row_id, op, fields, values,
                        base or _NO_BASE, chash, data_json, _dumps(base) if base else _EMPTY_JSON)


def _restore(value: Any, attachments: dict[str, bytes], number: int) -> Any:
    if isinstance(value, dict) and set(value) == {"$attachment"}:
        content = attachments.get(str(value["$attachment"]))
        if content is None:
            raise MalformedBundleError(f"Change {number} names an attachment the bundle does not hold.")
        return {"$bytes": base64.b64encode(content).decode("ascii")}
    return value
