"""The team file a facilitator imports to join a team: public, but signed by the central key.

It is a small ZIP (``team.json`` + ``team.sig``, Ed25519 over the exact team.json bytes), read with
the same hostile-input rules as bundles. Nothing in it is secret: the age recipients are public
keys, and the payload (codebook, consent templates, organisations) is what every device shows.

The signature is checked against the key inside the file (integrity: nothing altered since the
centre wrote it) and, when the device is already enrolled, against the enrolled central key
(authenticity: a team file cannot swap the centre's key). On first enrolment the coordinator should
compare the shown fingerprint with the one they were told out of band.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.core.field_text import one_line
from desktop.core.models import Team
from desktop.core.text_cut import cut
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.atomic_file import write_atomic
from desktop.sync.errors import (
    BadSignatureError,
    CentralKeyMismatchError,
    MalformedBundleError,
    NewerFormatError,
    NotATeamFileError,
    TooLargeError,
    TruncatedTeamFileError,
    WrongTeamError,
)
from desktop.sync.key_rotation import team_file_recipients
from desktop.sync.keys import (
    key_fingerprint,
    load_verify_key,
    parse_recipient,
    public_key_b64,
    same_public_key,
    sign,
    verify,
)
from desktop.sync.manifest import canonical_json, utc_now_iso
from desktop.sync.safe_zip import build_zip, read_zip
from desktop.sync.sniff import kind_and_names, kind_of

TEAM_FILE_SUFFIX = ".majlis-team"
TEAM_FORMAT = "majlis-team"
TEAM_FORMAT_VERSION = 1
_TEAM_JSON = "team.json"
_TEAM_SIG = "team.sig"
_MAX_MEMBER = 16 * 1024 * 1024
_MAX_FILE = 2 * _MAX_MEMBER
_NOT_TWO_MEMBERS = "This is not a Majlis team file (team.json and team.sig expected)."
# Said of a team file, not of "the bundle" (the general sentence of a bad signature): the first-run
# wizard and the Sync page's Join a team… show it to a facilitator who chose a team file.
_ALTERED = QT_TRANSLATE_NOOP("BundleError", "The team file's signature does not match its content: it was altered.")
# Every field of a team file that is missing or holds what Majlis never writes there: one line, marked for the
# catalogue (an Arabic or Kurdish screen showed the general line about a *bundle*, "not laid out as a Majlis
# bundle"); which field it was helps no coordinator (the file was altered or made by another program).
_MALFORMED = QT_TRANSLATE_NOOP(
    "BundleError",
    "The team file has a field missing or a value Majlis never writes there: it was altered or made by another "
    "program. Ask the coordinator for the team file again. Nothing was changed.")
# A facilitator handed the team update (also a signed ZIP from the centre) instead of the team file.
_A_TEAM_UPDATE = QT_TRANSLATE_NOOP(
    "BundleError", "This is a team update, not the team file: join the team with the team file (it ends in "
    ".majlis-team), then apply team updates (Apply team update…, majlis-cli team update import).")
# A facilitator handed a bundle of changes (a laptop's, or one of their own) or the team's key file,
# named by content (desktop.sync.sniff.kind_of), as --db names a bundle given in its place.
_OTHER_FILES = {
    "bundle": QT_TRANSLATE_NOOP(
        "BundleError", "This is a bundle of changes, not the team file: bundles are imported at the centre (Import "
        "bundles…, majlis-cli bundle import). Join the team with the team file (it ends in .majlis-team)."),
    "team_key": QT_TRANSLATE_NOOP(
        "BundleError", "This is the team's key file, not the team file: keep it private (it opens every bundle). "
        "Join the team with the team file (it ends in .majlis-team)."),
}

_NOT_A_FILE = {
    NotAFile.FOLDER: QT_TRANSLATE_NOOP("BundleError", "This is a folder, not the team file."),
    NotAFile.SPECIAL: QT_TRANSLATE_NOOP("BundleError", "This is a device or a pipe, not the team file."),
}


@dataclass(frozen=True)
class TeamFile:
    team_id: str
    team_name: str
    recipients: tuple[str, ...]
    central_verify_key: str
    payload: dict[str, Any]  # codebook, consent templates, organisations: opaque here
    created: str
    format_version: int = TEAM_FORMAT_VERSION
    #: (epoch, sequence) of the latest team update the centre had written when it wrote this file
    #: (``after_update``, signed with the rest; (0, 0) before any): its recipients are no older than that
    #: update's. None in a file written before the field was: its place among the updates is unknown.
    after_update: tuple[int, int] | None = None
    #: How many team keys the centre had made when it wrote this file (``team_keys``, signed with the rest;
    #: a new team key raises it): of two files following the same update, the one written after a new key
    #: is the later. None in a file written before the field was.
    team_keys: int | None = None

    @property
    def central_key_fingerprint(self) -> str:
        """Short, readable digest of the central key, to compare by phone on first enrolment."""
        return key_fingerprint(self.central_verify_key)


def make_team_file(
    *,
    team_id: str,
    team_name: str,
    recipients: Sequence[str],
    central_signing_key: Ed25519PrivateKey,
    payload: Mapping[str, Any],
    created: str | None = None,
    after_update: tuple[int, int] | None = None,
    team_keys: int | None = None,
) -> bytes:
    if not recipients:
        raise ValueError("a team needs at least one recipient")
    for recipient in recipients:
        parse_recipient(recipient)
    extra: dict[str, Any] = {}
    if after_update is not None:
        extra["after_update"] = {"epoch": after_update[0], "sequence": after_update[1]}
    if team_keys is not None:
        extra["team_keys"] = team_keys
    body = canonical_json(
        {
            **extra,
            "format": TEAM_FORMAT,
            "format_version": TEAM_FORMAT_VERSION,
            "team_id": team_id,
            "team_name": team_name,
            "recipients": list(recipients),
            "central_verify_key": public_key_b64(central_signing_key),
            "payload": dict(payload),
            "created": created or utc_now_iso(),
        }
    )
    return build_zip({_TEAM_JSON: body, _TEAM_SIG: sign(central_signing_key, body)})


def write_team_file(path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """``make_team_file`` written atomically; readable by others (0644): it holds no secret. An
    existing file is never replaced (FileExistsError): it may be another team's file, or one not
    handed out yet."""
    return write_atomic(path, make_team_file(**kwargs), mode=0o644, replace=False)


def read_team_file(
    source: bytes | str | os.PathLike[str],
    *,
    expected_central_key: str | None = None,
    expected_team_id: str | None = None,
) -> TeamFile:
    data = _load(source)
    if not data.startswith(b"PK\x03\x04"):
        raise NotATeamFileError(_OTHER_FILES.get(kind_of(data[:4096])))
    kind, _ = kind_and_names(data)  # what file_kinds calls it: the Sync and Survey pages say the same
    if kind == "team_update":  # whole or cut short
        raise NotATeamFileError(_A_TEAM_UPDATE)
    try:
        members = read_zip(data, max_member=_MAX_MEMBER, max_total=_MAX_FILE, max_members=8)
    except MalformedBundleError as exc:
        if kind == "team_file":  # ours, its end (the ZIP's directory) missing, or a member spoilt on the way
            raise TruncatedTeamFileError() from exc
        raise NotATeamFileError() from exc
    except TooLargeError as exc:
        # A team file holds two small members: a ZIP of more (a workbook: 20-odd) is some other file,
        # not "a bundle that holds too many files".
        raise NotATeamFileError(_NOT_TWO_MEMBERS) from exc
    body, signature = members.get(_TEAM_JSON), members.get(_TEAM_SIG)
    if body is None or signature is None or set(members) != {_TEAM_JSON, _TEAM_SIG}:
        raise NotATeamFileError(_NOT_TWO_MEMBERS)
    team = _parse(body)
    if not verify(team.central_verify_key, signature, body):
        raise BadSignatureError(_ALTERED)
    if expected_central_key is not None and not same_public_key(
        team.central_verify_key, expected_central_key
    ):
        raise CentralKeyMismatchError()
    if expected_team_id is not None and team.team_id != expected_team_id:
        raise WrongTeamError("This team file is for another team.")
    return team


def _load(source: bytes | str | os.PathLike[str]) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        try:
            data = read_at_most(source, _MAX_FILE)
        except NotAFile as exc:  # a pipe waited for a writer for ever; a folder was a traceback
            raise NotATeamFileError(_NOT_A_FILE[exc.kind]) from None
    other = _OTHER_FILES.get(kind_of(data[:4096]))
    if other is not None:  # a bundle larger than any team file is named too, not "larger than allowed"
        raise NotATeamFileError(other)
    if len(data) > _MAX_FILE:
        raise TooLargeError("The team file is larger than allowed.")
    return data


_LINE_SEPARATORS = str.maketrans(dict.fromkeys("\u2028\u2029", " "))
_NAME_LIMIT: int = Team.__table__.c.name.type.length  # type: ignore[attr-defined]


def shown_team_name(name: str) -> str:
    """The team's name as a team file gives it to be shown and kept: one line, as the centre's wizard and
    ``team create`` take a name, cut to the name's column. The file is public, so anyone can make one with
    a name of their choosing: a name of several lines (line breaks, U+2028) showed, above the fingerprint a
    facilitator compares by phone at Join a team…, a line "Fingerprint of the team's key:" and the real
    centre's fingerprint (public too), and a bidirectional override turned the words after it around. Its
    line breaks and control characters are spaces now and its bidi marks are gone (``one_line``)."""
    return cut(one_line(name.translate(_LINE_SEPARATORS)), _NAME_LIMIT)


def _parse(body: bytes) -> TeamFile:
    try:
        raw = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise NotATeamFileError("The team file's content is not valid JSON.") from exc
    if not isinstance(raw, dict) or raw.get("format") != TEAM_FORMAT:
        raise NotATeamFileError()
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise NotATeamFileError("The team file has no valid format version.")
    if version > TEAM_FORMAT_VERSION:
        raise NewerFormatError("This team file was made by a newer Majlis: update Majlis to open it.")
    try:
        return _team_file_of(raw, version)
    except MalformedBundleError as exc:  # which field it was is in the chained exception, for a developer
        raise MalformedBundleError(_MALFORMED) from exc


def _team_file_of(raw: Mapping[str, Any], version: int) -> TeamFile:
    """The team file's fields checked as values (after its format and version)."""
    fields = {
        "team_id": str,
        "team_name": str,
        "central_verify_key": str,
        "created": str,
        "recipients": list,
        "payload": dict,
    }
    for name, kind in fields.items():
        if not isinstance(raw.get(name), kind):
            raise MalformedBundleError(f"The team file has a missing or invalid {name!r}.")
    try:
        load_verify_key(raw["central_verify_key"])
    except ValueError as exc:
        raise MalformedBundleError("The team file holds an invalid key.") from exc
    # One to RECIPIENTS_MAX, each once, as a team update's: more than the centre writes refuses the file.
    recipients = team_file_recipients(raw["recipients"])
    after_update = _after_update(raw)
    team_keys = _team_keys(raw)
    return TeamFile(
        team_id=raw["team_id"],
        team_name=shown_team_name(raw["team_name"]),
        recipients=recipients,
        central_verify_key=raw["central_verify_key"],
        payload=raw["payload"],
        created=raw["created"],
        format_version=version,
        after_update=after_update,
        team_keys=team_keys,
    )


_POSITION_MAX = 2**63 - 1  # as the bundles' epoch and sequence numbers are kept (SQLite integers)


def _after_update(raw: Mapping[str, Any]) -> tuple[int, int] | None:
    """The file's ``after_update`` checked as a value (two whole numbers from 0), or None when the file has
    none (written by a Majlis before it): anything else refuses the file (``malformed``)."""
    if "after_update" not in raw:
        return None
    value = raw["after_update"]
    if isinstance(value, dict) and set(value) == {"epoch", "sequence"}:
        epoch, sequence = value["epoch"], value["sequence"]
        if all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= _POSITION_MAX
               for n in (epoch, sequence)):
            return epoch, sequence
    raise MalformedBundleError("The team file has a missing or invalid 'after_update'.")


def _team_keys(raw: Mapping[str, Any]) -> int | None:
    """The file's ``team_keys`` checked as a value (a whole number from 0), or None when the file has none
    (written by a Majlis before it): anything else refuses the file (``malformed``)."""
    if "team_keys" not in raw:
        return None
    value = raw["team_keys"]
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _POSITION_MAX:
        return value
    raise MalformedBundleError("The team file has a missing or invalid 'team_keys'.")
