"""Arabic/Kurdish search normalisation and the clean-up of text entering the database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n.normalise import clean_text, fold_name, normalise_for_search, normalise_with_offsets

N = normalise_for_search


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("ٱلكتاب", "الكتاب"),
        ("مستشفى", "مستشفي"),
        ("کوردی", "كوردي"),  # keheh and Farsi yeh -> Arabic kaf and yeh
        ("مدرسة", "مدرسه"),
        ("ھەولێر", "ههولير"),  # heh doachashmee -> heh; ە -> ه, ێ -> ي (search only)
        ("عـــربي", "عربي"),
        ("مُحَمَّدٌ", "محمد"),
        ("الرَّحْمٰن", "الرحمن"),  # shadda, sukun, superscript alef
        ("٢٠٢٣ و ۲۰۲۳", "2023 و 2023"),
        ("BSR-FG03", "bsr-fg03"),
        ("\u200fنص\u200e مخفي\u061c", "نص مخفي"),
        ("ﻻ", "لا"),  # presentation-form ligature
    ],
)
def test_variants_fold(variant: str, canonical: str) -> None:
    assert N(variant) == canonical


def test_query_and_document_meet() -> None:
    document = "قالَ المُشارِكُ: إنّ المدرسةَ بعيدةٌ عن القرى"
    for query in ["المشارك", "ان المدرسه", "بعيده", "القري"]:
        assert N(query) in N(document)


def test_kurdish_letters_survive() -> None:
    kurdish = "پ چ ژ گ ئ"
    assert N(kurdish) == kurdish
    sentence = "ئێمە لە هەولێر کۆبووینەوە بۆ گفتوگۆ لەسەر یاسای هەڵبژاردن پێنج ژن"
    folded = N(sentence)
    for letter in "پچژگئ":
        assert folded.count(letter) == sentence.count(letter)
    assert fold_name("ڕ ڵ ۆ ێ ە ڤ پ چ ژ گ ئ") == "ڕ ڵ ۆ ێ ە ڤ پ چ ژ گ ئ"  # two names stay two names


def test_search_meets_what_a_keyboard_without_sorani_letters_types() -> None:
    """ڕ ڵ ە typed as ر ل ه where a keyboard or phone has no key for them: a search finds either
    spelling with the other; a name keeps them apart (پەڕ page, پەر feather)."""
    assert N("هەڵبژاردن") == N("هەلبژاردن") == N("ههلبژاردن") == "ههلبژاردن"
    assert N("ڕێکخراو") == N("رێكخراو")
    assert N("کەر") == N("کهر") == N("کەڕ")
    assert fold_name("پەڕ") != fold_name("پەر") and fold_name("کەر") != fold_name("کهر")
    assert fold_name("کوردی") == fold_name("كوردي")  # what names always folded, still folded


def test_search_meets_what_an_arabic_keyboard_types_for_sorani_vowels() -> None:
    """ێ ۆ ڤ typed as ي (or ی) و ف on an Arabic keyboard or phone layout, which has no key for them: a
    search finds either spelling with the other; a name keeps them apart."""
    assert N("بێ کار") == N("بي كار") == N("بی کار") == "بي كار"
    assert N("تۆ") == N("تو") == "تو"
    assert N("ڤیدیۆ") == N("فيديو") == N("فیدیو") == "فيديو"
    assert fold_name("بێ") != fold_name("بي") and fold_name("تۆ") != fold_name("تو")
    assert fold_name("ڤان") != fold_name("فان")


def test_ae_old_spelling_meets_new() -> None:
    assert N("خانه\u200cکان") == N("خانەکان")  # ه + ZWNJ was the old spelling of ە
    assert fold_name("خانه\u200cکان") == fold_name("خانەکان")


def test_decomposed_sorani_letters_are_composed_not_destroyed() -> None:
    """A letter + U+065A (old layouts) is the precomposed letter: one form with it in search (where
    it folds to the Arabic letter) and in names (where it is kept), never the bare letter in names."""
    for base, composed, arabic in (("و", "ۆ", "و"), ("ی", "ێ", "ي"), ("ي", "ێ", "ي"), ("ل", "ڵ", "ل")):
        decomposed = base + "\u065a"
        assert N(decomposed) == N(composed) == arabic, composed
        assert N("ب" + decomposed + "ا") == N("ب" + composed + "ا") == "ب" + arabic + "ا"
        assert fold_name(decomposed) == fold_name(composed) == composed
        assert fold_name(decomposed) != fold_name(base)
        assert N(composed + "\u065a") == arabic  # a mark doubled is not a second letter
        norm, offsets = normalise_with_offsets("ب" + decomposed + " ب")
        assert norm == "ب" + arabic + " ب" and offsets == [0, 1, 3, 4, 5]  # the mark stays with its letter


def test_hamza_seats_kept() -> None:
    assert N("ئاو") == "ئاو"
    assert N("مسؤول") == "مسؤول"


def test_clean_text() -> None:
    assert clean_text("\ufeffیەک\r\nدوو\rسێ\n") == "یەک\nدوو\nسێ\n"
    assert clean_text("أَحْمَد") == "أَحْمَد"  # storage keeps what was typed


def test_offsets_map_a_hit_back() -> None:
    text = "قالَ المُشارِكُ نعم"
    norm, offsets = normalise_with_offsets(text)
    start = norm.index("المشارك")
    end = start + len("المشارك")
    assert text[offsets[start] : offsets[end]].strip() == "المُشارِكُ"
    assert len(N(text)) < len(text)  # lengths differ: diacritics are gone


ARABIC_ISH = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.sampled_from(list("abcABCß \n\u200c\u200d\u200f\ufeff\u0640ﻻ0123"))
)


@given(ARABIC_ISH)
def test_offsets_are_consistent(text: str) -> None:
    norm, offsets = normalise_with_offsets(text)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)


@given(ARABIC_ISH)
def test_idempotent(text: str) -> None:
    once = N(text)
    assert N(once) == once
