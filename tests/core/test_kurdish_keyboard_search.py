"""Sorani typed on a keyboard or phone without ڕ ڵ ە finds what was written with them, and the reverse.

People type ر for ڕ, ل for ڵ and (on an Arabic keyboard) ه for ە. The search folding kept the three
as letters of their own: "گەرەک" did not find the session "کۆبوونەوەی گەڕەکی ئازادی", "هەلبژاردن" not
a turn saying "هەڵبژاردن", in the Reports search, the Sessions list, the Participants and Organisations
filters and the attendee picker. They now meet, both ways, on a real store; a database indexed before
is folded the same by revision 0011 (a turn indexed with ڕ is found by ر after the upgrade). A code's
name still keeps them apart: پەڕ (page) and پەر (feather) may be two codes side by side.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core import codebook, migrate, organisations, participants, search, sessions, transcripts
from desktop.core.db import Store, open_store
from desktop.core.models import Participant
from desktop.i18n.normalise import fold_name, normalise_for_search
from tests.conftest import PASSPHRASE

TITLE = "کۆبوونەوەی گەڕەکی ئازادی"  # written with ڕ
TITLE_TYPED_ON_A_PHONE = "دیدارى کۆمەلایەتی لە هەولیر"  # ل for ڵ (کۆمەڵایەتی)
TURN = "ئەنجومەن بەڵێنی هەڵبژاردنی نوێی دا"


def _sessions(store: Store) -> dict[str, str]:
    return {sessions.create_session(store, "focus_group", title=t): key
            for key, t in (("written", TITLE), ("phone", TITLE_TYPED_ON_A_PHONE), ("other", "جلسة البصرة"))}


@pytest.mark.parametrize(("typed", "found"), [
    ("گەرەک", {"written"}),  # ر for ڕ
    ("گەڕەک", {"written"}),
    ("گهرهك", {"written"}),  # an Arabic keyboard: ه for ە, ك for ک
    ("کۆمەڵایەتی", {"phone"}),  # the reverse: written with ل, searched with ڵ
    ("کۆمەلایەتی", {"phone"}),
    ("گەزەک", set()),  # folding is not a match of everything
])
def test_sessions_list(store: Store, typed: str, found: set[str]) -> None:
    keys = _sessions(store)
    with store.session() as s:
        assert {keys[i] for i in sessions.list_ids(s, sessions.SessionFilter(text=typed))} == found


@pytest.mark.parametrize("typed", ["هەلبژاردنی", "ههلبژاردني", "هەڵبژاردنی", "بەلێنی", "هەلبژاردن*"])
def test_reports_search_finds_a_turn(store: Store, typed: str) -> None:
    sid = sessions.create_session(store, "focus_group", title=TITLE)
    with store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text=TURN).id
    with store.session() as s:
        hits = search.search(s, typed)
    assert [(h.doc_table, h.doc_id) for h in hits] == [("transcript_turn", turn_id)]
    word = TURN[hits[0].highlights[0][0]:hits[0].highlights[0][1]]
    assert word in ("هەڵبژاردنی", "هەڵبژاردن", "بەڵێنی")  # the stored spelling is what is highlighted


def test_reports_search_finds_the_reverse(store: Store) -> None:
    sid = sessions.create_session(store, "focus_group", title="جلسة")
    with store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text="خەلک لە گەرەکەکە ناڕازین").id  # ل for ڵ, ر for ڕ
    with store.session() as s:
        assert [h.doc_id for h in search.search(s, "خەڵک گەڕەکەکە")] == [turn_id]
        assert [h.doc_id for h in search.search(s, "نارازین")] == [turn_id]
    with store.session() as s:
        stored = s.execute(text("SELECT text FROM transcript_turn WHERE id = :i"), {"i": turn_id}).scalar()
    assert stored == "خەلک لە گەرەکەکە ناڕازین"


def test_participants_filter_and_picker(store: Store) -> None:
    made = {}
    with store.transaction() as s:
        for code, occupation, district in (
            ("SUL-FG01-P01", "کاسبکاری بازاڕ", "ڕانیە"),
            ("SUL-FG01-P02", "مامۆستای قوتابخانە", "کەلار"),
            ("ڕەنج-٠٣", "", ""),  # a pseudonym written in Kurdish
        ):
            p = Participant(code=code, occupation=occupation, district=district, governorate="sulaymaniyah")
            s.add(p)
            s.flush()
            made[code] = p.id
    with store.session() as s:
        for typed in ("بازار", "رانیه", "رانيه", "ڕانیە"):
            assert participants.search_ids(s, typed) == [made["SUL-FG01-P01"]], typed
        assert participants.search_ids(s, "قوتابخانه") == [made["SUL-FG01-P02"]]
        assert participants.search_ids(s, "رەنج-03") == [made["ڕەنج-٠٣"]]
        assert participants.choices(s, "رەنج") == [(made["ڕەنج-٠٣"], "ڕەنج-٠٣")]


def test_organisations_filter(store: Store) -> None:
    written = organisations.create(store, "ڕێکخراوی ژنانی هەڵەبجە")
    phone = organisations.create(store, "کۆمەلەی گەنجانی هەولێر")  # ل for ڵ (کۆمەڵە)
    with store.session() as s:
        for typed, found in (("راکخراو", []), ("رێکخراوی", [written]), ("ریکخراوی", [written]), ("هەلەبجە", [written]),
                             ("ههلهبجه", [written]), ("کۆمەڵەی", [phone])):
            assert [o.id for o in organisations.page(s, 0, 50, typed)] == found, typed
            assert organisations.count(s, typed) == len(found)
            assert [i for i, _ in organisations.choices(s, typed)] == found, typed


def test_a_code_name_keeps_the_letters_apart(store: Store) -> None:
    with store.transaction() as s:
        codebook.new_code_named(s, None, "ckb", ["کەڕ"])  # deaf
        codebook.check_names_free(s, None, {"ckb": "کەر"})  # donkey beside deaf: two names
        codebook.check_names_free(s, None, {"ckb": "کهڕ"})  # ە and ه: two names
        with pytest.raises(codebook.CodebookError):
            codebook.check_names_free(s, None, {"ckb": "كەڕ"})  # ك/ک, as ever, one name


def test_an_index_made_before_is_folded_by_the_upgrade(store: Store, db_path: Path) -> None:
    sid = sessions.create_session(store, "focus_group", title=TITLE)
    with store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text=TURN).id
    migrate.downgrade(store.engine, "0010_segment_memos_searchable")  # the index as the app before wrote it
    with store.engine.connect() as conn:
        bodies = [r[0] for r in conn.execute(text("SELECT body FROM fts_search"))]
    assert sorted(bodies) == sorted(fold_name(t) for t in (TURN, TITLE))  # the letters were kept then
    with store.session() as s:
        assert search.search(s, "هەلبژاردنی") == []  # not found in such an index
    store.close()

    upgraded = open_store(db_path, PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.session() as s:
            for typed in ("هەلبژاردنی", "هەڵبژاردنی", "ههلبژاردني"):
                assert [h.doc_id for h in search.search(s, typed)] == [turn_id], typed
            assert [h.doc_id for h in search.search(s, "گەرەکی")] == [sid]
        with upgraded.engine.connect() as conn:
            bodies = [r[0] for r in conn.execute(text("SELECT body FROM fts_search"))]
        assert not any(c in b for b in bodies for c in "ڕڵە")
        assert sorted(bodies) == sorted(normalise_for_search(t) for t in (TURN, TITLE))
    finally:
        upgraded.close()


def test_revision_0011_downgrade_folds_as_names_fold() -> None:
    """The revision's copy of the folding before it (for its downgrade) is what fold_name does today."""
    import importlib

    revision = importlib.import_module("desktop.core.migrations.versions.0011_kurdish_keyboard_search")
    for sample in (TURN, TITLE, "خانه\u200cکان ل\u065aا", "نُريدُ قانوناً \u2060 ﻻ ٢٠٢٣", "Straße"):
        assert revision._old_folding(sample) == fold_name(sample), sample
