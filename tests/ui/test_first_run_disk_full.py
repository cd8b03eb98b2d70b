"""First start on a laptop whose disk fills up while the first-run wizard makes the database.

Before, what was left depended on where the disk ran out: a 4 KB majlis.db with its -wal and -shm
(the first page written, no tables), a database with its tables and no device (which the next start
opened in the unlock window, to say "This file is not a Majlis database."), or a whole database
without its consent form or the person's name, still open. The wizard said "The database could not
be opened." (the schema's writes were not read as the disk's answer) or the disk's reason; once the
facilitator had made room, Finish made a second database, majlis-2.db, beside the half-made one.

Now a database whose making fails is taken away whole (closed, its files removed), the wizard says
the disk's reason in one translated line, and Finish once there is room makes majlis.db itself.

The disk "fills up" through the process's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), as in
tests/ui/test_sync_import_disk_full.py: the kernel refuses the write, no mock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.core.builtin_consent import has_any_form
from desktop.core.db import open_store
from desktop.core.errors import EnvironmentProblem
from desktop.ui.context import PERSON_NAME_STATE
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.first_run_plan import Created, Plan, create_from_plan
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.database_salts import SALTS
from tests.disk_room import disk_room

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")

DISK_ERROR = "The disk reported a problem while opening the database."


def _plan(folder: Path) -> Plan:
    return Plan(choice="alone", path=folder / "majlis.db", passphrase=PASSPHRASE, device="لاپتۆپی هەولێر",
                person="شیلان", team_file="", team_name="")


def _made(folder: Path, limit: int) -> Created | Exception:
    try:
        with disk_room(limit):
            return create_from_plan(_plan(folder))
    except Exception as exc:  # what the wizard is given to say
        return exc


def _database_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock")) if folder.exists() else []


@pytest.fixture(scope="module")
def need(tmp_path_factory: pytest.TempPathFactory) -> int:
    """The least room (to 4 KB) in which the wizard's database is made whole."""
    tmp_path = tmp_path_factory.mktemp("room")
    low, high = 0, 4 * 1024 * 1024
    while high - low > 4096:
        middle = (low + high) // 2
        made = _made(tmp_path / f"probe-{middle}", middle)
        if isinstance(made, Created):
            made.store.close()
            high = middle
        else:
            low = middle
    return high


def _whole(path: Path) -> None:
    store = open_store(path, PASSPHRASE)
    try:
        assert store.get_state(PERSON_NAME_STATE) == "شیلان"
        assert has_any_form(store)  # the built-in form, to record consent at once
    finally:
        store.close()


@pytest.mark.slow
def test_wherever_the_disk_fills_up_nothing_is_left_half_made(need: int, tmp_path: Path) -> None:
    # From no room at all (the first page), through the tables, the device, the person's name and
    # the consent form, to 4 KB short of a whole database.
    limits = [0, 4096, need // 4, need // 2, *range(max(0, need - 100 * 1024), need, 8192)]
    for limit in limits:
        SALTS.next_test()  # each limit's databases as a test of their own: keys derived once per process
        folder = tmp_path / f"at-{limit}"
        made = _made(folder, limit)
        assert isinstance(made, EnvironmentProblem), (limit, repr(made)[:200])  # the disk's reason, not SQL
        assert made.details.get("reason") in ("io", "disk_full"), (limit, made.details)
        assert _database_files(folder) == [], (limit, _database_files(folder))
        # With room again, the same place takes a whole database (no lock or file left in the way).
        again = create_from_plan(_plan(folder))
        assert again.store.path == folder / "majlis.db"
        again.store.close()
    _whole(folder / "majlis.db")


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    lines: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: lines.append(text))
    return lines


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_wizard_says_why_and_makes_the_database_once_there_is_room(
        lang: str, need: int, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, said: list[str]) -> None:
    manager.set_language(lang)
    data = tmp_path / "Majlis"
    wizard = FirstRunWizard(manager, data)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.device_page.person.setText("شیلان")
    wizard.show()
    made: list[object] = []
    wizard.finishedWith.connect(lambda store, _demo: made.append(store))
    # The disk fills up late: the tables and the device are written, the consent form is not.
    with disk_room(need - 16 * 1024):
        wizard.accept()  # Finish
        qtbot.waitUntil(lambda: not wizard.creating, timeout=20_000)
    assert said == [QCoreApplication.translate("UnlockWidget", DISK_ERROR)]
    assert said[0] != DISK_ERROR  # translated
    assert _database_files(data) == []  # nothing half-made for the next start to open
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and finish is not None and finish.isEnabled()

    wizard.accept()  # room made: Finish again
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    store = made[0]
    assert store.path == data / "majlis.db"  # type: ignore[attr-defined]
    store.close()  # type: ignore[attr-defined]
    assert _database_files(data) == ["majlis.db"]
    _whole(data / "majlis.db")
