"""`conflicts list` prints each version's first 200 characters, cut where a character ends.

The two summaries of a session, edited on a laptop and at the centre, were printed cut at exactly
200 code points: half a flag (a lone regional indicator, which a terminal draws as a letter or a
box), a letter without its kasra and shadda. Each version now ends with a whole character. A device
name or session title from a bundle is cut the same way (``printable``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTextBoundaryFinder

from desktop.core import sessions
from desktop.core.db import open_store
from desktop.core.sanitise import printable
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

_MINUTES = ("ناقش المشاركون في الجلسة واقع الخدمات في المحافظة وانقطاع الكهرباء لساعات طويلة في الصيف، "
            "وطالبوا بخطة واضحة من مجلس المحافظة، وتحدثت النساء عن صعوبة الوصول إلى المراكز الصحية في القرى البعيدة ")
# A flag's halves at characters 199 and 200 (the laptop's), a letter at 199 and its harakat (the centre's).
LAPTOP = _MINUTES + "اليوم 🇮🇶 والعراق كله"
CENTRE = _MINUTES + "وعلى حقِّهم في الخدمات"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


def test_conflicting_versions_are_listed_with_whole_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert LAPTOP[199:201] == "🇮🇶" and CENTRE[199:202] == "قِّ"
    made = make_team(tmp_path, devices=1)
    sid = sessions.create_session(made.devices[0], "focus_group", title="جلسة الخدمات", governorate="basra")
    made.close()
    centre_db, laptop_db = tmp_path / "centre.db", tmp_path / "field0.db"
    first, second = tmp_path / "1.majlis", tmp_path / "2.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop_db, "--out", first)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre_db, first)[0] == 0
    for db, text in ((laptop_db, LAPTOP), (centre_db, CENTRE)):
        store = open_store(db, PASSPHRASE)
        sessions.update_session(store, sid, {"summary": text})
        store.close()
    assert run(capsys, "bundle", "export", "--db", laptop_db, "--out", second)[0] == 0
    assert "1 new conflict\n" in run(capsys, "bundle", "import", "--db", centre_db, second)[1]
    code, out, err = run(capsys, "conflicts", "list", "--db", centre_db)
    assert code == 0 and err == "", err
    printed = [line.split("): ", 1)[1] for line in out.splitlines()[2:4]]
    for full in (LAPTOP, CENTRE):
        (shown,) = [p for p in printed if full.startswith(p)]  # the two part at character 198
        assert 190 <= len(shown) <= 200 and _qt_boundary(full, len(shown)), shown[-5:]


def test_a_name_from_a_bundle_is_cut_whole() -> None:
    name = "لابتوب منظمة الأمل في البصرة 🇮🇶"
    assert printable(name, name.index("🇮🇶") + 1) == "لابتوب منظمة الأمل في البصرة "
    family = "👨\u200d👩\u200d👧"
    assert printable(f"هاوڕێ {family}", 8) == "هاوڕێ "
