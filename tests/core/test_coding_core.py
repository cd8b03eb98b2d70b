"""Codebook, coding, offsets and re-anchoring, on a real encrypted store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import code_usage, codebook, coding
from desktop.core.codebook import CodebookError
from desktop.core.coding import CodingError
from desktop.core.db import Store
from desktop.core.models import ChangeLog, Code, CodedSegment, LocalState, Session, TranscriptTurn
from desktop.core.offsets import Utf16Map, from_utf16, reanchor, to_utf16

EMOJI = "رأيي 👍🏽 أن القانون 🇮🇶 يحتاج تعديلاً"


def _turn(store: Store, text: str) -> str:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="t", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=1.0, text=text)
        s.add(turn)
        s.flush()
        return turn.id


# --- offsets ------------------------------------------------------------------------------------


def test_utf16_conversion_round_trips_over_emoji_and_flags() -> None:
    text = EMOJI + "\u200d" + "مَرْحَبًا"
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        u = to_utf16(text, i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_utf16(i) == u
        assert m.from_utf16(u) == i
        assert from_utf16(text, u) == i
    # 👍 is one code point, two UTF-16 units: the middle of the pair rounds down.
    thumbs = text.index("👍")
    assert m.from_utf16(to_utf16(text, thumbs) + 1) == thumbs


def test_reanchor_shift_flag_and_reanchor() -> None:
    class Seg:
        def __init__(self, start: int, end: int, quote: str) -> None:
            self.start, self.end, self.quote = start, end, quote

    old = "نحتاج إلى قانون عادل. المفوضية مستقلة."
    a = Seg(old.index("قانون"), old.index("قانون") + 5, "قانون")
    b = Seg(old.index("المفوضية"), old.index("المفوضية") + 8, "المفوضية")
    # An edit before both segments shifts them.
    new = "نحن " + old
    res = reanchor(old, new, [a, b])
    assert [r.status for r in res] == ["shifted", "shifted"]
    assert new[res[0].start : res[0].end] == "قانون" and new[res[1].start : res[1].end] == "المفوضية"
    # An edit inside segment b: its quote no longer exists -> flagged, never silently wrong.
    new2 = old.replace("المفوضية", "المفو ضية")
    res2 = reanchor(old, new2, [a, b])
    assert res2[0].status == "unchanged" and res2[1].status == "flagged"
    # Text rewritten around a segment whose words survive elsewhere: found again near the old place.
    new3 = "أقول إن المفوضية مستقلة ونحتاج إلى قانون عادل."
    res3 = reanchor(old, new3, [b])
    assert res3[0].status in {"shifted", "reanchored"}
    assert new3[res3[0].start : res3[0].end] == "المفوضية"


# --- codebook -----------------------------------------------------------------------------------


def test_codebook_tree_names_move_merge_delete(store: Store) -> None:
    with store.transaction() as s:
        root = codebook.create_code(s, name_ar="النظام الانتخابي", name_en="Electoral system")
        child = codebook.create_code(s, name_ckb="بازنەکان", parent_id=root.id)
        other = codebook.create_code(s, name_en="Integrity")
        assert codebook.display_name(child, "en") == "بازنەکان"  # falls back ar -> ckb -> en
        assert codebook.display_name(root, "ckb") == "النظام الانتخابي"
        assert codebook.display_name(root, "en") == "Electoral system"
        codebook.rename(s, child.id, "en", "Districts")
        assert codebook.display_name(child, "en") == "Districts"
        with pytest.raises(CodebookError):
            codebook.move(s, root.id, child.id)  # a cycle
        codebook.move(s, other.id, root.id, 0)
        assert [n.code.id for n in codebook.tree(s)[0].children] == [other.id, child.id]
        assert codebook.version(s) == 5  # create x3, rename, move
    turn_id = _turn(store, "الدوائر المتعددة تقرّب المرشح")
    with store.transaction() as s:
        coding.apply_code(s, child.id, "transcript_turn", turn_id, "text", 0, 7, "amal")
        coding.apply_code(s, other.id, "transcript_turn", turn_id, "text", 8, 16, "amal")
        assert code_usage.usage_counts(s) == {child.id: 1, other.id: 1}
        codebook.merge(s, child.id, other.id)
    with store.session() as s:
        absorbed = s.get(Code, child.id)
        assert absorbed is not None and absorbed.deleted and absorbed.merged_into == other.id
        assert codebook.resolve(s, child.id) == other.id
        assert code_usage.usage_counts(s) == {other.id: 2}
        assert s.get(LocalState, "codebook_version") is not None
        entities = set(s.scalars(select(ChangeLog.entity)))
        assert {"code", "coded_segment", "transcript_turn"} <= entities
    with store.transaction() as s:
        codebook.delete(s, other.id)
    with store.session() as s:
        assert code_usage.usage_counts(s) == {}
        assert all(seg.deleted for seg in s.scalars(select(CodedSegment)))


# --- coding -------------------------------------------------------------------------------------


def test_apply_validates_against_text_and_handles_emoji(store: Store) -> None:
    turn_id = _turn(store, EMOJI)
    with store.transaction() as s:
        code = codebook.create_code(s, name_ar="تعديل")
        start = EMOJI.index("القانون")
        seg = coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", start, start + 7, "amal")
        assert seg.quote == "القانون"
        again = coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", start, start + 7, "amal")
        assert again.id == seg.id
        with pytest.raises(CodingError):
            coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", 0, len(EMOJI) + 1, "amal")
        with pytest.raises(CodingError):
            coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", 4, 5, "amal")  # a space
        coding.set_memo(s, seg.id, "مهم")
        new_code, vivo = coding.in_vivo(s, "transcript_turn", turn_id, "text", 0, 4, "amal")
        assert new_code.name_ar == "رأيي" and vivo.quote == "رأيي"
        coding.remove_coding(s, vivo.id)
    with store.session() as s:
        live = coding.segments_for(s, "transcript_turn", [turn_id])
        assert [(x.start, x.end, x.memo) for x in live] == [(start, start + 7, "مهم")]


def test_in_vivo_names_kurdish_and_truncates(store: Store) -> None:
    text = "کۆمیسیۆن پێویستی بە سەربەخۆییەکی ڕاستەقینە هەیە لە حیزبەکان و لە هەموو دەزگاکانی دیکەی دەوڵەت"
    turn_id = _turn(store, text)
    with store.transaction() as s:
        code, _ = coding.in_vivo(s, "transcript_turn", turn_id, "text", 0, len(text), "amal")
        assert code.name_ckb and not code.name_ar and code.name_ckb.endswith("…")
        assert len(code.name_ckb) <= coding.IN_VIVO_MAX + 1


def test_in_vivo_of_words_a_code_already_has_applies_that_code(store: Store) -> None:
    """The same words coded in vivo in two turns (and Sorani spelt with Arabic ك/ي in the second)
    are one code with two segments, not two codes of one name side by side."""
    first = _turn(store, "ئێمە دەمانەوێت کۆتای ئافرەتان بمێنێت 👍🏽")
    second = _turn(store, "بۆچی كۆتای ئافرەتان؟ ١٢ کورسی")
    with store.transaction() as s:
        a_code, a = coding.in_vivo(s, "transcript_turn", first, "text", 15, 29, "amal")
        b_code, b = coding.in_vivo(s, "transcript_turn", second, "text", 5, 19, "amal")
        assert a.quote == "کۆتای ئافرەتان" and b.quote == "كۆتای ئافرەتان"
        assert b_code.id == a_code.id and b.code_id == a_code.id
        assert [c.name_ckb for c in codebook.live_codes(s)] == ["کۆتای ئافرەتان"]
        # Under another parent the same words are a new code there.
        parent = codebook.create_code(s, name_en="Quotas")
        c_code, _ = coding.in_vivo(s, "transcript_turn", second, "text", 5, 19, "amal", parent_id=parent.id)
        assert c_code.id != a_code.id and c_code.parent_id == parent.id


def test_text_changed_shifts_and_flags_segments(store: Store) -> None:
    old = "المجلس السابق لم يعقد أي جلسة استماع مع المواطنين."
    turn_id = _turn(store, old)
    with store.transaction() as s:
        code = codebook.create_code(s, name_en="Accountability")
        a = coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", old.index("جلسة"), old.index("جلسة") + 4, "amal")
        b = coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", 0, 6, "amal")
    new = "👍🏽 " + old.replace("المجلس", "المجـلس")  # an emoji before, a tatweel inside b
    with store.transaction() as s:
        turn = s.get(TranscriptTurn, turn_id)
        assert turn is not None
        turn.text = new  # the store's coding_anchor hook moves and flags the segments on flush
    with store.session() as s:
        sa_, sb = s.get(CodedSegment, a.id), s.get(CodedSegment, b.id)
        assert sa_ is not None and sb is not None
        assert new[sa_.start : sa_.end] == "جلسة" and not sa_.needs_review
        assert sb.needs_review and sb.quote == "المجلس"
    with store.transaction() as s:
        fixed = coding.set_span(s, b.id, new.index("المجـلس"), new.index("المجـلس") + 7)
        assert not fixed.needs_review and fixed.quote == "المجـلس"
