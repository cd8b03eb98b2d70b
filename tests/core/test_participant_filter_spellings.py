"""The Participants page's filter finds an occupation or a district however it is spelled.

It compared letters as typed (SQL ILIKE): "معلمه" did not find "معلمة", "الاعظمية" not "الأعظمية",
and Kurdish typed on an Arabic keyboard (ك، ي) not "کەلار"; a "_" or "%" typed matched anything.
Arabic and Kurdish are now folded as the full-text search folds them.
"""

from __future__ import annotations

from desktop.core import participants
from desktop.core.db import Store
from desktop.core.models import Participant


def _people(store: Store) -> dict[str, str]:
    made = {}
    with store.transaction() as s:
        for code, occupation, district in (
            ("BSR-FG01-P01", "معلمة", "الأعظمية"),
            ("SUL-FG01-P01", "مامۆستا", "کەلار"),
            ("BGD-FG01-P01", "farmer", "Karkh"),
            ("BGD-FG01-P02", "ربة منزل", ""),
        ):
            p = Participant(code=code, occupation=occupation, district=district, governorate="basra")
            s.add(p)
            s.flush()
            made[code] = p.id
    return made


def test_arabic_spellings_find_each_other(store: Store) -> None:
    made = _people(store)
    with store.session() as s:
        for typed in ("معلمه", "مُعلِّمة", "معلمة", "الاعظمية", "الإعظميه", "ربه منزل"):
            found = participants.search_ids(s, typed)
            expected = made["BGD-FG01-P02"] if typed.startswith("ربه") else made["BSR-FG01-P01"]
            assert found == [expected], typed


def test_kurdish_typed_on_an_arabic_keyboard(store: Store) -> None:
    made = _people(store)
    with store.session() as s:
        assert participants.search_ids(s, "كەلار") == [made["SUL-FG01-P01"]]  # ك for ک
        assert participants.search_ids(s, "مامۆستا") == [made["SUL-FG01-P01"]]
        assert participants.search_ids(s, "مامؤستا") == []  # ۆ is a Sorani letter of its own, not ؤ


def test_latin_and_wildcards(store: Store) -> None:
    made = _people(store)
    with store.session() as s:
        assert participants.search_ids(s, "FARM") == [made["BGD-FG01-P01"]]
        assert participants.search_ids(s, "bgd-fg01") == [made["BGD-FG01-P01"], made["BGD-FG01-P02"]]
        assert participants.search_ids(s, "BGD_FG01") == []  # "_" is a letter typed, not "any letter"
        assert participants.search_ids(s, "%") == []


def test_a_number_is_found_in_any_digits(store: Store) -> None:
    """"3" typed on the number row finds a district written "٣" or "۳" (and the reverse), as the
    Sessions search does: the ASCII branch compared digits as typed, so "3" found nobody (hp8)."""
    made = {}
    with store.transaction() as s:
        for code, district in (("BSR-FG02-P01", "حي ٣ آذار"), ("SUL-FG02-P01", "گەڕەکی ۳"),
                               ("BSR-FG02-P02", "حي 7 نيسان")):
            p = Participant(code=code, occupation="", district=district, governorate="basra")
            s.add(p)
            s.flush()
            made[code] = p.id
    with store.session() as s:
        assert participants.search_ids(s, "3") == [made["BSR-FG02-P01"], made["SUL-FG02-P01"]]
        assert participants.search_ids(s, "٧") == [made["BSR-FG02-P02"]]
        assert participants.search_ids(s, "۷") == [made["BSR-FG02-P02"]]
        assert participants.search_ids(s, "fg02-p02") == [made["BSR-FG02-P02"]]  # a pseudonym with digits
        assert participants.search_ids(s, "FG02_P02") == []
