"""Where data lives, the crash log, diagnostics, Help → About and the bundle argument (issue 11)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core import app_paths, crash_log, diagnostics
from shipping import notices

ROOT = Path(__file__).resolve().parents[2]


def test_cli_and_qt_agree_on_the_data_folder(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data home"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    old = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(app_paths.ORGANISATION)
    QCoreApplication.setApplicationName(app_paths.APPLICATION)
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(old[0])
        QCoreApplication.setApplicationName(old[1])
    assert Path(qt) == app_paths.data_dir()
    assert app_paths.default_db_path().parent == app_paths.data_dir()


def test_status_names_the_data_folder(store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.status import status

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    info = status(store)
    assert info["database"] == str(store.path)
    assert info["backups"] == str(store.path) + ".backups"
    assert info["data_folder"] == str(app_paths.data_dir())


def test_crash_log_keeps_no_message_and_no_values(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    secret = "Ahmed Kareem 0770 123 4567"

    def fail(name: str) -> None:
        raise ValueError(f"cannot save {name}")

    try:
        fail(secret)
    except ValueError as exc:
        crash_log.write(crash_log.entry(type(exc), exc.__traceback__), log)
    text = log.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and f"Majlis {__version__}" in text
    assert "in fail" in text and "tests/ui/test_shipping_app.py" not in text  # only the file's name
    assert secret not in text and "Ahmed" not in text and "cannot save" not in text
    assert str(tmp_path) not in text and os.path.expanduser("~") not in text


def test_uncaught_exception_in_the_app_lands_in_the_crash_log(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "APPDATA": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    code = ("import desktop.core.crash_log as c; c.install(); "
            "raise RuntimeError('passphrase hunter2 for Ahmed')")
    run = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 1 and "RuntimeError" in run.stderr  # still reported as before
    log = (tmp_path / "data" / "Majlis" / "Majlis" / "crash.log").read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in log and "hunter2" not in log and "Ahmed" not in log


def test_diagnostics_name_versions_and_folders_only(store) -> None:  # type: ignore[no-untyped-def]
    info = diagnostics.diagnostics(store, qt_version="6.11.3")
    assert info["Majlis"] == __version__ and info["Qt"] == "6.11.3"
    assert info["SQLCipher"][0].isdigit()
    assert info["Schema revision"] and info["Database"] == str(store.path)
    text = diagnostics.as_text(info)
    assert "test laptop" not in text  # the device's name is the user's, not the installation's


def test_settings_page_shows_the_data_folder_and_copies_diagnostics(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.data_folder.text() == str(app_paths.data_dir())
    assert page.database_path.text() == str(ctx.store.path)
    page.copy_diagnostics()
    copied = QApplication.clipboard().text()
    assert f"Majlis: {__version__}" in copied and "SQLCipher:" in copied and "Qt: 6." in copied
    assert page.data_status.text()


def test_notices_list_every_runtime_dependency() -> None:
    text = (ROOT / "desktop" / "resources" / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    installed = {notices._canonical(d.metadata["Name"]) for d in notices.runtime_distributions()}
    for name in ("pyside6-essentials", "sqlalchemy", "sqlcipher3", "cryptography", "pyrage", "babel"):
        assert name in installed
    assert notices.listed_names(text) == installed, "run: python -m shipping.notices"
    assert "SIL OPEN FONT LICENSE" in text.upper() and "GPL-3.0-or-later" in text


def test_about_dialog_shows_version_and_licences(qapp, language, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.about import AboutDialog

    language.set_language("ckb")
    qtbot.wait(10)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == f"مەجلیس {__version__}"
    assert "sqlcipher3" in dialog.licences.toPlainText() and "Qt 6" in dialog.licences.toPlainText()
    assert dialog.windowTitle() == "دەربارەی مەجلیس"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_about_dialog_writes_the_licence_version_in_the_chosen_digits(language, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The summary said "version ٣" of the GPL in Arabic-Indic digits beside "Majlis 0.1.0" and every
    other number in Latin ones (the default): the translations wrote the digit. It follows the setting."""
    from desktop.ui.about import AboutDialog

    language.set_language(lang)
    try:
        for digits, mine, other in (("latn", "3", "٣"), ("arab", "٣", "3")):
            language.set_digits(digits)
            dialog = AboutDialog()
            qtbot.addWidget(dialog)
            summary = dialog.summary.text()
            assert "GNU" in summary and mine in summary and other not in summary, summary
    finally:
        language.set_digits("latn")


def test_bundle_argument_opens_sync_import(ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import open_import
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    page: Any = window.page("sync")
    page.identity_path = None
    page.choose_key = lambda: False  # the user closes the key dialog
    bundle = tmp_path / "مجلد بيانات" / "field 1.majlis"
    bundle.parent.mkdir()
    bundle.write_bytes(b"not a bundle")
    open_import(window, bundle)
    # The files are told apart on the DB worker (dbb9330), then the key is asked for.
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=10_000)  # one line: the key is needed, nothing imported
    assert window.current_page() is page


@pytest.mark.parametrize("lang", ["ckb"])
@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_status_json_from_the_cli(tmp_path: Path, lang: str) -> None:
    env = {**os.environ, "MAJLIS_PASSPHRASE": "pass phrase", "XDG_DATA_HOME": str(tmp_path / "xdg")}
    db = tmp_path / "کێڵگە field.db"
    cli = [sys.executable, "-m", "desktop.cli"]
    subprocess.run([*cli, "init", "--db", str(db), "--device-name", "x"], env=env, check=True, capture_output=True)
    out = subprocess.run([*cli, "status", "--db", str(db), "--json"], env=env, check=True, capture_output=True,
                         text=True).stdout
    info = json.loads(out)
    assert info["data_folder"] == str(tmp_path / "xdg" / "Majlis" / "Majlis")
    assert info["database"] == str(db)
