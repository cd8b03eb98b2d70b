"""Reference lists shared by the UI, the CLI, the demo data and the exports.

Names are given in the three interface languages here (data, not interface strings) because they
are also written into exports that must not depend on the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Governorate:
    key: str
    code: str  # three letters, used in pseudonyms (BSR-FG03-P04)
    ar: str
    ckb: str
    en: str

    def name(self, lang: str) -> str:
        return str(getattr(self, lang, self.en))


GOVERNORATES: tuple[Governorate, ...] = (
    Governorate("basra", "BSR", "البصرة", "بەسرە", "Basra"),
    Governorate("baghdad", "BGD", "بغداد", "بەغدا", "Baghdad"),
    Governorate("nineveh", "NIN", "نينوى", "نەینەوا", "Nineveh"),
    Governorate("erbil", "EBL", "أربيل", "هەولێر", "Erbil"),
    Governorate("sulaymaniyah", "SUL", "السليمانية", "سلێمانی", "Sulaymaniyah"),
    Governorate("duhok", "DHK", "دهوك", "دهۆک", "Duhok"),
    Governorate("kirkuk", "KRK", "كركوك", "کەرکووک", "Kirkuk"),
    Governorate("najaf", "NJF", "النجف", "نەجەف", "Najaf"),
    Governorate("karbala", "KRB", "كربلاء", "کەربەلا", "Karbala"),
    Governorate("anbar", "ANB", "الأنبار", "ئەنبار", "Anbar"),
    Governorate("dhi_qar", "DQR", "ذي قار", "زیقار", "Dhi Qar"),
    Governorate("diyala", "DYL", "ديالى", "دیالە", "Diyala"),
    Governorate("babil", "BBL", "بابل", "بابل", "Babil"),
    Governorate("wasit", "WST", "واسط", "واست", "Wasit"),
    Governorate("maysan", "MYS", "ميسان", "مەیسان", "Maysan"),
    Governorate("muthanna", "MTH", "المثنى", "موسەننا", "Muthanna"),
    Governorate("qadisiyah", "QDS", "القادسية", "قادسیە", "Qadisiyah"),
    Governorate("salahuddin", "SLD", "صلاح الدين", "سەلاحەدین", "Salahuddin"),
)
GOVERNORATE_BY_KEY = {g.key: g for g in GOVERNORATES}

SESSION_KINDS = ("roundtable", "focus_group")
SESSION_STATUSES = ("draft", "final", "locked")
GENDERS = ("female", "male", "other", "undisclosed")
AGE_BANDS = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")
SETTINGS = ("urban", "rural")
ORGANISATION_KINDS = ("cso", "federation", "media", "legislative", "executive")
ATTENDANCE_ROLES = (
    "provincial_council_member",
    "ministry_official",
    "cso",
    "media",
    "community_leader",
    "academic",
    "citizen",
)
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
CONSENT_METHODS = ("on_screen", "paper", "verbal_witness", "thumbprint_witness")
CONSENT_CLAUSES = ("participate", "audio", "quote", "photo", "share", "contact")


def session_code(governorate_key: str, kind: str, session_number: int) -> str:
    """A session's code from its governorate, kind and number, e.g. ``BSR-FG03``: its pseudonyms begin
    with it."""
    gov = GOVERNORATE_BY_KEY.get(governorate_key)
    prefix = gov.code if gov else "XXX"
    kind_code = "FG" if kind == "focus_group" else "RT"
    return f"{prefix}-{kind_code}{session_number:02d}"


def pseudonym(governorate_key: str, kind: str, session_number: int, seat: int) -> str:
    """Pseudonym code from governorate, session and seat, e.g. ``BSR-FG03-P04``."""
    return f"{session_code(governorate_key, kind, session_number)}-P{seat:02d}"
