"""The main window's menus (File, View with its languages, Help) and its Ctrl+1…9 page shortcuts,
built here; what they do and their words stay with the window (main_window.py)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow

from desktop.i18n.languages import LANGUAGES
from desktop.ui.help import topics as help_topics
from desktop.ui.help.dialog import HELP_KEY
from desktop.ui.widgets.menu_room import keep_room


class Window(Protocol):
    """What the menus call on the window."""

    def lock(self) -> None: ...
    def close(self) -> bool: ...
    def export_xlsx(self, path: str | None = None) -> None: ...
    def export_qdpx(self, path: str | None = None) -> None: ...
    def set_language(self, code: str) -> None: ...
    def show_help(self, topic: str) -> object: ...
    def help_topic(self) -> str: ...
    def show_about(self) -> None: ...
    def go_to_row(self, row: int) -> None: ...


class WindowMenus:
    def __init__(self, window: QMainWindow, does: Window, *, demo: bool) -> None:
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(does.lock)
        self.lock_action.setVisible(not demo)  # no passphrase to unlock a demo with (see MainWindow._on_idle)
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.triggered.connect(does.close)
        self.export_xlsx_action = QAction(window)
        self.export_xlsx_action.triggered.connect(lambda: does.export_xlsx())
        self.file_menu.addAction(self.export_xlsx_action)
        self.export_qdpx_action = QAction(window)
        self.export_qdpx_action.triggered.connect(lambda: does.export_qdpx())
        self.file_menu.addAction(self.export_qdpx_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            # Each language is named in its own script so a user lost in a foreign UI finds theirs.
            action = QAction(lang.native_name, window)
            action.setCheckable(True)
            action.setData(lang.code)
            action.triggered.connect(lambda _c=False, code=lang.code: does.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang.code] = action
        self.help_menu = bar.addMenu("")
        self.help_contents_action = QAction(window)
        self.help_contents_action.triggered.connect(lambda: does.show_help(help_topics.INDEX))
        self.help_page_action = QAction(window)
        self.help_page_action.setShortcut(QKeySequence(HELP_KEY))
        self.help_page_action.triggered.connect(lambda: does.show_help(does.help_topic()))
        self.help_menu.addAction(self.help_contents_action)
        self.help_menu.addAction(self.help_page_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(window)
        self.about_action.triggered.connect(does.show_about)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.help_menu):
            keep_room(menu)  # the words whole at 20 points (Fusion cut them in the middle)


def page_shortcuts(window: QMainWindow, nav: QListWidget, does: Window) -> list[QAction]:
    """Ctrl+1…9: the first nine pages of the navigation."""
    actions: list[QAction] = []
    for i in range(min(nav.count(), 9)):
        action = QAction(window)
        action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _c=False, row=i: does.go_to_row(row))
        window.addAction(action)
        actions.append(action)
    return actions
