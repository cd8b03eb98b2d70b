"""A code deleted (or merged) at the centre while a laptop still codes with it: the codings that
arrive later follow the deletion as the centre's own did (tombstoned; moved to the code it was
merged into), so a deleted code's quotes do not come back in the workbook; and the laptop, once the
team update reaches it, no longer keeps live codings of a code that is gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import CodedSegment
from desktop.exports.xlsx import export_xlsx
from desktop.exports.xlsx_words import SHEET_SEGMENTS, sheet_name
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.sync_helpers import Team, laptop_turn, make_team

TEXT = "نحن لا نثق بالمؤسسات ولا بالأحزاب"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _codes(team: Team, *names: str) -> list[str]:
    with team.centre.transaction() as s:
        ids = [codebook.create_code(s, name_en=name).id for name in names]
    return ids


def _code(laptop: Store, code_id: str, turn_id: str, start: int, end: int) -> str:
    with laptop.transaction() as s:
        return coding.apply_code(s, code_id, "transcript_turn", turn_id, "text", start, end, "F1").id


def _send(team: Team, folder: Path, name: str) -> None:
    made = export_bundle(team.devices[0], folder / name)
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]


def _live(store: Store) -> dict[str, str]:
    with store.session() as s:
        return dict(s.execute(select(CodedSegment.id, CodedSegment.code_id).where(CodedSegment.deleted.is_(False))).all())


def _workbook_codes(store: Store, out: Path) -> list[str]:
    export_xlsx(store, out, lang="en")
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(book[sheet_name("en", SHEET_SEGMENTS)].iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    return [str(row[4]) for row in rows]


def test_codings_of_a_deleted_code_arriving_later_do_not_come_back(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    gone, kept = _codes(team, "Distrust", "Parties")
    stick = tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, write_team_update(team.centre, stick).path)
    turn = laptop_turn(laptop, TEXT)
    early = _code(laptop, gone, turn, 0, 3)
    _send(team, tmp_path, "first.majlis")
    assert early in _live(team.centre)

    with team.centre.transaction() as s:  # the centre deletes the code; the laptop has not heard yet
        codebook.delete(s, gone)
    late = _code(laptop, gone, turn, 4, 6)
    other = _code(laptop, kept, turn, 7, 10)
    _send(team, tmp_path, "second.majlis")
    assert set(_live(team.centre)) == {other}
    assert _workbook_codes(team.centre, tmp_path / "centre.xlsx") == ["Parties"]

    import_team_update(laptop, write_team_update(team.centre, stick).path)
    assert set(_live(laptop)) == {other}  # the laptop's own codings of it went with it
    assert early not in _live(laptop) and late not in _live(laptop)
    full = export_bundle(laptop, tmp_path / "full.majlis", full=True)  # sent again whole: still gone
    assert full is not None
    import_files(team.centre, [full.path], team.identities)
    assert set(_live(team.centre)) == {other}


def test_codings_of_a_merged_code_move_to_the_survivor(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    absorbed, survivor = _codes(team, "Mistrust", "Distrust")
    stick = tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, write_team_update(team.centre, stick).path)
    turn = laptop_turn(laptop, TEXT)
    with team.centre.transaction() as s:
        codebook.merge(s, absorbed, survivor)
    late = _code(laptop, absorbed, turn, 0, 3)
    _send(team, tmp_path, "late.majlis")
    assert _live(team.centre) == {late: survivor}
    assert _workbook_codes(team.centre, tmp_path / "centre.xlsx") == ["Distrust"]
    import_team_update(laptop, write_team_update(team.centre, stick).path)
    assert _live(laptop) == {late: survivor}
