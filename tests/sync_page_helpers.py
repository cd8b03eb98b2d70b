"""The Sync page in tests: a module's team, the page opened once the worker has read it, files dragged
in as a file manager does (offscreen Qt has no drag manager, so the events are sent by hand); a laptop's
bundles written across a backup, and the laptop restored from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QMimeData, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import Code, Session
from desktop.sync.export import ExportResult, export_bundle
from desktop.ui.context import AppContext
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.register_device import RegisterDialog
from tests.clock_helpers import YEAR_MS as YEAR_MS  # the Sync page tests take it from here
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture as team_fixture  # the Sync page tests take it from here


def open_page(ctx: AppContext, qtbot: QtBot, *, size: tuple[int, int] | None = (1000, 800), shown: bool = True,
              identity: Path | None = None) -> SyncPage:
    """The Sync page once both halves have shown what the DB worker read: at ``size`` (None: its own),
    shown or only built, with ``identity`` as its team key file."""
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    if identity is not None:
        page.set_identity_path(identity)
    if size is not None:
        page.resize(*size)
    if shown:
        page.show()
    qtbot.waitUntil(page.is_loaded)
    return page


def imported_lines(page: SyncPage, qtbot: QtBot, paths: list[Path], *, timeout: int = 60_000) -> list[str]:
    """Import ``paths`` on the page, wait until it has finished, and return its result lines (the heading
    first, then a line a file)."""
    assert page.import_paths(paths)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and page.results.count() > 0,
                    timeout=timeout)
    return [page.results.item(i).text() for i in range(page.results.count())]


def imported_in_window(window: Any, qtbot: QtBot, paths: list[Path]) -> SyncPage:
    """In a main window: go to the Sync page, import ``paths`` there as a coordinator does, and check each
    was imported; the page."""
    window.go_to("sync")
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=30_000)
    imported_lines(sync, qtbot, paths)
    assert [o.status for o in sync.last_outcomes] == ["imported"] * len(paths)
    return sync


def code_names(store: Store) -> list[str]:
    """The Arabic names of the codes in ``store``: what a team update brought."""
    with store.session() as s:
        return list(s.execute(select(Code.name_ar)).scalars())


def _send(page: SyncPage, paths: list[Path], *, enter: bool) -> bool:
    """A drag entering the page, or a drop on it; whether the page took it."""
    mime = QMimeData()  # kept while the event is sent: the event does not own it (a crash if collected)
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    how = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if enter:
        entering = QDragEnterEvent(QPoint(5, 5), *how)
        page.dragEnterEvent(entering)
        return entering.isAccepted()
    dropping = QDropEvent(QPointF(5, 5), *how)
    page.dropEvent(dropping)
    return dropping.isAccepted()


def drag_enters(page: SyncPage, paths: list[Path]) -> bool:
    """Whether the page takes files dragged over it."""
    return _send(page, paths, enter=True)


def drop(page: SyncPage, paths: list[Path]) -> None:
    """Drop files on the page (no drag over it first); the page must take them."""
    assert _send(page, paths, enter=False)


def drag_and_drop(page: SyncPage, paths: list[Path]) -> bool:
    """Enter, then drop, as a file manager does; False when the page does not take the drag."""
    if not drag_enters(page, paths):
        return False
    drop(page, paths)
    return True


class Painted(QObject):
    """How often ``bar`` was painted (and given a new value) from now until ``stop``, and over how long."""

    def __init__(self, bar: QProgressBar) -> None:
        super().__init__(bar)
        self.bar, self.paints, self.values = bar, 0, 0
        self.clock = QElapsedTimer()
        self.clock.start()
        self.seconds = 0.0
        bar.installEventFilter(self)
        bar.valueChanged.connect(self._value)

    def _value(self, _value: int) -> None:
        self.values += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def stop(self) -> None:
        self.seconds = self.clock.elapsed() / 1000
        self.bar.removeEventFilter(self)
        self.bar.valueChanged.disconnect(self._value)


def register_dialog(team: Team, qtbot: QtBot, make_ctx: Any, lang: str = "ar") -> RegisterDialog:
    """The centre's Register a device… dialog, opened from its Sync page's roster panel, in ``lang``."""
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
    dialog = panel.register_button.open_dialog()
    assert isinstance(dialog, RegisterDialog)
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog



def record(store: Store, title: str) -> None:
    """A session written on ``store``: work for the next bundle."""
    with store.transaction() as s:
        s.add(Session(kind="focus_group", title=title, governorate="erbil", language="ckb"))


@dataclass(frozen=True)
class AcrossABackup:
    """A laptop's two bundles with a backup made between them (``bundles_across_a_backup``)."""

    first: ExportResult
    backup: Path
    second: ExportResult


def bundles_across_a_backup(laptop: Store, folder: Path, titles: tuple[str, str]) -> AcrossABackup:
    """A facilitator's story: a session (``titles[0]``) and its bundle, a backup, another session and
    its bundle, each written in ``folder``."""
    record(laptop, titles[0])
    first = export_bundle(laptop, folder / "first.majlis")
    assert first is not None
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    record(laptop, titles[1])
    second = export_bundle(laptop, folder / "second.majlis")
    assert second is not None and second.seq_from > first.seq_to
    return AcrossABackup(first, backup, second)


def restore_laptop(team: Team, backup: Path) -> Store:
    """The team's laptop closed, restored from ``backup`` and opened again, in the team's place (the
    team closes it)."""
    laptop = team.devices[0]
    laptop.close()
    backups.restore(backup, laptop.path, PASSPHRASE)
    restored = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = restored
    return restored
