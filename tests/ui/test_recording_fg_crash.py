"""Never lose typing: a writer process typing Arabic and Kurdish in the real editor is killed with
SIGKILL mid-sentence; the reopened database holds everything up to the last autosave and is healthy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import sessions, transcripts
from desktop.core.db import Store, open_store

ROOT = Path(__file__).resolve().parents[2]

FULL_TEXT = (
    "نحن في البصرة نريد أن يكون صوتنا مسموعاً في مجلس المحافظة، "
    "ئێمە دەمانەوێت نوێنەرەکانمان لە گەڕەکەکانمان بن و گوێمان لێ بگرن. "
    "المشكلة أن الدوائر الانتخابية كبيرة جداً ولا نعرف من يمثلنا. "
    "ژنان دەبێت بەشداری زیاتر بکەن لە هەڵبژاردنەکاندا و کورسی تایبەتیان هەبێت. "
) * 3

WRITER = r'''
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.core.db import open_store
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager, load_fonts
from desktop.ui.tasks import TaskRunner
from tests.helpers_typing import type_text

db, passphrase, session_id, text_file = sys.argv[1:5]
text = open(text_file, encoding="utf-8").read()
load_fonts()
store = open_store(db, passphrase)
language = LanguageManager(app)
language.set_language("ar")
ctx = AppContext(store=store, language=language, tasks=TaskRunner())
editor = FocusGroupEditor(ctx, session_id)
editor.resize(900, 600)
editor.show()
position = 0


def on_saved():
    saved = editor.transcript.model.rows[editor.transcript.current].text
    print(f"SAVED {len(saved)}", flush=True)


def tick():
    # Bursts of typing with pauses longer than the autosave delay, like a person listening.
    global position
    if position >= len(text):
        print("DONE", flush=True)
        return
    type_text(editor.transcript.edit, text[position])
    position += 1
    QTimer.singleShot(1900 if position % 60 == 0 else 8, tick)


def start():
    editor.transcript.edit.setFocus()
    print("READY", flush=True)
    tick()


editor.saved.connect(on_saved)
editor.loaded.connect(start)
app.exec()
'''


def _run_writer(tmp_path: Path, db_path: Path, passphrase: str, sid: str) -> int:
    """Run the writer, kill it with SIGKILL after its third autosave; the last length it reported saved."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    text_file = tmp_path / "text.txt"
    text_file.write_text(FULL_TEXT, encoding="utf-8")
    err_path = tmp_path / "writer.stderr"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    saved_lengths: list[int] = []
    with open(err_path, "w", encoding="utf-8") as err, subprocess.Popen(
        [sys.executable, str(script), str(db_path), passphrase, sid, str(text_file)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8",
    ) as proc:
        try:
            assert proc.stdout is not None
            deadline = time.monotonic() + 60
            for line in proc.stdout:
                if line.startswith("SAVED"):
                    saved_lengths.append(int(line.split()[1]))
                    if len(saved_lengths) >= 3:
                        time.sleep(0.25)  # into the next burst: unsaved characters on screen
                        break
                if line.startswith("DONE") or time.monotonic() > deadline:
                    break
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    stderr = err_path.read_text(encoding="utf-8")
    assert proc.returncode == -signal.SIGKILL, stderr
    assert len(saved_lengths) >= 3, stderr
    return saved_lengths[-1]


@pytest.mark.slow
def test_kill_minus_nine_mid_typing_keeps_the_autosaved_text(
    store: Store, db_path: Path, passphrase: str, tmp_path: Path
) -> None:
    sid = sessions.create_session(store, "focus_group", title="crash", governorate="basra", language="ar")
    store.close()

    last_saved = _run_writer(tmp_path, db_path, passphrase, sid)

    reopened = open_store(db_path, passphrase)
    try:
        with reopened.session() as s:
            turns = transcripts.load(s, sid)
    finally:
        reopened.close()
    assert len(turns) == 1
    text = turns[0].text
    assert text, "nothing was autosaved"
    assert FULL_TEXT.startswith(text)
    assert len(text) >= last_saved  # everything the writer reported saved is there
    assert len(text) < len(FULL_TEXT)  # and it really was killed mid-typing

    check = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "check", "--db", str(db_path)],
        cwd=ROOT, env={**os.environ, "MAJLIS_PASSPHRASE": passphrase}, capture_output=True, text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "integrity check passed" in check.stdout
