"""A laptop given a USB stick applies the centre's team updates on it first; when the run then fails before any
bundle is read, the Sync page says the updates applied and then, in one translated line, which file or step it
stopped at and why.

Found before: the stick's folder that could not be listed once the updates were applied (the stick pulled out:
an I/O error), or the database locked by another program just then, left the page with one line, "Failed: The
file cannot be read." / "Failed: Another program is using the database.": not which file, not that the updates
(which named this laptop a coordinator) were applied. The second coordinator's real database, the centre's real
team updates and bundles (tests/ui/test_sync_second_coordinator_stick_agree.py's stick), a real second
connection's write lock; the folder's I/O error is the one thing made up (no disk fails on demand)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store, open_store
from desktop.sync.errors import NotMergedHereError
from desktop.sync.sniff import bundles_in
from desktop.sync.team_update_outcomes import apply_updates
from desktop.ui.sync import import_run
from desktop.ui.sync.page import SyncPage
from tests.conftest import PASSPHRASE
from tests.sync_page_helpers import open_page
from tests.ui.test_sync_second_coordinator_stick_agree import _state, _stick

UPDATES = ("\u2066update-1.majlis\u2069: team update 1 applied", "\u2066update-2.majlis\u2069: team update 2 applied")


@pytest.fixture
def second(tmp_path: Path) -> Iterator[tuple[Path, Store, Path]]:
    """The stick, and the laptop's database, open: update 1 on the stick is the first to name it a coordinator."""
    stick, db, key = _stick(tmp_path, learnt=False)
    store = open_store(db, PASSPHRASE)
    yield stick, store, key
    store.close()


def _run(page: SyncPage, qtbot: QtBot, stick: Path) -> list[str]:
    """The stick imported as Import from a folder does (its folder remembered for the next dialog)."""
    assert page.import_paths([stick], from_folder=str(stick), searching=True)
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=60_000)
    return [page.results.item(i).text() for i in range(page.results.count())]


def _updates_said(lines: list[str]) -> None:
    for update in UPDATES:
        assert any(line.startswith(update) for line in lines[:-1]), lines


def test_a_folder_that_cannot_be_listed_once_the_updates_are_applied_is_named(
        second: tuple[Path, Store, Path], qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    stick, store, key = second
    searched = bundles_in
    calls: list[bool] = []

    def pulled_out(*args: Any, **kw: Any) -> list[Path]:  # listed for the updates, then an I/O error
        calls.append(True)
        if len(calls) > 1:
            raise OSError(errno.EIO, "Input/output error", str(stick))
        return searched(*args, **kw)

    monkeypatch.setattr(import_run, "bundles_in", pulled_out)
    page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
    lines = _run(page, qtbot, stick)
    assert len(calls) == 2, calls
    _updates_said(lines)
    assert lines[-1] == ("\u2066KINGSTON\u2069 could not be read, so the import stopped after the team updates above "
                         "were applied; no bundle was read. Import the files again once this is put right."), lines
    assert _state(store.path) == ([], 1)  # the updates applied (the code), no bundle


def test_the_database_locked_once_the_updates_are_applied_is_said_with_them(
        second: tuple[Path, Store, Path], qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    stick, store, key = second
    apply = apply_updates
    other: list[Any] = []  # another program's connection, holding the write lock

    def then_locked(*args: Any) -> Any:
        done = apply(*args)
        if not other:
            locker = open_store(store.path, PASSPHRASE)
            conn = locker.engine.raw_connection()
            conn.cursor().execute("BEGIN IMMEDIATE")
            other.extend((locker, conn))
        return done

    monkeypatch.setattr(import_run, "apply_updates", then_locked)
    page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
    try:
        lines = _run(page, qtbot, stick)
    finally:
        if other:
            other[1].rollback()
            other[1].close()
            other[0].close()
    assert other
    _updates_said(lines)
    assert lines[-1] == ("The import stopped after the team updates above were applied, before any bundle was read: "
                         "Another program is using the database. Import the files again once this is put right."), lines


def test_a_field_laptop_that_fails_after_its_updates_still_says_them(
        tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A field laptop: the stick's update applied while its files were sorted, then the rest (a file named as a
    bundle that is none, said as what it is) fails in a way not foreseen: the update is said, then each bundle on
    the stick not merged here (they were lost with the failure), then the line."""
    from desktop.ui.sync import team_updates
    from tests.ui.test_sync_field_laptop_folder_agree import _stick as field_stick

    stick, db = field_stick(tmp_path)

    def not_foreseen(*args: Any) -> Any:
        raise RuntimeError("a library's error")

    monkeypatch.setattr(team_updates, "apply_updates", not_foreseen)
    store = open_store(db, PASSPHRASE)
    try:
        page = open_page(make_ctx(store), qtbot)
        assert not page.is_coordinator_view()
        lines = _run(page, qtbot, stick)
    finally:
        store.close()
    assert len(lines) == 4 and lines[0].startswith(UPDATES[0]), lines
    not_here = QCoreApplication.translate("BundleError", NotMergedHereError.default_message)
    assert sorted(lines[1:3]) == [f"\u2066{name}\u2069: refused: {not_here}"
                                  for name in ("laptop 2 again.bin", "laptop 2.majlis")], lines
    assert lines[-1] == ("The import stopped after the team updates above were applied, before any bundle was read: "
                         "Majlis met an error it did not expect. Import the files again once this is put right."), lines


def test_a_key_file_that_cannot_be_read_once_the_updates_are_applied_is_the_step_said(
        second: tuple[Path, Store, Path], qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key file chosen (on the stick too) read once the update named this laptop a coordinator: an I/O error."""
    from desktop.ui.sync import bundle_imports

    stick, store, key = second

    def unreadable(path: Path) -> Any:
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(bundle_imports, "read_key_file", unreadable)
    page = open_page(make_ctx(store, user_name="second coordinator"), qtbot, identity=key)
    lines = _run(page, qtbot, stick)
    _updates_said(lines)
    assert lines[-1] == ("The import stopped after the team updates above were applied, while the team key file was "
                         "read: The file cannot be read. No bundle was read."), lines


def test_a_field_laptops_failure_with_no_team_update_still_says_the_other_files(
        tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A field laptop given a folder with no team update (a colleague's bundle, one of its own): the job that
    would apply the updates fails in a way not foreseen. Its lines (the bundle not merged here, its own sent from
    here, the folder holding no team update) come before the failure's: before, only "Failed: …" was said."""
    from desktop.sync.export import export_bundle
    from desktop.ui.sync import team_updates
    from tests.cli.test_field_laptop_merges_no_bundle import other_laptops_bundle
    from tests.sync_helpers import laptop_turn, make_team

    (tmp_path / "team").mkdir()
    team = make_team(tmp_path / "team", devices=2)
    try:
        stick = tmp_path / "KINGSTON"
        stick.mkdir()
        other_laptops_bundle(team, stick / "laptop 2.majlis")
        laptop_turn(team.devices[0], "the water comes twice a week")
        assert export_bundle(team.devices[0], stick / "mine.majlis") is not None
        db = team.devices[0].path
    finally:
        team.close()

    def not_foreseen(*args: Any) -> Any:
        raise RuntimeError("a library's error")

    monkeypatch.setattr(team_updates, "apply_updates", not_foreseen)
    store = open_store(db, PASSPHRASE)
    try:
        page = open_page(make_ctx(store), qtbot)
        assert not page.is_coordinator_view()
        lines = _run(page, qtbot, stick)
    finally:
        store.close()
    not_here = QCoreApplication.translate("BundleError", NotMergedHereError.default_message)
    assert lines == [
        f"\u2066laptop 2.majlis\u2069: refused: {not_here}",
        "\u2066mine.majlis\u2069: sent from this laptop, for the centre to merge; nothing to do here.",
        "\u2066KINGSTON\u2069: no team update in this folder or its subfolders; nothing was changed.",
        "Failed: Something went wrong; nothing was changed.",
    ], lines
