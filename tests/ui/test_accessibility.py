"""Every input of every page has a name a screen reader can say, in the interface's language,
and can be reached with the Tab key (DESIGN.md, Interface: "Every action reachable by keyboard;
accessible names on controls").

NVDA reads Qt's accessibility tree, so the name checked is the one an assistive technology gets:
``QAccessible.queryAccessibleInterface(widget).text(Name)``, which Qt takes from
``setAccessibleName``, a button's text or a buddy ``QLabel``. Builds the real main window on a demo
database the way tests/i18n/test_i18n_screens.py does (its fixtures and helpers, imported), and
reports every offender of every page at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
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
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import (  # noqa: F401  (fixtures, used by name)
    Screens,
    _dialogs,
    ctx,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    switch,
    user_name,
)
from tests.i18n_allowlist import english_words

LANGUAGES = ("en", "ar", "ckb")
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes and date/time edits
    QAbstractItemView,  # tables, lists, trees
    QSlider,
)


def _is_input(w: QWidget) -> bool:
    if isinstance(w, QHeaderView):
        return False  # part of its table, which carries the name
    if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # the editor inside a spin box or an editable combo box: its owner is named
    if w.objectName() == "qt_tableview_cornerbutton":
        return False  # Qt's select-all corner of a table: never in the Tab chain; Ctrl+A does it
    if isinstance(w, INPUTS):
        return True
    return isinstance(w, QAbstractButton) and not w.text()


def inputs(page: QWidget) -> list[QWidget]:
    """The visible, enabled inputs of ``page``, in focus-chain order where they are in it."""
    return [
        w
        for w in page.findChildren(QWidget)
        if _is_input(w) and w.isVisible() and w.isEnabled() and w.window() is page.window()  # no popups
    ]


def spoken_name(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return windows_combo_name(w)
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def windows_combo_name(combo: QComboBox) -> str:
    """A combo box's name as Qt gives it on Windows (QAccessibleComboBox::text).

    Off Windows Qt answers the current item for the name ("All"), which would hide a nameless box;
    on Windows, where NVDA reads it, the name is QAccessibleWidget's: the accessible name, else the
    text of a sibling QLabel whose buddy it is, else the title of the QGroupBox it sits in.
    """
    if combo.accessibleName().strip():
        return combo.accessibleName().strip()
    parent = combo.parentWidget()
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is combo:
            return label.text().replace("&", "").strip()
    return parent.title().strip() if isinstance(parent, QGroupBox) else ""


def where(key: str, w: QWidget) -> str:
    """Page, class and objectName; a nameless object gets its place among its page's kind."""
    if w.objectName():
        return f"{key}: {type(w).__name__}#{w.objectName()}"
    parent = w.parentWidget()
    assert parent is not None
    same = [x for x in parent.window().findChildren(type(w)) if type(x) is type(w) and not x.objectName()]
    return f"{key}: {type(w).__name__}#? (no. {same.index(w) + 1} of its class)"


def name_problems(key: str, page: QWidget, lang: str) -> list[str]:
    out: list[str] = []
    for w in inputs(page):
        name = spoken_name(w)
        if not name:
            out.append(f"{where(key, w)} has no accessible name")
        elif lang != "en" and english_words(name):
            out.append(f"{where(key, w)} is named in English: {name!r}")
    return out


def focus_problems(key: str, page: QWidget, nav: QWidget | None) -> list[str]:
    out = [
        f"{where(key, w)} cannot be reached with Tab ({w.focusPolicy()!r})"
        for w in inputs(page)
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    reachable = [w for w in inputs(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if nav is not None and reachable and not tab_reaches(nav, reachable):
        out.append(f"{key}: pressing Tab from the navigation never reaches an input of the page")
    return out


def tab_reaches(start: QWidget, targets: list[QWidget], presses: int = 200) -> bool:
    """Presses the Tab key from ``start`` until the focus lands in one of ``targets`` (True) or
    comes back to ``start`` or nowhere (False)."""
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert QApplication.focusWidget() is start, f"{start!r} cannot take the focus"
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if focus is None:
            return False
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now is start:
            return False
        if any(t is now or t.isAncestorOf(now) for t in targets):
            return True
    return False


def each_tab(page: QWidget) -> Iterator[None]:
    """The page as it is, then with each tab of each of its tab widgets in front."""
    yield
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and i != first:
                tabs.setCurrentIndex(i)
                settle()
                yield
        tabs.setCurrentIndex(first)
        settle()


def check(key: str, page: QWidget, lang: str, nav: QWidget | None, problems: dict[str, list[str]]) -> int:
    """Looks at ``page`` with each of its tabs in front; adds what is wrong to ``problems``."""
    checked = 0
    for _ in each_tab(page):
        checked += len(inputs(page))
        for line in name_problems(key, page, lang) + focus_problems(key, page, nav):
            lines = problems.setdefault(key, [])
            if f"[{lang}] {line}" not in lines:
                lines.append(f"[{lang}] {line}")
    return checked


@pytest.mark.slow  # every page and both editors in three languages: CI runs it
def test_every_input_is_named_and_reachable_by_keyboard(ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    screens = Screens(ctx, qtbot)
    nav: QWidget = screens.window.nav  # type: ignore[attr-defined]
    assert screens.pages
    problems: dict[str, list[str]] = {}
    checked = 0
    for lang in LANGUAGES:
        switch(screens, qtbot, lang)
        for key in screens.pages:
            checked += check(key, screens.show(key), lang, nav, problems)
        for kind in ("roundtable", "focus_group"):
            editor = screens.open_editor(kind)
            assert editor is not None, f"the demo data has no {kind} session to open"
            checked += check(f"{kind} editor", editor, lang, nav, problems)
            screens.close_editor()
        checked += check("main window", screens.window, lang, nav, problems)  # navigation, status bar
    assert checked > 0, "no input found on any page: the walk is broken"
    summary = "\n".join(line for lines in problems.values() for line in lines)
    assert not problems, f"{sum(map(len, problems.values()))} problems:\n{summary}"


def test_every_dialog_input_is_named_and_reachable_by_keyboard(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path  # noqa: F811
) -> None:
    """The dialogs the i18n test builds, each in the language already chosen (they are modal)."""
    problems: dict[str, list[str]] = {}
    checked = 0
    for lang in LANGUAGES:
        ctx.language.set_language(lang)
        qtbot.wait(10)  # LanguageChange is posted
        for name, dialog in _dialogs(ctx, tmp_path).items():
            qtbot.addWidget(dialog)
            dialog.show()
            settle()
            checked += check(name, dialog, lang, None, problems)
            dialog.close()
    assert checked > 0, "no input found in any dialog: the walk is broken"
    summary = "\n".join(line for lines in problems.values() for line in lines)
    assert not problems, f"{sum(map(len, problems.values()))} problems:\n{summary}"
