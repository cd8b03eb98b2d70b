"""The advocacy page and the survey import dialog in Kurdish and in Arabic: right to left, nothing
left in English, every button labelled; photographed on the way
(MAJLIS_ADVOCACY_SHOTS=docs/screenshots/advocacy keeps the pictures)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import blank_buttons, english_left, settle
from tests.kobo_export import write_kobo_xlsx
from tests.recommendations_page import recommendations_demo_store

STICK_FOLDER = "E:\\Majlis"  # where the pictures say the survey's files are (a USB stick on a Windows laptop)


def private_paths(widget: QWidget, folders: list[str]) -> list[str]:
    """The texts ``widget`` shows that name one of ``folders``: a picture in docs/ shows none of them."""
    texts = [child.text() for child in widget.findChildren(QLineEdit) + widget.findChildren(QLabel)
             if child.isVisibleTo(widget)]
    return [t for t in texts if any(folder and folder in t for folder in folders)]


def _shoot(widget: QWidget, folder: Path, name: str) -> list[str]:
    settle()
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))
    return english_left(widget) + blank_buttons(widget)


# The store with the demo (six sessions, seed 3) in it, a copy of one generated once per process.
store = recommendations_demo_store()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_advocacy_screens_speak_the_language(ctx: AppContext, qtbot: QtBot, qapp: Any, tmp_path: Path,
                                             lang: str) -> None:
    folder = Path(os.environ.get("MAJLIS_ADVOCACY_SHOTS") or tmp_path)
    gen = write_kobo_xlsx(tmp_path, 200)
    ctx.language.set_language(lang)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 4, timeout=20_000)
        settle()
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        assert page.view.rec_id, (page.list.currentIndex().row(), page.list.isEnabled(), page.list_model.rowCount())
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=20_000)
        problems = {"recommendation": _shoot(page, folder, f"recommendation-{lang}")}
        page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum())  # support, quotes
        problems["support"] = _shoot(page, folder, f"recommendation-support-{lang}")
        page.tabs.setCurrentIndex(3)
        tab = page.surveys
        qtbot.waitUntil(lambda: tab.question.count() > 0, timeout=20_000)
        tab.question.setCurrentIndex(tab.question.findData("opinions/q_biometric"))
        tab.group_by.setCurrentIndex(tab.group_by.findData("governorate"))
        qtbot.waitUntil(lambda: tab.dist is not None and tab.dist.group_by == "governorate", timeout=20_000)
        problems["survey"] = _shoot(page, folder, f"survey-{lang}")
        dialog = tab.open_import()
        dialog.set_files(gen.data, gen.form)
        qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=20_000)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The files read, the boxes say where a coordinator keeps them (the pictures are in docs/): they
        # showed this run's temporary folder ("…advocacy_screens_speak_th0/voter_survey_export.xlsx").
        dialog.data_path.setText(STICK_FOLDER + "\\" + gen.data.name)
        dialog.form_path.setText(STICK_FOLDER + "\\" + gen.form.name)
        assert not private_paths(dialog, [str(tmp_path), tempfile.gettempdir(), str(Path.home())])
        # The list shows the form's own question names (data, as the form's author wrote them) beside
        # their labels; everything else must be in the language.
        problems["import dialog"] = [p for p in _shoot(dialog, folder, f"survey-import-{lang}")
                                     if not p.startswith("QListWidget#? cell")]
        dialog.reject()
        assert not any(problems.values()), problems
    finally:
        ctx.language.set_language("en")
