"""The main window: the navigation and its pages (desktop/ui/page_stack.py), session editors in the
central area, menus, status bar, lock."""

from __future__ import annotations

import logging
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.core.sessions import SessionNotFound
from desktop.ui import pending_purge, retention_offer, window_exports, window_lock
from desktop.ui.context import AppContext
from desktop.ui.help import topics as help_topics
from desktop.ui.help.dialog import show_help
from desktop.ui.idle_lock import IdleLock
from desktop.ui.page_base import Page
from desktop.ui.page_stack import PageStack, settle_heap
from desktop.ui.sessions.editor_factory import EditorMissing, create_editor
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets import live_status
from desktop.ui.widgets.asked_once import show_once
from desktop.ui.widgets.focus_returns import FocusReturns
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.scroll_frame import scroll_area
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from desktop.ui.widgets.while_alive import while_alive
from desktop.ui.window_menus import WindowMenus, page_shortcuts
from desktop.ui.window_status import WindowStatus

FILE_CHECK_MS = 5000  # how often an open window makes sure its database file is still the same

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, idle_ms: int | None = None, file_check_ms: int = FILE_CHECK_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store_lost = False
        # The open session's text when its file was lost with typing not yet saved (shown by the passphrase),
        # and why the file is lost (said on a dialog's cover too): desktop/ui/window_lock.py.
        self.lost_text = self.lost_reason = ""
        self.setObjectName("main_window")
        fit_resize(self, 1180, 760)
        self.editor: SessionEditorBase | None = None
        self.hidden_by_lock: list[QWidget] = []  # other windows, out of sight while locked
        self.focus_before_lock: QWidget | None = None  # where the typing was: it goes on there after unlocking

        self.page_stack = PageStack(ctx, self, leave_editor=self.close_editor, page_built=self._page_built)
        self.nav, self.stack, self.pages = self.page_stack.nav, self.page_stack.stack, self.page_stack.pages
        content = QWidget(self)
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)

        # Locking swaps the whole content for the unlock screen (``lock_screen``); the editors stay in
        # memory, saved.
        self._lock_screen: UnlockWidget | None = None
        self.root = QStackedWidget(self)
        self.root.addWidget(content)
        self.setCentralWidget(self.root)
        # A button greyed while its work ran (an import, an export, Show segments) gets the keyboard back
        # on every page and editor: Qt had handed it on down the Tab chain, where it stayed.
        FocusReturns(self.root)

        self.status_items = status = WindowStatus(ctx, self)
        self.device_label, self.team_label = status.device_label, status.team_label
        self.unsent_label, self.demo_label = status.unsent_label, status.demo_label
        self._status_reader, self._status_read, self._render_status = status.reader, status.read, status.render
        # The worker opens the pool's connections first, so a read on the UI thread never has to
        # derive a key (a second or so on a busy laptop) while the worker holds the only one.
        ctx.tasks.run(lambda _token, _progress: ctx.store.warm_pool(),
                      on_error=lambda _exc: log.warning("opening the connection pool failed"))

        self.menus = menus = WindowMenus(self, self, demo=ctx.demo)
        self.file_menu, self.view_menu, self.help_menu = menus.file_menu, menus.view_menu, menus.help_menu
        self.language_menu, self.language_actions = menus.language_menu, menus.language_actions
        self.lock_action, self.quit_action = menus.lock_action, menus.quit_action
        self.export_xlsx_action, self.export_qdpx_action = menus.export_xlsx_action, menus.export_qdpx_action
        self.help_contents_action, self.help_page_action = menus.help_contents_action, menus.help_page_action
        self.about_action = menus.about_action
        self._check_language()
        self.nav_actions = page_shortcuts(self, self.nav, self)
        ctx.events.changed.connect(self._on_data_changed)
        ctx.events.openCoding.connect(self._open_coding)
        ctx.events.openCode.connect(self._open_code)
        while_alive(ctx.language.digitsChanged, self, self._render_status)
        self.idle = IdleLock.from_settings(self) if idle_ms is None else IdleLock(idle_ms, self)
        self.idle.idle.connect(self._on_idle)
        # A passphrase change is never locked in its middle (the lock screen would take the old
        # passphrase until its last page, the new one after): the lock waits, and comes at its end.
        self.new_key_note = False
        ctx.events.keyChangeStarted.connect(self.idle.hold)
        ctx.events.keyChangeEnded.connect(self._key_change_ended)
        # One writer: if another program replaces or rekeys the file, lock rather than write into it.
        self.file_check = QTimer(self)
        self.file_check.setInterval(file_check_ms)
        self.file_check.timeout.connect(self.check_store_file)
        self.file_check.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        ctx.tasks.failure_hook = self._on_task_failure
        self.retranslate()
        self.refresh_status()
        if ctx.store.rollback is not None:  # found and healed when the store was opened
            live_status.show(self, lambda: self.tr(
                "This database is an older copy of what this laptop had already sent. A new numbering has "
                "started, so the centre accepts the new work."), 60000)
        if self.nav.count():
            self.page(self.nav.item(0).data(Qt.ItemDataRole.UserRole))  # the first page is on screen at once
            self.nav.setCurrentRow(0)
        retention_offer.check(ctx, self)  # the end of a study is offered when it is due
        pending_purge.finish_at_start(ctx, self)  # erased words a full disk left in the file
        QTimer.singleShot(0, settle_heap)  # once the window is up: what start-up made lives on

    @property
    def lock_screen(self) -> UnlockWidget:
        """The unlock screen shown while the window is locked, made when first wanted (the first lock):
        most windows are never locked, and making it with the window was a fifth of the window's build.
        It is made in its frame (never moved there: page_stack._frame says why), the root's second page."""
        if self._lock_screen is None:
            frame = scroll_area(self.root, name="lock_frame")  # never holds the window taller
            self._lock_screen = window_lock.unlock_screen(self, frame.viewport())
            frame.setWidget(self._lock_screen)
            self.root.addWidget(frame)
        return self._lock_screen

    # --- help ---------------------------------------------------------------------------------------
    def help_topic(self) -> str:
        """The help topic for what is on screen: the open session editor, else the current page."""
        if self.editor is not None:
            return help_topics.EDITOR_TOPIC
        page = self.current_page()
        coordinator = getattr(page, "is_coordinator_view", None)
        return help_topics.topic_for_page(getattr(page, "key", ""), bool(coordinator and coordinator()))

    def show_help(self, topic: str) -> QWidget:
        return show_help(self, topic)

    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        show_once(AboutDialog(self))

    # --- language -------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.ctx.language.set_language(code)
        self._check_language()

    def _check_language(self) -> None:
        action = self.language_actions.get(self.ctx.language.language)
        if action is not None:
            action.setChecked(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Majlis"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.export_xlsx_action.setText(self.tr("&Export to Excel…"))
        self.export_qdpx_action.setText(self.tr("Export REFI-QDA &project…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_contents_action.setText(self.tr("Help &contents"))
        self.help_page_action.setText(self.tr("Help for &this page"))
        self.about_action.setText(self.tr("&About Majlis…"))
        self.nav.setAccessibleName(self.tr("Navigation"))
        titles = self.navigation_titles()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(titles.get(key) or self.page(key).title())
        self.page_stack.fit_navigation()
        self._render_status()

    def navigation_titles(self) -> dict[str, str]:
        return {
            "sessions": self.tr("Sessions"),
            "participants": self.tr("Participants"),
            "organisations": self.tr("Organisations"),
            "codebook": self.tr("Codebook"),
            "consent": self.tr("Consent"),
            "sync": self.tr("Sync"),
            "reports": self.tr("Reports"),
            "recommendations": self.tr("Recommendations"),
            "settings": self.tr("Settings"),
        }

    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use."""
        return self.page_stack.page(key)

    def build_all_pages(self) -> dict[str, Page]:
        """Every page, built now with all its parts (tests and screenshots walk them all)."""
        return self.page_stack.build_all_pages()

    def _page_built(self, page: Page) -> None:
        if hasattr(page, "openSession"):
            page.openSession.connect(self._open_session_soon)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._check_language()
        elif event.type() == QEvent.Type.FontChange:  # Settings → Font size, or the system's text size
            self.page_stack.fit_navigation()  # else the titles stay cut to the old font's width
        super().changeEvent(event)

    # --- navigation -----------------------------------------------------------------------------
    def go_to_row(self, row: int) -> None:
        if self.root.currentIndex() != 0 or not 0 <= row < self.nav.count():
            return
        if not self.close_editor():
            return
        self.nav.setCurrentRow(row)
        self.current_page().setFocus()

    def go_to(self, key: str) -> None:
        """Show the page ``key`` now, built if need be (code that goes on to use the page calls this)."""
        keys = self.page_stack.keys()
        if key in keys and self.root.currentIndex() == 0:
            self.page(key)
            self.go_to_row(keys.index(key))

    def current_page(self) -> QWidget:
        return self.page_stack.current_page()

    # --- session editors ------------------------------------------------------------------------
    def open_session(self, session_id: str) -> SessionEditorBase | None:
        """Open the editor of a session now: built and shown in this event-loop turn."""
        editor = self._make_editor(session_id)
        if editor is not None:
            self._show_editor(editor)
        return editor

    def _open_session_soon(self, session_id: str) -> None:
        """From the sessions list: the editor is built in this event-loop turn and shown (styled, laid
        out) in the next, so the two never add up to one stall."""
        editor = self._make_editor(session_id)
        if editor is not None:
            QTimer.singleShot(0, lambda: self._show_editor(editor))

    def _make_editor(self, session_id: str) -> SessionEditorBase | None:
        # The editors' modules are imported with this module (on the thread that imports it while the
        # passphrase is typed), not here on the UI thread at the first "New focus group" (0.3 s).
        place = self.page_stack.editor_place()  # made where it is shown (page_stack._frame says why)
        try:
            try:
                return create_editor(self.ctx, session_id, place)
            except BaseException:
                self.page_stack.discard_editor(place)  # its frame, never shown, goes too
                raise
        except EditorMissing:
            live_status.show(self, lambda: self.tr("This kind of session cannot be opened in this version yet."), 8000)
            return None
        except SessionNotFound:
            # Deleted since the list was read (an import, a team update): the editor raised from its
            # constructor, the click opened nothing and said nothing (a crash.log entry only).
            live_status.show(self, lambda: self.tr("This session is no longer in the database."), 8000)
            sessions_page = self.page_stack.pages.get("sessions")
            if sessions_page is not None:
                sessions_page.refresh()
            return None

    def _show_editor(self, editor: SessionEditorBase) -> None:
        if not shiboken6.isValid(editor):  # the window went away between the two turns
            return
        if not self.close_editor():
            editor.disconnect_app()
            self.page_stack.discard_editor(editor)
            return
        editor.closed.connect(lambda: self.close_editor(asked=True))
        self.editor = editor
        self.page_stack.show_editor(editor)
        editor.focus_start()

    def close_editor(self, *, asked: bool = False) -> bool:
        """Close the open editor, its text saved first; False when a save failed and the person chose
        to keep the editor (``asked``: the editor itself has just saved, or asked, and may go)."""
        editor = self.editor
        if editor is None:
            return True
        if not asked and not editor.may_close():
            return False
        self.editor = None
        editor.disconnect_app()
        target = self.page_stack.drop_editor()
        editor.deleteLater()
        if target is not None:
            target.back_from_editor(editor.session_id)
            target.setFocus()
        return True

    def _open_coding(self, session_id: str, segment_id: str) -> None:
        from desktop.ui.coding.window import open_coding_window

        open_coding_window(self.ctx, session_id, segment_id or None)

    def _open_code(self, code_id: str) -> None:
        from desktop.ui.coding.codebook_page import CodebookPage

        self.go_to("codebook")
        if isinstance(page := self.page("codebook"), CodebookPage):
            page.select_when_loaded(code_id)

    # --- exports (desktop/ui/window_exports.py) ---------------------------------------------------
    def export_xlsx(self, path: str | None = None) -> None:
        """Write the Excel workbook on the worker thread; the interface stays usable meanwhile."""
        window_exports.export_xlsx(self, path)

    def export_qdpx(self, path: str | None = None) -> None:
        """Write the REFI-QDA project (.qdpx) on the worker thread, like the Excel export."""
        window_exports.export_qdpx(self, path)

    # --- lock (desktop/ui/window_lock.py) --------------------------------------------------------
    def check_store_file(self) -> None:
        """Lock for good if the database file was replaced; a rekey shows in a read on the worker."""
        window_lock.check_store_file(self)

    def lock_for_good(self, exc: BaseException) -> None:
        """The file under this window is not the one it opened: show why, write nothing more."""
        window_lock.lock_for_good(self, exc)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_store_file()

    def _on_task_failure(self, exc: BaseException) -> None:
        window_lock.on_task_failure(self, exc)

    def _key_change_ended(self, changed: bool) -> None:
        window_lock.key_change_ended(self, changed)

    def _on_idle(self) -> None:
        # The demo's key is random and asked of nobody: a lock screen would shut the person out of
        # it for good. A replaced file still locks it (store_lost), through lock() directly.
        if not self.ctx.demo:
            self.lock()

    def is_locked(self) -> bool:
        return self.root.currentIndex() == 1

    def lock(self) -> None:
        window_lock.lock(self)

    def unlock(self) -> None:
        window_lock.unlock(self)

    # --- status bar -----------------------------------------------------------------------------
    def _on_data_changed(self, _tables: object) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        """Read on the DB worker: after an import the counts took half a second on the UI thread."""
        self._status_reader.request()

    def _pages_may_close(self, *, wait: bool) -> bool:
        """Every page built is asked (``Page.may_close``): a save of its own that was refused out of sight,
        or left to land with no window, was told to nobody. A page with something to ask is shown first."""
        for key, page in list(self.page_stack.pages.items()):
            if not page.may_close(partial(self._show_for_close, key), wait=wait):
                return False
        return True

    def _show_for_close(self, key: str) -> None:
        if self.editor is not None:
            self.close_editor(asked=True)  # it has been asked, and saved or let go, already
        self.go_to(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and not self.store_lost and not self.editor.may_close():
            event.ignore()  # the last changes are not saved (a full disk, a lock): kept on screen
            return
        if not self.store_lost and not self.page_stack.may_leave_page():
            event.ignore()  # typing on the page on screen not saved, kept (Cancel, or its save refused)
            return
        if not self.store_lost and not self._pages_may_close(wait=False):
            event.ignore()  # a save refused out of sight (the Organisations page's), its typing kept
            return
        sync = self.page_stack.pages.get("sync")
        stop_import = getattr(sync, "stop_import_for_close", None)
        close_cancelled = getattr(sync, "close_cancelled", None)
        stopped = stop_import is not None and not self.store_lost and stop_import()
        if stopped:
            # An import of two hundred bundles went on with no window (or was ended mid-file at
            # exit): it stops after the file being read, and the next start says how far it got.
            self.ctx.tasks.drain(120_000)
        if not self.store_lost and not self._pages_may_close(wait=True):
            event.ignore()  # a save still on its way at the close came back refused: said, its typing kept
            if stopped and close_cancelled is not None:  # the window stays: the page says the import
                close_cancelled()  # stopped and how to go on, not the next start
            return
        # The coding windows opened from this one go with it (Quit, the ×): left, they showed the
        # participants' words with Majlis still running and no idle lock to hide them. Closed as the
        # program closes them: a memo typed and not saved is saved, nothing is asked.
        for other in QApplication.topLevelWidgets():
            if other is not self and getattr(other, "ctx", None) is self.ctx:
                other.close()
        self.file_check.stop()
        self.idle.uninstall()
        super().closeEvent(event)
