"""The suite's watchdog (tests/conftest.py): a test that hangs inside Qt's event loop, where no Python runs,
is stopped at its limit with the stacks of its threads on the terminal, and under pytest-xdist the tests
after it still run. A real pytest run of a real hanging test, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HANGS = '''
import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop


@pytest.mark.timeout(1)
def test_waits_for_a_dialog_nobody_answers() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    QEventLoop().exec()  # in C++ until something quits it: nothing will


def test_after_it() -> None:
    assert True
'''


def test_a_test_hanging_in_the_event_loop_is_stopped_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import pytest_configure, pytest_runtest_protocol  # noqa: F401\n", encoding="utf-8")
    (tmp_path / "test_hang.py").write_text(HANGS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "1", "-o", "addopts=",
         "--rootdir", str(tmp_path), "-c", os.devnull, str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "Timeout (0:00:01)!" in out, out  # faulthandler's words, then every thread's stack
    assert "test_waits_for_a_dialog_nobody_answers" in out, out
    assert "1 failed, 1 passed" in out, out  # the worker replaced, the next test run
