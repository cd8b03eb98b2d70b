"""A bundle already waiting for approval, imported again: a coordinator chooses the same USB stick
again the next day, its laptop still not on the roster. Nothing is stored twice, yet the import's
summary counted the bundle a second time as "held for approval" (1 more each time), as if another
file now waited. It is said as already waiting, in the summary and in its line, in every language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.ids import new_id
from desktop.core.models import HeldBundle
from desktop.sync import keys
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

team = team_fixture(devices=0)

#: The words "already waiting" in each language, in the summary and in the file's line.
ALREADY_WAITING = {"en": "already waiting for approval", "ar": "أصلًا", "ckb": "پێشتر چاوەڕێی پەسەندکردن"}


def _import(page: SyncPage, qtbot: QtBot, path: Path) -> tuple[str, str]:
    """The run's summary and the bundle's line under Results."""
    before = page.results.count()
    assert page.import_paths([path])
    qtbot.waitUntil(lambda: page.results.count() == before + 2, timeout=30_000)
    return page.import_summary.text(), page.results.item(before + 1).text()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_bundle_imported_again_is_said_as_already_waiting(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                            language: Any, tmp_path: Path) -> None:
    device, key = new_id(), keys.generate_signing_key()  # a laptop not on the roster
    data = participant_data(code="HLB-FG01-P01", real_name=None, phone=None)
    bundle = forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
                   name="Halabja laptop", out=tmp_path / "halabja.majlis")
    language.set_language(lang)
    page = open_page(make_ctx(team.centre), qtbot)
    first_summary, first_line = _import(page, qtbot, bundle)
    assert ALREADY_WAITING[lang] not in first_summary and ALREADY_WAITING[lang] not in first_line
    summary, line = _import(page, qtbot, bundle)
    assert [o.status for o in page.last_outcomes] == ["held"]
    with team.centre.session() as s:
        assert s.execute(select(func.count()).select_from(HeldBundle)).scalar_one() == 1  # stored once
    assert ALREADY_WAITING[lang] in summary, summary
    assert ALREADY_WAITING[lang] in line and line != first_line, line
    if lang == "en":
        assert first_summary.endswith("held for approval: 1, refused: 0. The refused and held files are listed "
                                      "first under Results."), first_summary
        assert "held for approval: 0, already waiting for approval: 1, refused: 0." in summary, summary
        assert line == "\u2066halabja.majlis\u2069: already waiting for approval (device \u2068Halabja laptop\u2069 is not on " \
                       "the roster)", line
    else:  # the count of newly held bundles is not raised again
        assert summary.count(page.ctx.language.format_number(1)) == first_summary.count(
            page.ctx.language.format_number(1)), summary
