"""The Sync screen: drop two bundles, watch the progress, read the results; resolve a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.core import demo
from desktop.core.models import TranscriptTurn
from desktop.sync.errors import BundleFileExistsError
from desktop.sync.export import export_bundle
from desktop.sync.outbox import outbox
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team as TeamFixture
from tests.sync_page_helpers import drag_enters, drop, open_page, team_fixture

team = team_fixture(roles=("field", "coordinator"))  # the conflict needs a coordinator's edit


@pytest.fixture
def page(team: TeamFixture, qtbot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=None, shown=False,
                     identity=team.identity_file)


def test_drag_enter_accepts_only_bundles(page: SyncPage, tmp_path: Path) -> None:
    for name, accepted in (("a.majlis", True), ("notes.txt", False)):
        assert drag_enters(page, [tmp_path / name]) is accepted
    assert page.acceptDrops()


def test_drop_two_bundles(page: SyncPage, team: TeamFixture, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    for n, device in enumerate(team.devices):
        demo.generate(device, sessions=2, seed=n + 1)
    bundles = [export_bundle(d, tmp_path / f"b{n}.majlis") for n, d in enumerate(team.devices)]
    junk = tmp_path / "junk.majlis"
    junk.write_bytes(b"hello")
    drop(page, [b.path for b in bundles if b] + [junk])
    qtbot.waitUntil(lambda: page.cancel_button.isEnabled() is False and len(page.last_outcomes) == 3,
                    timeout=30000)
    assert page.progress.value() == page.progress.maximum() == 3
    assert not page.progress.isVisibleTo(page)  # finished: the results say what happened, no stale bar
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert sum("imported" in line for line in lines) == 2
    assert any("refused: This is not a Majlis bundle" in line for line in lines)
    assert page.devices_model.rowCount() == 3  # centre and two laptops
    qtbot.waitUntil(page.is_loaded)  # the devices are read again on the DB worker
    assert page.devices_model.data(page.devices_model.index(1, 3)) == "none"
    # Names ("centre (this laptop)") and ranges whole, not elided; the last column takes the rest.
    view, header = page.devices_view, page.devices_view.horizontalHeader()
    for column in range(page.devices_model.columnCount() - 1):
        assert view.columnWidth(column) >= max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def test_export_button_with_save_dialog(page: SyncPage, team: TeamFixture, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(team.centre, sessions=1, seed=4)
    target = tmp_path / "centre.majlis"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    said = page.results.item(0).text()
    assert target.exists() and "Bundle written" in said
    assert shown_path(target) in said, said  # the whole path, as every export says it (was the name alone)


def test_export_never_overwrites_a_bundle(page: SyncPage, team: TeamFixture, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch, language) -> None:
    """The file chosen holds a bundle that may not have been sent yet: the dialog does not offer to
    replace it, the export refuses in one translated line, the file and the unsent count stay."""
    demo.generate(team.centre, sessions=1, seed=4)
    target = tmp_path / "centre.majlis"
    target.write_bytes(b"yesterday's bundle, not sent yet")
    unsent = outbox(team.centre).unsent
    asked: dict[str, object] = {}

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.update(kwargs)
        return (str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    language.set_language("ar")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    refusal = QCoreApplication.translate("BundleError", BundleFileExistsError.default_message)
    assert refusal != BundleFileExistsError.default_message  # the Arabic sentence, not the English one
    assert refusal in page.results.item(0).text()
    assert asked.get("options") == QFileDialog.Option.DontConfirmOverwrite  # no "replace it?" question
    assert target.read_bytes() == b"yesterday's bundle, not sent yet"
    assert outbox(team.centre).unsent == unsent
    qtbot.waitUntil(lambda: page.export_button.isEnabled())  # another name can be tried at once


def test_resolve_conflict_through_dialog(page: SyncPage, team: TeamFixture, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    turn_id = make_conflict(team, tmp_path)
    page.refresh()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1)  # read on the DB worker
    page.conflicts_view.selectRow(0)
    dialog = page.resolve_selected()
    assert isinstance(dialog, ConflictDialog)
    dialog.merged.setPlainText("merged text")
    dialog.save_edit.click()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=20000)
    with team.centre.session() as s:
        assert s.execute(select(TranscriptTurn.text).where(TranscriptTurn.id == turn_id)).scalar_one() == "merged text"
