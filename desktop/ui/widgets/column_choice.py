"""Which columns of a table show: a menu on the column headings (a right click) and on the table itself
(the menu key or Shift+F10, for the keyboard: a heading takes no focus) ticks the ones that may be
hidden; the choice is kept in the user's settings and comes back at the next start."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from desktop.ui.settings_store import Option, SettingsStore
from desktop.ui.widgets.menu_room import keep_room


class ColumnChoice(QObject):
    """``names``: a name for each column of ``view``'s model, in order (what the settings keep);
    ``optional``: the names a person may hide (the others always show). ``changed`` after a choice."""

    changed = Signal()

    def __init__(self, view: QTableView, names: Sequence[str], optional: Sequence[str],
                 option: Option[tuple[str, ...]], settings: Callable[[], SettingsStore] = SettingsStore) -> None:
        super().__init__(view)
        self.view, self.names, self.optional, self.option = view, list(names), list(optional), option
        self._settings = settings
        self.menu: QMenu | None = None  # the menu open (tests look at it)
        shown = set(settings().get(option))
        for column, name in enumerate(self.names):
            view.setColumnHidden(column, name in self.optional and name not in shown)
        header = view.horizontalHeader()
        for widget in (header, view):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.open(header.mapToGlobal(pos)))
        # A table's context menu position is in its viewport's coordinates (QAbstractScrollArea).
        view.customContextMenuRequested.connect(lambda pos: self.open(view.viewport().mapToGlobal(pos)))

    def shown(self) -> list[str]:
        return [name for column, name in enumerate(self.names) if not self.view.isColumnHidden(column)]

    def actions(self) -> list[QAction]:
        """A ticked entry for each column that may be hidden, named by its heading in the language now."""
        model, actions = self.view.model(), []
        for name in self.optional:
            column = self.names.index(name)
            heading = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or name)
            action = QAction(heading.replace("&", "&&"), self)  # an "&" in a heading is no shortcut letter
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda on, column=column: self.show_column(column, on))
            actions.append(action)
        return actions

    def open(self, where: QPoint) -> None:
        menu = keep_room(QMenu(self.view))  # the names whole at 20 points
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Columns shown"))
        for action in self.actions():
            action.setParent(menu)
            menu.addAction(action)
        self.menu = menu
        menu.aboutToHide.connect(lambda: setattr(self, "menu", None))
        menu.popup(where)

    def show_column(self, column: int, on: bool) -> None:
        self.view.setColumnHidden(column, not on)
        self._settings().set(self.option, tuple(self.shown()))
        self.changed.emit()
