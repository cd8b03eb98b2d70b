"""A FlowRow never touches a widget that is gone.

An xdist worker crashed in CI (``-n 6``) with its stack in ``FlowLayout._arrange``, setting the geometry of
an item whose widget had been deleted. Qt tells a layout of its parent's children deleted (the layout then
takes their items out); how that item escaped is not known. Here one is made to escape (an item given to
the row with ``addItem`` for a widget that is another widget's child, then deleted: only that other widget
hears of it), in a process of its own: the old code ended the process with a segmentation fault, which
would take a test worker with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.flow_row import FlowRow

ROOT = Path(__file__).resolve().parents[2]

_ESCAPED = """
import shiboken6
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWidgetItem
from desktop.ui.widgets.flow_row import FlowRow

app = QApplication([])
row = FlowRow([QPushButton("first"), QPushButton("second")])
row.resize(220, 60)
row.show()
app.processEvents()
elsewhere = QWidget()
ghost = QPushButton("ghost", elsewhere)  # deleting it tells ``elsewhere``, not the row's layout
row.flow.addItem(QWidgetItem(ghost))
shiboken6.delete(ghost)
for width in range(60, 400, 9):  # laid out again and again, one line and several
    row.resize(width, 60)
    app.processEvents()
    row.flow.setGeometry(row.rect())
    row.flow.heightForWidth(width)
print(row.flow.count(), [row.flow.itemAt(i).widget().text() for i in range(row.flow.count())])
"""


def test_an_item_whose_widget_is_gone_is_skipped_not_touched() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-c", _ESCAPED], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "2 ['first', 'second']"


def test_a_widget_deleted_or_moved_away_leaves_the_row(qtbot: QtBot) -> None:
    """Qt's own way, as before: the row's layout hears of it and takes the item out."""
    first, second, third = QPushButton("first"), QPushButton("second"), QPushButton("third")
    row = FlowRow([first, second])
    qtbot.addWidget(row)
    row.insert(1, third)
    assert [row.flow.itemAt(i).widget() for i in range(row.flow.count())] == [first, third, second]
    third.deleteLater()
    qtbot.waitUntil(lambda: row.flow.count() == 2)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    first.setParent(elsewhere)
    assert [row.flow.itemAt(i).widget() for i in range(row.flow.count())] == [second]
    row.resize(300, 60)
    row.show()
    qtbot.waitUntil(lambda: second.geometry().width() > 0)
