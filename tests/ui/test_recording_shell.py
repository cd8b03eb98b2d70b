"""The application shell: main window, navigation, language switch, lock and idle lock, first run, smoke test."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest

from desktop.core import sessions as svc
from desktop.core.db import open_store
from desktop.ui import registry
from desktop.ui.idle_lock import IdleLock
from desktop.ui.main_window import MainWindow
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets.export_progress import ExportProgress

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _isolated_settings():  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)  # QSettings and data folders in a test location
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def lm(language):  # type: ignore[no-untyped-def]
    """The one language manager of the test (the ``language`` fixture: English, put back afterwards)."""
    return language


@pytest.fixture
def window(make_ctx, store, lm, qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(make_ctx(store, user_name="Huda", lang=lm), idle_ms=0)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    return w


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def test_main_window_navigation_status_and_editor(window, qtbot):  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Majlis"
    assert list(window.pages) == ["sessions"]  # the other pages are built when first visited
    assert window.current_page() is window.pages["sessions"]
    qtbot.waitUntil(lambda: window.device_label.text() == "Device: \u2068test laptop\u2069")  # read on the DB worker
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # skipped pages shift rows
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    # A first visit builds the page in the next event-loop turns, never in the one of the key press.
    assert keys[2] not in window.pages
    qtbot.waitUntil(lambda: keys[2] in window.pages and window.current_page() is window.pages[keys[2]])
    assert "organisations" in keys
    window.go_to("sessions")
    page = window.pages["sessions"]
    page.new_session("roundtable")
    qtbot.waitUntil(lambda: window.editor is not None)  # stored on the DB worker, then opened
    assert window.editor is not None and window.current_page() is window.editor
    sid = window.editor.session_id
    type_text(window.editor.edits["title"], "جلسة")
    QTest.keyClick(window.editor.edits["title"], Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.editor is None and window.current_page() is page
    assert svc.load_minutes(window.ctx.store, sid).fields["title"] == "جلسة"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the list is read again on the DB worker
    # The status bar counted the changes made.
    qtbot.waitUntil(lambda: window.unsent_label.text() != "Unsent changes: 0")


def test_language_switch_flips_direction(window, qtbot, qapp):  # type: ignore[no-untyped-def]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.language_actions["ckb"].trigger()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.language_actions["ckb"].isChecked()
    qtbot.wait(10)  # LanguageChange is posted; retranslate runs on the next turn
    assert window.windowTitle()
    window.language_actions["en"].trigger()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_lock_wrong_then_right_passphrase(window, qtbot, passphrase):  # type: ignore[no-untyped-def]
    window.lock_action.trigger()
    assert window.is_locked()
    assert not window.menuBar().isEnabled()
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase, "not it")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)  # the key derivation runs off the UI thread
    assert window.is_locked()
    assert "Wrong passphrase" in screen.error.error()
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, passphrase)
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    assert screen.passphrase.text() == ""


def test_idle_lock_fires_and_input_postpones_it(window, qtbot):  # type: ignore[no-untyped-def]
    window.idle.set_interval(200)
    qtbot.waitUntil(window.is_locked, timeout=2000)
    window.unlock()
    # Input restarts the countdown. Measured on the timer, not against the wall clock, so a busy
    # machine that delays the event loop cannot make the test lock between two key presses.
    window.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer rounds its deadline
    window.idle.set_interval(60_000)
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() < 59_700, timeout=5000)
    # Through the window, as the platform delivers a key press (the lock watches the windows).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)
    assert window.idle.timer.remainingTime() > 59_700
    assert not window.is_locked()
    window.idle.set_interval(200)
    qtbot.waitUntil(window.is_locked, timeout=5000)


def test_idle_lock_watches_a_dialog_a_person_types_in(window, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QLineEdit

    window.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)
    window.idle.set_interval(60_000)
    dialog = QDialog(window)
    QLineEdit(dialog).setFocus()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() < 59_700, timeout=5000)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert window.idle.timer.remainingTime() > 59_700
    dialog.close()


def test_idle_minutes_setting(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desktop.ui.idle_lock import configured_minutes

    settings = QSettings("MajlisTest", "idle")
    settings.setValue("idle_lock_minutes", "3")
    assert configured_minutes(settings) == 3
    settings.setValue("idle_lock_minutes", "junk")
    assert configured_minutes(settings) == 10
    settings.clear()
    lock = IdleLock(0)
    assert not lock.timer.isActive()  # 0 disables
    lock.uninstall()


def test_unlock_widget_messages(db_path, store, qtbot, lm, tmp_path):  # type: ignore[no-untyped-def]
    from desktop.core.db import open_store as opener

    store.close()
    results: list[object] = []
    w = UnlockWidget(lambda pw: opener(db_path, pw), db_path)
    qtbot.addWidget(w)
    w.unlocked.connect(results.append)
    w.submit()
    assert w.error.error() == "Enter the passphrase."
    qtbot.keyClicks(w.passphrase, "nope")
    w.submit()
    assert not w.passphrase.isEnabled()  # no second submit while the first one runs
    qtbot.waitUntil(lambda: not w.busy, timeout=20_000)
    assert w.error.error().startswith("Wrong passphrase")
    assert w.passphrase.text() == "nope"  # kept, selected, to retype
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    w2 = UnlockWidget(lambda pw: opener(plain, pw), plain)
    qtbot.addWidget(w2)
    qtbot.keyClicks(w2.passphrase, "x")
    w2.submit()
    qtbot.waitUntil(lambda: not w2.busy, timeout=20_000)
    assert w2.error.error() == "This file is not a Majlis database."
    assert not results


def test_registry_imports_every_page_plainly():  # type: ignore[no-untyped-def]
    keys = [key for key, _cls in registry.available_pages()]
    assert keys == ["sessions", "participants", "organisations", "codebook", "consent", "sync",
                    "reports", "recommendations", "settings"]
    assert all(cls.key == key for key, cls in registry.available_pages())
    # Nothing is optional: a module that is not there raises instead of dropping a page.
    # Plain imports only (a loader by name hides pages from PyInstaller).
    assert "importlib" not in inspect.getsource(registry)


def test_first_run_wizard_creates_database(qtbot, lm, tmp_path):  # type: ignore[no-untyped-def]
    from desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(lm, data_dir=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    ckb = next(b for b in wizard.language_page.group.buttons() if b.property("code") == "ckb")
    ckb.setChecked(True)
    assert lm.language == "ckb" and wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wizard.next()
    page = wizard.passphrase_page
    assert not page.isComplete()
    type_text(page.first, "کلیلی نهێنی ٢٠٢٣")
    type_text(page.second, "کلیلی نهێنی")
    assert not page.isComplete() and page.mismatch.error()
    type_text(page.second, " ٢٠٢٣")
    assert page.isComplete() and page.strength.text()
    wizard.next()
    assert not wizard.device_page.isComplete()
    qtbot.keyClicks(wizard.device_page.name, "Basra laptop 2")
    wizard.next()
    assert wizard.start_page.choice() == "alone"
    created = []
    wizard.finishedWith.connect(lambda store, demo: created.append((store, demo)))
    wizard.accept()  # the database is created on a background thread
    qtbot.waitUntil(lambda: bool(created), timeout=60_000)
    store, demo = created[0]
    assert not demo and store.path == tmp_path / "majlis.db"
    store.close()
    again = open_store(tmp_path / "majlis.db", "کلیلی نهێنی ٢٠٢٣")
    again.close()
    lm.set_language("en")


@pytest.mark.slow
def test_smoke_test_subprocess(tmp_path):  # type: ignore[no-untyped-def]
    shot = tmp_path / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--smoke-test", "--lang", "ckb", "--screenshot", str(shot)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_smoke_test_failure_exits_non_zero(tmp_path):  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = textwrap.dedent(
        """
        import sys
        import desktop.ui.app as app
        def boom(*a, **k):
            raise RuntimeError("demo failed")
        app.create_demo_store = boom
        sys.exit(app.main(["--smoke-test"]))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "demo failed" in proc.stderr


def test_organisations_page_add_and_edit(ctx, qtbot, qtmodeltester):  # type: ignore[no-untyped-def]
    from desktop.ui.organisations.page import OrganisationsPage

    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.new_button.click()
    page.save_button.click()
    ctx.tasks.drain()
    assert page.name_cell.error.error() == "An organisation needs a name."
    type_text(page.name, "منظمة تموز")
    page.kind.setCurrentIndex(page.kind.findData("media"))
    page.governorate.setCurrentIndex(page.governorate.findData("basra"))
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    ctx.tasks.drain()
    assert page.name_cell.error.error() == ""
    assert [(r.name, r.kind, r.governorate) for r in page.model.rows] == [("منظمة تموز", "media", "basra")]
    page.view.selectRow(0)
    page.name.setText("Tammuz")
    page.save_button.click()
    ctx.tasks.drain()
    assert page.model.rows[0].name == "Tammuz" and len(page.model.rows) == 1
    qtmodeltester.check(page.model)


def test_file_menu_exports_excel_off_the_ui_thread(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    out = tmp_path / "campaign.xlsx"
    window.export_xlsx(str(out))
    assert window.statusBar().findChild(ExportProgress) is not None  # running on the worker, its progress shown
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=15000)
    assert out.exists()
    sheets = load_workbook(out, read_only=True).sheetnames
    assert len(sheets) == 13  # sessions … consent register, with the minutes, codes and four matrices


def test_file_menu_exports_qdpx_off_the_ui_thread(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    import zipfile

    from tests.refi_schemas import validate_project

    out = tmp_path / "campaign.qdpx"
    window.export_qdpx(str(out))
    assert window.statusBar().findChild(ExportProgress) is not None  # running on the worker, its progress shown
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=30000)
    assert out.exists()
    assert window.export_qdpx_action.text().replace("&", "") != ""
    with zipfile.ZipFile(out) as zf:
        validate_project(zf.read("project.qde"))
