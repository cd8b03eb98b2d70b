"""Organisations: a list that fetches more as it scrolls, and a small form to add or edit one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import organisations as svc
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem, ValidationError
from desktop.core.models import Organisation
from desktop.core.reference import GOVERNORATES, ORGANISATION_KINDS
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.page_base import Page
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.field_error import FieldWithError
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.team_row_note import TeamRowNote
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.text_limits import limit_line

CHUNK = 200
Index = QModelIndex | QPersistentModelIndex


class OrganisationsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = ""
        self.rows: list[svc.OrgRow] = []
        self.total = 0

    def reload(self, text: str | None = None) -> None:
        if text is not None:
            self.text = text
        text = self.text
        total, rows = read_now(self.ctx, lambda s: (svc.count(s, text), svc.page(s, 0, CHUNK, text)))
        self.beginResetModel()
        self.total, self.rows = total, rows
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        offset, text = len(self.rows), self.text
        more = read_now(self.ctx, lambda s: svc.page(s, offset, CHUNK, text))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        else:
            self.total = len(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.name
        if index.column() == 1:
            return labels.organisation_kind(row.kind)
        return labels.governorate(row.governorate, self.ctx.language.language)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [self.tr("Name"), self.tr("Kind"), self.tr("Governorate")]
        return titles[section] if 0 <= section < 3 else None


class OrganisationsPage(Page):
    key = "organisations"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = OrganisationsModel(ctx, self)
        self.current_id: str | None = None
        self.saving = False  # a save on its way to the worker: another press waits for it
        self._form = 0  # which filling of the form is shown: one more at each row chosen and at New
        self.search = QLineEdit(self)
        self.search.textChanged.connect(lambda t: self.model.reload(t))
        self.view = QTableView(self)
        cells_follow_their_text(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur.row()))
        self.name = limit_line(QLineEdit(self), Organisation, "name")
        self.name_cell = FieldWithError(self.name, self)
        self.kind = QComboBox(self)
        self.governorate = QComboBox(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.team_note = TeamRowNote(self)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.form_labels, (self.name_cell, self.kind, self.governorate), strict=True):
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.team_note)
        side.addLayout(self.form)
        side.addLayout(buttons)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)
        self.setFocusProxy(self.view)
        chain(self.view, self.search)  # the page opens in its table; Tab goes on to the search above it
        self.retranslate()
        self.model.reload()

    def title(self) -> str:
        return self.tr("Organisations")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search organisations"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.view.setAccessibleName(self.tr("Organisations"))
        texts = (self.tr("&Name"), self.tr("&Kind"), self.tr("&Governorate"))
        for label, text, buddy in zip(self.form_labels, texts, (self.name, self.kind, self.governorate), strict=True):
            label.setText(text)
            label.setBuddy(buddy)
        self.name.setAccessibleName(self.tr("Name"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.governorate.setAccessibleName(self.tr("Governorate"))
        self.new_button.setText(self.tr("New &organisation"))
        self.save_button.setText(self.tr("&Save"))
        k, g = self.kind.currentData(), self.governorate.currentData()
        self.kind.clear()
        for code in ORGANISATION_KINDS:
            self.kind.addItem(labels.organisation_kind(code), code)
        self.governorate.clear()
        self.governorate.addItem(self.tr("— none —"), "")
        for gov in GOVERNORATES:
            self.governorate.addItem(gov.name(self.ctx.language.language), gov.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(k)))
        self.governorate.setCurrentIndex(max(0, self.governorate.findData(g)))

    def refresh(self) -> None:
        self.model.reload()

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        org = self.model.rows[row]
        self._form += 1
        self.current_id = org.id
        self.name.setText(org.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind)))
        self.governorate.setCurrentIndex(max(0, self.governorate.findData(org.governorate)))
        self.name_cell.error.set_error("")
        self._lock_team_row(read_now(self.ctx, lambda s: svc.is_teams(s, org.id)))

    def _lock_team_row(self, theirs: bool) -> None:
        """The team's organisation on a laptop is read-only here, and says why, before anything is
        typed (svc.update refuses it: the centre changes it)."""
        self.name.setReadOnly(theirs)
        for control in (self.kind, self.governorate, self.save_button):
            control.setEnabled(not theirs)
        self.team_note.setVisible(theirs)

    def new(self) -> None:
        self._lock_team_row(False)  # a new organisation is the laptop's own
        self._form += 1
        self.current_id = None
        self.view.clearSelection()
        self.name.clear()
        self.name.setFocus()

    def save(self) -> None:
        # Save pressed twice (or Enter then Save) before the first save came back made the new
        # organisation twice: the second press still had no id to update.
        if self.saving:
            return
        name, kind, gov = self.name.text(), self.kind.currentData(), self.governorate.currentData() or ""
        current, form = self.current_id, self._form
        self.saving = True

        def write(store: Store) -> str:
            if current:
                svc.update(store, current, name, kind, gov)
                return current
            return svc.create(store, name, kind, gov)

        def saved(org_id: str) -> None:
            self.saving = False
            if self._form == form:  # else another row (or New) was chosen meanwhile: the form is that one's
                self.current_id = org_id
                self.name_cell.error.set_error("")
            self.model.reload()

        def refused(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, EnvironmentProblem):  # another program's write, a full disk: raised, it was a crash
                self.name_cell.error.set_error(lambda: environment_reason(exc))
                return
            if not isinstance(exc, ValidationError):
                raise exc
            if exc.details.get("field") == "team":  # the centre would refuse this laptop's whole bundle
                self.name_cell.error.set_error(self.tr(
                    "This organisation is the team's: it is changed at the centre and reaches this laptop in "
                    "team updates (ask your coordinator)."))
                return
            self.name_cell.error.set_error(self.tr("An organisation needs a name."))  # keeps what was typed

        CollectionOp.on_store(self.ctx, write).success(saved).failure(refused).run_in_background()
