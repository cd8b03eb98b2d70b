"""Screenshots of the shell and roundtable screens in ar, ckb and en (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python .ci/screenshots_recording.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from desktop.ui.app import create_demo_store, make_context
from desktop.ui.qt_i18n import LanguageManager, load_fonts


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(out: Path) -> None:
    app = QApplication([])
    load_fonts()
    lm = LanguageManager(app)
    store = create_demo_store()
    from desktop.core.models import Session
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.unlock import UnlockWidget

    with store.session() as s:
        rt = s.query(Session).filter(Session.kind == "roundtable").order_by(Session.date.desc()).first()
        assert rt is not None
        rt_id = rt.id
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("ar", "ckb", "en"):
        lm.set_language(lang)
        window = MainWindow(make_context(store, lm, demo=True), idle_ms=0)
        window.show()
        settle(app)
        window.grab().save(str(out / f"rec_main_{lang}.png"))
        editor = window.open_session(rt_id)
        settle(app)
        window.grab().save(str(out / f"rec_editor_{lang}.png"))
        editor.tabs.setCurrentIndex(2)
        settle(app)
        window.grab().save(str(out / f"rec_editor_agenda_{lang}.png"))
        editor.tabs.setCurrentIndex(4)
        settle(app)
        window.grab().save(str(out / f"rec_editor_actions_{lang}.png"))
        window.go_to("organisations")
        settle(app)
        window.grab().save(str(out / f"rec_orgs_{lang}.png"))
        window.lock()
        window.lock_screen.error.set_error(
            __import__("desktop.ui.unlock", fromlist=["x"]).error_text(type("E", (Exception,), {"code": "wrong_passphrase"})())
        )
        settle(app)
        window.grab().save(str(out / f"rec_lock_{lang}.png"))
        window.close()
        unlock = UnlockWidget(lambda pw: None, store.path)
        unlock.resize(560, 360)
        unlock.show()
        settle(app)
        unlock.grab().save(str(out / f"rec_unlock_{lang}.png"))
        unlock.close()
        wizard = FirstRunWizard(lm, data_dir=out / "unused")
        wizard.show()
        settle(app)
        wizard.grab().save(str(out / f"rec_wizard1_{lang}.png"))
        wizard.next()
        wizard.passphrase_page.first.setText("abc defgh")
        wizard.passphrase_page.second.setText("abc")
        settle(app)
        wizard.grab().save(str(out / f"rec_wizard2_{lang}.png"))
        wizard.next()
        wizard.next()
        settle(app)
        wizard.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rec_shots"))
