"""The windows of the app on a small screen, measured in a child process (tests/ui/test_laptop_screen.py).

    python -m tests.laptop_screen OUT.json SHOTS_DIR|- LANG...
    MAJLIS_LAPTOP_FONT=24 python -m tests.laptop_screen ...   # at Settings → Font size 24 points

Run with ``QT_QPA_PLATFORM=offscreen:configfile=screen.json`` describing the screen (the offscreen
platform's screen is given once, at start, so this runs apart from the test process). Every window is
built as the app builds it, on a demo database, and shown; for each one the JSON gives its size as it
opens, its smallest size (what its layout allows) and the screen's available area. With a SHOTS_DIR
each window is saved there as a PNG (``-``: none) for a person to look at.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def measure(app: QApplication, shots: Path | None, name: str, window: QWidget) -> dict[str, Any]:
    settle(app)
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    return {"size": [window.width(), window.height()], "smallest": [smallest.width(), smallest.height()]}


def sideways(app: QApplication, window: Any, lang: str) -> dict[str, list[str]]:
    """Each page of the main window (each tab in front), and the scroll areas in it (not tables, whose
    columns may run on) that scroll sideways: a part of the page cut off at one side."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QTabWidget

    from desktop.ui import registry

    def cut() -> list[str]:
        return [f"{type(a).__name__}#{a.objectName()}" for a in window.findChildren(QAbstractScrollArea)
                if a.isVisible() and a.horizontalScrollBar().isVisible() and not isinstance(a, QAbstractItemView)]

    out: dict[str, list[str]] = {}
    for key in registry.page_keys():
        window.go_to(key)
        window.ctx.tasks.wait(10_000)
        settle(app)
        out[f"{lang}/{key}"] = cut()
        for tabs in [t for t in window.current_page().findChildren(QTabWidget) if t.isVisible()][:1]:
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                window.ctx.tasks.wait(10_000)
                settle(app)
                out[f"{lang}/{key}/{i}"] = cut()
            tabs.setCurrentIndex(0)
    window.go_to(registry.page_keys()[0])
    settle(app)
    return out


def transcript(window: Any) -> dict[str, Any]:
    """The focus group editor's transcript as it opens: the height of the turns' viewport, the height of
    each turn's row, the text box's height and line height, and whether the shortcut line shows."""
    panel = window.findChild(QWidget, "focus_group_editor").transcript
    view = panel.view
    return {"viewport": view.viewport().height(), "rows": [view.rowHeight(r) for r in range(view.model().rowCount())],
            "text_box": panel.edit.height(), "line": panel.edit.fontMetrics().lineSpacing(),
            "hint": panel.hint.isVisible()}


PASSPHRASE = "laptop screen passphrase"


@functools.cache
def demo_database(work: Path) -> Path:
    """The demo database the windows are built on, made once per process: each language opens a copy of
    it (a real SQLCipher file, opened by its passphrase), not a database made and filled again."""
    from desktop.core import demo
    from desktop.core.db import create_store

    store = create_store(work / "demo.db", PASSPHRASE, "laptop")
    demo.generate(store, sessions=4, seed=1)
    store.close()
    return store.path


def windows(lang: str, work: Path) -> list[tuple[str, Callable[[], QWidget], Callable[[QWidget], None]]]:
    """(name, make the window shown as the app shows it, close it) for each window."""
    from sqlalchemy import select

    from desktop.core import erasure_report
    from desktop.core.db import open_store
    from desktop.core.models import Attendance, Participant, Session
    from desktop.sync.conflicts import ConflictView
    from desktop.ui.about import AboutDialog
    from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
    from desktop.ui.app import open_main_window, show_unlock, show_wizard
    from desktop.ui.coding.window import open_coding_window
    from desktop.ui.consent.template_editor import TemplateEditorDialog
    from desktop.ui.consent.withdraw_dialog import WithdrawDialog
    from desktop.ui.help.dialog import HelpDialog
    from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
    from desktop.ui.sync.conflict_dialog import ConflictDialog
    from desktop.ui.sync.join_dialog import JoinTeamDialog
    from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
    from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
    from desktop.ui.widgets.session_dialogs import AuditDialog

    language = QApplication.instance().property("language")
    store = open_store(shutil.copyfile(demo_database(work), work / f"{lang}.db"), PASSPHRASE)
    with store.session() as s:
        focus_group = s.execute(select(Session.id).where(Session.kind == "focus_group").limit(1)).scalar_one()
        roundtable = s.execute(select(Session.id).where(Session.kind == "roundtable").limit(1)).scalar_one()
        seated = s.execute(select(Participant.id, Attendance.session_id)
                           .join(Attendance, Attendance.participant_id == Participant.id).limit(1)).one()
    holder: dict[str, Any] = {}
    main = open_main_window(store, language, demo=True)
    ctx = main.ctx
    conflict = ConflictView(id=1, entity="transcript_turn", row_id="x", field="text", version_a="a",
                            value_a="نص قديم " * 40, version_b="b", value_b="نص جديد " * 40, current="نص جديد " * 40,
                            status="open", session_id=None)

    def shown(w: QWidget) -> QWidget:
        w.show()
        return w

    def editor(session_id: str) -> QWidget:
        main.open_session(session_id)
        return main  # type: ignore[no-any-return]

    def closed(w: QWidget) -> None:
        w.close()

    def editor_closed(_w: QWidget) -> None:
        main.close_editor()

    return [
        ("unlock", lambda: show_unlock(store.path, language, holder), closed),
        ("first_run", lambda: show_wizard(language, holder), closed),
        ("main_window", lambda: main, lambda _w: None),
        ("roundtable_editor", lambda: editor(roundtable), editor_closed),
        ("focus_group_editor", lambda: editor(focus_group), editor_closed),
        ("coding", lambda: open_coding_window(ctx, focus_group), closed),
        ("consent_template", lambda: shown(TemplateEditorDialog(ctx, "session-consent", main)), closed),
        ("withdraw", lambda: shown(WithdrawDialog("BSR-FG01-P01", main)), closed),
        ("audit", lambda: shown(AuditDialog([], ctx.language.format_datetime, main)), closed),
        ("help", lambda: shown(HelpDialog(main)), closed),
        ("about", lambda: shown(AboutDialog(main)), closed),
        ("survey_import", lambda: shown(SurveyImportDialog(ctx, main)), closed),
        ("conflict", lambda: shown(ConflictDialog(conflict, None, None, main)), closed),
        ("erasure_report", lambda: shown(ErasureReportDialog(ctx, erasure_report.report(store), main)), closed),
        ("join_team", lambda: shown(JoinTeamDialog(ctx, main)), closed),
        ("change_passphrase", lambda: shown(ChangePassphraseDialog(ctx, lambda _c: None, main)), closed),
        ("team_key_export", lambda: shown(KeyFilePassphraseDialog(ctx, main)), closed),
        ("consent_record", lambda: _consent(ctx, seated, main), closed),
    ]


def _consent(ctx: Any, seated: Any, parent: QWidget) -> QWidget:
    from desktop.ui.consent.record_dialog import ConsentDialog

    dialog = ConsentDialog(ctx, seated.id, seated.session_id, parent, full_screen=False)
    dialog.show()
    return dialog


def main(argv: list[str]) -> int:
    out, shots_arg, langs = Path(argv[0]), argv[1], argv[2:]
    work = Path(tempfile.mkdtemp(prefix="majlis-laptop-screen-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["MAJLIS_STATE_DIR"] = str(work / "state")
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")  # as the app sets it
    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    from desktop.ui.qt_i18n import LanguageManager, load_fonts
    from desktop.ui.widgets import read_only_look

    read_only_look.install()
    load_fonts()
    language = LanguageManager(app)
    if os.environ.get("MAJLIS_LAPTOP_FONT"):
        language.set_font_size(float(os.environ["MAJLIS_LAPTOP_FONT"]))
    app.setProperty("language", language)
    screen = app.primaryScreen()
    available = screen.availableGeometry()
    report: dict[str, Any] = {"available": [available.width(), available.height()],
                              "scale": screen.devicePixelRatio(), "windows": {}, "pages": {}, "transcript": {}}
    for lang in langs:
        language.set_language(lang)
        settle(app)
        shots = None if shots_arg == "-" else Path(shots_arg) / lang
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
        for name, make, close in windows(lang, work):
            window = make()
            report["windows"][f"{lang}/{name}"] = measure(app, shots, name, window)
            if name == "focus_group_editor":
                report["transcript"][lang] = transcript(window)
            if name == "main_window":
                report["pages"].update(sideways(app, window, lang))
            close(window)
            settle(app)
    out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    os._exit(0)  # the demo stores and their worker threads go with the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
