"""A widget given to qtbot lives until its test ends (tests/conftest.py): a dialog a test made without a
parent, shown, and no longer named, is not deleted by a garbage collection in the middle of the test. It was:
the shown audit-trail dialog of a test went during its next dialog's reading of the database, where a worker
crashed twice."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot


class _Tied(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Close", self)
        QVBoxLayout(self).addWidget(self.button)
        self.button.clicked.connect(self.reject)
        self.shown_by = self  # a cycle, as a dialog's models and helpers make: only the collector frees it


def test_a_shown_dialog_no_longer_named_outlives_a_collection(qtbot: QtBot) -> None:
    dialog = _Tied()
    qtbot.addWidget(dialog)
    dialog.show()
    seen = weakref.ref(dialog)
    del dialog
    gc.collect()
    kept = seen()
    assert kept is not None and shiboken6.isValid(kept) and kept.isVisible()
    kept.button.click()  # still works as a window does
    assert not kept.isVisible()
