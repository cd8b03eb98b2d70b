"""Values and clocks: a well-signed bundle from a device on the roster, with one bad value or one
bad time stamp, is refused in one line (no traceback, no field content), the database file stays
byte for byte as it was, and the next file on the command line is imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.clock import HybridClock, Timestamp
from desktop.core.db import open_store
from desktop.sync import keys
from desktop.sync.devices import preregister
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import (
    NOW_MS,
    PHONE,
    REAL_NAME,
    change,
    file_digest,
    forge,
    laptop_key,
    participant_data,
)

FAR_FUTURE_MS = 9_999_999_999_999  # the year 2286


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    made = make_team(tmp_path_factory.mktemp("team"), devices=1)
    laptop = made.devices[0]
    key = laptop_key(laptop)
    preregister(made.centre, laptop.device_id, keys.public_key_b64(key), "Basra laptop")
    made.centre.close()
    yield made
    made.close()


def _session(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "focus_group", "title": "t", "date": "2025-10-01", "start_time": "10:00", "end_time": "12:00",
        "governorate": "basra", "venue": "v", "language": "ar", "facilitator": "F", "note_taker": "N",
        "status": "draft", "number": 1, "summary": "", "deleted": False,
    }
    data.update(overrides)
    return data


def _segment(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code_id": "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e", "doc_table": "transcript_turn",
        "doc_id": "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0f", "doc_field": "text", "start": 0, "end": 4,
        "coder": "", "memo": "", "quote": "abcd", "needs_review": False, "deleted": False,
    }
    data.update(overrides)
    return data


def _code(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "parent_id": None, "name_ar": "", "name_ckb": "", "name_en": "x", "colour": "#f4b400", "definition": "",
        "inclusion": "", "exclusion": "", "examples": "", "position": 0.0, "merged_into": None, "deleted": False,
    }
    data.update(overrides)
    return data


def _record(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "participant_id": "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d10", "session_id": None,
        "template_id": "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d11", "answers": {"participate": True},
        "method": "paper", "signature_png": None, "paper_scan": None, "witness": "", "facilitator": "F",
        "recorded_at": "2025-10-01T10:00:00+03:00", "withdrawn_at": None, "withdrawal_scope": None,
        "deleted": False,
    }
    data.update(overrides)
    return data


# (case name, entity, data, extra change fields): each one bad value, everything else genuine.
BAD_VALUES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("dict in a text field", "participant", participant_data(real_name={"name": REAL_NAME}), {}),
    ("not a date", "session", _session(date="not-a-date"), {}),
    ("impossible date", "session", _session(date="2025-02-30"), {}),
    ("null in a required column", "session", _session(kind=None), {}),
    # The app refuses a participant without a pseudonym; a bundle must not bring one in either.
    ("empty pseudonym", "participant", participant_data(code=""), {}),
    ("blank pseudonym", "participant", participant_data(code="   "), {}),
    ("pseudonym emptied", "participant", {"code": ""}, {"op": "update"}),
    ("required column missing", "session", {k: v for k, v in _session().items() if k != "kind"}, {}),
    ("huge integer", "session", _session(number=10**30), {}),
    ("negative integer", "session", _session(number=-1), {}),
    ("boolean as integer", "session", _session(number=True), {}),
    ("unknown enum value", "session", _session(status="published"), {}),
    ("too long for its column", "participant", participant_data(phone=PHONE * 10), {}),
    ("answers as a plain string", "consent_record", _record(answers="yes"), {}),
    ("answers not yes/no", "consent_record", _record(answers={"participate": "yes"}), {}),
    ("withdrawal scope unknown", "consent_record", _record(withdrawal_scope="some"), {}),
    ("non-numeric offset", "coded_segment", _segment(start="5"), {}),
    ("end before start", "coded_segment", _segment(start=9, end=2), {}),
    ("uncodable field", "coded_segment", _segment(doc_field="summary"), {}),
    ("control characters in a code name", "code", _code(name_en="Good\x1b[31m code"), {}),
    ("C1 control in a code name", "code", _code(name_en="Good\x9b31m code"), {}),
    ("line break in a one-line field", "participant", participant_data(real_name=REAL_NAME + "\n" + PHONE), {}),
    ("unknown field", "participant", {**participant_data(), "is_admin": True}, {}),
    ("bookkeeping field", "participant", {**participant_data(), "origin_device": "x"}, {}),
    ("binary not base64", "consent_record", _record(signature_png={"$bytes": "%%%"}), {}),
    ("attribute map of lists", "participant", participant_data(attributes={"tribe": [REAL_NAME]}), {}),
    ("bad colour", "code", _code(colour="red"), {}),
    ("long text over the limit", "transcript_turn",
     {"session_id": "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d12", "position": 1.0, "participant_id": None,
      "text": "كلام " * 25_000, "timestamp": "", "deleted": False}, {}),
    ("bad edit base", "session", {"summary": "x"}, {"op": "update", "base": {"summary": "yesterday"}}),
    ("base of a short field", "session", {"title": "x"}, {"op": "update", "base": {"title": ""}}),
]

INDIC_DIGITS = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")

BAD_CLOCKS: list[tuple[str, dict[str, Any]]] = [
    ("far-future time stamp", {"ms": FAR_FUTURE_MS}),
    ("two days ahead", {"ms": "two_days"}),
    ("variable-width counter", {"hlc": "{ms}:100000:{device}"}),
    ("short time stamp", {"hlc": "2:0:{device}"}),
    ("another device's time stamp", {"hlc": "{ms}:00000:0190f3a2-7c1e-7a3b-9d2e-00000000beef"}),
    ("no device part", {"hlc": "{ms}:00000:"}),
    # Arabic-Indic digits: the same number to int(), but later than any real time stamp as text.
    ("Arabic-Indic digits", {"hlc": "{ms_indic}:00000:{device}"}),
]


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _good(team: Team, tmp: Path, seq: int) -> Path:
    laptop = team.devices[0]
    rec = change("participant", "insert", participant_data(code=f"BSR-FG01-P{seq:02d}"),
                 device=laptop.device_id, seq=seq)
    return forge(team, [rec], device_id=laptop.device_id, key=laptop_key(laptop), out=tmp / f"good{seq}.majlis",
                 store=laptop)


def _bad_value_bundles(team: Team, tmp: Path) -> list[tuple[Path, str]]:
    laptop = team.devices[0]
    made = []
    for number, (_name, entity, data, extra) in enumerate(BAD_VALUES, start=1):
        rec = change(entity, extra.get("op", "insert"), data, device=laptop.device_id, seq=number,
                     base=extra.get("base"))
        made.append((forge(team, [rec], device_id=laptop.device_id, key=laptop_key(laptop),
                           out=tmp / f"bad-value-{number}.majlis", store=laptop), "bad_value"))
    return made


def _bad_clock_bundles(team: Team, tmp: Path) -> list[tuple[Path, str]]:
    laptop = team.devices[0]
    made = []
    for number, (name, how) in enumerate(BAD_CLOCKS, start=1):
        ms = how.get("ms")
        if ms == "two_days":
            ms = HybridClock("x").wall_ms() + 2 * 24 * 3600 * 1000
        hlc = how.get("hlc", "").format(ms=f"{NOW_MS:013d}", ms_indic=f"{NOW_MS:013d}".translate(INDIC_DIGITS),
                                        device=laptop.device_id) or None
        rec = change("participant", "insert", participant_data(), device=laptop.device_id, seq=number, ms=ms,
                     hlc=hlc)
        word = "future_clock" if "ms" in how else ("foreign_clock" if "another" in name else "malformed")
        made.append((forge(team, [rec], device_id=laptop.device_id, key=laptop_key(laptop),
                           out=tmp / f"bad-clock-{number}.majlis", store=laptop), word))
    return made


def test_each_bad_value_or_time_stamp_refuses_its_bundle_and_the_next_file_is_imported(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    bad = _bad_value_bundles(team, tmp_path) + _bad_clock_bundles(team, tmp_path)
    assert len(bad) == len(BAD_VALUES) + len(BAD_CLOCKS)
    db, ident = team.centre.path, team.identity_file
    before = file_digest(db)
    code, out, err = _run(capsys, "bundle", "import", "--db", db, "--identity-file", ident, *[p for p, _ in bad])
    assert code == 1, (out, err)
    assert file_digest(db) == before  # nothing written by any of them, not even a receipt
    # Each bad file followed by a good one on the same command line: every good one goes in.
    goods = [_good(team, tmp_path, 500 + n) for n in range(len(bad))]
    argv = [p for pair in zip([p for p, _ in bad], goods, strict=True) for p in pair]
    code, out, err = _run(capsys, "bundle", "import", "--db", db, "--identity-file", ident, *argv)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == len(bad), err
    for line, (path, word) in zip(lines, bad, strict=True):
        assert str(path) in line and f"[{word}]" in line, line
    assert "Traceback" not in err + out
    for secret in (REAL_NAME, PHONE, "كلام", "Good"):
        assert secret not in err + out
    for good in goods:
        assert f"imported {good}" in out
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        assert Timestamp.parse(centre.clock.now()).wall_ms < FAR_FUTURE_MS  # the clock did not jump
    finally:
        centre.close()


def test_strict_timestamps_and_a_bounded_clock() -> None:
    wall = [NOW_MS]
    clock = HybridClock("dev-a", wall=lambda: wall[0])
    with pytest.raises(ValueError):
        Timestamp.parse("2:0:a")
    with pytest.raises(ValueError):
        Timestamp.parse(f"{NOW_MS:013d}:100000:dev-a")
    assert not clock.observe(f"{FAR_FUTURE_MS:013d}:00000:dev-b")
    assert Timestamp.parse(clock.now()).wall_ms == NOW_MS
    assert clock.observe(f"{NOW_MS + 1000:013d}:00007:dev-b")
    assert clock.now() == f"{NOW_MS + 1000:013d}:00008:dev-a"
    # The counter keeps its width: it borrows the next millisecond instead of growing.
    stamps = [clock.now() for _ in range(100_001)]
    assert all(len(s) == len(stamps[0]) for s in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
