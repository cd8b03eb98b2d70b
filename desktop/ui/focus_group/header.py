"""The focus group's session fields: title, date and times, place, language, facilitator, note-taker.

Problems (an end before the start, an empty title...) are shown under the field they concern and
never block saving a draft: ``core.validation`` decides, this widget only displays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desktop.core.models import Session
from desktop.core.reference import GOVERNORATES
from desktop.core.validation import session_problems
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.languages import LANGUAGES
from desktop.ui.labels import problems
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.widgets.field_error import FieldWithError
from desktop.ui.widgets.session_date import SessionDateEdit
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.time_field import TimeField
from desktop.ui.widgets.wheel_guard import ChoiceBox

TEXT_FIELDS = ("title", "venue", "facilitator", "note_taker", "start_time", "end_time")


class FocusGroupHeader(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.texts: dict[str, QLineEdit] = {}
        self.wrapped: dict[str, FieldWithError] = {}
        for name in TEXT_FIELDS:
            edit = TimeField(self) if name in ("start_time", "end_time") else QLineEdit(self)
            edit.setObjectName(f"fg_{name}")
            limit_line(edit, Session, name)
            edit.textEdited.connect(lambda _t: self._edited())
            self.texts[name] = edit
        for name in ("start_time", "end_time"):
            self.texts[name].setInputMask("")  # free text: a half-typed time is kept, and flagged
        self.date = SessionDateEdit(None, self)  # the digit setting, not the locale's; minimum = no date yet
        self.date.setObjectName("fg_date")
        self.date.dateChanged.connect(lambda _d: self._edited())
        self.governorate = ChoiceBox(self)
        self.governorate.setObjectName("fg_governorate")
        self.governorate.activated.connect(lambda _i: self._edited())
        self.language = ChoiceBox(self)
        self.language.setObjectName("fg_language")
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        self.language.activated.connect(lambda _i: self._edited())

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in (
            ("title", self.texts["title"]),
            ("date", self.date),
            ("start_time", self.texts["start_time"]),
            ("end_time", self.texts["end_time"]),
            ("governorate", self.governorate),
            ("venue", self.texts["venue"]),
            ("language", self.language),
            ("facilitator", self.texts["facilitator"]),
            ("note_taker", self.texts["note_taker"]),
        ):
            self.wrapped[name] = FieldWithError(widget, self)
            self.form.addRow(name, self.wrapped[name])
        chain(*(wrapped.field for wrapped in self.wrapped.values()))  # the rows' order, not creation's
        self.date.yearTooEarly.connect(lambda: self.wrapped["date"].error.set_error(lambda: problems.message("too_early")))
        self.date.yearTooLate.connect(lambda: self.wrapped["date"].error.set_error(lambda: problems.message("too_late")))
        self.fill_governorates()
        self.retranslate()

    def fill_governorates(self) -> None:
        current = self.governorate.currentData()
        self.governorate.clear()
        # Said, as the roundtable's is: an empty box gave no hint that a governorate is to be chosen.
        self.governorate.addItem(self.tr("— choose —"), "")
        for gov in GOVERNORATES:
            self.governorate.addItem(gov.name(self.lang), gov.key)
        self.governorate.setCurrentIndex(max(self.governorate.findData(current), 0))

    def retranslate(self) -> None:
        labels = {
            "title": self.tr("&Title"),
            "date": self.tr("Dat&e"),
            "start_time": self.tr("Start (HH:MM)"),
            "end_time": self.tr("End (HH:MM)"),
            "governorate": self.tr("&Governorate"),
            "venue": self.tr("Venue"),
            "language": self.tr("&Language"),
            "facilitator": self.tr("Fa&cilitator"),
            "note_taker": self.tr("&Note-taker"),
        }
        for name, text in labels.items():
            label = self.form.labelForField(self.wrapped[name])
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]
            self.wrapped[name].field.setAccessibleName(text.replace("&", ""))
        self.governorate.setItemText(0, self.tr("— choose —"))
        self.show_problems()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.fill_governorates()

    # --- values --------------------------------------------------------------------------------
    def set_values(self, fields: dict[str, Any]) -> None:
        widgets: list[QWidget] = [*self.texts.values(), self.date, self.governorate, self.language]
        for w in widgets:
            w.blockSignals(True)
        try:
            for name, edit in self.texts.items():
                text = str(fields.get(name) or "")
                # Times are stored with Latin digits and shown with the chosen ones (read back by values()).
                edit.setText(shown_digits(text) if name in ("start_time", "end_time") else text)
            self.date.show_day(fields.get("date"))
            self.governorate.setCurrentIndex(max(self.governorate.findData(fields.get("governorate") or ""), 0))
            self.language.setCurrentIndex(max(self.language.findData(fields.get("language") or "ar"), 0))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.show_problems()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: edit.text().strip() for name, edit in self.texts.items()}
        for name in ("start_time", "end_time"):
            out[name] = to_latin_digits(out[name])
        out["date"] = self.date.day()
        out["governorate"] = self.governorate.currentData() or ""
        out["language"] = self.language.currentData() or "ar"
        return out

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        for w in (self.date, self.governorate, self.language):
            w.setEnabled(not read_only)

    def _edited(self) -> None:
        self.show_problems()
        self.changed.emit()

    def show_problems(self) -> None:
        found: dict[str, str] = {}
        for problem in session_problems(self.values(), finalising=False):
            found.setdefault(problem.field, problems.message(problem.code))
        for name, wrapped in self.wrapped.items():
            wrapped.error.set_error(found.get(name, ""))

