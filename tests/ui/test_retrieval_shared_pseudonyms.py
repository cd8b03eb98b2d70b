"""Reports at the centre: two laptops' first Basra focus group both seat a ``BSR-FG03-P01`` (pseudonyms
are numbered on each laptop), and the retrieval list (and the matrix's drill-down, which shows the same
columns) named two different people with one name, beside each other under one code. Each is now named
with the device that recorded them, as the exports and the Participants page name them; a pseudonym
nobody else has stays as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding, retrieval
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.reports.page import ReportsPage
from tests.consent_helpers import add_turn, focus_group
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture

team = team_fixture(devices=2)
SAID = ("المياه تنقطع كل يوم في حينا", "نريد محطة تحلية جديدة", "الكهرباء والماء معا")


def centre_with_shared_pseudonym(team: Team, tmp_path: Path) -> str:
    """The team's code "Water", coded on a turn of each of three speakers: laptop 1's P01 and P02, laptop
    2's P01. Returns the code's id."""
    with team.centre.transaction() as s:
        water = codebook.create_code(s, name_ar="المياه", name_en="Water").id
    update = write_team_update(team.centre, tmp_path / "update.majlis").path
    bundles = []
    for n, laptop in enumerate(team.devices):
        import_team_update(laptop, update)
        group = focus_group(laptop, 2 - n, title=f"مجموعة {n + 1}")
        for seat, pid in enumerate(group.participants):
            words = SAID[seat + 2 * n]
            turn = add_turn(laptop, group.session_id, pid, words, float(seat + 1))
            with laptop.transaction() as s:
                coding.apply_code(s, water, "transcript_turn", turn, "text", 0, len(words), "F1")
        made = export_bundle(laptop, tmp_path / f"laptop-{n}.majlis")
        assert made is not None
        bundles.append(made.path)
    assert [o.status for o in import_files(team.centre, bundles, team.identities)] == ["imported", "imported"]
    return water


def test_each_speaker_of_a_shared_pseudonym_is_named_by_their_device(team: Team, tmp_path: Path) -> None:
    water = centre_with_shared_pseudonym(team, tmp_path)
    with team.centre.session() as s:
        items = retrieval.retrieve(s, [water])
    names = sorted(retrieval.speaker_name(item, "en") for item in items)
    first, second = (f"field laptop {n} ({laptop.device_id[-8:]})" for n, laptop in enumerate(team.devices, 1))
    assert names == [f"BSR-FG03-P01 [{first}]", f"BSR-FG03-P01 [{second}]", "BSR-FG03-P02"]
    assert sorted(item.speaker for item in items) == ["BSR-FG03-P01", "BSR-FG03-P01", "BSR-FG03-P02"]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_retrieval_list_names_them_apart(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                             language: Any, lang: str) -> None:
    water = centre_with_shared_pseudonym(team, tmp_path)
    language.set_language(lang)
    page = ReportsPage(make_ctx(team.centre))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    tab = page.retrieval
    tab.code.setCurrentIndex(tab.code.findData(water))
    tab.run_btn.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
    speakers = sorted(str(tab.model.index(row, 1).data()) for row in range(tab.model.rowCount()))
    assert len(set(speakers)) == 3, speakers  # three people, three names
    assert speakers[2] == "BSR-FG03-P02"
    for name, laptop in zip(speakers[:2], team.devices, strict=True):
        assert name.startswith("BSR-FG03-P01 [") and laptop.device_id[-8:] in name, name
