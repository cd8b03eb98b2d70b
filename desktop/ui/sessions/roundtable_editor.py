"""The roundtable editor: session details, attendance, agenda with notes, decisions, action items.

Every edit restarts the 2 s autosave timer (SessionEditorBase); leaving a field saves at once.
Validation marks fields in place and never blocks saving a draft or discards what was typed.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core import organisations as orgs
from desktop.core import participants
from desktop.core import sessions as svc
from desktop.core.models import ActionItem, Decision, Session
from desktop.core.reference import ACTION_STATUSES, GOVERNORATES
from desktop.core.validation import Problem, session_problems
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.languages import LANGUAGES
from desktop.ui.context import AppContext
from desktop.ui.labels import problems
from desktop.ui.labels import sessions as labels
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.sessions import (
    attendance_tab,
    attendee_adds,
    attendee_consent,
    empty_minutes,
    minutes_import,
    roundtable_lifecycle,
)
from desktop.ui.sessions.delegates import ChoiceDelegate, DateDelegate
from desktop.ui.sessions.minutes_sections import AgendaSection, TableSection
from desktop.ui.widgets.actions_or_menu import ActionsOrMenu
from desktop.ui.widgets.blockers import BlockersList
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.field_error import FieldError, FieldWithError
from desktop.ui.widgets.fitting_tabs import FittingTabs
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.session_date import SessionDateEdit
from desktop.ui.widgets.session_dialogs import AuditDialog
from desktop.ui.widgets.session_editor_base import HEADING_LEAST, SessionEditorBase
from desktop.ui.widgets.session_pdf import PdfButton
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.text_limits import LimitedLineDelegate, column_limit, limit_line
from desktop.ui.widgets.time_field import TimeField
from desktop.ui.widgets.top_row import top_row
from desktop.ui.widgets.wheel_guard import ChoiceBox

TEXT_FIELDS = ("title", "venue", "facilitator", "note_taker", "start_time", "end_time")
NEW_PERSON_ROLE = attendee_adds.NEW_PERSON_ROLE  # a new person's, until changed in the table


class RoundtableEditor(SessionEditorBase):
    SHOWN_TABLES = frozenset({"session", "attendance", "agenda_item", "decision", "action_item"})
    # The Attendance tab's (attendance_tab.build).
    attendance_model: ColumnTableModel
    attendance: TableSection
    add_participant_button: QPushButton
    new_person_button: QPushButton
    consent_button: QPushButton
    consent_dialog_class: Any
    base: svc.Minutes  # the minutes as last read or saved: what an import's are compared with

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, session_id, parent)
        self.setObjectName("roundtable_editor")
        self._names: dict[str, str] = {}
        self._blocking: list[Problem] = []  # what the finalise list shows
        self._loading = True
        self._build()
        self.load()
        self._loading = False
        # The Consent column follows a consent recorded or withdrawn elsewhere, or brought by a bundle.
        ctx.events.changed.connect(self._on_data_changed)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", self)
        self.back.clicked.connect(self.request_close)
        # The roundtable's title, as the focus-group editor's heading: which session is open on every tab.
        self.heading = ElidedLabel(self, least_characters=HEADING_LEAST, interface_side=True)
        keep_relative_font(self.heading, self, scale=1.2, bold=True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # the status beside it
        self.status_label = QLabel(self)
        self.finalise_button = QPushButton(self)
        self.finalise_button.clicked.connect(lambda: self.finalise())
        self.unlock_button = QPushButton(self)
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.audit_button = QPushButton(self)
        self.audit_button.clicked.connect(lambda: self.show_audit())
        self.blockers = BlockersList(self)
        self.blockers.chosen.connect(self.go_to_problem)
        # Why the minutes are not saved yet (a full disk, another program's lock), until they are.
        self.save_problem = FieldError(self, in_sight=True)  # said in sight: the editor may be scrolled down
        self.save_problem.setObjectName("save_problem")
        self.saveFailed.connect(self.save_problem.set_error)
        self.saved.connect(lambda: self.save_problem.set_error(""))
        self.pdf_button = PdfButton(self.ctx, self.session_id, self.save_first, self)
        # In a menu when there is no room (a larger text size): on more lines they left the tabs ~100 pixels.
        self.session_actions = ActionsOrMenu([self.code_button, self.pdf_button, self.audit_button,
                                              self.unlock_button, self.finalise_button], self)
        # The menu under Back and the title where even it has no room beside them (24 points, a laptop at 150 %).
        self.top_row = top_row([(self.back, 0), (self.heading, 0), (self.status_label, 1)], self.session_actions, self)

        self.edits: dict[str, QLineEdit] = {}
        self.cells: dict[str, FieldWithError] = {}
        for name in TEXT_FIELDS:
            edit = TimeField(self) if name in ("start_time", "end_time") else QLineEdit(self)
            limit_line(edit, Session, name)
            edit.textEdited.connect(lambda _t: self._edited())
            self.edits[name] = edit
            self.cells[name] = FieldWithError(edit, self)
        self.edits["title"].textChanged.connect(lambda _t: self._show_heading())
        self.date = SessionDateEdit(lambda: self.ctx.language.digits, self)  # the digit setting, not the locale's
        self.date.dateChanged.connect(lambda _d: self._edited())
        self.cells["date"] = FieldWithError(self.date, self)
        self.date.yearTooEarly.connect(lambda: self.cells["date"].error.set_error(lambda: problems.message("too_early")))
        self.date.yearTooLate.connect(lambda: self.cells["date"].error.set_error(lambda: problems.message("too_late")))
        self.governorate = ChoiceBox(self)
        self.governorate.currentIndexChanged.connect(lambda _i: self._edited())
        self.cells["governorate"] = FieldWithError(self.governorate, self)
        self.language_combo = ChoiceBox(self)
        for lang in LANGUAGES:
            self.language_combo.addItem(lang.native_name, lang.code)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        order = ["title", "date", "start_time", "end_time", "governorate", "venue", "language", "facilitator", "note_taker"]
        for name in order:
            label = QLabel(self)
            field: QWidget = self.language_combo if name == "language" else self.cells[name]
            label.setBuddy(self.language_combo if name == "language" else self.cells[name].field)
            self.form_labels[name] = label
            self.form.addRow(label, field)
        # Tab in the rows' order, not the order the fields were made in.
        chain(*(self.language_combo if name == "language" else self.cells[name].field for name in order))
        details = QWidget(self)
        details.setLayout(self.form)

        attendance_tab.build(self)  # the table (attendee, role, consent) and its buttons
        self.agenda = AgendaSection(self)
        self.agenda.edited.connect(self._edited)
        self.decisions_model = ColumnTableModel([Column.field("text", lambda: self.tr("Decision"))], {"text": ""}, self)
        self.decisions = TableSection(
            self.decisions_model, lambda: self.tr("Add deci&sion"), lambda: self.tr("Decisions"), self, empty_minutes.DECISIONS
        )
        self.decisions.view.setItemDelegateForColumn(0, LimitedLineDelegate(column_limit(Decision, "text"), self))
        self.decisions.add_button.clicked.connect(lambda: self._add_row(self.decisions))
        self.actions_model = ColumnTableModel(
            [
                Column.field("what", lambda: self.tr("Action")),  # as the PDF and workbook name it
                Column.field("owner", lambda: self.tr("Owner")),
                Column.field("due_date", lambda: self.tr("Due date"), self._format_date),
                Column.field("status", lambda: self.tr("Status"), labels.action_status),
            ],
            {"what": "", "owner": "", "due_date": None, "status": "open"},
            self,
        )
        self.action_items = TableSection(
            self.actions_model, lambda: self.tr("Add a&ction item"), lambda: self.tr("Action items"), self, empty_minutes.ACTION_ITEMS
        )
        self.action_items.view.setItemDelegateForColumn(0, LimitedLineDelegate(column_limit(ActionItem, "what"), self))
        self.action_items.view.setItemDelegateForColumn(1, LimitedLineDelegate(column_limit(ActionItem, "owner"), self))
        self.action_items.cap_column(1, 0.3)  # a long owner wraps: the Action column keeps its room
        self.action_items.view.setItemDelegateForColumn(2, DateDelegate(self))
        self.action_items.view.setItemDelegateForColumn(3, ChoiceDelegate(ACTION_STATUSES, labels.action_status, self))
        self.action_items.add_button.clicked.connect(lambda: self._add_row(self.action_items))
        for model in (self.attendance_model, self.decisions_model, self.actions_model):
            model.edited.connect(self._edited)

        self.tabs = FittingTabs(self)
        # No stop of its own: last in the order, it led Tab from a tab's last field to its bar, its focus proxy.
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # Qt: none
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(scrolled(details, self, name="roundtable_details", follow_focus=True), "")  # nine rows: scrolls
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.decisions, "")
        self.tabs.addTab(self.action_items, "")
        layout = QVBoxLayout(self)
        side = layout.contentsMargins().left()
        layout.setContentsMargins(side, side // 2, side, 0)  # the height is the tabs' (a laptop at 150 %)
        layout.addWidget(self.top_row)
        layout.addWidget(self.import_bar)
        layout.addWidget(self.blockers)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.tabs, 1)
        # Tab goes down the editor as it is read: the bar above the tabs (in the order of creation
        # forward Tab never reached it, only Shift+Tab), the finalise list, the tab bar, then the tab in
        # front. The editor opens with the focus in its title (focusInEvent): as its focus proxy the
        # title was put first in the editor's Tab order by Qt, and Tab from the navigation went there,
        # past the bar, even with the title on a tab out of sight.
        fields = [self.language_combo if name == "language" else self.cells[name].field for name in order]
        chain(self.back, self.code_button, self.pdf_button, self.audit_button, self.unlock_button,
              self.finalise_button, self.blockers.list, self.tabs.tabBar(), *fields,
              self.attendance.add_button, self.add_participant_button, self.new_person_button, self.consent_button,
              self.attendance.remove_button, self.attendance.view, self.agenda.add_button,
              *(w for section in (self.decisions, self.action_items)
                for w in (section.add_button, section.remove_button, section.view)))
        QWidget.setTabOrder(self.back, self.session_actions.more)  # in their place when they are in a menu
        self.retranslate()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.edits["title"].setFocus(event.reason())  # opened, or given the focus back: the title

    def retranslate(self) -> None:
        self.retranslate_code_button()
        self.back.setText(self.tr("Back"))
        self.back.setToolTip(self.tr("Back to the list (Esc)"))
        self.back.setAccessibleName(self.tr("Back"))
        self._show_heading()
        self.finalise_button.setText(self.tr("F&inalise"))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.audit_button.setText(self.tr("Audit &trail"))
        for key in self.form_labels:
            text = labels.field(key)
            self.form_labels[key].setText(text)
            widget = self.language_combo if key == "language" else self.cells[key].field
            widget.setAccessibleName(text)
        self.governorate.blockSignals(True)
        current = self.governorate.currentData()
        self.governorate.clear()
        self.governorate.addItem(self.tr("— choose —"), "")
        for g in GOVERNORATES:
            self.governorate.addItem(g.name(self.ctx.language.language), g.key)
        self.governorate.setCurrentIndex(max(0, self.governorate.findData(current)))
        self.governorate.blockSignals(False)
        for i, text in enumerate(
            [self.tr("&Details"), self.tr("Atte&ndance"), self.tr("A&genda"), self.tr("D&ecisions"),
             self.tr("Action ite&ms")]
        ):
            self.tabs.setTabText(i, text)
        self.attendance.add_button.setText(self.tr("Add o&rganisation…"))
        self.add_participant_button.setText(self.tr("Add &participant…"))
        self.new_person_button.setText(self.tr("Ne&w person"))
        self.new_person_button.setAccessibleName(self.tr("Add a new person with a pseudonym of this roundtable"))
        self.consent_button.setText(self.tr("Record &consent…"))
        self.consent_button.setToolTip(self.tr("Record the consent of the participant chosen in the table"))
        for section in (self.attendance, self.decisions, self.action_items):
            section.retranslate()
        self.agenda.retranslate()
        self.show_status()
        self.validate()

    # --- loading and saving ----------------------------------------------------------------------
    def _show_heading(self) -> None:
        self.heading.setText(self.edits["title"].text().strip() or self.tr("Roundtable"))

    def load(self) -> None:
        self.show_minutes(read_now(self.ctx, lambda s: svc.minutes_of(s, self.session_id)))

    def show_minutes(self, minutes: svc.Minutes, *, status_too: bool = True) -> None:
        """``minutes`` on screen, as read (or saved: the editor's ``base``, what a later import's minutes
        are compared with); ``status_too``: read-only as their status says."""
        loading, self._loading = self._loading, True
        try:
            self._fill(minutes, status_too)
        finally:
            self._loading = loading
        self.base = copy.deepcopy(minutes)

    def _fill(self, minutes: svc.Minutes, status_too: bool) -> None:
        if status_too:
            self.status = minutes.status
        f = minutes.fields
        for name in TEXT_FIELDS:
            value = f.get(name) or ""
            # Times are stored with Latin digits and shown with the chosen ones (read back by fields()).
            self.edits[name].setText(shown_digits(value) if name in ("start_time", "end_time") else value)
        self.date.show_day(f.get("date"))
        self.governorate.setCurrentIndex(max(0, self.governorate.findData(f.get("governorate") or "")))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(f.get("language") or "ar")))
        self._load_names(minutes.attendance)
        self.attendance_model.set_rows(minutes.attendance)
        self._update_consent_button()
        self.agenda.set_items(minutes.agenda)
        self.decisions_model.set_rows(minutes.decisions)
        self.actions_model.set_rows(minutes.actions)
        if status_too:
            self.set_read_only(self.read_only_for_status(self.status))
            self.show_status()
        self.validate()

    def _load_names(self, rows: list[dict[str, Any]]) -> None:
        org_ids = [r["organisation_id"] for r in rows if r.get("organisation_id")]
        part_ids = [r["participant_id"] for r in rows if r.get("participant_id")]
        self._names.update(read_now(self.ctx, lambda s: {**orgs.names(s, org_ids), **participants.codes(s, part_ids)}))
        attendee_consent.read(self, rows)  # and the participants' consent, for the table's Consent column

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: self.edits[name].text().strip() for name in TEXT_FIELDS}
        # Times may be typed with Arabic-Indic digits; they are stored with Latin ones.
        for name in ("start_time", "end_time"):
            out[name] = to_latin_digits(out[name])
        out["title"] = self.edits["title"].text()
        out["date"] = self.date.day()
        out["governorate"] = self.governorate.currentData() or ""
        out["language"] = self.language_combo.currentData() or "ar"
        return out

    def on_screen(self) -> svc.Minutes:
        return svc.Minutes(
            fields=self.fields(),
            attendance=self.attendance_model.rows,
            agenda=self.agenda.collect(),
            decisions=self.decisions_model.rows,
            actions=self.actions_model.rows,
        )

    def save_now(self) -> None:
        minutes = self.on_screen()
        # On disk before the editor may close; the change set tells the other views.
        self.base = CollectionOp.on_store(
            self.ctx, lambda store: svc.save_minutes(store, self.session_id, minutes)).run_now()

    # --- an import changing the minutes (SessionEditorBase; minutes_import) ---------------------------
    def read_theirs(self) -> None:
        minutes_import.read_theirs(self)

    def show_theirs(self, *, asked: bool) -> None:
        self.autosave_timer.stop()
        self.load()
        self.import_settled()

    def keep_mine(self) -> None:
        minutes_import.keep_mine(self)

    def _edited(self) -> None:
        if self._loading:
            return
        self.validate()
        self.schedule_save()

    # --- validation ------------------------------------------------------------------------------
    def messages(self, problem: Problem) -> str:
        return problems.message(problem.code)

    def validate(self, *, finalising: bool = False) -> list[Problem]:
        found = session_problems(self.fields(), finalising=finalising)
        by_field: dict[str, str] = {}
        for p in found:
            by_field.setdefault(p.field, self.messages(p))
        for name, cell in self.cells.items():
            cell.error.set_error(by_field.get(name, ""))
        return found

    # --- attendance ------------------------------------------------------------------------------
    def _attendee_name(self, row: dict[str, Any]) -> str:
        ref = row.get("organisation_id") or row.get("participant_id") or ""
        return self._names.get(ref, "")

    def add_attendee(self, *, organisation_id: str | None = None, participant_id: str | None = None,
                     role: str = "cso", name: str = "", attendance_id: str | None = None) -> None:
        """``attendance_id``: the row is stored already (a new person), the next save updates it."""
        attendance_tab.add_attendee(self, organisation_id=organisation_id, participant_id=participant_id, role=role,
                                    name=name, attendance_id=attendance_id)

    def add_organisation(self) -> None:
        attendee_adds.add_organisation(self)

    def add_participant(self) -> None:
        attendee_adds.add_participant(self)

    def new_person(self) -> None:
        """A person who is nobody's participant yet, with this roundtable's pseudonym (attendance_tab)."""
        attendance_tab.new_person(self)

    def _attendee_participant(self) -> str | None:
        return attendance_tab.attendee_participant(self)

    def _update_consent_button(self) -> None:
        attendance_tab.update_consent_button(self)

    def _on_data_changed(self, tables: object) -> None:
        attendee_consent.follow(self, tables)

    def record_consent(self) -> None:
        """The consent form for the participant chosen in the attendance table."""
        roundtable_lifecycle.record_consent(self)

    def show_blockers(self, found: list[Problem], *, keep_fields: bool = False) -> None:
        """The finalise list; ``keep_fields``: the fields' problems stay, the consent ones are ``found``."""
        roundtable_lifecycle.show_blockers(self, found, keep_fields=keep_fields)

    def _add_row(self, section: TableSection) -> None:
        row = section.model.add()
        section.view.setCurrentIndex(section.model.index(row, 0))
        section.view.setFocus()

    def _format_date(self, value: Any) -> str:
        return self.ctx.language.format_date(value) if isinstance(value, dt.date) else ""

    # --- finalise / unlock / audit ----------------------------------------------------------------
    def apply_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        for w in (self.date, self.governorate, self.language_combo, self.add_participant_button,
                  self.new_person_button):
            w.setEnabled(not read_only)
        for section in (self.attendance, self.decisions, self.action_items):
            section.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        self.finalise_button.setVisible(not read_only)
        self.unlock_button.setVisible(read_only and not self.is_gone())  # a deleted session: neither

    def show_status(self) -> None:
        self.status_label.setText(labels.status(getattr(self, "status", "draft")))

    def finalise(self) -> bool:
        return roundtable_lifecycle.finalise(self)

    def go_to_problem(self, problem: Problem) -> None:
        """A field: its tab and the field; a participant's consent: the attendance row."""
        roundtable_lifecycle.go_to_problem(self, problem)

    def unlock(self, reason: str | None = None) -> bool:
        return roundtable_lifecycle.unlock(self, reason)

    def show_audit(self) -> AuditDialog:
        self.flush()
        return AuditDialog.open_for(self.ctx, self.session_id, self)
