"""Two codes of one name under one parent split an analyst's codings between twins nobody can tell
apart. The codebook editor refuses a name a sibling already shows, folded as the Participants filter
folds (case, ك/ک, ي/ی, alef forms, invisible marks), with one translated line; the same name under
another parent is fine, and New code pressed twice names the second "New code 2". A team update that
brings a namesake of a laptop's own code is applied as it is (sync never refuses it), and the laptop
can still save that code's definition, or rename it away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture

team = team_fixture(devices=1)

REFUSED = ("Codebook", "another code at the same place in the codebook has this name: choose another name, or merge the two codes")


def _page(ctx: AppContext, qtbot: QtBot) -> CodebookPage:
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    return page


def _names(store: Store, lang: str = "ar") -> list[str]:
    """The codes' names, oldest first."""
    with store.session() as s:
        return [getattr(c, f"name_{lang}") for c in sorted(codebook.live_codes(s), key=lambda c: c.created_at)]


@pytest.fixture(autouse=True)
def refused_typing_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused name stays typed; choosing another code then asks whether to keep it: let it go."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _save(page: CodebookPage, code_id: str, lang: str, name: str) -> None:
    page.select(code_id)
    page.names[lang].setText(name)
    page.save_btn.click()
    assert page.ctx.tasks.drain(10_000)


def _refusal_line() -> str:
    line = QApplication.translate(*REFUSED)
    line = line[:1].upper() + line[1:]
    return line if line.endswith(".") else line + "."


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the compiled translations: the refusal is read in Arabic and Kurdish


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_sibling_name_is_refused_in_one_translated_line(lang: str, manager: LanguageManager, ctx: AppContext,
                                                          qtbot: QtBot, tmp_path: Path) -> None:
    store = ctx.store
    with store.transaction() as s:
        empowerment = codebook.create_code(s, name_ar="تمكين الشباب", name_en="Youth empowerment").id
        other = codebook.create_code(s, name_ar="المشاركة").id
        under = codebook.create_code(s, name_ar="حقوق", parent_id=other).id
    manager.set_language(lang)
    page = _page(ctx, qtbot)

    _save(page, other, "ar", "تمکین الشباب")  # Kurdish keheh: the same word to a reader and to search
    assert page.error_label.text() == _refusal_line()
    assert lang == "en" or "code" not in page.error_label.text()  # in the interface's language
    page.resize(1100, 620)
    page.show()
    assert page.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"codebook_same_name_{lang}.png"))
    assert _names(store) == ["تمكين الشباب", "المشاركة", "حقوق"]  # nothing saved
    _save(page, other, "en", " youth EMPOWERMENT ")
    assert page.error_label.text() == _refusal_line()

    _save(page, under, "ar", "تمكين الشباب")  # under another parent: a different place, allowed
    assert page.error_label.text() == ""
    assert _names(store)[2] == "تمكين الشباب"
    _save(page, empowerment, "ar", "تمكين الشباب والشابات")  # a code renamed to a new name: allowed
    assert page.error_label.text() == "" and _names(store)[0] == "تمكين الشباب والشابات"


def test_new_code_twice_makes_no_twins(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    for _ in range(2):
        page.new_btn.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: not page.busy.pending)
    assert _names(ctx.store, "en") == ["New code", "New code 2"]
    assert page.error_label.text() == ""


def test_a_dragged_code_does_not_land_beside_its_namesake(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        top = codebook.create_code(s, name_en="Trust").id
        parent = codebook.create_code(s, name_en="Institutions").id
        nested = codebook.create_code(s, name_en="trust", parent_id=parent).id
    page = _page(ctx, qtbot)
    page._move(nested, None, 0)  # what a drop on the top level does
    assert ctx.tasks.drain(10_000)
    assert page.error_label.text() == _refusal_line()
    with ctx.store.session() as s:
        assert s.get(Code, nested).parent_id == parent
    page._move(top, parent, 0)  # and the other way
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        assert s.get(Code, top).parent_id is None


def test_a_namesake_from_a_team_update_is_applied_and_leaves_the_code_editable(
        team: Team, make_ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:  # the laptop's own code, made in the field
        own = codebook.create_code(s, name_ar="الثقة بالمؤسسات").id
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="الثقه بالمؤسسات")  # the centre's, spelt with ه
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "update.bin").path)
    assert sorted(_names(laptop)) == ["الثقة بالمؤسسات", "الثقه بالمؤسسات"]  # sync took both

    ctx = make_ctx(laptop)
    page = _page(ctx, qtbot)
    page.select(own)
    page.texts["definition"].setPlainText("ثقة المشاركين بمجلس المحافظة")
    page.save_btn.click()
    assert ctx.tasks.drain(10_000)
    assert page.error_label.text() == ""  # its name did not change: not checked
    with laptop.session() as s:
        assert s.get(Code, own).definition == "ثقة المشاركين بمجلس المحافظة"
    _save(page, own, "ar", "الثقة بمجلس المحافظة")  # renamed away from its twin
    assert page.error_label.text() == ""
    assert sorted(_names(laptop)) == ["الثقة بمجلس المحافظة", "الثقه بالمؤسسات"]
