"""Slow steps run off the UI thread: the window keeps painting, and says what it does after 300 ms."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui import first_run
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.first_run_plan import Created
from desktop.ui.main_window import MainWindow
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from desktop.ui.sync.page import SyncPage
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.sync_helpers import make_team


def _longest_stall_during(qtbot: QtBot, busy: Any, done: Any, timeout_ms: int = 10_000) -> int:
    """Start ``busy()``, then measure the longest gap between 10 ms ticks until ``done()``."""
    clock, longest, last = QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    busy()
    qtbot.waitUntil(done, timeout=timeout_ms)
    timer.stop()
    return longest[0]


def test_unlock_keeps_painting_and_says_so(qtbot: QtBot) -> None:
    def slow_opener(passphrase: str) -> str:
        time.sleep(0.8)  # a key derivation on a busy two-core laptop
        return "store"

    widget = UnlockWidget(slow_opener, Path("field.db"))
    qtbot.addWidget(widget)
    widget.show()
    widget.passphrase.setText("correct horse")
    opened: list[object] = []
    widget.unlocked.connect(opened.append)
    seen: list[str] = []
    QTimer.singleShot(500, lambda: seen.append(widget.hint.text()))
    stall = _longest_stall_during(qtbot, widget.submit, lambda: bool(opened))
    assert opened == ["store"]
    assert stall < 300, f"the event loop stood still for {stall} ms"
    assert seen == ["Opening the database…"]


def test_wizard_finish_keeps_painting(qtbot: QtBot, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_create(plan: Any) -> Created:
        time.sleep(0.8)
        return Created("store", False)

    monkeypatch.setattr(first_run, "create_from_plan", slow_create)
    wizard = FirstRunWizard(LanguageManager(qapp), tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    finished: list[object] = []
    wizard.finishedWith.connect(lambda store, demo: finished.append(store))
    seen: list[bool] = []
    QTimer.singleShot(500, lambda: seen.append(not wizard.busy_label.isHidden()))
    stall = _longest_stall_during(qtbot, wizard.accept, lambda: bool(finished))
    assert finished == ["store"]
    assert stall < 300, f"the event loop stood still for {stall} ms"
    assert seen == [True]


# --- pages open at once and fill from the DB worker ------------------------------------------------
# Each test slows one real query of a real encrypted store by SLOW_S (the query still runs and its
# rows are shown). Read on the UI thread, it would stand the event loop still for as long; read on
# the worker, the page paints at once, says "Loading…" after 300 ms, and fills when the rows come.

SLOW_S = 2.0
# Building a page's widgets is itself UI work (up to ~0.3 s for the Sync page on a quiet two-core
# machine, 0.7 s for the Participants page with its filter area on a loaded CI one); the slowed read on
# the UI thread would add SLOW_S on top of it. The bound sits well between the two, so that a loaded
# machine does not fail a page that reads on its worker, and a read on the UI thread always fails.
SLOWED_BOUND_MS = 1_200
#: The bound of the other stall tests (tests/ui/test_sync_*_read_off_the_ui_thread.py), whose slowed
#: reads are their own.
BOUND_MS = 500


def _slowed(real: Any) -> Any:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)  # a campaign-sized database on a busy two-core laptop
        return real(*args, **kwargs)

    return slow


def _opens_without_freezing(qtbot: QtBot, ctx: AppContext, build: Any, loaded: Any) -> Any:
    """Build and show a page; return it after its data arrived, checking the stall and the busy look."""
    ctx.store.warm_pool()  # as the main window has its worker do first: no key derivation on the UI thread
    made: list[Any] = []
    seen: list[bool] = []

    def open_page() -> None:
        page = build()
        qtbot.addWidget(page)
        page.resize(900, 600)
        page.show()
        made.append(page)
        QTimer.singleShot(500, lambda: seen.append(page.busy.shown))

    stall = _longest_stall_during(qtbot, open_page, lambda: bool(made) and loaded(made[0]) and bool(seen))
    page = made[0]
    assert stall < SLOWED_BOUND_MS, f"the event loop stood still for {stall} ms while the page opened"
    assert seen == [True], "no busy look while the data was on its way"
    assert not page.busy.shown and page.cursor().shape() != Qt.CursorShape.BusyCursor
    return page


@pytest.fixture
def demo_ctx(make_ctx: Any, tmp_path: Path) -> Iterator[Any]:
    """What ``ctx`` is, on a store with ``demo.generate(store, sessions=2, seed=3)`` done: a copy of the
    demo generated once per process (tests/demo_stores.py), not generated per test."""
    store = demo_copy(tmp_path / "demo.db", PASSPHRASE, "test laptop", sessions=2, seed=3)
    context = make_ctx(store)
    yield context
    assert context.tasks.drain(10_000), "an operation was still running at the end of the test"
    store.close()


def test_participants_page_fills_from_the_worker(qtbot: QtBot, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import participants

    with demo_ctx.store.session() as s:
        expected = participants.search_ids(s)
    assert expected
    monkeypatch.setattr(participants, "search_ids", _slowed(participants.search_ids))
    page = _opens_without_freezing(qtbot, demo_ctx, lambda: ParticipantsPage(demo_ctx), lambda p: p.loads == 1)
    assert page.model.ids == expected
    first = page.model.data(page.model.index(0, 0))
    assert first == page.model.row_at(0).code and first.count("-") == 2  # a pseudonym, read with the ids


def test_reports_page_fills_from_the_worker(qtbot: QtBot, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import retrieval

    monkeypatch.setattr(retrieval, "coders", _slowed(retrieval.coders))
    page = _opens_without_freezing(qtbot, demo_ctx, lambda: ReportsPage(demo_ctx), lambda p: p.loads == 1)
    assert page.retrieval.coder.findText("demo") > 0  # the coders, read on the worker
    assert page.retrieval.code.count() > 0 and page.search.code.count() == page.retrieval.code.count()


def test_centre_sync_page_fills_from_the_worker(qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync import devices

    team = make_team(tmp_path, devices=1)
    try:
        monkeypatch.setattr(devices, "device_reports", _slowed(devices.device_reports))
        ctx = make_ctx(team.centre)
        page = _opens_without_freezing(qtbot, ctx, lambda: SyncPage(ctx), lambda p: p.is_loaded())
        assert page.is_coordinator_view()
        assert page.devices_model.rowCount() >= 1  # the field laptop on the roster
        assert ctx.tasks.drain()
    finally:
        team.close()


def test_status_bar_is_read_on_the_worker(qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import sessions, status

    monkeypatch.setattr(status, "status_bar", _slowed(status.status_bar))
    window = MainWindow(ctx, idle_ms=0)  # its start-up is bench_startup's business, not timed here
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.device_label.text() == "Device: \u2068test laptop\u2069", timeout=10_000)
    assert window.unsent_label.text() == "Unsent changes: 0"

    def change() -> None:  # a real change, announced as every operation announces it
        sessions.create_session(ctx.store, "roundtable", title="t")
        ctx.events.changed.emit({"session"})
        assert window._status_reader.reading

    stall = _longest_stall_during(qtbot, change, lambda: window.unsent_label.text() != "Unsent changes: 0")
    assert stall < SLOWED_BOUND_MS, f"the event loop stood still for {stall} ms"


def test_matrix_is_counted_on_the_worker(qtbot: QtBot, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import analysis
    from desktop.ui.reports.common import busy_state

    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    tab = page.matrix
    with demo_ctx.store.session() as s:
        expected = analysis.matrix(s, "governorate")
    assert expected.cells, "the demo data gives the matrix something to count"
    monkeypatch.setattr(analysis, "matrix", _slowed(analysis.matrix))
    seen: list[bool] = []
    QTimer.singleShot(500, lambda: seen.append(busy_state(tab).shown))
    stall = _longest_stall_during(qtbot, tab.run, lambda: tab.matrix is not None and bool(seen))
    assert stall < SLOWED_BOUND_MS, f"the event loop stood still for {stall} ms while the matrix was counted"
    assert seen == [True], "no busy look while the matrix was counted"
    assert tab.matrix is not None and tab.matrix.cells == expected.cells
    assert not busy_state(tab).shown and tab.model.rowCount() > 0


def test_joining_a_team_runs_on_the_worker(qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync.team import create_team, join_team
    from desktop.sync.team_file import read_team_file
    from desktop.ui.sync import join_dialog
    from desktop.ui.sync.join_dialog import JoinTeamDialog
    from tests.conftest import PASSPHRASE
    from tests.stores import fresh_store  # create_store's, from a template made once per process

    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    field = fresh_store(tmp_path / "field.db", PASSPHRASE, "Erbil laptop 1")
    team_file = tmp_path / "team.majlis-team"
    try:
        create_team(centre, name="Elections law cohort", team_file=team_file, identity_file=tmp_path / "team.key")
        monkeypatch.setattr(join_dialog, "join_team", _slowed(join_team))
        ctx = make_ctx(field)
        field.warm_pool()
        dialog = JoinTeamDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.load(team_file)
        seen: list[bool] = []
        QTimer.singleShot(500, lambda: seen.append(dialog.busy.shown))
        stall = _longest_stall_during(qtbot, dialog.join_button.click,
                                      lambda: dialog.joined_team_id is not None and bool(seen), timeout_ms=20_000)
        assert stall < SLOWED_BOUND_MS, f"the event loop stood still for {stall} ms while the laptop joined"
        assert seen == [True], "no busy look while the laptop joined"
        assert not dialog.busy.shown
        assert dialog.joined_team_id == read_team_file(team_file).team_id
        assert ctx.tasks.drain()
    finally:
        field.close()
        centre.close()


def test_participants_columns_are_sized_from_a_screenful_even_when_hidden(qtbot: QtBot, ctx: Any) -> None:
    """Sizing the columns asks Python for every cell it measures: only the first rows, whether the page
    is on screen or not (asked for "the visible area", Qt measured all 48,000 rows of a hidden view)."""
    from desktop.ui.participants.page import PRECISION_ROWS

    demo.generate(ctx.store, sessions=30, seed=4)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)  # never shown: its rows arrive while another page is on screen
    rows_asked: set[int] = set()
    real_data = page.model.data

    def data(index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows_asked.add(index.row())
        return real_data(index, role)

    page.model.data = data  # type: ignore[method-assign]
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads >= 2)
    assert page.model.rowCount() > 3 * PRECISION_ROWS
    assert rows_asked and max(rows_asked) < 2 * PRECISION_ROWS, max(rows_asked)


def test_sessions_list_filters_on_the_worker(qtbot: QtBot, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import sessions
    from desktop.ui.sessions.page import SessionsPage

    page = SessionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    everything = page.model.rowCount()
    assert everything > 1
    monkeypatch.setattr(sessions, "list_ids", _slowed(sessions.list_ids))
    seen: list[bool] = []
    QTimer.singleShot(500, lambda: seen.append(page.busy.shown))
    choose = lambda: page.kind.setCurrentIndex(page.kind.findData("focus_group"))  # noqa: E731 (the filter bar)
    stall = _longest_stall_during(qtbot, choose, lambda: page.loads == 2 and bool(seen))
    assert stall < SLOWED_BOUND_MS, f"the event loop stood still for {stall} ms while the list was filtered"
    assert seen == [True], "no busy look while the list was filtered"
    assert 0 < page.model.rowCount() < everything
    assert all(page.model.row_at(r)["kind"] == "focus_group" for r in range(page.model.rowCount()))
