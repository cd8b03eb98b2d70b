"""How long the UI thread works to build the main window, each page's first visit, and a session editor.

In one process (the interpreter and the imports are bench_startup's business): a real SQLCipher
database with the demo data, the real language manager and fonts, the read-only look
(widgets/read_only_look.py) as the app installs it, Qt offscreen. For each of ``--windows`` main
windows: build it, show it, visit every page (each built at its first visit), open and close a focus
group's editor, lock it. The times are the UI thread's CPU time (``time.thread_time``), so the
database worker's reads and the other work of a shared machine count less than in wall time; the
median and the least of each are written.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_windows.py [--windows 10] [--language ar]

Writes benchmarks/results/windows.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import write_result  # noqa: E402

PASSPHRASE = "benchmark windows passphrase"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--windows", type=int, default=10, help="main windows built, one after another")
    parser.add_argument("--language", default="en", choices=["en", "ar", "ckb"])
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core import demo
    from desktop.core.db import create_store
    from desktop.core.models import Session
    from desktop.ui.app import make_context
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt_i18n import LanguageManager, load_fonts
    from desktop.ui.widgets import read_only_look

    app = QApplication.instance() or QApplication([])
    read_only_look.install()
    load_fonts()
    language = LanguageManager(app)
    language.set_language(args.language)
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-windows-"))
    store = create_store(folder / "field.db", PASSPHRASE, "benchmark laptop")
    demo.generate(store, sessions=12)
    with store.session() as s:
        focus_group = s.query(Session.id).filter(Session.kind == "focus_group").first()
    assert focus_group is not None
    session_id = focus_group[0]

    clock = time.thread_time
    times: dict[str, list[float]] = {}

    def took(name: str, since: float) -> float:
        now = clock()
        times.setdefault(name, []).append((now - since) * 1000)
        return now

    for _ in range(args.windows + 1):  # the first, untimed, imports what the others find imported
        ctx = make_context(store, language)
        start = clock()
        window = MainWindow(ctx, idle_ms=0)
        built = took("window built", start)
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        took("window shown", built)
        took("window built and shown", start)
        pages = clock()
        for key in window.page_stack.keys()[1:]:
            since = clock()
            window.go_to(key)
            app.processEvents()  # the page is built in one turn and shown in the next
            app.processEvents()
            took(f"page {key}", since)
        took("every other page", pages)
        ctx.tasks.drain(30_000)
        app.processEvents()
        since = clock()
        window.open_session(session_id)
        app.processEvents()
        took("focus group editor opened", since)
        ctx.tasks.drain(30_000)
        app.processEvents()
        since = clock()
        window.close_editor()
        app.processEvents()
        took("editor closed", since)
        since = clock()
        window.lock()
        app.processEvents()
        took("first lock", since)
        ctx.tasks.drain(30_000)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    store.close()

    result = {name: {"median_ms": round(statistics.median(values[1:]), 1), "least_ms": round(min(values[1:]), 1)}
              for name, values in times.items()}
    for name, value in result.items():
        print(f"{name:32} median {value['median_ms']:7.1f} ms   least {value['least_ms']:7.1f} ms")
    write_result("windows", {"language": args.language, "windows": args.windows, "load": os.getloadavg(),
                             "ui_thread_cpu": result})


if __name__ == "__main__":
    main()
