"""A focus group's Participants tab at the door of a hall, at 20 points on a 1366x768 laptop at 150 %:
who still lacks consent reads without scrolling sideways.

The tab's list kept the declaration's order (seat, pseudonym, gender, age band, governorate, district,
urban/rural, occupation, other attributes, consent): the consent, where "none" shows in red, stood
eight columns past the pseudonym, out of sight at the far left in Arabic and Kurdish, and a facilitator
seating fifteen people saw only "Consent of … recorded" for the last. The consent now follows the
pseudonym, as on the Participants page (test_participants_list_fits)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.labels import demographics
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import focus_group
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import consent_for
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (910, 512)


def in_sight(view: Any, column: int) -> bool:
    left = view.columnViewportPosition(column)
    return not view.isColumnHidden(column) and left >= 0 and left + view.columnWidth(column) <= view.viewport().width()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_who_lacks_consent_reads_without_scrolling_sideways(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                            lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    group = focus_group(store, 3, language="ar")
    consent_for(store, group.participants[0], group.session_id)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.open_session(group.session_id)
    editor = window.editor
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded)
    editor.tabs.setCurrentIndex(1)
    window.ctx.tasks.drain()
    settle()
    view, model = editor.people_view, editor.people
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    consent = titles.index(model.column_title("consent"))
    code = titles.index(model.column_title("code"))
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert in_sight(view, code) and in_sight(view, consent), titles
    shown = [model.index(row, consent).data() for row in range(3)]
    assert shown[0] == demographics.consent("given") and shown[1] == shown[2] != shown[0]
