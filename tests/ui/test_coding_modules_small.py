"""The coding window's modules stay small (the house rule: under about 500 lines each).

workspace.py had grown to 536 lines; its arrangement of the parts (coding/layout.py) and the
top-level window (coding/window.py) now live apart.
"""

from __future__ import annotations

from pathlib import Path

import desktop.ui.coding

CODING = Path(desktop.ui.coding.__file__).parent


def test_every_coding_window_module_is_under_500_lines() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in CODING.glob("*.py")}
    assert "workspace.py" in sizes
    assert {name: n for name, n in sizes.items() if n >= 500} == {}
