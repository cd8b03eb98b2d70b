"""Names in the order of their alphabet (desktop/i18n/collation.py), not of their code points."""

from __future__ import annotations

from desktop.i18n.collation import sort_key


def _sorted(names: list[str], lang: str) -> list[str]:
    return sorted(names, key=lambda n: sort_key(n, lang))


def test_kurdish_letters_in_their_places() -> None:
    # By code point پ, چ, ڕ, ک, گ, ڵ, ۆ, ی, ێ, ە all came after every Arabic letter.
    assert _sorted(["ی", "ە", "ک", "ق", "پ", "ب", "ڕ", "ر", "ئ", "ێ", "و", "ۆ", "ه"], "ckb") == [
        "ئ", "ب", "پ", "ر", "ڕ", "ق", "ک", "ه", "ە", "و", "ۆ", "ی", "ێ"]
    assert sort_key("كركوك", "ckb") == sort_key("کرکوک", "ckb")  # Arabic kaf and yeh as Kurdish's own


def test_arabic_hamza_forms_vowels_and_the_article() -> None:
    assert sort_key("أربيل", "ar") == sort_key("اربيل", "ar") == sort_key("إربيل", "ar")
    assert sort_key("مُحَمَّد", "ar") == sort_key("محمد", "ar")
    assert _sorted(["النجف", "بغداد", "البصرة", "بابل", "أربيل"], "ar") == ["أربيل", "بابل", "البصرة", "بغداد", "النجف"]


def test_numbers_by_value_in_any_digits() -> None:
    assert _sorted(["مجموعة 10", "مجموعة ٢", "مجموعة 9"], "ar") == ["مجموعة ٢", "مجموعة 9", "مجموعة 10"]
    assert _sorted(["Group 10", "group 2"], "en") == ["group 2", "Group 10"]
