"""Sorani typed on an Arabic keyboard or phone layout, which has no ێ ۆ ڤ: ي (or ی) و ف are typed.

A facilitator searching "بي كار" did not find the turn "بێ کار", "تو" not "تۆ", "فيديو" not "ڤیدیۆ",
nor the reverse (a turn typed on an Arabic keyboard, searched with the proper Sorani letters), in
Reports → Search and every filter that folds as it does. The search now folds ێ -> ي, ۆ -> و, ڤ -> ف on
the query and the index (stored text unchanged, highlights on the letters as written); a database
indexed before is folded the same by revision 0012. A code's name still keeps them apart (fold_name).
The pages on screen: tests/ui/test_sorani_letters_arabic_keyboard_ui.py.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core import codebook, migrate, search, sessions, transcripts
from desktop.core.db import Store, open_store
from desktop.i18n.normalise import fold_name, normalise_for_search
from tests.conftest import PASSPHRASE

TURNS = {
    "jobless": "ئەو ساڵێکە بێ کار ماوەتەوە",
    "you": "تۆ چی دەڵێیت",
    "video": "سەیری ڤیدیۆ بکە",
    "other": "ئاو نییە",
}
# The same words typed on an Arabic keyboard: ي for ێ, و for ۆ, ف for ڤ (and ك, ه as ever).
ARABIC_KEYBOARD = "بي كار و تو و فيديو"
BEFORE = "0011_kurdish_keyboard_search"
_REVISION_0011 = importlib.import_module("desktop.core.migrations.versions.0011_kurdish_keyboard_search")


def _turns(store: Store, turns: dict[str, str]) -> dict[str, str]:
    sid = sessions.create_session(store, "focus_group", title="جلسة")
    with store.transaction() as s:
        return {transcripts.add_turn(s, sid, text=t).id: key for key, t in turns.items()}


def _folded_at_0011(stored: str) -> str:
    """What the index held for ``stored`` at revision 0011: the folding before it, then its three."""
    folded = str(_REVISION_0011._old_folding(stored))
    for letter, lookalike in _REVISION_0011._LOOKALIKES:
        folded = folded.replace(letter, lookalike)
    return folded


@pytest.mark.parametrize(("typed", "found", "marked"), [
    ("بي كار", "jobless", {"بێ", "کار"}),  # an Arabic keyboard
    ("بی کار", "jobless", {"بێ", "کار"}),  # Farsi yeh, as phones type it
    ("بێ کار", "jobless", {"بێ", "کار"}),
    ("بی\u065a کار", "jobless", {"بێ", "کار"}),  # ێ from an old layout: ی + small v above
    ("تو", "you", {"تۆ"}),
    ("تو\u065a", "you", {"تۆ"}),
    ("فيديو", "video", {"ڤیدیۆ"}),
    ("فیدیو", "video", {"ڤیدیۆ"}),
    ("ڤیدیۆ", "video", {"ڤیدیۆ"}),
])
def test_a_turn_written_in_sorani_is_found_typed_on_an_arabic_keyboard(
        store: Store, typed: str, found: str, marked: set[str]) -> None:
    keys = _turns(store, TURNS)
    with store.session() as s:
        hits = search.search(s, typed)
    assert [keys[h.doc_id] for h in hits] == [found]
    assert {TURNS[found][a:b] for a, b in hits[0].highlights} == marked  # whole letters, as written


@pytest.mark.parametrize("typed", ["قیدیو", "با کار", "تی"])
def test_folding_is_not_a_match_of_everything(store: Store, typed: str) -> None:
    _turns(store, TURNS)
    with store.session() as s:
        assert search.search(s, typed) == []


@pytest.mark.parametrize(("typed", "marked"), [
    ("بێ کار", {"بي", "كار"}), ("تۆ", {"تو"}), ("ڤیدیۆ", {"فيديو"}), ("بی\u065a", {"بي"}),
])
def test_the_reverse_a_turn_typed_on_an_arabic_keyboard(store: Store, typed: str, marked: set[str]) -> None:
    (turn_id,) = _turns(store, {"arabic": ARABIC_KEYBOARD})
    with store.session() as s:
        hits = search.search(s, typed)
        stored = s.execute(text("SELECT text FROM transcript_turn WHERE id = :i"), {"i": turn_id}).scalar()
    assert [h.doc_id for h in hits] == [turn_id]
    assert {ARABIC_KEYBOARD[a:b] for a, b in hits[0].highlights} == marked
    assert stored == ARABIC_KEYBOARD  # the stored text is what was typed


def test_a_decomposed_letter_is_highlighted_whole(store: Store) -> None:
    written = "ئەو بی\u065a کار و ت\u0648\u065a"  # ێ and ۆ as an old layout writes them
    (turn_id,) = _turns(store, {"old": written})
    for typed in ("بي كار تو", "بێ کار تۆ"):
        with store.session() as s:
            (hit,) = search.search(s, typed)
        assert hit.doc_id == turn_id
        assert [written[a:b] for a, b in hit.highlights] == ["بی\u065a", "کار", "ت\u0648\u065a"], typed


def test_a_code_name_keeps_the_letters_apart(store: Store) -> None:
    with store.transaction() as s:
        for name in ("بێ", "تۆ", "ڤان"):
            codebook.new_code_named(s, None, "ckb", [name])
        for name in ("بي", "بی", "تو", "فان"):  # a codebook may hold both: two names
            codebook.check_names_free(s, None, {"ckb": name})
        for name in ("بی\u065a", "ت\u0648\u065a"):  # the same letters written decomposed: one name
            with pytest.raises(codebook.CodebookError):
                codebook.check_names_free(s, None, {"ckb": name})


def test_an_index_made_at_0011_is_folded_by_the_upgrade(store: Store, db_path: Path) -> None:
    keys = _turns(store, {**TURNS, "arabic": ARABIC_KEYBOARD})
    migrate.downgrade(store.engine, BEFORE)  # the index as the version before wrote it
    with store.engine.connect() as conn:
        bodies = sorted(r[0] for r in conn.execute(text("SELECT body FROM fts_search WHERE body != 'جلسه'")))
    assert bodies == sorted(_folded_at_0011(t) for t in (*TURNS.values(), ARABIC_KEYBOARD))
    assert any("ێ" in b for b in bodies) and any("ڤ" in b for b in bodies)  # the letters were kept then
    with store.session() as s:
        assert [keys[h.doc_id] for h in search.search(s, "فيديو")] == ["arabic"]  # not the Sorani turn
    store.close()

    upgraded = open_store(db_path, PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.session() as s:
            for typed, found in (("بي كار", {"jobless", "arabic"}), ("بێ کار", {"jobless", "arabic"}),
                                 ("تو", {"you", "arabic"}), ("تۆ", {"you", "arabic"}),
                                 ("فيديو", {"video", "arabic"}), ("ڤیدیۆ", {"video", "arabic"})):
                assert {keys[h.doc_id] for h in search.search(s, typed)} == found, typed
        with upgraded.engine.connect() as conn:
            bodies = sorted(r[0] for r in conn.execute(text("SELECT body FROM fts_search WHERE body != 'جلسه'")))
        assert bodies == sorted(normalise_for_search(t) for t in (*TURNS.values(), ARABIC_KEYBOARD))
    finally:
        upgraded.close()


def test_the_downgrade_gives_the_index_0011_made(store: Store) -> None:
    written = {"old": "بی\u065a کار و ت\u0648\u065a", **TURNS}
    _turns(store, written)
    migrate.downgrade(store.engine, BEFORE)
    with store.engine.connect() as conn:
        bodies = sorted(r[0] for r in conn.execute(text("SELECT body FROM fts_search WHERE body != 'جلسه'")))
    assert bodies == sorted(_folded_at_0011(t) for t in written.values())
    migrate.upgrade(store.engine, "head")
    with store.session() as s:
        assert len(search.search(s, "بي كار")) == 2


def test_revision_0012_keeps_the_folding_of_0011() -> None:
    """The revision's frozen copy of the folding before it (for its downgrade) is what 0011 indexed."""
    revision = importlib.import_module("desktop.core.migrations.versions.0012_sorani_vowels_search")
    for sample in (*TURNS.values(), "خانه\u200cکان ل\u065aا بی\u065a و\u065a", "نُريدُ قانوناً \u2060 ﻻ ٢٠٢٣",
                   "Straße", "ڕێگای هەڵبژاردن ڤ"):
        assert revision._old_folding(sample) == _folded_at_0011(sample), sample


def test_only_the_search_index_changes() -> None:
    assert "0012_sorani_vowels_search" in migrate.LOCAL_ONLY_REVISIONS
    assert fold_name("بێ تۆ ڤ") == "بێ تۆ ڤ" != fold_name("بي تو ف")
