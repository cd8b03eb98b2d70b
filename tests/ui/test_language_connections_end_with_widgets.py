"""A dialog or page made anew stays connected to the language manager's signals only while it lives.

The survey import dialog, made anew at each "Import a survey export…", connected a lambda to
``languageChanged`` that was never disconnected; the old dialogs stayed too (children of the tab), and
every one of them was retranslated at each language change. Now the connections go with their widget
(desktop/ui/widgets/while_alive.py), a closed dialog goes when the next one opens, and a form still being
read for a dialog that has gone has no one to go to.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.kobo_export import write_kobo_xlsx

LANGUAGE = SIGNAL("languageChanged(QString)")
DIGITS = SIGNAL("digitsChanged(QString)")


def deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_the_survey_import_dialog_made_again_adds_no_connection(ctx: AppContext, qtbot: QtBot) -> None:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)
    tab = page.surveys
    counts = []
    for _ in range(4):
        dialog = tab.open_import()
        qtbot.waitUntil(dialog.isVisible)
        dialog.reject()
        deleted_later()
        counts.append(ctx.language.receivers(LANGUAGE))
    assert counts == [counts[0]] * 4
    dialog = tab.open_import()
    ctx.language.set_language("ar")  # nothing raises (pytest-qt fails the test on an exception in a slot)
    try:
        assert dialog.windowTitle() == "استيراد مسح"
    finally:
        ctx.language.set_language("en")
    assert dialog.windowTitle() == "Import a survey"


def test_a_form_read_for_a_dialog_that_has_gone_is_dropped(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)
    gen = write_kobo_xlsx(tmp_path, 5)
    gate = threading.Event()
    ctx.tasks.run(lambda _token, _progress: gate.wait(10))  # the worker busy: the form is read after it
    first = page.surveys.open_import()
    first.set_files(gen.data, gen.form)
    first.reject()
    second = page.surveys.open_import()
    deleted_later()  # the first dialog is gone before its form is read
    gate.set()
    assert ctx.tasks.drain(10_000)
    second.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: second.questions.count() > 0, timeout=10_000)


def test_a_main_window_closed_leaves_no_connection_to_the_language(ctx: AppContext, qtbot: QtBot) -> None:
    before = (ctx.language.receivers(LANGUAGE), ctx.language.receivers(DIGITS))
    window = MainWindow(ctx, idle_ms=0)
    window.show()
    for key in ("participants", "sessions", "sync"):
        window.go_to(key)
        assert getattr(window.current_page(), "key", None) == key
    assert ctx.tasks.drain(10_000)
    assert ctx.language.receivers(LANGUAGE) > before[0] and ctx.language.receivers(DIGITS) > before[1]
    window.close()
    window.deleteLater()
    deleted_later()
    assert (ctx.language.receivers(LANGUAGE), ctx.language.receivers(DIGITS)) == before
