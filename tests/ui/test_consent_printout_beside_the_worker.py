"""Consent page → Print: the PDF is laid out beside the database worker, not on it.

A session's register of 40 participants took about 1.4 s to lay out and 0.3 s to write (its reading:
0.01 s), all on the single database worker: every autosave of an editor and every page read queued
behind it waited as long. The page now reads the printout on the worker and lays it out and writes it
on a thread apart (operations.run_apart). Here the layout is held on an Event (as it is written): a read and a write
through the database worker complete meanwhile, and the PDF comes once it is let go.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.exports.pdf_layout import Report
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import consent_page_to_print
from tests.pdf_helpers import missing_words


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_worker_answers_while_a_printout_is_laid_out(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                         manager: LanguageManager, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page, group = consent_page_to_print(ctx, store, qtbot, manager, lang, 3, tmp_path, monkeypatch)

    real = Report.save
    for name, button in (("register", page.print_register_button), ("record", page.print_record_button)):
        held, started = threading.Event(), threading.Event()

        def holding(*args: Any, real: Any = real, held: threading.Event = held,
                    started: threading.Event = started) -> Any:
            started.set()
            assert held.wait(30), "never let go"
            return real(*args)

        monkeypatch.setattr(Report, "save", holding)  # the layout's last step, its writing
        with qtbot.waitSignal(page.printed, timeout=30_000) as blocker:
            button.click()
            qtbot.waitUntil(started.is_set, timeout=10_000)
            # The layout is held: the database worker still reads and writes (an editor's autosave).
            answered: list[Any] = []
            wanted = f"{lang}-{name}"
            CollectionOp.on_store(ctx, partial(_rename, participant_id=group.participants[2], occupation=wanted)
                                  ).success(answered.append).run_in_background()
            try:
                qtbot.waitUntil(partial(bool, answered), timeout=5_000)
            finally:
                held.set()
        assert answered == [wanted], "the database worker waited for the printout's layout"
        path = blocker.args[0]
        assert isinstance(path, Path) and path.read_bytes().startswith(b"%PDF")
        assert missing_words(path, group.codes[0]) == []
        assert path.name in page.status.text()


def _rename(store: Store, participant_id: str, occupation: str) -> str:
    """A write through the worker (the third participant's occupation), read back."""
    with store.transaction() as s:
        s.get(Participant, participant_id).occupation = occupation
    with store.session() as s:
        return s.get(Participant, participant_id).occupation
