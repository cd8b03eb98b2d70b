"""The consent form is shown large (18 points) with a Text size slider, for the participant who reads
it: under the application's style sheet (read-only fields, widgets/read_only_look.py, installed by the
app at start) a widget no longer takes its parent's font, and the form's text and clauses came out at
the interface's small size, the slider moving the title only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import read_only_look
from tests.consent_helpers import focus_group, template_texts


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The look the app installs at start (its style, and font propagation to widgets with a style
    sheet of their own): once per process, as the app does; a second install changes nothing."""
    read_only_look.install()
    yield


@pytest.mark.usefixtures("app_style")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_form_reads_at_the_size_chosen(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                           manager: LanguageManager) -> None:
    manager.set_language(lang)
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language="ckb")
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    QApplication.processEvents()
    row = dialog.clause_rows[0]
    for widget in (dialog.body_label, row.label, row.yes, row.no):
        assert widget.font().pointSizeF() == 18.0, (widget, widget.font().pointSizeF())
    dialog.size_slider.setValue(30)
    QApplication.processEvents()
    assert dialog.body_label.font().pointSizeF() == 30.0 and row.label.font().pointSizeF() == 30.0
    assert dialog.header.font().pointSizeF() < 18.0  # the facilitator's controls keep the interface's size
