"""What the smoke test checks in a started app: the pages are there and the window is translated.

``Majlis --smoke-test --page P --lang L`` opens the main window on a demo database, shows page P
(``--page all``: every page in turn, in one start), walks every *visible* widget and action and
prints a JSON report on stdout (or into ``--report FILE``). It fails (exit 1) when
a page is missing or, in Arabic and Kurdish, when Latin words are left that the allow-list below
does not explain. The frozen checks (tests/packaging/test_packaging.py, the CI workflow) read that report, so
a build without its pages or its .qm files cannot pass by writing a screenshot.

The allow-list follows tests/i18n_allowlist.py (product and format names, keys printed on
keyboards, codes that are data); it lives here because the frozen app cannot import the tests.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Product, key and format names that may stay in Latin letters on an Arabic or Kurdish screen; the
# tests' stricter screen checks (tests/i18n_allowlist.py) start from the same list.
KEY_AND_FORMAT_WORDS = frozenset({
    "Majlis", "English",  # the product; the language picker names each language in its own script
    "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Delete", "Backspace",  # keys as printed on keyboards
    "age", "PDF", "USB", "Excel", "REFI", "QDA", "xlsx", "qdpx", "csv", "zip",
    "XLSForm", "XLSX", "CSV",  # the survey form format (KoboToolbox, ODK) and its files
})
# The About and diagnostics texts also name the libraries; "demo" is the demo database's coder.
ALLOWED_WORDS = KEY_AND_FORMAT_WORDS | {"SQLCipher", "Qt", "Python", "demo"}
# Qt never retranslates the accessible names of a tab bar's scroll buttons (QTabBarPrivate::init).
QT_STALE = frozenset({"Scroll Left", "Scroll Right"})
DATA_PATTERNS = (
    re.compile(r"\b[A-Z]{2,4}(?:-[A-Z]{0,3}\d+)+\b"),  # pseudonym and session codes: BSR-FG03-P04
    re.compile(r"\*\.[\w-]+"),  # file patterns: *.majlis
    re.compile(r"(?<![\w.])\.[a-z]{2,12}(?:-team)?\b"),  # an extension named alone: .majlis
    re.compile(r"\b[\w.-]+\.(?:majlis|majlis-team|xlsx|qdpx|pdf|zip|key|db|csv|png)\b"),  # file names
    re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),  # a device id (UUID)
    re.compile(r"\b[0-9a-f]{8,}\b"),  # ids, fingerprints
    PUBLIC_KEY := re.compile(r"(?<![\w+/])[A-Za-z0-9+/]{43}=(?![\w+/=])"),  # a device's public key (base64)
    re.compile(r"\bCaps Lock\b"),
    re.compile(r"\bmajlis-cli\b"),  # the command line's name, as it is typed
)
# Paths (the database, the data and backups folders), taken out first, whole: a file name inside one
# ("demo.db" in "demo.db.backups") would otherwise cut it and leave a piece ("backups") behind.
PATH = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s]*")
DEMO_DEVICE = "demo laptop"
_WORD = re.compile(r"[A-Za-z]{3,}")


def demo_data_texts() -> frozenset[str]:
    """Texts of the demo database that are data, not interface: its English consent form, the
    form's key and the demo device's English name (desktop.ui.demo_store.demo_device_name)."""
    from desktop.core.demo_text import CONSENT_FORM

    title, body, meaning, clauses = CONSENT_FORM["en"]
    return frozenset({title, body, meaning, *clauses.values(), "session-consent", DEMO_DEVICE})


def english_words(text: str, data: frozenset[str] = frozenset()) -> list[str]:
    """Latin words of three or more letters in ``text`` that nothing above explains."""
    if text in QT_STALE:
        return []
    # A public key first: its "/" read as the start of a path left half of it as words.
    cleaned = PATH.sub(" ", PUBLIC_KEY.sub(" ", re.sub(r"<[^>]+>", " ", text).replace("&", "")))
    for value in sorted(data, key=len, reverse=True):
        cleaned = cleaned.replace(value, " ")
    for pattern in DATA_PATTERNS:
        cleaned = pattern.sub(" ", cleaned)
    return [w for w in _WORD.findall(cleaned) if w not in ALLOWED_WORDS]


def _action_texts(action: QAction, where: str, out: list[tuple[str, str]]) -> None:
    if action.isSeparator() or not action.isVisible():
        return
    out.append((f"{where} action", action.text()))
    out.append((f"{where} action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                else ""))
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.append((f"{where} menu", menu.title()))
        for sub in menu.actions():
            _action_texts(sub, f"{where}/{menu.title()}", out)


def _view_texts(view: QAbstractItemView, where: str, out: list[tuple[str, str]]) -> None:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    try:
        columns = int(model.columnCount(top))
    except TypeError:  # QListWidget's private list model: one column, and Python may not ask
        columns = 1
    for section in range(columns):
        out.append((f"{where} header {section}",
                    str(model.headerData(section, Qt.Orientation.Horizontal) or "")))
    # The first rows are enough: the rest are the same columns, and a demo database is data.
    for row in range(min(model.rowCount(top), 3)):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                out.append((f"{where} cell {row},{column}", value))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string a user can see under ``root``: texts, titles, tooltips,
    accessible names, placeholders, combo items, tab titles, menus and item views."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName() or '?'}"
        if w.isWindow():
            out.append((f"{where} title", w.windowTitle()))
        out.append((f"{where} tooltip", w.toolTip()))
        out.append((f"{where} accessible name", w.accessibleName()))
        if isinstance(w, QLabel | QAbstractButton):
            out.append((where, w.text()))
        if isinstance(w, QGroupBox):
            out.append((where, w.title()))
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            out.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            out.extend((f"{where} item {i}", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            out.extend((f"{where} tab {i}", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            _view_texts(w, where, out)
        if not isinstance(w, QMenu):
            for action in w.actions():
                _action_texts(action, where, out)
    return [(where, text) for where, text in out if text]


def page_report(window: Any, lang: str) -> dict[str, Any]:
    """What the window holds with its current page shown."""
    texts = visible_texts(window)
    data = demo_data_texts()
    untranslated = [] if lang == "en" else [
        f"{where}: {text!r}" for where, text in texts if english_words(text, data)
    ]
    return {
        "current_page": getattr(window.current_page(), "key", None),
        "texts": sorted({text for _where, text in texts}),
        "untranslated": sorted(set(untranslated)),
    }


def help_report(window: Any, lang: str) -> dict[str, Any]:
    """F1 on the page shown: which topic opened, and whether the help files and their pictures are
    where the app (frozen or not) looks for them, and readable, and in the interface's language."""
    from PySide6.QtGui import QImage

    from desktop.ui.help import topics

    problems = topics.missing_files(lang)
    shown = 0
    for topic in topics.TOPICS:
        for picture in topics.pictures(topic, lang) if not problems else []:
            if QImage(str(picture)).isNull():
                problems.append(f"{lang}/{picture.name} does not load")
            shown += 1
    dialog = window.show_help(window.help_topic())
    text = dialog.current_text()
    dialog.close()
    return {
        "topic": dialog.topic,
        "folder": str(topics.help_dir(lang)),
        "pictures": shown,
        "characters": len(text),
        "problems": problems,
        "untranslated": [] if lang == "en" else sorted(set(english_words(text))),
    }


def report(window: Any, lang: str, checked: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The whole report: the window's navigation and, per page shown, what it held."""
    nav = window.nav
    keys = [nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(nav.count())]
    return {
        "lang": lang,
        "pages": keys,
        "navigation": {key: nav.item(row).text() for row, key in enumerate(keys)},
        "window_title": window.windowTitle(),
        "right_to_left": window.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "checked": checked,
        "untranslated": sorted({line for page in checked.values() for line in page["untranslated"]}),
    }
