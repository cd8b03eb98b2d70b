"""Every item model shown by any page of the main window passes Qt's model tester on demo data.

tests/ui/test_models.py and the page tests check each model class with rows changing under it;
this walk makes sure that no page shows a model nobody checks: it opens every page of the real
window on a demo database, attaches the tester (which stays attached for the rest of the test)
to the model of every item view it finds, and waits for the worker's rows to arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.lazy_panel import build_all_parts

# Models that Qt's own widgets make for themselves (QListWidget, QTreeWidget, QComboBox) are Qt's,
# not ours; the tester is for the models Majlis writes.
QT_PRIVATE = ("QListModel", "QTreeModel", "QTableModel", "QStandardItemModel", "QStringListModel",
              "QFileSystemModel", "QCompletionModel")


def test_every_page_model_passes_the_model_tester(ctx: AppContext, qtbot: QtBot, model_validator) -> None:  # type: ignore[no-untyped-def]
    demo.generate(ctx.store, sessions=4, seed=11)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    checked: dict[str, QAbstractItemModel] = {}
    for key in registry.page_keys():
        window.go_to(key)
        build_all_parts(window.current_page())  # the tabs and panels a page builds when first shown
        assert ctx.tasks.drain(20_000)
        for view in window.current_page().findChildren(QAbstractItemView):
            model = view.model()
            name = type(model).__name__
            if model is None or name in QT_PRIVATE or id(model) in {id(m) for m in checked.values()}:
                continue
            model_validator.set_model(model)
            checked[f"{key}:{name}"] = model
    # Refresh every page once more with the tester attached: the resets and inserts are checked too.
    for key in registry.page_keys():
        window.go_to(key)
        refresh = getattr(window.current_page(), "refresh", None)
        if callable(refresh):
            refresh()
        assert ctx.tasks.drain(20_000)
    names = {label.split(":")[1] for label in checked}
    # The pages that list things show our own models, with the demo's rows in them.
    assert {"SessionListModel", "AllParticipantsModel", "OrganisationsModel"} <= names, sorted(checked)
    assert all(m.rowCount() >= 0 for m in checked.values())
    assert any(m.rowCount() > 0 for label, m in checked.items() if label.startswith("sessions:"))
    window.close_editor()
