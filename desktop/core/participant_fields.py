"""Every participant field, declared once: its key, its column title, and which views show it.

The all-participants list, a focus group's participants table and the workbook's participants sheet
all take their columns from here, so adding a field is one line here (plus the model column and a
migration), not a column list per view. Titles are marked with ``QT_TRANSLATE_NOOP`` so lupdate
extracts them; the UI shows them with ``QCoreApplication.translate(CONTEXT, title)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

CONTEXT = "ParticipantFields"  # spelled out in each QT_TRANSLATE_NOOP below: lupdate reads literals only


@dataclass(frozen=True)
class ParticipantField:
    key: str
    title: str
    in_list: bool = True  # the all-participants list
    in_session: bool = True  # a focus group's participants table
    in_workbook: bool = True  # the workbook's participants sheet
    editable: bool = True  # in the session table
    choice: bool = False  # edited by picking one of fixed keys (gender, age band…)
    sheet_header: str = ""  # the workbook's header key when it differs from ``key``
    sheet_width: int = 12  # the workbook column's width, in characters

    @property
    def header_key(self) -> str:
        return self.sheet_header or self.key


FIELDS: tuple[ParticipantField, ...] = (
    ParticipantField("seat", QT_TRANSLATE_NOOP("ParticipantFields", "Seat"), in_list=False, in_workbook=False, editable=False),
    ParticipantField("code", QT_TRANSLATE_NOOP("ParticipantFields", "Pseudonym"), sheet_header="pseudonym", sheet_width=16),
    ParticipantField("gender", QT_TRANSLATE_NOOP("ParticipantFields", "Gender"), choice=True, sheet_width=10),
    ParticipantField("age_band", QT_TRANSLATE_NOOP("ParticipantFields", "Age band"), choice=True, sheet_width=10),
    ParticipantField("governorate", QT_TRANSLATE_NOOP("ParticipantFields", "Governorate"), choice=True, sheet_width=16),
    ParticipantField("district", QT_TRANSLATE_NOOP("ParticipantFields", "District"), in_list=False, sheet_width=16),
    ParticipantField("setting", QT_TRANSLATE_NOOP("ParticipantFields", "Urban/rural"), choice=True, sheet_width=10),
    ParticipantField("occupation", QT_TRANSLATE_NOOP("ParticipantFields", "Occupation"), sheet_width=20),
    ParticipantField("language", QT_TRANSLATE_NOOP("ParticipantFields", "Language"), in_list=False, in_session=False,
                     sheet_width=8),
    ParticipantField("reconsent_needed", QT_TRANSLATE_NOOP("ParticipantFields", "Re-consent needed"), in_list=False,
                     in_session=False, sheet_header="reconsent", sheet_width=10),
    ParticipantField("attributes", QT_TRANSLATE_NOOP("ParticipantFields", "Other attributes"), in_list=False,
                     in_workbook=False),
    ParticipantField("consent", QT_TRANSLATE_NOOP("ParticipantFields", "Consent"), in_workbook=False, editable=False),
    # The device that recorded the person (core/recorded_on): pseudonyms are numbered per laptop, so at
    # the centre two people may share one, and this column is what tells them apart.
    ParticipantField("recorded_on", QT_TRANSLATE_NOOP("ParticipantFields", "Recorded on"), in_session=False,
                     editable=False, sheet_width=28),
)
BY_KEY = {f.key: f for f in FIELDS}

LIST_COLUMNS = tuple(f.key for f in FIELDS if f.in_list)
SESSION_COLUMNS = tuple(f.key for f in FIELDS if f.in_session)
WORKBOOK_FIELDS = tuple(f for f in FIELDS if f.in_workbook)
