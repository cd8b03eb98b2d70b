"""Sheet names and column headings of the Excel workbook, marked for the one catalogue.

Context ``Workbook``; :func:`word` gives a heading in the workbook's language from the same .ts
files the interface uses (translations in translations/majlis_*.ts, never here).
"""

from __future__ import annotations

import re

from desktop.core import text_cut
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

CTX = "Workbook"

SHEET_SESSIONS = QT_TRANSLATE_NOOP("Workbook", "Sessions")
SHEET_PARTICIPANTS = QT_TRANSLATE_NOOP("Workbook", "Participants")
SHEET_ATTENDANCE = QT_TRANSLATE_NOOP("Workbook", "Attendance")
SHEET_AGENDA = QT_TRANSLATE_NOOP("Workbook", "Agenda and decisions")
SHEET_ACTIONS = QT_TRANSLATE_NOOP("Workbook", "Action items")
SHEET_TRANSCRIPTS = QT_TRANSLATE_NOOP("Workbook", "Transcripts")
SHEET_SEGMENTS = QT_TRANSLATE_NOOP("Workbook", "Coded segments")
SHEET_CODES = QT_TRANSLATE_NOOP("Workbook", "Codes")
SHEET_CONSENT = QT_TRANSLATE_NOOP("Workbook", "Consent register")
SHEET_BY_GENDER = QT_TRANSLATE_NOOP("Workbook", "Codes by gender")
SHEET_BY_AGE = QT_TRANSLATE_NOOP("Workbook", "Codes by age band")
SHEET_BY_GOVERNORATE = QT_TRANSLATE_NOOP("Workbook", "Codes by governorate")
SHEET_BY_KIND = QT_TRANSLATE_NOOP("Workbook", "Codes by session kind")

SESSION_ID = QT_TRANSLATE_NOOP("Workbook", "Session ID")
SESSION_TITLE = QT_TRANSLATE_NOOP("Workbook", "Session")
KIND = QT_TRANSLATE_NOOP("Workbook", "Kind")
TITLE = QT_TRANSLATE_NOOP("Workbook", "Title")
DATE = QT_TRANSLATE_NOOP("Workbook", "Date")
START = QT_TRANSLATE_NOOP("Workbook", "Start")
END = QT_TRANSLATE_NOOP("Workbook", "End")
DURATION = QT_TRANSLATE_NOOP("Workbook", "Duration")
GOVERNORATE = QT_TRANSLATE_NOOP("Workbook", "Governorate")
VENUE = QT_TRANSLATE_NOOP("Workbook", "Venue")
LANGUAGE = QT_TRANSLATE_NOOP("Workbook", "Language")
FACILITATOR = QT_TRANSLATE_NOOP("Workbook", "Facilitator")
NOTE_TAKER = QT_TRANSLATE_NOOP("Workbook", "Note-taker")
STATUS = QT_TRANSLATE_NOOP("Workbook", "Status")
PSEUDONYM = QT_TRANSLATE_NOOP("Workbook", "Pseudonym")
GENDER = QT_TRANSLATE_NOOP("Workbook", "Gender")
AGE_BAND = QT_TRANSLATE_NOOP("Workbook", "Age band")
SETTING = QT_TRANSLATE_NOOP("Workbook", "Urban/rural")
OCCUPATION = QT_TRANSLATE_NOOP("Workbook", "Occupation")
REAL_NAME = QT_TRANSLATE_NOOP("Workbook", "Real name")
PHONE = QT_TRANSLATE_NOOP("Workbook", "Phone")
SEAT = QT_TRANSLATE_NOOP("Workbook", "Seat")
ORGANISATION = QT_TRANSLATE_NOOP("Workbook", "Organisation")
ROLE = QT_TRANSLATE_NOOP("Workbook", "Role")
ITEM = QT_TRANSLATE_NOOP("Workbook", "Item")
AGENDA_ITEM = QT_TRANSLATE_NOOP("Workbook", "Agenda item")
DECISION = QT_TRANSLATE_NOOP("Workbook", "Decision")
NOTES = QT_TRANSLATE_NOOP("Workbook", "Discussion or decision")
ACTION = QT_TRANSLATE_NOOP("Workbook", "Action")
OWNER = QT_TRANSLATE_NOOP("Workbook", "Owner")
DUE = QT_TRANSLATE_NOOP("Workbook", "Due date")
POSITION = QT_TRANSLATE_NOOP("Workbook", "Position")
SPEAKER = QT_TRANSLATE_NOOP("Workbook", "Speaker")
TIME = QT_TRANSLATE_NOOP("Workbook", "Time")
TEXT = QT_TRANSLATE_NOOP("Workbook", "Text")
CODE_AR = QT_TRANSLATE_NOOP("Workbook", "Code (Arabic)")
CODE_CKB = QT_TRANSLATE_NOOP("Workbook", "Code (Kurdish)")
CODE_EN = QT_TRANSLATE_NOOP("Workbook", "Code (English)")
QUOTE = QT_TRANSLATE_NOOP("Workbook", "Quote")
QUOTABLE = QT_TRANSLATE_NOOP("Workbook", "Quotable")
CODER = QT_TRANSLATE_NOOP("Workbook", "Coder")
MEMO = QT_TRANSLATE_NOOP("Workbook", "Memo")
CODE_PATH = QT_TRANSLATE_NOOP("Workbook", "Code path")
CODE = QT_TRANSLATE_NOOP("Workbook", "Code")
DEFINITION = QT_TRANSLATE_NOOP("Workbook", "Definition")
INCLUSION = QT_TRANSLATE_NOOP("Workbook", "Include when")
EXCLUSION = QT_TRANSLATE_NOOP("Workbook", "Exclude when")
EXAMPLES = QT_TRANSLATE_NOOP("Workbook", "Examples")
COLOUR = QT_TRANSLATE_NOOP("Workbook", "Colour")
SEGMENTS = QT_TRANSLATE_NOOP("Workbook", "Coded segments")
SESSIONS_COUNT = QT_TRANSLATE_NOOP("Workbook", "Sessions")
PARTICIPANTS_COUNT = QT_TRANSLATE_NOOP("Workbook", "Participants")
TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")
NOT_GIVEN = QT_TRANSLATE_NOOP("Workbook", "(not given)")
TEMPLATE = QT_TRANSLATE_NOOP("Workbook", "Form")
VERSION = QT_TRANSLATE_NOOP("Workbook", "Version")
REFUSED = QT_TRANSLATE_NOOP("Workbook", "Refused")
METHOD = QT_TRANSLATE_NOOP("Workbook", "Method")
WITNESS = QT_TRANSLATE_NOOP("Workbook", "Witness")
RECORDED_AT = QT_TRANSLATE_NOOP("Workbook", "Recorded at")
#: The device that recorded a participant (its label at the centre): two laptops may give one pseudonym.
RECORDED_ON = QT_TRANSLATE_NOOP("Workbook", "Recorded on")
WITHDRAWN_AT = QT_TRANSLATE_NOOP("Workbook", "Withdrawn on")
#: The newer version of the form the participant is to be asked to consent on (empty: nothing to ask again).
RECONSENT_ON = QT_TRANSLATE_NOOP("Workbook", "Re-consent needed on version")
WITHDRAWAL_SCOPE = QT_TRANSLATE_NOOP("Workbook", "Withdrawal scope")
DO_NOT_QUOTE = QT_TRANSLATE_NOOP("Workbook", "[do not quote]")
#: a coding whose words were edited since: its stored words may be what the edit took out of the transcript
EDITED_SINCE_CODED = QT_TRANSLATE_NOOP("Workbook", "[edited since it was coded: review the coding]")
YES = QT_TRANSLATE_NOOP("Workbook", "yes")
NO = QT_TRANSLATE_NOOP("Workbook", "no")

_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def word(lang: str, text: str) -> str:
    return translate(lang, CTX, text)


def sheet_name(lang: str, text: str) -> str:
    """A heading as Excel allows a sheet name: at most 31 characters (UTF-16 units, cut where a
    character ends), none of []:*?/\\."""
    return text_cut.cut(_SHEET_NAME_FORBIDDEN.sub(" ", word(lang, text)), 31, utf16=True)
