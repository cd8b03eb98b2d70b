"""Table models of the consent page: templates, the consent register, and a participant's turns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select

from desktop.core import consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate, TranscriptTurn
from desktop.core.reference import CONSENT_CLAUSES
from desktop.i18n.digits import Digits
from desktop.i18n.formatting import format_datetime

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentModels", text)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.headers[section]) if 0 <= section < len(self.headers) else None
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)


class TemplatesModel(_Table):
    headers = ("Form", "Version", "Language", "Title", "Clauses")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t, clause_count = self.rows[index.row()]
        return (t.template_key, t.version, t.language, t.title, clause_count)[index.column()]

    @staticmethod
    def load(store: Store) -> list[tuple[ConsentTemplate, int]]:
        with store.session() as s:
            return [(t, len(consent.clauses(s, t.id))) for t in consent.templates(s)]


def status_text(row: consent.RegisterRow) -> str:
    if row.withdrawn_at:
        scope = _t("all data") if row.withdrawal_scope == "all" else _t("quotes only")
        return _t("Withdrawn %1 (%2)").replace("%1", row.withdrawn_at[:10]).replace("%2", scope)
    if row.template_missing:
        return _t("Form not on this device")
    return _t("Refused") if row.refused else _t("Given")


def method_text(method: str) -> str:
    names = {"on_screen": _t("Signed on screen"), "paper": _t("Paper form"),
             "verbal_witness": _t("Verbal, witnessed"), "thumbprint_witness": _t("Thumbprint, witnessed")}
    return names.get(method, method)


class RegisterModel(_Table):
    headers = ("Pseudonym", "Session", "Form version", "Answers", "Method", "Witness", "Facilitator",
               "Recorded", "Status")

    def __init__(self, lang: str = "en", digits: Digits = "latn") -> None:
        super().__init__()
        self.lang, self.digits = lang, digits

    def _when(self, value: str) -> str:
        try:
            return format_datetime(dt.datetime.fromisoformat(value), self.lang, self.digits, "short")
        except ValueError:
            return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: consent.RegisterRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(f"{k}: {_t('yes') if v else _t('no')}" for k, v in r.answers.items())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        answers = " ".join(("✓" if r.answers[k] else "✗") + k[:4] for k in CONSENT_CLAUSES if k in r.answers)
        version = f"{r.template_key} v{r.version}" if r.version else _t("unknown")
        values = (r.pseudonym, r.session_title or (r.session_id or ""), version, answers, method_text(r.method),
                  r.witness, r.facilitator, self._when(r.recorded_at), status_text(r))
        return values[index.column()]


class TurnsModel(_Table):
    """One participant's turns in one session, as the interface may show them (redacted if withdrawn)."""

    headers = ("Position", "Time", "Text")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]

    @staticmethod
    def load(store: Store, participant_id: str, session_id: str | None) -> list[tuple[str, str, str]]:
        if session_id is None:
            return []
        with store.session() as s:
            policy = consent_rules.policy(s, participant_id, session_id)
            turns = s.scalars(select(TranscriptTurn).where(
                TranscriptTurn.session_id == session_id, TranscriptTurn.participant_id == participant_id,
                TranscriptTurn.deleted.is_(False)).order_by(TranscriptTurn.position)).all()
            return [(f"{t.position:g}", t.timestamp,
                     consent_rules.REDACTED if policy.redacted else t.text) for t in turns]
