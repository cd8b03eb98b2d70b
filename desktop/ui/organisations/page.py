"""Organisations: a list that fetches more as it scrolls, and a small form to add or edit one.

Typing in the form not saved is asked about (Save / Discard / Cancel, as the Codebook page asks)
before another organisation is chosen, New organisation is pressed, another page is chosen or the
window closes: it was dropped without a word (at a close even from another page, out of sight). Asked rather than saved by itself: a name changed here
is the one every session and report shows, and a half-typed one saved on a click elsewhere would
rename the organisation everywhere without the person meaning it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import organisations as svc
from desktop.core.errors import EnvironmentProblem, ValidationError
from desktop.core.models import Organisation
from desktop.core.reference import GOVERNORATES, ORGANISATION_KINDS
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.organisations import saving
from desktop.ui.organisations.saving import Target, writer
from desktop.ui.page_base import Page
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.field_error import FieldError, FieldWithError
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.save_key import save_key
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.table_rows import keep_rows_shown
from desktop.ui.widgets.team_row_note import TeamRowNote
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.unsaved_choice import settle_typing
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.whole_hint import keep_hint_whole

CHUNK = 200
Index = QModelIndex | QPersistentModelIndex
Values = tuple[str, str, str]  # the form's name, kind and governorate


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
        # The tooltip says a name whole where its column cut it with an ellipsis (a narrow list beside
        # the form, at a larger text size).
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
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
        self._storing_now = False  # a save run at once (asked about on leaving the form) is being stored
        self._form = 0  # which filling of the form is shown: one more at each row chosen and at New
        self._target = Target(None)  # the organisation that filling saves to (made by its first save)
        self._shown: Values = ("", "", "")  # the form as it was filled (stored, or New's blank)
        self._on_way: list[tuple[int, Values]] = []  # the saves on their way to the worker, in order: form, values
        self.search = QLineEdit(self)
        self.search_hint = keep_hint_whole(self.search)  # its hint whole at any text size
        # Only marks typed (harakat, tatweel, direction marks): nothing to look for. The list showed
        # every organisation, as if nothing had been typed, without a word.
        self.search_error = FieldError(self)
        self.search_error.describe(self.search)
        self.search.textChanged.connect(self._search_typed)
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
        self.kind = ChoiceBox(self)
        self.governorate = ChoiceBox(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        save_key(self.save_button)  # Ctrl+S, as on the Codebook page
        self.name.returnPressed.connect(self.save)
        self.team_note = TeamRowNote(self)
        self.form = QFormLayout()
        # The labels above their fields (all of them: LabelsAbove), and Save under New, where the side is
        # narrow (20 points on a laptop at 150 %: beside the list they asked 704 pixels of 627, and the page
        # scrolled sideways).
        self.form_labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.form_labels, (self.name_cell, self.kind, self.governorate), strict=True):
            self.form.addRow(label, field)
        buttons = FlowRow([self.new_button, self.save_button])
        side_part = QWidget(self)
        side = QVBoxLayout(side_part)
        side.setContentsMargins(0, 0, 0, 0)
        self.labels_above = LabelsAbove(self.form, side_part)
        side.addWidget(self.team_note)
        side.addLayout(self.form)
        side.addWidget(buttons)
        side.addStretch(1)
        list_part = QWidget(self)
        left = QVBoxLayout(list_part)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.search_error)
        left.addWidget(self.view, 1)
        # In the middle of an empty list: how to add one, or that the search hides them all.
        self.empty_words = EmptyWords(self.view, self._empty_words, keep_height=True)
        # The form under the list where even labels above their fields leave them no room side by side
        # (English at 24 points on a laptop at 150 %: 627 pixels in 568, and the page scrolled sideways);
        # the list then keeps three whole rows above it.
        keep_rows_shown(self.view, 3)
        QVBoxLayout(self).addWidget(StackingRow([(list_part, 3), (side_part, 2)]))
        self.setFocusProxy(self.view)
        chain(self.view, self.search)  # the page opens in its table; Tab goes on to the search above it
        self.retranslate()
        self.model.reload()
        self._shown = self._values()
        # Organisations also arrive from elsewhere (the laptops' bundles imported on the Sync page, a team
        # update): the list kept what it read when built. Read again at once on screen, else when next shown.
        self._stale = False
        ctx.events.changed.connect(self._on_data_changed)

    @property
    def saving(self) -> bool:
        """A save of the form is on its way to the worker (or waits there behind another)."""
        return bool(self._on_way)

    def _on_data_changed(self, tables: object) -> None:
        if isinstance(tables, set | frozenset) and "organisation" in tables:
            self._read_again()

    def _read_again(self, *, out_of_sight_too: bool = False) -> None:
        """The list read again now (the organisation in the form stays chosen, what is typed stays), or
        marked to be: out of sight, or while a save of the form is on its way (read then, the list chose
        the stored row again and filled the form from it: the name being saved was replaced by the old
        one, and lost if the save was then refused). The page's own save is announced too: the
        list read once when it has come back, not once for the announcement and again after it."""
        if self.saving or self._storing_now or not (out_of_sight_too or self.isVisible()):
            self._stale = True
        else:
            self._reload_showing()

    def _read_if_stale(self) -> None:
        if self._stale:
            self._read_again()

    def _read_after_save(self) -> None:
        """After the form's save came back (stored or refused): the list read once if anything was
        announced meanwhile (the save's own change, an import's), at once even out of sight (the saved
        name listed, as before, for a page left while its save was on its way)."""
        if self._stale:
            self._read_again(out_of_sight_too=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read_if_stale()

    def _empty_words(self) -> str:
        if self.search.text().strip():
            return self.tr("No organisation matches the search.")
        return self.tr("No organisations yet. Type one's name beside the list and press Save.")

    def _search_typed(self, typed: str) -> None:
        say_if_only_marks(self.search_error, typed)
        self.model.reload(typed)

    def title(self) -> str:
        return self.tr("Organisations")

    def retranslate(self) -> None:
        self.search_hint.set_hint(self.tr("Search organisations"))
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

    def may_leave(self) -> bool:
        return self._settled(discard=lambda: self._fill(*self._shown))  # Discard: the form as it was

    def may_close(self, show: Callable[[], None], *, wait: bool) -> bool:
        return saving.may_close(self, show, wait=wait)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        org = self.model.rows[row]
        if org.id == self.current_id and self.has_typed():
            return  # the same one again, after the list was read again: what is typed about it stays
        if not self._settled(discard=lambda: None):
            QTimer.singleShot(0, self, self._back_to_shown)  # not from inside the selection's signal
            return
        self._form += 1
        self.current_id, self._target = org.id, Target(org.id)
        self._fill(org.name, org.kind, org.governorate)
        self.name_cell.error.set_error("")
        self._lock_team_row(read_now(self.ctx, lambda s: svc.is_teams(s, org.id)))

    def _values(self) -> Values:
        return self.name.text(), str(self.kind.currentData() or ""), str(self.governorate.currentData() or "")

    def _fill(self, name: str, kind: str, governorate: str) -> None:
        self.name.setText(name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.governorate.setCurrentIndex(max(0, self.governorate.findData(governorate)))
        self._shown = self._values()

    def has_typed(self) -> bool:
        """Whether the form holds changes not saved: not for the team's read-only row, the last save
        of this form on its way with these values, or a new organisation with no name (nothing could
        be saved)."""
        values = self._values()
        if not self.save_button.isEnabled() or self._last_on_way() == values:
            return False
        if self.current_id is None and not values[0].strip():
            return False
        return values != self._shown

    def _settled(self, discard: Callable[[], object]) -> bool:
        """True when the form may show something else: nothing typed, or asked and saved or discarded."""
        if not self.has_typed():
            return True
        return settle_typing(self, self.tr("Organisation not saved"),
                             self.tr("What you typed about this organisation is not saved. Save it now?"),
                             save=self._saved_now, discard=discard)

    def _last_on_way(self) -> Values | None:
        """The values of the last save of the form shown on its way to the worker, if one is."""
        return next((values for form, values in reversed(self._on_way) if form == self._form), None)

    def _saved_now(self) -> bool:
        """The form stored now (another row, New, another page or the close waits for it); False, the
        reason said beside the name, when it is refused. With a save of this form still on its way,
        this one goes to the worker behind it: written at once, it was then written over by that
        older save (or, for a new organisation, made a second one)."""
        if self._last_on_way() is not None:
            self.save()
            return True
        values = self._values()
        self._storing_now = True  # its announcement read the list before the id below was known
        try:
            org_id = CollectionOp.on_store(self.ctx, writer(self._target, *values)).run_now()
        except (EnvironmentProblem, ValidationError) as exc:
            self._say_refusal(exc)
            return False
        finally:
            self._storing_now = False
        self.current_id, self._shown = org_id, values
        self.name_cell.error.set_error("")
        QTimer.singleShot(0, self, self._read_after_save)  # not from inside the selection's signal
        return True

    def _reload_showing(self) -> None:
        self._stale = False
        self.model.reload()
        self._back_to_shown()

    def _back_to_shown(self) -> None:
        """The list on the organisation in the form again (none chosen for a new one, or one not listed)."""
        row = next((n for n, r in enumerate(self.model.rows) if r.id == self.current_id), -1)
        self.view.setCurrentIndex(self.model.index(row, 0) if row >= 0 else QModelIndex())

    def _lock_team_row(self, theirs: bool) -> None:
        """The team's organisation on a laptop is read-only here, and says why, before anything is
        typed (svc.update refuses it: the centre changes it)."""
        self.name.setReadOnly(theirs)
        for control in (self.kind, self.governorate, self.save_button):
            control.setEnabled(not theirs)
        self.team_note.setVisible(theirs)

    def new(self) -> None:
        if not self._settled(discard=lambda: None):
            return
        self._lock_team_row(False)  # a new organisation is the laptop's own
        self._form += 1
        self.current_id, self._target = None, Target(None)
        self.view.clearSelection()
        self.name.clear()
        self._shown = self._values()
        self.name.setFocus()

    def save(self) -> None:
        # Save pressed again before the first save came back: dropped, the typing in between was never
        # stored and nothing said so. Now it follows the first on the worker, to the same organisation
        # (the form's Target: a new one is made once). The same values again (Enter, then Save) are not
        # sent twice.
        values, form, target, stored = self._values(), self._form, self._target, self._shown
        if self._last_on_way() == values:
            return
        sending = (form, values)
        self._on_way.append(sending)

        def saved(org_id: str) -> None:
            self._on_way.remove(sending)
            if self._form == form:  # else another row (or New) was chosen meanwhile: the form is that one's
                self.current_id, self._shown = org_id, values
                self.name_cell.error.set_error("")
            self._read_after_save()

        def refused(exc: BaseException) -> None:
            self._on_way.remove(sending)
            left = self._form != form
            # A later save of the form left, with the later typing, still on its way says how it went.
            carried_on = left and any(f == form for f, _ in self._on_way)
            if not (carried_on and isinstance(exc, EnvironmentProblem | ValidationError)):
                if left and not self.has_typed():
                    self._put_back(form, target, values, stored)
                self._say_refusal(exc)
            self._read_after_save()  # what was typed stays (has_typed: a save refused is not on its way)

        CollectionOp.on_store(self.ctx, writer(self._target, *values)).success(saved).failure(refused).run_in_background()

    def _put_back(self, form: int, target: Target, values: Values, stored: Values) -> None:
        """A save refused after the form went on to another organisation (chosen, or New, while the save
        was on its way; or Save answered on leaving it then): the typing was lost, and the reason said
        beside the other one's name. The form back on the organisation refused (``stored``: what it held
        before), the typing in it; the reason is said beside it. Only when the form shown holds nothing
        typed, and no later save of the refused one is on its way (that one carries it on)."""
        self._form, self.current_id, self._target = form, target.id, target
        self._lock_team_row(False)  # saved from the form: the laptop's own
        self._fill(*values)
        self._shown = stored
        self._back_to_shown()  # the list on it (or on none, for a new one): its typing kept there

    def _say_refusal(self, exc: BaseException) -> None:
        if isinstance(exc, EnvironmentProblem):  # another program's write, a full disk: raised, it was a crash
            self.name_cell.error.set_error(lambda: environment_reason(exc))
            return
        if not isinstance(exc, ValidationError):
            raise exc
        if exc.details.get("field") == "team":  # the centre would refuse this laptop's whole bundle
            self.name_cell.error.set_error(lambda: self.tr(
                "This organisation is the team's: it is changed at the centre and reaches this laptop in "
                "team updates (ask your coordinator)."))
            return
        # Made again at a language switch (live_words), as the line beside an editor's field: said once, it
        # stayed Arabic on a page switched to Kurdish.
        self.name_cell.error.set_error(lambda: self.tr("An organisation needs a name."))  # keeps what was typed
        self.name.setFocus()  # the keyboard on the name to type: it stayed on Save
