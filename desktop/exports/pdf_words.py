"""Labels printed in the PDFs, marked for the one catalogue (context ``PdfReport``).

Each is an English source text; :meth:`desktop.exports.pdf_layout.Report.tr` gives it in the
document's language from the same .ts files the interface uses. Placeholders are ``{name}``.
"""

from __future__ import annotations

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

CTX = "PdfReport"

CONSENT_RECORD = QT_TRANSLATE_NOOP("PdfReport", "Consent record")
CONSENT_REGISTER = QT_TRANSLATE_NOOP("PdfReport", "Consent register")
MINUTES = QT_TRANSLATE_NOOP("PdfReport", "Minutes")
TRANSCRIPT = QT_TRANSLATE_NOOP("PdfReport", "Transcript")
SUMMARY = QT_TRANSLATE_NOOP("PdfReport", "Focus-group summary")
SESSION_SUMMARY = QT_TRANSLATE_NOOP("PdfReport", "Session summary")

FORM_VERSION = QT_TRANSLATE_NOOP("PdfReport", "Form version")
PARTICIPANT = QT_TRANSLATE_NOOP("PdfReport", "Participant")
PARTICIPANTS = QT_TRANSLATE_NOOP("PdfReport", "Participants")
SESSION = QT_TRANSLATE_NOOP("PdfReport", "Session")
CLAUSE = QT_TRANSLATE_NOOP("PdfReport", "Clause")
ANSWER = QT_TRANSLATE_NOOP("PdfReport", "Answer")
YES = QT_TRANSLATE_NOOP("PdfReport", "Yes")
NO = QT_TRANSLATE_NOOP("PdfReport", "No")
REQUIRED = QT_TRANSLATE_NOOP("PdfReport", "(required)")
METHOD = QT_TRANSLATE_NOOP("PdfReport", "Method")
WITNESS = QT_TRANSLATE_NOOP("PdfReport", "Witness")
FACILITATOR = QT_TRANSLATE_NOOP("PdfReport", "Facilitator")
NOTE_TAKER = QT_TRANSLATE_NOOP("PdfReport", "Note-taker")
RECORDED_AT = QT_TRANSLATE_NOOP("PdfReport", "Recorded at")
SIGNATURE = QT_TRANSLATE_NOOP("PdfReport", "Signature")
SIGNATURE_MEANING = QT_TRANSLATE_NOOP("PdfReport", "What the signature means")
SCAN = QT_TRANSLATE_NOOP("PdfReport", "Photo or scan of the signed form")
SCAN_ATTACHED = QT_TRANSLATE_NOOP("PdfReport", "attached, kept in Majlis")
NO_SCAN = QT_TRANSLATE_NOOP("PdfReport", "none attached")
WITHDRAWN = QT_TRANSLATE_NOOP("PdfReport", "Withdrawn on {date} ({scope})")
REPLACED = QT_TRANSLATE_NOOP("PdfReport", "Replaced on {date}")  # consent recorded again: the newer stands
# The participant consented on an older version of the form than theirs now: asked again before the next session.
RECONSENT = QT_TRANSLATE_NOOP("PdfReport", "Re-consent needed (version {version} now)")
STATUS = QT_TRANSLATE_NOOP("PdfReport", "Status")
GIVEN = QT_TRANSLATE_NOOP("PdfReport", "Given")
REFUSED = QT_TRANSLATE_NOOP("PdfReport", "Refused")
NO_RECORDS = QT_TRANSLATE_NOOP("PdfReport", "No consent has been recorded for this session.")
RECORD_NOTE = QT_TRANSLATE_NOOP(
    "PdfReport", "This is a copy of the consent record kept in Majlis; pseudonyms only, never real names."
)

KIND = QT_TRANSLATE_NOOP("PdfReport", "Kind")
DATE = QT_TRANSLATE_NOOP("PdfReport", "Date")
TIME = QT_TRANSLATE_NOOP("PdfReport", "Time")
GOVERNORATE = QT_TRANSLATE_NOOP("PdfReport", "Governorate")
VENUE = QT_TRANSLATE_NOOP("PdfReport", "Venue")
LANGUAGE = QT_TRANSLATE_NOOP("PdfReport", "Language")
ATTENDANCE = QT_TRANSLATE_NOOP("PdfReport", "Attendance")
SEAT = QT_TRANSLATE_NOOP("PdfReport", "Seat")
NAME = QT_TRANSLATE_NOOP("PdfReport", "Name")
ORGANISATION = QT_TRANSLATE_NOOP("PdfReport", "Organisation")
ROLE = QT_TRANSLATE_NOOP("PdfReport", "Role")
AGENDA = QT_TRANSLATE_NOOP("PdfReport", "Agenda and discussion")
DECISIONS = QT_TRANSLATE_NOOP("PdfReport", "Decisions")
ACTIONS = QT_TRANSLATE_NOOP("PdfReport", "Action items")
ACTION = QT_TRANSLATE_NOOP("PdfReport", "Action")
OWNER = QT_TRANSLATE_NOOP("PdfReport", "Owner")
DUE = QT_TRANSLATE_NOOP("PdfReport", "Due")
SUMMARY_HEADING = QT_TRANSLATE_NOOP("PdfReport", "Summary")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("PdfReport", "Nothing recorded.")

PSEUDONYM = QT_TRANSLATE_NOOP("PdfReport", "Pseudonym")
GENDER = QT_TRANSLATE_NOOP("PdfReport", "Gender")
AGE_BAND = QT_TRANSLATE_NOOP("PdfReport", "Age band")
SETTING = QT_TRANSLATE_NOOP("PdfReport", "Urban/rural")
OCCUPATION = QT_TRANSLATE_NOOP("PdfReport", "Occupation")
CONSENT = QT_TRANSLATE_NOOP("PdfReport", "Consent")
CONSENT_QUOTES_WITHHELD = QT_TRANSLATE_NOOP("PdfReport", "given, not to be quoted")
CONSENT_NONE = QT_TRANSLATE_NOOP("PdfReport", "none recorded")
CODES = QT_TRANSLATE_NOOP("PdfReport", "Codes and quotes")
CODE = QT_TRANSLATE_NOOP("PdfReport", "Code")
SEGMENTS = QT_TRANSLATE_NOOP("PdfReport", "Coded segments")
QUOTES = QT_TRANSLATE_NOOP("PdfReport", "Quotes")
WITHHELD = QT_TRANSLATE_NOOP("PdfReport", "Coded segments not quoted (no consent to quote): {count}")
EDITED = QT_TRANSLATE_NOOP(
    "PdfReport", "Coded segments not quoted (their words were edited after coding; to review): {count}")
NO_CODES = QT_TRANSLATE_NOOP("PdfReport", "Nothing in this session has been coded yet.")
CONSENT_NOTE = QT_TRANSLATE_NOOP(
    "PdfReport",
    "Consent is honoured: the words of participants who withdrew are left out, and only participants "
    "who agreed to be quoted are quoted.",
)
NOT_QUOTED = QT_TRANSLATE_NOOP("PdfReport", "[not to be quoted]")
WITHDRAWN_SPEECH = QT_TRANSLATE_NOOP("PdfReport", "[withdrawn]")
