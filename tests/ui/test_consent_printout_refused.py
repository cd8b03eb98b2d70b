"""The Consent page prints a consent record or a session's register into a folder the person chooses.
A folder that takes no file (a write-protected USB stick, a full disk) raised out of the button: no
word on screen, the system's English and a traceback on the console. It is now one translated line
beside the buttons, and nothing is left in the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n_allowlist import english_words
from tests.readonly_folder import read_only


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_folder_that_takes_no_file_is_said_in_one_line(
        lang: str, ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(store, group.participants[0], group.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    manager.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 1, timeout=5000)
    page.select_record(page.register.rows[0].record_id)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick)))
    with read_only(stick):
        for button in (page.print_record, page.print_register):
            with qtbot.waitSignal(page.printed, timeout=20_000) as printed:  # written on the worker
                assert button()
            assert printed.args == [None]
            line = page.status.text()
            assert line and "\n" not in line and "Errno" not in line and str(stick) not in line
            assert lang != "en" or "could not be written" in line
            assert lang == "en" or english_words(line) == ["PDF"] or english_words(line) == [], line
    assert list(stick.iterdir()) == []
