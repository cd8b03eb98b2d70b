"""The reference of benchmarks/bench_startup.py: a bare PySide6 window, the size of the unlock window.

Frozen with PyInstaller for ``--frozen`` runs; run with ``python -c`` (its text) otherwise.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
w = QLabel("bare")
w.resize(560, 360)
w.show()
QTimer.singleShot(0, lambda: (print("probe unlock-shown", flush=True), app.quit()))
app.exec()
