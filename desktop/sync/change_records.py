"""Received changes as validated records: parsed from changes.jsonl, checked, attachments restored.

Every field is checked for type and shape, and every value against its column (``values.py``);
every time stamp is a fixed-width HLC of the sending device, no more than a day past this
computer's clock. The content hash each change carries is recomputed (the same canonical JSON as
``desktop.core.changes.content_hash``), and the JSON text made for that is kept so the change log
gets it without serialising the data a second time.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any, NamedTuple

from desktop.core.clock import DEVICE_PATTERN
from desktop.core.models import MODEL_BY_TABLE
from desktop.sync.erasure_sync import unflag
from desktop.sync.errors import BadValueError, ForeignClockError, FutureClockError, MalformedBundleError
from desktop.sync.export import epoch_number
from desktop.sync.manifest import Manifest
from desktop.sync.merge import Change
from desktop.sync.values import ValueProblem, entity_checks

OPS = frozenset({"insert", "update", "delete"})
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_dumps = _ENCODER.encode
_HLC = re.compile(rf"(\d{{13}}):\d{{5}}:({DEVICE_PATTERN})\Z")  # what clock.Timestamp.parse accepts
# Characters JSON does not escape but no field may hold: C1 controls, U+FFFE/U+FFFF (C0 controls
# always come escaped, so a backslash in the JSON text says "look closer").
_UNESCAPED_BAD = re.compile("[\x7f-\x9f\ufffe\uffff]")
_PLAIN_ID = re.compile(r"[0-9A-Za-z-]+\Z")  # needs no JSON escaping


class ChangeRecord(NamedTuple):
    seq: int
    epoch: str
    hlc: str
    entity: str
    row_id: str
    op: str
    data: dict[str, Any]
    base: dict[str, Any]
    content_hash: str
    data_json: str
    base_json: str

    def as_change(self, device_id: str) -> Change:
        return Change(self.hlc, device_id, self.epoch, self.op, self.data, self.base)


def parse_changes(
    raw: list[dict[str, Any]], manifest: Manifest, attachments: dict[str, bytes], *, latest_ms: int
) -> list[ChangeRecord]:
    """Checked records; ``latest_ms``: the latest wall time (ms) a change may carry (the importing
    computer's clock plus a day)."""
    records: list[ChangeRecord] = []
    seen: set[int] = set()
    epoch: str | None = None
    lo, hi = manifest.seq_from, manifest.seq_to
    for number, item in enumerate(raw, start=1):
        rec = _parse_one(item, number, attachments, manifest.device_id, latest_ms)
        if rec.seq < lo or rec.seq > hi or rec.seq in seen:
            raise MalformedBundleError(f"Change {number} has a number outside the bundle's range, or twice.")
        if rec.epoch != epoch:
            if epoch is not None or epoch_number(rec.epoch) != manifest.epoch:
                raise MalformedBundleError(f"Change {number} belongs to another epoch than the bundle.")
            epoch = rec.epoch
        seen.add(rec.seq)
        records.append(rec)
    return records


def _parse_one(
    item: dict[str, Any], number: int, attachments: dict[str, bytes], device_id: str, latest_ms: int
) -> ChangeRecord:
    try:
        seq, epoch, hlc = item["seq"], item["epoch"], item["hlc"]
        entity, row_id, op = item["entity"], item["row_id"], item["op"]
        data, chash = item["data"], item["content_hash"]
    except KeyError:
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.") from None
    base = item.get("base", {})
    # type() is, not isinstance: a JSON true is not a sequence number, and this runs for every change.
    if (
        type(seq) is not int or seq <= 0
        or type(epoch) is not str or not 0 < len(epoch) <= 16
        or type(hlc) is not str or len(hlc) > 64 or (clock := _HLC.match(hlc)) is None
        or type(entity) is not str or entity not in MODEL_BY_TABLE
        or type(row_id) is not str or not 0 < len(row_id) <= 36
        or type(op) is not str or op not in OPS
        or type(data) is not dict or type(base) is not dict or type(chash) is not str
    ):
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.")
    if clock.group(2) != device_id:
        raise ForeignClockError(f"Change {number} carries a time stamp of another device than the sender.")
    if int(clock.group(1)) > latest_ms:
        raise FutureClockError()
    if not _PLAIN_ID.match(row_id):
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.")
    data, erased = unflag(entity, data, number)  # an erased change keeps its original hash as identity
    try:
        data_json = _dumps(data)
    except (ValueError, RecursionError):  # NaN or infinity, or absurdly deep nesting
        raise BadValueError(f"Change {number} ({entity}) holds a value that is not plain JSON.") from None
    restored = data
    if '"$attachment"' in data_json:  # rare: only signature images and scans travel as attachments
        restored = {key: _restore(value, attachments, number) for key, value in data.items()}
        data_json = _dumps(restored)
    checks = entity_checks(entity)
    try:
        checks.check_data(op, restored, "\\" in data_json or bool(_UNESCAPED_BAD.search(data_json)))
        if base:
            checks.check_base(base)
    except ValueProblem as problem:
        raise BadValueError(
            f"Change {number} ({problem.entity}.{problem.field}) does not fit its field: {problem.problem}."
        ) from None
    # The same bytes as changes.content_hash() hashes: [entity, row_id, op, data] in canonical JSON.
    try:
        hashed = f'["{entity}","{row_id}","{op}",{data_json}]'.encode()
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: not text
        raise BadValueError(f"Change {number} ({entity}) holds text that is not valid Unicode.") from None
    if not erased and hashlib.sha256(hashed).hexdigest() != chash:
        raise MalformedBundleError(f"Change {number} does not match its content hash.")
    base_json = _dumps(base) if base else "{}"
    return ChangeRecord(seq, epoch, hlc, entity, row_id, op, restored, base, chash, data_json, base_json)


def _restore(value: Any, attachments: dict[str, bytes], number: int) -> Any:
    if isinstance(value, dict) and set(value) == {"$attachment"}:
        content = attachments.get(str(value["$attachment"]))
        if content is None:
            raise MalformedBundleError(f"Change {number} names an attachment the bundle does not hold.")
        return {"$bytes": base64.b64encode(content).decode("ascii")}
    return value
