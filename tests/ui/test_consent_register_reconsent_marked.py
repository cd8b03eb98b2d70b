"""The centre published version 2 of the consent form and the laptop applied the team update: the
Participants page said "re-consent needed" of those whose consent was on version 1, but the Consent
page's register showed their records as plain "version 1", "Given", the same as everyone else's. Their
record's form version is now marked, with the version they are to be asked on; not the records of
those who consented on version 2, refused, or consented again since."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.reconsent_register import Register, register_after_version_2
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _version_cells(page: ConsentPage) -> dict[str, list[str]]:
    model = page.register
    column = model.headers.index("Form version")
    cells: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        code = str(model.index(row, 0).data())
        cells.setdefault(code, []).append(str(model.index(row, column).data()))
    return cells


def _page(ctx: AppContext, qtbot: QtBot) -> ConsentPage:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def test_the_register_marks_who_is_to_be_asked_again(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Callable[..., AppContext],
        manager: LanguageManager) -> None:
    found: Register = register_after_version_2(team, tmp_path / "stick")
    manager.set_language("en")
    cells = _version_cells(_page(make_ctx(found.laptop, lang=manager), qtbot))
    assert cells[found.asked_again] == ["version 1; re-consent needed (version 2 now)"]
    assert cells[found.on_v2] == ["version 2"]
    assert cells[found.refused] == ["version 1"]  # refused: nothing stands to be renewed
    assert sorted(cells[found.reconsented]) == ["version 1", "version 2"]  # asked again already


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_mark_follows_the_language_and_digits(
        lang: str, team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Callable[..., AppContext],
        manager: LanguageManager) -> None:
    found = register_after_version_2(team, tmp_path / "stick", language=lang)
    manager.set_language(lang)
    manager.set_digits("arab")
    page = _page(make_ctx(found.laptop, lang=manager), qtbot)
    cells = _version_cells(page)
    marked, plain = cells[found.asked_again][0], cells[found.refused][0]
    assert "٢" in marked and "1" not in marked and "2" not in marked, marked
    assert marked != plain and "٢" not in plain
    manager.set_language("en")
    manager.set_digits("latn")
    page.retranslate()
    assert _version_cells(page)[found.asked_again] == ["version 1; re-consent needed (version 2 now)"]


def test_the_mark_says_what_changed_as_the_participants_page_does(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Callable[..., AppContext],
        manager: LanguageManager) -> None:
    found = register_after_version_2(team, tmp_path / "stick")
    manager.set_language("en")
    page = _page(make_ctx(found.laptop, lang=manager), qtbot)
    model, column = page.register, page.register.headers.index("Form version")
    rows = {str(model.index(row, 0).data()): row for row in range(model.rowCount())}
    marked = model.index(rows[found.asked_again], column)
    tip = str(marked.data(Qt.ItemDataRole.ToolTipRole))
    shown = "".join(c for c in tip if c not in "\u2068\u2069\u2060")  # the pseudonym kept whole and apart
    assert shown.startswith(f"Re-consent: {found.asked_again} agreed to version 1 of this form; this is version 2."), tip
    assert marked.data(Qt.ItemDataRole.ForegroundRole) is not None  # red, as on the Participants page
    plain = model.index(rows[found.refused], column)
    assert plain.data(Qt.ItemDataRole.ToolTipRole) is None and plain.data(Qt.ItemDataRole.ForegroundRole) is None
