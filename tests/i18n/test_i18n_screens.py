"""Every main screen in Kurdish and Arabic: no English left, right-to-left, mirrored icons.

Builds the real main window (or, before it exists, every page of the registry) on a demo
database, switches the language at runtime and walks every widget: labels, buttons, group
boxes, placeholders, tabs, combo items, menus and actions, tooltips, accessible names,
window titles and the headers and cells of item views. Screenshots of each screen in each
language go to the test's tmp_path (or $MAJLIS_I18N_SHOTS) as i18n_<screen>_<lang>.png for a
human to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.demo_stores import demo_copy
from tests.i18n_allowlist import english_words
from tests.shots import shots_folder

SHOTS_VARIABLE = "MAJLIS_I18N_SHOTS"  # set it to keep the pictures; by default they go to tmp_path
MAX_ROWS = 30  # cells looked at per item view


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Pages may read and write QSettings(): keep the user's real settings out of it."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    # The device name shows in the status bar: a Kurdish one, so it is not taken for English.
    # A copy of the demo generated once per process (tests/demo_stores.py): generating it per test was
    # most of the time of the tests of screens that use it.
    store = demo_copy(tmp_path / "demo.db", "correct horse battery staple", "لاپتۆپی هەولێر", sessions=5, seed=1)
    yield store
    store.close()


@pytest.fixture
def store(demo_store: Store) -> Store:
    return demo_store


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


@pytest.fixture
def user_name() -> str:
    return ""


@pytest.fixture
def ctx(ctx: AppContext, isolated_settings: None) -> AppContext:
    ctx.demo = True
    return ctx


# --- building the screens -------------------------------------------------------------------


class Screens:
    """The main window and its pages, or a tab widget of registry pages if there is no window."""

    def __init__(self, ctx: AppContext, qtbot: QtBot) -> None:
        self.ctx = ctx
        from desktop.ui.main_window import MainWindow

        self.window: QWidget = MainWindow(ctx, idle_ms=0)
        # Built now, in English, so that every page must retranslate at the switch.
        build = getattr(self.window, "build_all_pages", None)
        pages = build() if build is not None else self.window.pages
        self.pages: dict[str, QWidget] = dict(pages)
        qtbot.addWidget(self.window)
        self.window.resize(1180, 760)
        self.window.show()

    def show(self, key: str) -> QWidget:
        page = self.pages[key]
        go_to = getattr(self.window, "go_to", None)
        if go_to is not None:
            go_to(key)
        else:
            assert isinstance(self.window, QTabWidget)
            self.window.setCurrentWidget(page)
        settle()
        return page

    def open_editor(self, kind: str) -> QWidget | None:
        """A session editor of ``kind`` (roundtable / focus_group), if the window can open one."""
        open_session = getattr(self.window, "open_session", None)
        if open_session is None:
            return None
        from sqlalchemy import select

        from desktop.core.models import Session

        with self.ctx.store.transaction() as s:
            sid = s.execute(select(Session.id).where(Session.kind == kind).limit(1)).scalar_one_or_none()
        if sid is None:
            return None
        editor: QWidget = open_session(sid)
        settle()
        return editor

    def close_editor(self) -> None:
        close = getattr(self.window, "close_editor", None)
        if close is not None:
            close()
            settle()


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):  # LanguageChange is posted, relayouts and paints follow
        app.processEvents()


def switch(screens: Screens, qtbot: QtBot, lang: str) -> None:
    """Switch as a user does: with the Settings page's language box when there is one."""
    settings = screens.pages.get("settings")
    combo = getattr(settings, "language_combo", None)
    if isinstance(combo, QComboBox):
        combo.setCurrentIndex(combo.findData(lang))
    else:
        screens.ctx.language.set_language(lang)
    assert screens.ctx.language.language == lang
    expected = QApplication.translate("MainWindow", "Majlis") if lang != "en" else "Majlis"
    if hasattr(screens.window, "pages"):
        qtbot.waitUntil(lambda: screens.window.windowTitle() == expected)
    settle()


# --- walking the widgets -----------------------------------------------------------------------


def _action_texts(action: QAction, where: str, out: list[tuple[str, str]]) -> None:
    out.append((f"{where} action", action.text()))
    out.append(
        (
            f"{where} action tooltip",
            action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
        )
    )
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.append((f"{where} menu", menu.title()))
        for sub in menu.actions():
            _action_texts(sub, f"{where}>{menu.title()}", out)


def _columns(model: Any) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # QListWidget's private list model: one column
        return 1


def _view_texts(view: QAbstractItemView, where: str, out: list[tuple[str, str]]) -> None:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model)):
        out.append(
            (f"{where} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        )
        out.append(
            (
                f"{where} header tooltip {column}",
                str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""),
            )
        )
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(max(_columns(model), 1)):
            index = model.index(row, column, QModelIndex())
            # Display only: cell tooltips may list a code's names in all three languages on purpose.
            for role in (Qt.ItemDataRole.DisplayRole,):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append((f"{where} cell {row},{column}", value))


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-visible string under ``root``."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}#{w.objectName() or '?'}"
        if w.isWindow():
            out.append((f"{where} title", w.windowTitle()))
        out.append((f"{where} tooltip", w.toolTip()))
        out.append((f"{where} accessible name", w.accessibleName()))
        out.append((f"{where} whatsthis", w.whatsThis()))
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        if isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        if isinstance(w, QGroupBox):
            out.append((where, w.title()))
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            out.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox):
            out.append((f"{where} special", w.specialValueText()))
            out.append((f"{where} suffix", getattr(w, "suffix", lambda: "")()))
            out.append((f"{where} prefix", getattr(w, "prefix", lambda: "")()))
        if isinstance(w, QComboBox):
            out.extend((f"{where} item {i}", w.itemText(i)) for i in range(w.count()))
            out.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out.append((f"{where} tab {i}", w.tabText(i)))
                out.append((f"{where} tab tooltip {i}", w.tabToolTip(i)))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            _view_texts(w, where, out)
        for action in w.actions():
            _action_texts(action, where, out)
    return [(where, text) for where, text in out if text]


def blank_buttons(root: QWidget) -> list[str]:
    """Push buttons with neither text nor icon: a retranslation that set an empty string."""
    return [
        f"{type(b).__name__}#{b.objectName() or '?'} (accessible name {b.accessibleName()!r})"
        for b in root.findChildren(QPushButton)
        if not b.text() and b.icon().isNull() and not b.isHidden()
    ]


def english_left(root: QWidget) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts(root) if english_words(text)]


def shoot(folder: Path, widget: QWidget, name: str, lang: str) -> None:
    assert widget.grab().save(str(folder / f"i18n_{name}_{lang}.png"))


# --- the tests ------------------------------------------------------------------------------


def test_pages_exist() -> None:
    assert registry.available_pages(), "no page of the registry can be imported"


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_no_english_left_in_kurdish_and_arabic(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    shots = shots_folder(tmp_path, SHOTS_VARIABLE)
    screens = Screens(ctx, qtbot)
    assert screens.pages
    problems: dict[str, list[str]] = {}
    for lang in ("ckb", "ar", "en"):
        switch(screens, qtbot, lang)
        rtl = lang != "en"
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert screens.window.layoutDirection() == expected, lang
        for key in screens.pages:
            page = screens.show(key)
            assert page.layoutDirection() == expected, (key, lang)
            shoot(shots, screens.window, key, lang)
        if rtl:
            # After every page was shown once (some fill themselves lazily): all of them, and the
            # window around them (menus, navigation, status bar, lock screen).
            left = english_left(screens.window)
            if left:
                problems[f"{lang}/main window"] = left
        blank = blank_buttons(screens.window)
        if blank:
            problems[f"{lang}/blank buttons"] = blank
        for kind in ("roundtable", "focus_group"):
            editor = screens.open_editor(kind)
            if editor is None:
                continue
            assert editor.layoutDirection() == expected, (kind, lang)
            for i, tabs in enumerate(editor.findChildren(QTabWidget)):
                for t in range(tabs.count()):
                    tabs.setCurrentIndex(t)
                    settle()
                    shoot(shots, screens.window, f"{kind}_{i}_{t}", lang)
            if rtl:
                left = english_left(editor)
                if left:
                    problems[f"{lang}/{kind} editor"] = left
            blank = blank_buttons(editor)
            if blank:
                problems[f"{lang}/{kind} editor blank buttons"] = blank
            screens.close_editor()
    summary = "\n".join(
        f"[{where}] {line}" for where, lines in problems.items() for line in sorted(set(lines))
    )
    assert not problems, "English (or nothing) left on screen:\n" + summary


def test_direction_and_mirroring_after_runtime_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    screens = Screens(ctx, qtbot)
    nav: Any = getattr(screens.window, "nav", None) or screens.window

    def back_arrow() -> QImage:
        return qapp.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack).pixmap(32, 32).toImage()

    left_to_right = back_arrow()
    for lang in ("ar", "ckb"):
        switch(screens, qtbot, lang)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert nav.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if hasattr(screens.window, "nav"):
            # The navigation sits on the right in a right-to-left window.
            assert nav.mapTo(screens.window, nav.rect().topLeft()).x() > screens.window.width() // 2
        arrow = back_arrow()
        assert arrow != left_to_right, "the back arrow is not mirrored"
    switch(screens, qtbot, "en")
    assert nav.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert back_arrow() == left_to_right


def _dialogs(ctx: AppContext, tmp_path: Path) -> dict[str, QWidget]:
    """Every dialog of the app, built from demo data. Plain imports and no catching: a dialog whose
    constructor raises fails this test instead of silently leaving the check."""
    from sqlalchemy import select

    from desktop.core.models import Attendance, Participant
    from desktop.ui.consent.record_dialog import ConsentDialog
    from desktop.ui.consent.template_editor import TemplateEditorDialog
    from desktop.ui.consent.withdraw_dialog import WithdrawDialog
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.unsaved_text import UnsavedTextDialog
    from desktop.ui.widgets.attendee_dialog import AttendeeDialog
    from desktop.ui.widgets.session_dialogs import AuditDialog, UnlockReasonDialog

    with ctx.store.session() as s:
        row = s.execute(
            select(Participant.id, Attendance.session_id)
            .join(Attendance, Attendance.participant_id == Participant.id)
            .limit(1)
        ).first()
    assert row is not None, "the demo data has no seated participant to record consent for"
    return {
        "first_run": FirstRunWizard(ctx.language, tmp_path),
        "unlock_reason": UnlockReasonDialog(),
        "audit": AuditDialog([], ctx.language.format_datetime),
        "attendee": AttendeeDialog(ctx, lambda _s, _text, _limit: [("x", "BSR-FG01-P01")]),
        "withdraw": WithdrawDialog("BSR-FG01-P01"),
        "template_editor": TemplateEditorDialog(ctx, "session-consent"),
        "consent": ConsentDialog(ctx, row.id, row.session_id, full_screen=False),
        "unsaved_text": UnsavedTextDialog("جلسة حوارية\nنقاش حول المياه"),
    }


def test_dialogs_in_kurdish_and_arabic(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """Dialogs are modal: the language cannot change while one is open, so each is built in the
    language already chosen (the first-run wizard, which switches itself, is the exception)."""
    shots = shots_folder(tmp_path, SHOTS_VARIABLE)
    problems: dict[str, list[str]] = {}
    built: set[str] = set()
    for lang in ("ckb", "ar", "en"):
        ctx.language.set_language(lang)
        qtbot.wait(10)  # LanguageChange is posted
        dialogs = _dialogs(ctx, tmp_path)
        built |= set(dialogs)
        for name, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            dialog.resize(max(dialog.width(), 700), max(dialog.height(), 500))
            dialog.show()
            settle()
            expected = Qt.LayoutDirection.RightToLeft if lang != "en" else Qt.LayoutDirection.LeftToRight
            assert dialog.layoutDirection() == expected, (name, lang)
            shoot(shots, dialog, f"dialog_{name}", lang)
            if lang != "en":
                left = english_left(dialog) + blank_buttons(dialog)
                if left:
                    problems[f"{lang}/{name}"] = left
            dialog.close()
    assert built == set(_dialogs(ctx, tmp_path)), "a dialog was left out of the walk"
    summary = "\n".join(
        f"[{where}] {line}" for where, lines in problems.items() for line in sorted(set(lines))
    )
    assert not problems, f"English (or nothing) left in {sorted(built)}:\n" + summary


def test_first_run_wizard_switches_at_runtime(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(ctx.language, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    for lang in ("ckb", "ar"):
        ctx.language.set_language(lang)
        qtbot.wait(10)
        settle()
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = english_left(wizard) + blank_buttons(wizard)
        assert not left, (lang, left)
