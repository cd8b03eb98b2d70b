"""Table models of the consent page: templates, the consent register, and a participant's turns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core import consent
from desktop.core.consent_changes import FormChanges
from desktop.core.recorded_on import RecordingDevice
from desktop.core.reference import CONSENT_CLAUSES
from desktop.i18n.digits import apply_digits
from desktop.i18n.formatting import format_date, format_datetime
from desktop.i18n.languages import name_or_code
from desktop.ui.labels.consent_changes import changes_text, clause_name
from desktop.ui.labels.sessions import kind as session_kind
from desktop.ui.qt_i18n import active_digits, active_language, shown_number
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.free_text import text_alignment
from desktop.ui.widgets.separator import separator

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentModels", text)


class _Table(QAbstractTableModel):
    headers: tuple[Any, ...] = ()  # QT_TRANSLATE_NOOP(...) marks them for lupdate

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    # Read at every paint, never remembered: numbers are text here (Qt would print ckb/ar digits
    # whatever the setting), and they must follow a change of the setting at once.
    @property
    def digits(self) -> Any:
        return active_digits()

    @property
    def lang(self) -> str:
        return active_language()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(str(self.headers[section])) if 0 <= section < len(self.headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return shown_number(section + 1)  # row numbers follow the digit setting too
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, max(0, len(self.headers) - 1)))


class TemplatesModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("ConsentModels", "Form"),
        QT_TRANSLATE_NOOP("ConsentModels", "Version"),
        QT_TRANSLATE_NOOP("ConsentModels", "Language"),
        QT_TRANSLATE_NOOP("ConsentModels", "Title"),
        QT_TRANSLATE_NOOP("ConsentModels", "Clauses"),
    )

    # Form text id -> the field laptop whose own form it is, and whether it is this laptop
    # (``consent_views.laptops_own_forms``); the team's forms are not in it.
    owners: dict[str, tuple[RecordingDevice, bool]] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t, clause_count = self.rows[index.row()]
        version, count = apply_digits(str(t.version), self.digits), apply_digits(str(clause_count), self.digits)
        name = owned_form_label(t.template_key, self.owners.get(t.id), self.lang)
        return (name, version, name_or_code(t.language), t.title, count)[index.column()]


def owned_form_label(key: str, owner: tuple[RecordingDevice, bool] | None, lang: str) -> str:
    """A form's name, with the field laptop it belongs to when it is not the team's: a laptop's own form
    under the team form's key is never called the team form (``desktop.core.form_publishers``)."""
    if owner is None:
        return form_label(key)
    device, here = owner
    laptop = isolated(device.label(lang))  # a Latin label and its id's parentheses whole in an Arabic line
    if key == "session-consent":
        return QCoreApplication.translate("ConsentModels", "Own form of %1").replace("%1", laptop)
    if here:  # this laptop's own built-in or other form: as it was named before it joined a team
        return form_label(key)
    return QCoreApplication.translate("ConsentModels", "%1 (own form of %2)").replace(
        "%1", isolated(form_label(key))).replace("%2", laptop)


def form_label(key: str) -> str:
    """A form's name for people: never its key (``session-consent`` is for the machine)."""
    if key == "builtin-consent":
        return QCoreApplication.translate("ConsentModels", "Built-in form")
    if key == "session-consent":
        return QCoreApplication.translate("ConsentModels", "Team form")
    return key.replace("-", " ").replace("_", " ").strip()



def answers_text(answers: dict[str, bool]) -> str:
    return separator().join(("✓ " if answers[k] else "✗ ") + clause_name(k) for k in CONSENT_CLAUSES if k in answers)


def status_text(row: consent.RegisterRow) -> str:
    if row.withdrawn_at:
        scope = QCoreApplication.translate("ConsentModels", "all data") if row.withdrawal_scope == "all" else QCoreApplication.translate("ConsentModels", "quotes only")
        return QCoreApplication.translate("ConsentModels", "Withdrawn %1 (%2)").replace("%1", _day(row.withdrawn_at)).replace("%2", scope)
    if row.template_missing:
        return QCoreApplication.translate("ConsentModels", "Form not on this device")
    if row.replaced_at:  # recorded again (a mistake corrected): the newer record stands
        return QCoreApplication.translate("ConsentModels", "Replaced %1").replace("%1", _day(row.replaced_at))
    return QCoreApplication.translate("ConsentModels", "Refused") if row.refused else QCoreApplication.translate("ConsentModels", "Given")


def _day(iso: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(iso[:10]), active_language(), active_digits())
    except ValueError:
        return iso


def session_text(r: consent.RegisterRow) -> str:
    """A session's title; one nobody titled (consent taken at the door, before a title was typed) by its
    kind and date, as the Sessions list shows it, never its database id."""
    if r.session_title or not r.session_id:
        return r.session_title
    day = format_date(r.session_date, active_language(), active_digits()) if r.session_date else ""
    return f"{session_kind(r.session_kind)} {day}".strip()


def method_text(method: str) -> str:
    names = {"on_screen": QCoreApplication.translate("ConsentModels", "Signed on screen"), "paper": QCoreApplication.translate("ConsentModels", "Paper form"),
             "verbal_witness": QCoreApplication.translate("ConsentModels", "Verbal, witnessed"), "thumbprint_witness": QCoreApplication.translate("ConsentModels", "Thumbprint, witnessed")}
    return names.get(method, method)


def version_text(r: consent.RegisterRow, digits: Any) -> str:
    """The record's form version; marked where the participant is to be asked again on a newer one (as
    the Participants page marks them "re-consent needed")."""
    if not r.version:
        return QCoreApplication.translate("ConsentModels", "unknown")
    number = apply_digits(str(r.version), digits)
    if r.reconsent_needed:
        return QCoreApplication.translate("ConsentModels", "version %1; re-consent needed (version %2 now)").replace(
            "%1", number).replace("%2", apply_digits(str(r.asked_version), digits))
    return QCoreApplication.translate("ConsentModels", "version %1").replace("%1", number)


class RegisterModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("ConsentModels", "Pseudonym"),
        QT_TRANSLATE_NOOP("ConsentModels", "Session"),
        QT_TRANSLATE_NOOP("ConsentModels", "Form version"),
        QT_TRANSLATE_NOOP("ConsentModels", "Answers"),
        QT_TRANSLATE_NOOP("ConsentModels", "Method"),
        QT_TRANSLATE_NOOP("ConsentModels", "Witness"),
        QT_TRANSLATE_NOOP("ConsentModels", "Facilitator"),
        QT_TRANSLATE_NOOP("ConsentModels", "Recorded"),
        QT_TRANSLATE_NOOP("ConsentModels", "Status"),
        # The device that recorded the participant: at the centre two laptops' people may share a pseudonym.
        QT_TRANSLATE_NOOP("ConsentModels", "Recorded on"),
    )

    def __init__(self) -> None:
        super().__init__()
        # By participant: what changed in their form since the version they agreed to (re-consent needed).
        self.changes: dict[str, FormChanges] = {}

    def _when(self, value: str) -> str:
        try:
            return format_datetime(dt.datetime.fromisoformat(value), self.lang, self.digits)
        except ValueError:
            return value

    def _recorded_on(self, r: consent.RegisterRow) -> str:
        # Named at every paint: a device with no label follows a switch of language.
        return r.recording_device.label(self.lang) if r.recording_device is not None else r.recorded_on

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: consent.RegisterRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r
        if index.column() == 2 and r.reconsent_needed:  # marked as the Participants page marks them
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b3261e"))
            if role == Qt.ItemDataRole.ToolTipRole and r.participant_id in self.changes:
                return changes_text(self.changes[r.participant_id], r.pseudonym)  # what to explain
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            yes, no = QCoreApplication.translate("ConsentModels", "yes"), QCoreApplication.translate("ConsentModels", "no")
            return "\n".join(f"{clause_name(k)}: {yes if v else no}" for k, v in r.answers.items())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(r, index.column())

    def _cell(self, r: consent.RegisterRow, column: int) -> str:
        # Only the words of the cell asked for: the table's fitting asks for every cell of hundreds of
        # rows, and each asked for all ten (a date and time formatted by Babel for the name column too).
        if column == 0:
            return r.pseudonym
        if column == 1:
            return session_text(r)
        if column == 2:
            return version_text(r, self.digits)
        if column == 3:
            return answers_text(r.answers)
        if column == 4:
            return method_text(r.method)
        if column == 5:
            return r.witness
        if column == 6:
            return r.facilitator
        if column == 7:
            return self._when(r.recorded_at)
        if column == 8:
            return status_text(r)
        return self._recorded_on(r)


class TurnsModel(_Table):
    """One participant's turns in one session, as the interface may show them (redacted if withdrawn)."""

    headers = (
        QT_TRANSLATE_NOOP("ConsentModels", "Position"),
        QT_TRANSLATE_NOOP("ConsentModels", "Time"),
        QT_TRANSLATE_NOOP("ConsentModels", "Text"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(text_alignment(str(self.rows[index.row()][2])))  # by the words' own direction
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return apply_digits(value, self.digits) if index.column() < 2 else value

