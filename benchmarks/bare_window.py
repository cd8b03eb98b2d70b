"""The reference of benchmarks/bench_startup.py: a bare PySide6 window, the size of the unlock window.

Frozen with PyInstaller for ``--frozen`` runs; run with ``python -c`` (its text) otherwise.
"""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
w = QLabel("bare")
w.resize(560, 360)
w.show()
QTimer.singleShot(0, lambda: (print(f"probe unlock-shown cpu={time.process_time():.4f}", flush=True), app.quit()))
app.exec()
