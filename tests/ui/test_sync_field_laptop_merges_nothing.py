"""A field laptop merges no bundle, whatever way one reaches the app.

Its Sync page hides Receive and merge, but the import under it still merged: ``SyncPage.import_paths``
(a bundle file opened with the app by its file association, files dropped on the window) asked for
a team key file and, given one, imported the bundle. The import now asks the database whether bundles
are merged here (the centre, or a laptop the centre's roster names a coordinator): on a field laptop
each bundle is said not to be merged here in one translated line, no key is asked for, nothing is
written, and a team update given with it is still applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync.errors import NotMergedHereError
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.sync.import_run import run_import
from desktop.ui.sync.page import SyncPage
from desktop.ui.tasks import CancelToken
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=2, roles=("field", "field"))


def other_laptops_bundle(team: Team, tmp_path: Path) -> Path:
    """The other field laptop's work, as the real exporter writes it (readable with the team key)."""
    other = team.devices[1]
    with other.transaction() as s:
        s.add(Participant(code="BAS-P21"))
    made = export_bundle(other, tmp_path / "laptop 2.majlis")
    assert made is not None
    return made.path


def refused_reason() -> str:
    return QCoreApplication.translate("BundleError", NotMergedHereError.default_message)


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def no_key_asked(page: SyncPage) -> None:
    def asked() -> bool:
        raise AssertionError("a team key was asked for on a field laptop")
    page.choose_key = asked  # type: ignore[method-assign]


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_import_paths_on_a_field_laptop_merges_nothing(lang: str, team: Team, tmp_path: Path, qtbot: QtBot,
                                                        make_ctx: Any, manager: Any) -> None:
    field = team.devices[0]
    bundle = other_laptops_bundle(team, tmp_path)
    page = open_page(make_ctx(field, lang=manager), qtbot, identity=team.identity_file)  # even with the key
    manager.set_language(lang)
    assert not page.is_coordinator_view()
    no_key_asked(page)
    page.results.clear()
    before = full_digest(field)
    assert page.import_paths([bundle])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    said = lines(page)
    assert len(said) == 1 and bundle.name in said[0] and said[0].endswith(refused_reason()), said
    if lang != "en":
        assert not said[0].replace(bundle.name, "").isascii(), said
    assert full_digest(field) == before


def test_a_bundle_opened_with_the_app_on_a_field_laptop(team: Team, tmp_path: Path, qtbot: QtBot,
                                                        make_ctx: Any) -> None:
    """The .majlis file association: the Sync page, one line that the bundle is not merged here, no key
    file dialog; a team update opened the same way is applied as before."""
    from desktop.ui.app import open_import
    from desktop.ui.main_window import MainWindow

    field = team.devices[0]
    bundle = other_laptops_bundle(team, tmp_path)
    window = MainWindow(make_ctx(field), idle_ms=0)
    qtbot.addWidget(window)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    no_key_asked(page)
    before = full_digest(field)
    open_import(window, bundle)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page._token is None and page.results.count() == 1, timeout=30_000)
    (said,) = lines(page)
    assert bundle.name in said and said.endswith(refused_reason()), said
    assert full_digest(field) == before

    update = write_team_update(team.centre, tmp_path / "update.majlis").path
    open_import(window, update)
    qtbot.waitUntil(lambda: page._token is None and page.results.count() == 2, timeout=30_000)
    assert "team update 1 applied" in lines(page)[1]


def test_the_import_run_itself_refuses_on_a_field_laptop(team: Team, tmp_path: Path) -> None:
    """Below the page: run_import, whatever called it, merges nothing on a field laptop."""
    field = team.devices[0]
    bundle = other_laptops_bundle(team, tmp_path)
    before = full_digest(field)
    with pytest.raises(NotMergedHereError):
        run_import(field, [bundle], [], team.identities, CancelToken(), lambda done, total: None)
    assert full_digest(field) == before
    # At the centre the same run merges it.
    run = run_import(team.centre, [bundle], [], team.identities, CancelToken(), lambda done, total: None)
    assert [o.status for o in run.outcomes] == ["imported"]
