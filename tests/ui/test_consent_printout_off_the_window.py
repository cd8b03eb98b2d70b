"""Consent page → Print: the PDF is written off the window's thread (laid out apart from the database
worker: tests/ui/test_consent_printout_beside_the_worker.py).

A session's register of 40 participants took about 2.2 s to lay out and write (0.5 s for one
record), all on the window's thread: the window froze meanwhile, and the printout's note of the copy
made (for an erasure report) was written to the database beside the worker's own writes. The print
buttons now hand the work to the database worker, wait disabled meanwhile, and say when it is done.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent import printout
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import consent_page_to_print


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_printing_runs_off_the_windows_thread(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                              manager: LanguageManager, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page, group = consent_page_to_print(ctx, store, qtbot, manager, lang, 2, tmp_path, monkeypatch)
    threads: list[threading.Thread] = []

    def spied(write: Any) -> Any:
        def run(*args: Any) -> Path:
            threads.append(threading.current_thread())
            return write(*args)  # type: ignore[no-any-return]
        return run

    monkeypatch.setattr(printout.Printout, "write", spied(printout.Printout.write))
    written = []
    for button in (page.print_record_button, page.print_register_button):
        with qtbot.waitSignal(page.printed, timeout=20_000) as blocker:
            button.click()
            assert not page.print_record_button.isEnabled() and not page.print_register_button.isEnabled()
        path = blocker.args[0]
        assert isinstance(path, Path) and path.read_bytes().startswith(b"%PDF")
        assert path.name in page.status.text()
        assert page.print_record_button.isEnabled() and page.print_register_button.isEnabled()
        written.append(path)
    assert len(threads) == 2
    assert all(thread is not threading.main_thread() for thread in threads), "written on the window's thread"
    assert {p.name for p in written} == {f"consent-{group.codes[0]}-{group.session_id}.pdf",
                                         f"consent-register-{group.session_id}.pdf"}
