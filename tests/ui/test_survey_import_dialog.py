"""Importing a survey through the real dialog: choose the questions, keep or drop identifying
columns, the import on the DB worker; then a distribution by governorate, gender and age band; a
refused file is one translated line and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.core import survey_stats
from desktop.core.models import Survey
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.advocacy.survey_import_dialog import NAME_ROLE, SurveyImportDialog
from tests.kobo_export import write_kobo_xlsx
from tests.sync_helpers import full_digest


@pytest.fixture
def page(ctx, qtbot):  # type: ignore[no-untyped-def]
    p = RecommendationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.tabs.setCurrentIndex(3)
    return p


def _item(dialog: SurveyImportDialog, name: str):  # type: ignore[no-untyped-def]
    for i in range(dialog.questions.count()):
        if dialog.questions.item(i).data(NAME_ROLE) == name:
            return dialog.questions.item(i)
    raise AssertionError(name)


def test_import_choose_questions_and_see_distributions(ctx, qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gen = write_kobo_xlsx(tmp_path, 400)
    dialog = page.surveys.open_import()
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    phone = _item(dialog, "demographics/phone")
    assert phone.checkState() == Qt.CheckState.Unchecked and not phone.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "(identifying)" in phone.text()
    _item(dialog, "opinions/q_comment").setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert dialog.imported is not None and dialog.imported.responses == 400
    assert "400" in page.surveys.message.text()
    with ctx.store.session() as s:
        survey = s.scalars(select(Survey)).one()
        assert "opinions/q_comment" not in survey.columns and "demographics/phone" not in survey.columns
        assert "opinions/q_biometric" in survey.columns
    tab = page.surveys
    qtbot.waitUntil(lambda: tab.survey.currentData() == survey.id and tab.question.count() > 0, timeout=10_000)
    tab.question.setCurrentIndex(tab.question.findData("opinions/q_biometric"))
    for group_by in ("governorate", "gender", "age_band"):
        tab.group_by.setCurrentIndex(tab.group_by.findData(group_by))
        qtbot.waitUntil(lambda g=group_by: tab.dist is not None and tab.dist.group_by == g
                        and tab.dist.question == "opinions/q_biometric", timeout=10_000)
        with ctx.store.session() as s:
            expected = survey_stats.distribution(s, survey.id, "opinions/q_biometric", group_by)
        assert tab.model.rows[0].cells[0] == "400"  # all respondents first
        assert len(tab.model.rows) == len(expected.groups) > 2
        for row, group in zip(tab.model.rows, expected.groups, strict=True):
            assert row.cells[0] == str(expected.n.get(group, 0))


def test_a_refused_file_is_one_translated_line(ctx, qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gen = write_kobo_xlsx(tmp_path, 1500, duplicate_row=1200)
    ctx.language.set_language("ar")
    try:
        dialog = page.surveys.open_import()
        dialog.set_files(gen.data, gen.form)
        qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
        before = full_digest(ctx.store)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=60_000)
        text = dialog.error.text()
        assert "\n" not in text and "1202" in text and gen.data.name in text
        assert any("\u0600" <= ch <= "\u06ff" for ch in text) and "submission" not in text
        assert dialog.isVisible() and dialog.import_button.isEnabled()
        assert full_digest(ctx.store) == before
        with ctx.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Survey)) == 0
        # No form: refused before anything is read.
        dialog.form_path.clear()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.text() not in ("", text), timeout=10_000)
        assert "XLSForm" in dialog.error.text() and "\n" not in dialog.error.text()
    finally:
        ctx.language.set_language("en")


def test_the_two_files_swapped_are_said_to_be_swapped(ctx, qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The XLSForm chosen as the export and the export as the form: the dialog said "The form … has no
    'survey' sheet: is it an XLSForm?" (when the form was read, and again on Import), not that the two
    files are the wrong way round."""
    gen = write_kobo_xlsx(tmp_path, 20)
    ctx.language.set_language("ckb")
    try:
        dialog = page.surveys.open_import()
        before = full_digest(ctx.store)
        dialog.set_files(gen.form, gen.data)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
        on_reading = dialog.error.text()
        assert "\n" not in on_reading and gen.form.name in on_reading and gen.data.name in on_reading
        assert any("\u0600" <= ch <= "\u06ff" for ch in on_reading) and "wrong way" not in on_reading
        assert dialog.questions.count() == 0
        dialog.error.clear()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=60_000)
        assert dialog.error.text() == on_reading  # the same line on Import
        assert dialog.isVisible() and full_digest(ctx.store) == before
        with ctx.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Survey)) == 0
    finally:
        ctx.language.set_language("en")
    dialog.error.clear()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=60_000)
    assert dialog.error.text().startswith("The two files seem to be the wrong way round:")
