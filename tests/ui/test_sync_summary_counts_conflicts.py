"""The import's summary says how many conflicts it brought, in Arabic on a 1366x768 laptop: it counted
the files imported, held and refused, and the conflicts stood only in each file's own line further
down Results, and in the Open conflicts list below the page's fold; a coordinator who read the summary
did not know two texts waited for a decision. A run with no new conflict says nothing of them."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select

from desktop.core.models import AgendaItem, Session
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page

T = QApplication.translate
SAID = "New conflicts: {conflicts}. Two laptops changed the same text: decide each under Open conflicts."


def _minutes_edited_on_two_laptops(team: Team, tmp_path: Path) -> list[Path]:
    """A roundtable's summary and an agenda item's notes, each written differently on two laptops."""
    a, b = team.devices
    with a.transaction() as s:
        session = Session(kind="roundtable", title="طاولة مستديرة حول قانون الانتخابات", summary="ملخص أولي")
        s.add(session)
        s.flush()
        item = AgendaItem(session_id=session.id, title="البند الأول", notes="ملاحظات أولى")
        s.add(item)
    first = export_bundle(a, tmp_path / "a1.majlis")
    for model in (Session, AgendaItem):  # the coordinator's laptop has the same rows
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    for laptop, words in ((a, "أكد ممثل منظمة Tammuz"), (b, "أشار ممثل منظمة Tammuz")):
        with laptop.transaction() as s:
            s.get(Session, session.id).summary = f"ناقش المشاركون قانون الانتخابات، و{words} أن النظام يقلل فرص المستقلين."
            s.get(AgendaItem, item.id).notes = f"ملاحظات: {words}"
    made = [first, export_bundle(a, tmp_path / "a2.majlis"), export_bundle(b, tmp_path / "b1.majlis")]
    return [r.path for r in made if r is not None]


def _import(page: SyncPage, qtbot: QtBot, paths: list[Path]) -> str:
    assert page.import_paths(paths)
    qtbot.waitUntil(lambda: len(page.last_outcomes) == len(paths) and not page.cancel_button.isEnabled(),
                    timeout=60_000)
    return page.import_summary.text()


def test_the_summary_counts_the_conflicts_the_import_brought(tmp_path: Path, qtbot: QtBot, make_ctx, manager: LanguageManager) -> None:  # type: ignore[no-untyped-def]
    team = make_team(tmp_path, roles=("field", "coordinator"))
    try:
        bundles = _minutes_edited_on_two_laptops(team, tmp_path)
        manager.set_language("ar")
        manager.set_digits("arab")
        page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768),
                         identity=team.identity_file)
        first = _import(page, qtbot, bundles[:1])
        assert T("ImportReport", SAID).split("{")[0] not in first  # none yet
        said = _import(page, qtbot, bundles[1:])
        assert [o.conflicts for o in page.last_outcomes] == [0, 2]
        assert T("ImportReport", SAID).format(conflicts="٢") in said, said
        qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 2)
    finally:
        team.close()
