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

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
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
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
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
MOST_SECTIONS = 6  # Tab presses a date/time field keeps, one per section, before the focus moves on
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


def actions(page: QWidget) -> list[QWidget]:
    """The visible, enabled buttons and tab bars of ``page``: what a user acts with."""
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QTabBar)
        and w.isVisible()
        and w.isEnabled()
        and w.window() is page.window()
        and w.objectName() != "qt_tableview_cornerbutton"
        and not isinstance(w.parentWidget(), QTabBar)  # a tab bar's scroll arrows
    ]


def radio_mates(w: QWidget) -> list[QWidget]:
    """The radio buttons the arrow keys move between from ``w``: Tab stops at one of them only."""
    if not isinstance(w, QRadioButton):
        return [w]
    group = w.group()
    if group is not None:
        return list(group.buttons())
    parent = w.parentWidget()
    if w.autoExclusive() and parent is not None:
        return [b for b in parent.findChildren(QRadioButton) if b.parentWidget() is parent and b.autoExclusive()]
    return [w]


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
    """Tab focus, no keyboard trap, every input reached by Tab from ``nav`` (or, in a dialog, from
    its first input) and a Tab order that goes down the page."""
    out = [
        f"{where(key, w)} cannot be reached with Tab ({w.focusPolicy()!r})"
        for w in inputs(page)
        if not any(m.focusPolicy() & Qt.FocusPolicy.TabFocus for m in radio_mates(w))
    ]
    reachable = [w for w in inputs(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    out += [f"{where(key, w)} keeps the Tab key: a keyboard trap" for w in reachable if keeps_tab(w)]
    if not reachable:
        return out
    # Forward Tab alone: a user who must Shift+Tab round the window to reach a button does not find it.
    # The buttons as the page shows them before the walk: one the walk itself enables (Remove selected,
    # once Tab into a table has made a row current) stands before that table, and is met on the next round.
    acting = actions(page)
    visited = tab_walk(nav or reachable[0])
    out += [
        f"{where(key, w)} is never reached by Tab from the {'navigation' if nav else 'first input'}"
        for w in reachable + acting
        if not any(m is v or m.isAncestorOf(v) for m in radio_mates(w) for v in visited)
    ]
    return out + order_problems(key, page, reachable, nav or page) + tab_bar_problems(key, page)


def tab_bar_problems(key: str, page: QWidget) -> list[str]:
    """From a tab bar the Tab key goes into the tab in front: a user who chose the tab with the arrow
    keys finds its fields next, not the Back button or the navigation list (in both session editors
    they were reached from the bar only with Shift+Tab)."""
    out: list[str] = []
    for tabs in page.findChildren(QTabWidget):
        front = tabs.currentWidget()
        bar = tabs.tabBar()
        if not tabs.isVisible() or tabs.window() is not page.window() or front is None:
            continue
        if not any(w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   for w in front.findChildren(QWidget)):
            continue  # nothing in the tab to go to
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        if QApplication.focusWidget() is not bar:
            continue  # a bar that takes no focus (the tab's letter or Ctrl+Tab choose it)
        QTest.keyClick(bar, Qt.Key.Key_Tab)
        settle()
        now = QApplication.focusWidget()
        if now is None or not front.isAncestorOf(now):
            went = where(key, now) if now is not None else "nothing"
            out.append(f"{where(key, tabs)}: Tab from its bar on {tabs.tabText(tabs.currentIndex())!r} "
                       f"goes to {went}, not into the tab")
    return out


def keeps_tab(w: QWidget) -> bool:
    """A table that moves between its cells with Tab (Qt's default for QTableView) never lets the
    Tab key out, nor does a text box that types a tab character."""
    if isinstance(w, QAbstractItemView):
        return w.tabKeyNavigation()
    if isinstance(w, QTextEdit | QPlainTextEdit):
        return not w.tabChangesFocus() and not w.isReadOnly()
    return False


def tab_walk(start: QWidget, presses: int = 300, *, backwards: bool = False) -> list[QWidget]:
    """``start`` and every widget the focus lands on while Tab (or Shift+Tab) is pressed from it, until it comes
    back to ``start`` or stays where it is (a trap, reported by keeps_tab). A date field takes a Tab
    per section (day, month, year) before it lets the focus go."""
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert QApplication.focusWidget() is start, f"{start!r} cannot take the focus"
    visited: list[QWidget] = [start]
    focus, stayed = start, 0
    for _ in range(presses):
        if backwards:
            QTest.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or (now is start and focus is not start):
            break  # round the whole chain
        stayed = stayed + 1 if now is focus else 0
        if stayed > MOST_SECTIONS:
            break  # trapped
        if now is not focus:
            visited.append(now)
        focus = now
    return visited


def tab_order(start: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in the order the Tab key visits them from ``start`` (the focus chain; a table keeps
    the Tab key for its cells, Ctrl+Tab leaves it, so the chain is what counts, not key presses)."""
    order: list[QWidget] = []
    w = start.nextInFocusChain()
    while w is not start and len(order) < len(widgets):
        if w in widgets and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
    return order


def order_problems(key: str, page: QWidget, widgets: list[QWidget], start: QWidget) -> list[str]:
    """Within a column the Tab key goes down the page: an input above another one, sharing some of
    its width, comes first (a search box before its table, a form's fields in their order)."""
    out: list[str] = []
    order = tab_order(start, widgets)
    # A page may open with the focus in its list (setFocusProxy): Tab starts there, wherever it is.
    order = [w for w in order if w is not page.focusProxy()]
    boxes = {id(w): w.rect().translated(w.mapTo(page, w.rect().topLeft())) for w in order}
    for i, later in enumerate(order):
        b = boxes[id(later)]
        for earlier in order[:i]:
            a = boxes[id(earlier)]
            if b.bottom() < a.top() and a.left() < b.right() and b.left() < a.right():
                out.append(f"{where(key, later)} is above {where(key, earlier)} but Tab reaches it after")
    return out


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


def check(key: str, page: QWidget, lang: str, nav: QWidget | None, problems: dict[str, list[str]],
          also: Callable[[str], None] | None = None) -> int:
    """Looks at ``page`` with each of its tabs in front; adds what is wrong to ``problems``. ``also(key)``
    looks at each of those views too (another check fed by the same walk)."""
    checked = 0
    for _ in each_tab(page):
        if also is not None:
            also(key)
        checked += len(inputs(page))
        for line in name_problems(key, page, lang) + focus_problems(key, page, nav):
            lines = problems.setdefault(key, [])
            if f"[{lang}] {line}" not in lines:
                lines.append(f"[{lang}] {line}")
    return checked


@pytest.mark.slow  # every page and both editors in three languages: CI runs it
def test_every_page_and_editor_names_its_inputs_and_has_distinct_mnemonics(
        ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    """One walk of every page (each tab in front) and both editors, in three languages, feeding two
    checks reported apart: every input named and reached by keyboard, and the window's Alt letters
    distinct and typeable (mnemonic_problems)."""
    screens = Screens(ctx, qtbot)
    nav: QWidget = screens.window.nav  # type: ignore[attr-defined]
    assert screens.pages
    problems: dict[str, list[str]] = {}
    mnemonics: dict[str, list[str]] = {}
    checked = seen = 0
    lang = LANGUAGES[0]

    def alt_letters(key: str) -> None:
        nonlocal seen
        seen += len(mnemonic_texts(screens.window))
        add_problems(lang, mnemonic_problems(key, screens.window, lang), mnemonics)

    for lang in LANGUAGES:
        switch(screens, qtbot, lang)
        for key in screens.pages:
            checked += check(key, screens.show(key), lang, nav, problems, also=alt_letters)
        # The window's own controls (navigation, status bar). Before the editors: walking the whole
        # window's focus chain after an editor was closed left PySide's wrapper of the File menu
        # dead (shiboken; the app never walks the chain), and the next retranslation failed.
        checked += check("main window", screens.window, lang, nav, problems)
        for kind, status, session_id in sessions_by_state(ctx):  # a draft's editor differs from a finalised one's
            editor = screens.window.open_session(session_id)  # type: ignore[attr-defined]
            settle()
            checked += check(f"{kind} editor ({status})", editor, lang, nav, problems, also=alt_letters)
            screens.close_editor()
    assert checked > 0, "no input found on any page: the walk is broken"
    assert seen > 0, "no mnemonic found on any page: the walk is broken"
    report = [f"{sum(map(len, found.values()))} {what} problems:\n" + "\n".join(
        line for lines in found.values() for line in lines)
        for what, found in (("name and keyboard", problems), ("mnemonic", mnemonics)) if found]
    assert not report, "\n\n".join(report)


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


def _other_windows(ctx: AppContext) -> dict[str, QWidget]:  # noqa: F811
    """Windows outside the i18n test's list: the coding window of a session with text, help, the
    survey import, a conflict to resolve, joining a team, changing the passphrase, the erasure
    report, About, and the unlock window."""
    from sqlalchemy import select

    from desktop.core import erasure_report
    from desktop.core.models import Session
    from desktop.sync.conflicts import ConflictView
    from desktop.ui.about import AboutDialog
    from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
    from desktop.ui.coding.workspace import CodingWorkspace
    from desktop.ui.help.dialog import HelpDialog
    from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
    from desktop.ui.sync.conflict_dialog import ConflictDialog
    from desktop.ui.sync.join_dialog import JoinTeamDialog
    from desktop.ui.unlock import UnlockWidget
    from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog

    with ctx.store.session() as s:
        session_id = s.execute(select(Session.id).where(Session.kind == "focus_group").limit(1)).scalar_one()
    conflict = ConflictView(id=1, entity="transcript_turn", row_id="x", field="text", version_a="a",
                            value_a="old words", version_b="b", value_b="new words", current="new words",
                            status="open", session_id=None)
    return {
        "coding": CodingWorkspace(ctx, session_id),
        "help": HelpDialog(),
        "survey_import": SurveyImportDialog(ctx),
        "conflict": ConflictDialog(conflict),
        "join_team": JoinTeamDialog(ctx),
        "change_passphrase": ChangePassphraseDialog(ctx, lambda _changed: None),
        "erasure_report": ErasureReportDialog(ctx, erasure_report.report(ctx.store)),
        "about": AboutDialog(),
        "unlock": UnlockWidget(lambda _passphrase: None, ctx.store.path),
    }


def test_the_other_windows_are_named_and_reachable_by_keyboard(
    ctx: AppContext, qtbot: QtBot  # noqa: F811
) -> None:
    problems: dict[str, list[str]] = {}
    checked = 0
    kept: list[QWidget] = []  # alive to the end, as the app keeps its windows (a dialog's busy note
    # outlived the Python side of a dialog dropped between two languages, and its filter failed)
    for lang in LANGUAGES:
        ctx.language.set_language(lang)
        qtbot.wait(10)  # LanguageChange is posted
        for name, window in _other_windows(ctx).items():
            kept.append(window)
            qtbot.addWidget(window)
            window.resize(1100, 750)
            window.show()
            settle()
            checked += check(name, window, lang, None, problems)
            window.close()
    assert checked > 0, "no input found: the walk is broken"
    summary = "\n".join(line for lines in problems.values() for line in lines)
    assert not problems, f"{sum(map(len, problems.values()))} problems:\n{summary}"


# --- Alt-key mnemonics ---------------------------------------------------------------------------

# The letters a mnemonic can be on in each language: the letter keys of the keyboard layout its users
# type with (Windows "Arabic (101)", unshifted and the hamza forms on Shift; "Central Kurdish"). A
# mnemonic on any other character (a Latin letter in an Arabic label, ي or ك in Kurdish, a diacritic)
# cannot be pressed with Alt without switching the layout.
ARABIC_KEYS = set("ضصثقفغعهخحجدشسيبلاتنمكطذئءؤرىةوزظ" "أإآ")
SORANI_KEYS = set("ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ" "ثذصضطظ")
LAYOUT_KEYS = {"ar": ARABIC_KEYS, "ckb": SORANI_KEYS}


def mnemonic_letter(text: str) -> str:
    """The character after the single ``&`` of ``text`` ("" if none); ``&&`` is a literal ampersand."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1] if 0 <= at < len(plain) - 1 else ""


def mnemonic_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """The texts whose ``&`` letter makes an Alt shortcut on the screen as it is now: buttons, labels
    with a buddy, every tab of a tab bar, group box titles, the menu bar's menus."""
    out: list[tuple[QWidget, str]] = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        button = isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar)
        if button or (isinstance(w, QLabel) and w.buddy() is not None):
            out.append((w, w.text()))  # type: ignore[attr-defined]
        elif isinstance(w, QTabBar):
            out += [(w, w.tabText(i)) for i in range(w.count()) if w.isTabVisible(i)]
        elif isinstance(w, QGroupBox):
            out.append((w, w.title()))
        elif isinstance(w, QMenuBar):  # Alt+F opens the File menu: a button on F would share it
            out += [(w, a.text()) for a in w.actions() if a.isVisible() and a.menu() is not None]
    return [(w, text) for w, text in out if QKeySequence.mnemonic(text).count()]


def mnemonic_problems(key: str, window: QWidget, lang: str) -> list[str]:
    """Two shortcuts on one Alt letter (Alt then cycles between them, or takes the first), or a
    letter the language's keyboard cannot type."""
    out: list[str] = []
    by_key: dict[str, list[str]] = {}
    for w, text in mnemonic_texts(window):
        shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        by_key.setdefault(QKeySequence.mnemonic(text).toString(), []).append(f"{shown!r} ({type(w).__name__})")
        letter = mnemonic_letter(text)
        if lang in LAYOUT_KEYS and letter not in LAYOUT_KEYS[lang]:
            out.append(f"{key}: {text!r} has its mnemonic on {letter!r}, not a key of the {lang} keyboard")
    for letter, owners in by_key.items():
        if len(owners) > 1:
            out.append(f"{key}: {letter} is the mnemonic of {len(owners)}: {', '.join(sorted(owners))}")
    return out + tab_mnemonic_gaps(key, window)


def tab_mnemonic_gaps(key: str, window: QWidget) -> list[str]:
    """A tab bar whose tabs have Alt letters but one or more tabs that have none: the keyboard reaches
    those only by Ctrl+Tab through the others (the roundtable editor's Decisions and Action items)."""
    out: list[str] = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible() or bar.window() is not window:
            continue
        texts = [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
        bare = [text for text in texts if not QKeySequence.mnemonic(text).count()]
        if bare and len(bare) < len(texts):
            out.append(f"{key}: tabs without an Alt letter beside tabs with one: {', '.join(map(repr, bare))}")
    return out


def add_problems(lang: str, lines: list[str], problems: dict[str, list[str]]) -> None:
    for line in lines:
        key = line.split(":", 1)[0]
        entry = f"[{lang}] {line}"
        if entry not in problems.setdefault(key, []):
            problems[key].append(entry)


def sessions_by_state(ctx: AppContext) -> list[tuple[str, str, str]]:  # noqa: F811
    """One session of each kind in each status of the demo data: a draft's editor shows Finalise, a
    finalised one's Unlock, and both editors of both kinds must be there."""
    from sqlalchemy import select

    from desktop.core.models import Session

    with ctx.store.session() as s:
        rows = s.execute(select(Session.kind, Session.status, Session.id).order_by(Session.id)).all()
    first: dict[tuple[str, str], str] = {}
    for kind, status, session_id in rows:
        if kind in ("roundtable", "focus_group"):
            first.setdefault((kind, status), session_id)
    assert {kind for kind, _ in first} == {"roundtable", "focus_group"}, "the demo data lacks a session kind"
    return [(kind, status, session_id) for (kind, status), session_id in sorted(first.items())]


def test_mnemonics_are_distinct_and_typeable_in_every_dialog(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path  # noqa: F811
) -> None:
    problems: dict[str, list[str]] = {}
    kept: list[QWidget] = []
    seen = 0
    for lang in LANGUAGES:
        ctx.language.set_language(lang)
        qtbot.wait(10)  # LanguageChange is posted
        windows = {**_dialogs(ctx, tmp_path), **_other_windows(ctx)}
        kept.extend(windows.values())  # alive to the end (test_the_other_windows_are_named_and_reachable_by_keyboard)
        for name, window in windows.items():
            qtbot.addWidget(window)
            window.resize(1100, 750)
            window.show()
            settle()
            for _ in each_tab(window):
                seen += len(mnemonic_texts(window))
                add_problems(lang, mnemonic_problems(name, window, lang), problems)
            window.close()
    assert seen > 0, "no mnemonic found in any dialog: the walk is broken"
    summary = "\n".join(line for lines in problems.values() for line in lines)
    assert not problems, f"{sum(map(len, problems.values()))} problems:\n{summary}"


def menu_problems(menu: QMenu, lang: str) -> list[str]:
    """Within one open menu a letter pressed alone picks the item: two on one letter, or one the
    keyboard cannot type, and the letter does not pick it."""
    out: list[str] = []
    by_key: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            out += menu_problems(submenu, lang)
        if not QKeySequence.mnemonic(text).count():
            continue
        by_key.setdefault(QKeySequence.mnemonic(text).toString(), []).append(repr(text.replace("&", "")))
        letter = mnemonic_letter(text)
        if lang in LAYOUT_KEYS and letter not in LAYOUT_KEYS[lang]:
            out.append(f"menu {menu.title()!r}: {text!r} has its mnemonic on {letter!r}, not a key of the {lang} keyboard")
    out += [
        f"menu {menu.title()!r}: {letter} is the mnemonic of {', '.join(sorted(owners))}"
        for letter, owners in by_key.items()
        if len(owners) > 1
    ]
    return out


def test_menu_items_have_distinct_typeable_mnemonics(ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    screens = Screens(ctx, qtbot)
    bar = screens.window.findChild(QMenuBar)
    assert bar is not None, "the main window has no menu bar"
    problems: list[str] = []
    menus = 0
    for lang in LANGUAGES:
        switch(screens, qtbot, lang)
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                menus += sum(1 for a in menu.actions() if QKeySequence.mnemonic(a.text()).count())
                problems += [f"[{lang}] {line}" for line in menu_problems(menu, lang)]
    assert menus > 0, "no menu item with a mnemonic found: the walk is broken"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
