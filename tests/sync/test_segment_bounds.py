"""Coded segments lie inside their text: a well-signed bundle from a device on the roster whose
segment ends past its text is refused in one line, the database stays byte for byte as it was, and
the next file is imported. Offsets count code points (an emoji is one), whether the text comes in
the same bundle or is already stored; the longest version of a text this centre knows counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.db import open_store
from desktop.core.ids import new_id
from desktop.core.models import CodedSegment
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.errors import OffsetOutsideTextError
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, file_digest, forge, laptop_key

# Four code points, six UTF-16 units: an end of 5 fits the UTF-16 count, never the text.
TEXT = "\U0001F600\U0001F600اب"
CODE_ID = "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    (tmp_path / "team").mkdir()
    made = make_team(tmp_path / "team", devices=1)
    laptop = made.devices[0]
    preregister(made.centre, laptop.device_id, keys.public_key_b64(laptop_key(laptop)), "Basra laptop")
    made.centre.close()
    yield made
    made.close()


class Seq:
    """The laptop's change numbers, one after the other across the bundles of a test."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _turn(session_id: str, text: str) -> dict[str, Any]:
    return {"session_id": session_id, "position": 1.0, "participant_id": None, "text": text, "timestamp": "",
            "deleted": False}


def _segment(turn_id: str, start: int, end: int) -> dict[str, Any]:
    return {"code_id": CODE_ID, "doc_table": "transcript_turn", "doc_id": turn_id, "doc_field": "text",
            "start": start, "end": end, "coder": "", "memo": "", "quote": "", "needs_review": False,
            "deleted": False}


def _bundle(team: Team, tmp: Path, name: str, changes: list[dict[str, Any]]) -> Path:
    laptop = team.devices[0]
    return forge(team, changes, device_id=laptop.device_id, key=laptop_key(laptop), out=tmp / f"{name}.majlis",
                 store=laptop)


def _import(capsys: pytest.CaptureFixture[str], team: Team, *paths: Path) -> tuple[int, str, str]:
    code = main(["bundle", "import", "--db", str(team.centre.path), "--identity-file", str(team.identity_file),
                 *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


def _segments(team: Team) -> list[tuple[int, int]]:
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        with centre.session() as s:
            return sorted((seg.start, seg.end) for seg in s.query(CodedSegment))
    finally:
        centre.close()


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)


def test_a_segment_past_a_text_in_the_same_bundle_is_refused_and_the_next_file_goes_in(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    device, seq = team.devices[0].device_id, Seq()
    turn = new_id()
    bad = _bundle(team, tmp_path, "bad", [
        change("transcript_turn", "insert", _turn(new_id(), TEXT), device=device, seq=seq(), row_id=turn),
        change("coded_segment", "insert", _segment(turn, 2, len(TEXT) + 1), device=device, seq=seq()),
    ])
    other = new_id()
    good = _bundle(team, tmp_path, "good", [
        change("transcript_turn", "insert", _turn(new_id(), TEXT), device=device, seq=seq(), row_id=other),
        change("coded_segment", "insert", _segment(other, 0, len(TEXT)), device=device, seq=seq()),
    ])
    before = file_digest(team.centre.path)
    code, out, err = _import(capsys, team, bad)
    assert code == 1 and file_digest(team.centre.path) == before  # not even a receipt
    code, out, err = _import(capsys, team, bad, good)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and f"[{OffsetOutsideTextError.code}]" in lines[0]
    assert "Traceback" not in out + err and TEXT not in out + err
    assert f"imported {good}" in out
    assert _segments(team) == [(0, len(TEXT))]  # the segment that fits, to the last code point


def test_a_segment_past_a_stored_text_is_refused_and_one_inside_it_imported(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    device, seq = team.devices[0].device_id, Seq()
    turn = new_id()
    text = _bundle(team, tmp_path, "text", [
        change("transcript_turn", "insert", _turn(new_id(), TEXT), device=device, seq=seq(), row_id=turn)])
    assert _import(capsys, team, text)[0] == 0
    utf16_end = len(TEXT.encode("utf-16-le")) // 2  # 6: the UI's count, past the stored text's 4
    bad = _bundle(team, tmp_path, "bad", [
        change("coded_segment", "insert", _segment(turn, 1, utf16_end), device=device, seq=seq())])
    before = file_digest(team.centre.path)
    code, out, err = _import(capsys, team, bad)
    assert code == 1 and f"[{OffsetOutsideTextError.code}]" in err and len(err.strip().splitlines()) == 1
    assert file_digest(team.centre.path) == before
    fits = _bundle(team, tmp_path, "fits", [
        change("coded_segment", "insert", _segment(turn, 1, len(TEXT)), device=device, seq=seq())])
    code, out, err = _import(capsys, team, fits)
    assert code == 0, err
    assert _segments(team) == [(1, len(TEXT))]


def test_an_edit_of_a_segment_that_moves_it_past_its_text_is_refused(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    device, seq = team.devices[0].device_id, Seq()
    turn, segment = new_id(), new_id()
    first = _bundle(team, tmp_path, "first", [
        change("transcript_turn", "insert", _turn(new_id(), TEXT), device=device, seq=seq(), row_id=turn),
        change("coded_segment", "insert", _segment(turn, 0, 2), device=device, seq=seq(), row_id=segment),
    ])
    assert _import(capsys, team, first)[0] == 0
    moved = _bundle(team, tmp_path, "moved", [
        change("coded_segment", "update", {"end": 40}, device=device, seq=seq(), row_id=segment)])
    before = file_digest(team.centre.path)
    code, _, err = _import(capsys, team, moved)
    assert code == 1 and f"[{OffsetOutsideTextError.code}]" in err
    assert file_digest(team.centre.path) == before
    assert _segments(team) == [(0, 2)]


def test_a_text_shortened_later_still_holds_a_segment_coded_in_its_longer_version(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """The device coded the version it had; the centre knows that version: not a forgery."""
    device, seq = team.devices[0].device_id, Seq()
    turn = new_id()
    long_text = TEXT * 3
    first = _bundle(team, tmp_path, "first", [
        change("transcript_turn", "insert", _turn(new_id(), long_text), device=device, seq=seq(), row_id=turn)])
    shorter = _bundle(team, tmp_path, "shorter", [
        change("transcript_turn", "update", {"text": TEXT}, device=device, seq=seq(), row_id=turn)])
    coded = _bundle(team, tmp_path, "coded", [
        change("coded_segment", "insert", _segment(turn, 4, len(long_text)), device=device, seq=seq())])
    code, out, err = _import(capsys, team, first, shorter, coded)
    assert code == 0, err
    assert _segments(team) == [(4, len(long_text))]
