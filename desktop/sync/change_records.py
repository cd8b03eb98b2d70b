"""Received changes as validated records: parsed from changes.jsonl, checked, attachments restored.

Every field is checked for type and shape; the content hash each change carries is recomputed (the
same canonical JSON as ``desktop.core.changes.content_hash``), and the JSON text made for that is
kept so the change log gets it without serialising the data a second time.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any, NamedTuple

from desktop.core.models import MODEL_BY_TABLE
from desktop.sync.errors import MalformedBundleError
from desktop.sync.export import epoch_number
from desktop.sync.manifest import Manifest
from desktop.sync.merge import Change

OPS = frozenset({"insert", "update", "delete"})
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_dumps = _ENCODER.encode
_HLC = re.compile(r"\d+:\d+:.")  # what clock.Timestamp.parse accepts
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


def parse_changes(raw: list[dict[str, Any]], manifest: Manifest, attachments: dict[str, bytes]) -> list[ChangeRecord]:
    records: list[ChangeRecord] = []
    seen: set[int] = set()
    epoch: str | None = None
    for number, item in enumerate(raw, start=1):
        rec = _parse_one(item, number, attachments)
        if not manifest.seq_from <= rec.seq <= manifest.seq_to or rec.seq in seen:
            raise MalformedBundleError(f"Change {number} has a number outside the bundle's range, or twice.")
        if epoch_number(rec.epoch) != manifest.epoch or (epoch is not None and rec.epoch != epoch):
            raise MalformedBundleError(f"Change {number} belongs to another epoch than the bundle.")
        epoch = rec.epoch
        seen.add(rec.seq)
        records.append(rec)
    return records


def _parse_one(item: dict[str, Any], number: int, attachments: dict[str, bytes]) -> ChangeRecord:
    seq, epoch, hlc = item.get("seq"), item.get("epoch"), item.get("hlc")
    entity, row_id, op = item.get("entity"), item.get("row_id"), item.get("op")
    data, base, chash = item.get("data"), item.get("base", {}), item.get("content_hash")
    ok = (
        isinstance(seq, int) and not isinstance(seq, bool) and seq > 0
        and isinstance(epoch, str) and 0 < len(epoch) <= 16
        and isinstance(hlc, str) and len(hlc) <= 64
        and isinstance(entity, str) and entity in MODEL_BY_TABLE
        and isinstance(row_id, str) and 0 < len(row_id) <= 36
        and op in OPS and isinstance(data, dict) and isinstance(base, dict) and isinstance(chash, str)
    )
    if not ok:
        raise MalformedBundleError(f"Change {number} of the bundle is not a valid change.")
    assert isinstance(seq, int) and isinstance(epoch, str) and isinstance(hlc, str)
    assert isinstance(entity, str) and isinstance(row_id, str) and isinstance(op, str)
    assert isinstance(data, dict) and isinstance(base, dict) and isinstance(chash, str)
    if not _HLC.match(hlc):
        raise MalformedBundleError(f"Change {number} has an invalid timestamp.")
    if any(isinstance(value, dict) for value in data.values()):
        restored = {key: _restore(value, attachments, number) for key, value in data.items()}
    else:
        restored = data
    data_json = _dumps(restored)
    # The same bytes as changes.content_hash() hashes: [entity, row_id, op, data] in canonical JSON.
    quoted = f'"{row_id}"' if _PLAIN_ID.match(row_id) else json.dumps(row_id, ensure_ascii=False)
    head = f'["{entity}",{quoted},"{op}",'
    if hashlib.sha256(f"{head}{data_json}]".encode()).hexdigest() != chash:
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
