"""The focus-group editor's modules stay small (the house rule: under about 500 lines each).

editor.py (503 lines) and transcript.py (533) had grown past it; the Participants tab (people_tab),
the reading of a session (editor_load), the speaker keys (speaker_keys), time stamps (stamps), the
room on a short screen (turns_room) and the keys in words (shortcut_words) now live apart.
"""

from __future__ import annotations

from pathlib import Path

import desktop.ui.focus_group

FOCUS_GROUP = Path(desktop.ui.focus_group.__file__).parent


def test_every_focus_group_module_is_under_500_lines() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in FOCUS_GROUP.glob("*.py")}
    assert {"editor.py", "transcript.py"} <= set(sizes)
    assert {name: n for name, n in sizes.items() if n >= 500} == {}
