"""``majlis``: the desktop entry point.

Start-up order matters (budget: unlock window within 1.3x of a bare PySide6 window): only Qt, the
fonts and the translators are loaded before the unlock window shows; SQLAlchemy, SQLCipher and the
pages are imported on a background thread while the user types the passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

from desktop.ui.demo_store import create_demo_store


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="majlis", description="Majlis: record roundtables and focus groups.")
    p.add_argument("--demo", action="store_true", help="open a throwaway demo database (no passphrase)")
    p.add_argument("--lang", choices=("ar", "ckb", "en"), help="interface language")
    p.add_argument("--db", type=Path, help="database file to unlock")
    p.add_argument("--smoke-test", action="store_true", help="open the main window on a demo database and exit")
    p.add_argument("--screenshot", type=Path, help="with --smoke-test: save the main window as PNG")
    p.add_argument("bundle", nargs="?", type=Path,
                   help="a .majlis bundle to import (a double-click on the file): opens Sync → import with it")
    p.add_argument("--page", help="with --smoke-test: the page to show (sessions, codebook, consent...) or all")
    p.add_argument("--report", type=Path,
                   help="with --smoke-test: write the JSON report here (a windowed .exe has no stdout)")
    return p.parse_args(argv)


def _prepare_environment(args: argparse.Namespace) -> None:
    # A smoke test on a machine without a display (CI) renders offscreen rather than failing.
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if args.smoke_test and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Fractional scaling (125 %, 150 %) as the user set it, not rounded to whole numbers.
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")


def _preload_heavy_stack(lang: str | None = None) -> threading.Thread:
    def work() -> None:
        # Plain imports, so that PyInstaller sees them; a real failure shows again on the main thread.
        with contextlib.suppress(Exception):
            import datetime

            import desktop.core.db
            import desktop.ui.main_window
            import desktop.ui.sessions.page  # noqa: F401
            from desktop.i18n import formatting

            if lang:  # Babel reads a language's data on its first number; the status bar shows one
                formatting.format_number(0, lang, "latn")
                formatting.format_number(0, lang, "arab")  # each numbering system's data on its first use
                # and loads its dates module on the first date: the sessions list shows dates
                formatting.format_date(datetime.date(2000, 1, 1), lang, "latn")

    thread = threading.Thread(target=work, name="preload", daemon=True)
    thread.start()
    return thread


def make_context(store: Any, language: Any, *, demo: bool = False) -> Any:
    from desktop.ui.context import PERSON_NAME_STATE, AppContext
    from desktop.ui.tasks import TaskRunner

    # The person at the keyboard (coder, the actor in the audit trail), not the laptop's name.
    person = store.get_state(PERSON_NAME_STATE, "")
    return AppContext(store=store, language=language, tasks=TaskRunner(), demo=demo, user_name=person,
                      show_unlock=show_unlock)


def open_main_window(store: Any, language: Any, *, demo: bool = False, bundle: Path | None = None) -> Any:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(make_context(store, language, demo=demo))
    window.show()
    if bundle is not None:
        open_import(window, bundle)
    return window


def open_import(window: Any, bundle: Path) -> None:
    """The import step with ``bundle`` (the installer's .majlis file association): the Sync page,
    importing it; the page asks for the team key if none is chosen and reports the outcome."""
    window.go_to("sync")
    window.page("sync").import_paths([bundle])


def _no_page(name: str) -> None:
    if sys.stderr is not None:  # a windowed .exe has none
        print(f"majlis: no page named {name!r}", file=sys.stderr)


def run_smoke_test(language: Any, screenshot: Path | None, page: str | None = None,
                   report_path: Path | None = None) -> int:
    """Open the main window on a demo database, show ``page`` (``all``: each page in turn) and
    report what the window holds (desktop.ui.smoke): exit 1 when a page is missing or Arabic or
    Kurdish text is left in English."""
    import json

    from PySide6.QtWidgets import QApplication

    from desktop.ui import registry, smoke

    app = QApplication.instance()
    assert app is not None
    wanted = registry.page_keys() if page == "all" else [page] if page else []
    # A usage error (one line, no traceback) said before the demo database is made: that takes seconds.
    unknown = [name for name in wanted if name not in registry.page_keys()]
    if unknown:
        _no_page(unknown[0])
        return 1
    window = open_main_window(create_demo_store(), language, demo=True)
    unknown = [name for name in wanted if name not in window.navigation_titles()]
    if unknown:  # a page of the registry this window does not show
        _no_page(unknown[0])
        window.ctx.tasks.wait(10_000)  # the status bar's count runs on a worker: let it finish first
        window.close()
        window.ctx.store.close()
        return 1
    problems: list[str] = []
    checked: dict[str, dict[str, Any]] = {}
    targets: list[str | None] = [*wanted] or [None]
    for key in targets:
        if key is not None:
            window.go_to(key)
        for _ in range(3):  # the parts a page builds in the turns after it is shown (widgets.lazy_panel)
            app.processEvents()
        # Pages read on the DB worker: report and grab what the user sees once the rows are in.
        window.ctx.tasks.drain(30_000)
        for _ in range(20):  # let layouts, posted LanguageChange events and first paints settle
            app.processEvents()
        shown = smoke.page_report(window, language.language)
        checked[shown["current_page"]] = shown
        if key is not None and shown["current_page"] != key:
            problems.append(f"page {key!r} was asked for, {shown['current_page']!r} is shown")
    result = smoke.report(window, language.language, checked)
    problems += result["untranslated"]
    result["help"] = smoke.help_report(window, language.language)
    problems += [f"help: {line}" for line in result["help"]["problems"] + result["help"]["untranslated"]]
    missing = [key for key in registry.page_keys() if key not in result["pages"]]
    if missing:
        problems.append(f"pages missing from the window: {', '.join(missing)}")
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if report_path is not None:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(text, encoding="utf-8")
    elif sys.stdout is not None:
        print(text)
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot), "PNG"):
            raise RuntimeError(f"could not write the screenshot to {screenshot}")
    window.close()
    window.ctx.store.close()
    if problems and sys.stderr is not None:
        print("majlis: smoke test failed:\n  " + "\n  ".join(problems), file=sys.stderr)
    return 1 if problems else 0


def _remember(db: Path) -> None:
    from desktop.ui.settings_store import LAST_DB, SettingsStore

    SettingsStore().set(LAST_DB, str(db))


def _last_db() -> Path | None:
    from desktop.ui.settings_store import LAST_DB, SettingsStore

    value = SettingsStore().get(LAST_DB)
    return Path(value) if value else None


def database_to_open(given: Path | None, last: Path | None, default: Path) -> tuple[Path | None, Path | None]:
    """The database the unlock window is for (None: the first-run wizard), and the database opened
    last when it is not there any more (for the wizard to say so).

    A database that is not where it was (on a USB stick not plugged in, a drive not mounted) used to
    open the first-run wizard without a word: the facilitator made a new, empty database and took
    their work for lost. A database in the data folder that no setting names (made there by an IT
    helper's ``majlis-cli init``, or the settings file lost) is opened, not passed over for a new
    one. A database named with ``--db`` is always the one asked for: the unlock window says when it
    is not there. The data folder's database opened while the one opened last is not there: the
    unlock window says which one is missing (the same passphrase may open an old copy of the work).
    """
    if given is not None:
        return given, None
    if last is not None and last.exists():
        return last, None
    if default.is_file() and default.stat().st_size > 0:
        return default, last
    return None, last


def show_wizard(language: Any, holder: dict[str, Any], bundle: Path | None = None,
                missing: Path | None = None) -> Any:
    from desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(language, missing=missing)

    def done(store: Any, demo: bool) -> None:
        if not demo:
            _remember(store.path)
        holder["main"] = open_main_window(store, language, demo=demo, bundle=bundle)

    def open_existing(path: Path) -> None:  # offered its way back to a new database, should it be the wrong one
        holder["unlock"] = show_unlock(path, language, holder, bundle, offer_new=True)
        wizard.close()

    wizard.finishedWith.connect(done)
    wizard.openExisting.connect(open_existing)
    wizard.show()
    return wizard


def show_unlock(path: Path, language: Any, holder: dict[str, Any], bundle: Path | None = None, *,
                offer_new: bool = False, missing: Path | None = None) -> Any:
    from desktop.ui.unlock import UnlockWidget, error_text

    # Whole (``--db field.db`` is relative to where Majlis was started): remembered so, the next start
    # from elsewhere found nothing; opened so, the pool's new connections failed once the working
    # folder changed (a file dialog may change it).
    path = path.absolute()
    chosen = {"path": path}  # "Open another database…" changes it

    def opener(passphrase: str) -> Any:
        from desktop.core.db import open_store, refuse_read_only

        store = open_store(chosen["path"], passphrase)
        try:
            refuse_read_only(store)  # said now, not at every autosave of the work typed into it
        except BaseException:
            store.close()
            raise
        return store

    window = UnlockWidget(opener, path)
    from desktop.ui.widgets.screen_fit import fit_resize

    fit_resize(window, 560, 360)

    def unlocked(store: Any) -> None:
        _remember(chosen["path"])
        holder["main"] = open_main_window(store, language, bundle=bundle)
        window.close()

    window.unlocked.connect(unlocked)
    if offer_new:  # the data folder's database, named by no setting: a new one may be wanted instead

        def start_over() -> None:
            holder["wizard"] = show_wizard(language, holder, bundle)
            window.close()

        window.offer_new_database(start_over)
    if missing is not None:  # the database opened last, on a USB stick not plugged in: this is another one
        from PySide6.QtCore import QCoreApplication

        from desktop.ui.widgets.save_files import shown_path

        window.show_note(lambda: QCoreApplication.translate(
            "UnlockWidget", "The database opened last is not there: %1. If it is on a USB stick or another drive, "
            "connect it and start Majlis again. This window opens another database: the one in the Majlis data "
            "folder.").replace("%1", shown_path(missing)))
    def choose(other: Path) -> None:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui.widgets.save_files import shown_path

        chosen["path"] = other
        window.show_note(lambda: QCoreApplication.translate(
            "UnlockWidget", "The database to open: %1").replace("%1", shown_path(other)))
        if not other.exists():
            said_missing(other)

    def said_missing(at: Path) -> None:
        from desktop.core.errors import DatabaseMissing

        window.show_problem(error_text(DatabaseMissing(f"no database at {at}")))

    window.offer_other_database(choose)
    from desktop.ui import unlock_restore

    unlock_restore.offer(window)  # shown when the passphrase opens a damaged database
    if not path.exists():  # said before a passphrase is typed for nothing
        said_missing(path)
    window.show()
    window.passphrase.setFocus()
    return window


def main(argv: list[str] | None = None) -> int:
    from desktop.core import crash_log

    crash_log.install()  # before anything can fail: a sanitised entry in the data folder's crash.log
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _prepare_environment(args)
    try:
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from desktop.core import app_paths
        from desktop.ui.qt_i18n import LanguageManager, load_fonts, resources_dir

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "majlis"])
        app.setOrganizationName(app_paths.ORGANISATION)
        app.setApplicationName(app_paths.APPLICATION)
        # Settings live in the data folder beside the database (Settings → Open data folder),
        # as an INI file an IT helper can read, not in the registry.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(app_paths.settings_dir()))
        load_fonts()
        from desktop.ui.widgets import read_only_look

        read_only_look.install()  # a read-only field looks it, not editable white
        QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "majlis.png")))
        language = LanguageManager(app)
        from desktop.ui.settings_store import SettingsStore

        settings = SettingsStore()
        settings.upgrade()  # a settings file from an older Majlis, brought up to date first
        settings.apply_to(language)
        if args.lang:  # for this run only: a command-line choice is not a preference
            language.set_language(args.lang)
        settings.follow(language)
        if args.smoke_test:
            return run_smoke_test(language, args.screenshot, args.page, args.report)
    except Exception as exc:  # the smoke test's contract: a reason on stderr and a non-zero exit
        import traceback

        print(f"majlis: {type(exc).__name__}: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)  # for CI logs; no user data is in a start-up traceback
        return 1

    holder: dict[str, Any] = {}
    if args.demo:
        holder["main"] = open_main_window(create_demo_store(), language, demo=True, bundle=args.bundle)
        return int(app.exec())
    last = _last_db()
    db, missing = database_to_open(args.db, last, app_paths.default_db_path())
    if db is not None:
        remembered = db == args.db or db == last
        holder["unlock"] = show_unlock(db, language, holder, args.bundle, offer_new=not remembered, missing=missing)
        if os.environ.get("MAJLIS_STARTUP_PROBE") == "1":
            # Attached first, so its report on the first event-loop turn (the window painted) is
            # taken before the background imports below start to spend CPU in their thread.
            from desktop.ui import startup_probe

            startup_probe.attach(holder["unlock"], holder)
        # The heavy stack loads once the window is on screen (the first event-loop turn paints it):
        # started earlier, its imports would take the interpreter lock from the first paint.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: holder.setdefault("preload", _preload_heavy_stack(language.language)))
    else:
        holder["wizard"] = show_wizard(language, holder, args.bundle, missing)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, _preload_heavy_stack)  # after the first paint, as for the unlock window
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
