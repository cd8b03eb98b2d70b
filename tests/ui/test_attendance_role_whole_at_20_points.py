"""A roundtable's Attendance table at 20 points on a 1366x768 laptop at 150 % (895x424 for the window).

The Role column was as wide as the roles listed, measured as text: the box that opens on a role to change
it (a list of the seven roles) needs room for its arrow and the widest role too, and cut the role being
chosen ('ڕێکخراوی کۆمەڵگەی مەدەن…' in Kurdish: 284 pixels given, 309 needed; Arabic 195 of 245, English
321 of 438). In English the column took 418 of 575 pixels for 'Member of the provincial council', the
attendees' names beside it on three lines. Now the column is as wide as its heading and its widest role
(the box's needs) up to half the table, the roles wrapped at whole words past that, and the box opens as
wide as it needs over the cell beside it. Since the table says each participant's consent too (a third
column, up to a quarter of the table, desktop/ui/sessions/attendee_consent.py) the role has up to 45 % and
the names 30 % at least; the consent's words are read whole as well. The demo database's roundtables, the
main window as the app shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QTableView
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.sessions import SessionFilter
from desktop.ui.labels import demographics
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions import attendee_consent
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

LAPTOP = (895, 424)


def _attendance(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                monkeypatch: pytest.MonkeyPatch) -> RoundtableEditor:
    """A draft demo roundtable, its Attendance tab in front, a member of the provincial council (the
    longest role in English) among its attendees."""
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
    with store.session() as s:
        draft = sessions.list_ids(s, SessionFilter(kind="roundtable", status="draft"))[0]
    editor = window.open_session(draft)
    assert isinstance(editor, RoundtableEditor)
    window.ctx.tasks.wait(10_000)
    editor.attendance_model.add(organisation_id=None, participant_id=None, role="provincial_council_member")
    # Two participants beside the organisations: one not asked yet, one who said No on the form (the longest words).
    for participant in ("not-asked", "declined"):
        editor.attendance_model.add(organisation_id=None, participant_id=participant, role="citizen")
    monkeypatch.setattr(attendee_consent, "states", lambda _s, _session, ids: {
        pid: "declined" if pid == "declined" else "none" for pid in ids})
    attendee_consent.refresh(editor)
    editor.tabs.setCurrentIndex(1)
    settle()
    qtbot.wait(50)
    return editor


def _unreadable(view: QTableView, column: int) -> list[str]:
    """The cells of ``column`` whose words do not fit their cell, wrapped at whole words."""
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # as Qt lays a cell's text
    width = view.columnWidth(column) - 2 * margin
    cut = []
    for row in range(view.model().rowCount()):
        text = str(view.model().index(row, column).data())
        words_fit = all(metrics.horizontalAdvance(word) <= width for word in text.split())
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        if not words_fit or needed > view.rowHeight(row):
            cut.append(text)
    return cut


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_role_is_read_whole_and_chosen_whole(lang: str, manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        editor = _attendance(manager, demo_store, qtbot, lang, monkeypatch)
        view = editor.attendance.view
        header = view.horizontalHeader()
        assert view.model().rowCount() >= 3
        assert not view.horizontalScrollBar().isVisible()
        assert header.sectionSize(1) >= header.sectionSizeHint(1), "the Role heading cut"
        assert not _unreadable(view, 1), _unreadable(view, 1)
        consents = {str(view.model().index(row, 2).data()) for row in range(view.model().rowCount())}
        assert consents == {"", demographics.consent("none"), demographics.consent("declined")}
        assert not _unreadable(view, 2), _unreadable(view, 2)  # the consent beside it (attendee_consent.py)
        # 30 % at least: the role and the consent (attendee_consent.share_columns) have the rest.
        assert header.sectionSize(0) >= view.viewport().width() * 3 // 10 - 1, "the attendees' names squeezed"
        # Choosing a role: the box shows the widest role whole, and stays within the table.
        for row in range(view.model().rowCount()):
            index = view.model().index(row, 1)
            view.setCurrentIndex(index)
            view.edit(index)
            settle()
            [combo] = [box for box in view.findChildren(QComboBox) if box.isVisible()]
            assert combo.width() >= combo.sizeHint().width(), (row, combo.width(), combo.sizeHint().width())
            box, room = combo.geometry(), view.viewport().rect()
            assert room.left() <= box.left() and box.right() <= room.right(), (row, box, room)
            if view.rowHeight(row) <= room.height():  # English: a name of three lines is taller than the table
                assert room.contains(box), (row, box, room)
            qtbot.keyClick(combo, Qt.Key.Key_Escape)
            settle()
    finally:
        manager.set_font_size(None)
