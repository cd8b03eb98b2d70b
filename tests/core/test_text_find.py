"""The find bar's matching (core/text_find.py): folded as the app's searches fold, each match mapped
back to the very characters of the text that fold to what was typed.

Property: for any text (harakat, tatweel, ZWNJ after ه, U+065A after و, ﻻ, ß, emoji, Arabic-Indic
digits, Sorani letters) and any query, every match's slice of the text folds to the query; matches
come in order without overlapping; the map is normalise_with_offsets' map; a query taken from the
text is found.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.text_find import FoldedText, fold_query
from desktop.i18n.normalise import normalise_for_search, normalise_with_offsets

PIECES = [*"اأإآبتةهھەىيیێکكلڵوۆڕرزسنمپچگ٠١٣٩۰۳ AsßZ", "\u200c", "\u200d", "\u065a", "\u064b", "\u064e",
          "\u0651", "\u0670", "\u0640", "\u200f", "\u00a0", "\n", "\ufefb", "\ufe70", "e\u0301", "👍🏽", "\U0001f600",
          "ه\u200c", "و\u065a", " \u065a", "كَتَبَ", "کتێب", "٢٠١٨"]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, query=texts)
def test_every_match_folds_to_the_query(text: str, query: str) -> None:
    folded_query = fold_query(query)
    spans = FoldedText(text).find(folded_query)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert normalise_for_search(text[start:end]) == folded_query, (text, query, start, end)
        last = end
    if not folded_query:
        assert spans == []


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_a_query_cut_from_the_text_is_found(text: str, data: st.DataObject) -> None:
    found = FoldedText(text)
    folded, offsets = normalise_with_offsets(text)
    assert found.folded == folded
    assert [found.offset(j) for j in range(len(folded) + 1)] == offsets
    if not folded.strip():
        return
    a = data.draw(st.integers(0, len(folded) - 1))
    b = data.draw(st.integers(a + 1, len(folded)))
    piece = text[offsets[a]:offsets[b]]
    if fold_query(piece) and found._whole(a) and found._whole(b):
        assert found.find(fold_query(piece)), (text, piece)


def test_typed_without_harakat_kurdish_and_digits() -> None:
    text = "قالَ المُشارِكُ: الكهرباءُ تنقطع ٣ ساعات؛ خۆشحاڵم کە دەنگم دا ٢٠١٨"
    found = FoldedText(text)
    for typed, meant in (("المشارك", "المُشارِكُ"), ("الكهرباء", "الكهرباءُ"), ("3 ساعات", "٣ ساعات"),
                         ("خوشحالم", "خۆشحاڵم"), ("خۆشحاڵم", "خۆشحاڵم"), ("كه دەنگم", "کە دەنگم"),
                         ("2018", "٢٠١٨")):
        # ۆ and ڵ typed as و and ل on an Arabic keyboard find them, as every search does (normalise)
        spans = found.find(fold_query(typed))
        assert [text[a:b] for a, b in spans] == [meant], typed


def test_marks_alone_look_for_nothing() -> None:
    assert fold_query("\u064e\u0640\u200f") == ""
    assert FoldedText("كَتَبَ").find(fold_query("\u064e")) == []


def test_a_ligature_is_found_whole_not_by_half() -> None:
    text = "\ufefb ß"  # ﻻ and ß: two letters each when folded
    found = FoldedText(text)
    assert found.find(fold_query("لا")) == [(0, 1)]
    assert found.find(fold_query("ل")) == []
    assert found.find(fold_query("ss")) == [(2, 3)]
    assert found.find(fold_query("s")) == []
