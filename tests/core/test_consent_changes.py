"""What changed in a consent form since the version a participant agreed to (desktop.core.consent_changes):
the clauses new, removed, reworded, made required or no longer, with the earlier answers; compared on a
real encrypted database with versions published as the centre publishes them."""

from __future__ import annotations

from desktop.core import consent
from desktop.core.consent_changes import (
    ADDED,
    REMOVED,
    REQUIRED,
    REWORDED,
    ClauseChange,
    compare_clauses,
    since_last_consent,
)
from desktop.core.db import Store
from tests.consent_helpers import all_yes, focus_group, template_texts

FORM = consent.TEAM_FORM_KEY
Spec = consent.ClauseSpec


def test_compare_clauses_finds_each_kind_of_change_with_the_earlier_answer() -> None:
    before = [Spec("participate", "I take part.", True), Spec("audio", "I may be recorded."),
              Spec("quote", "My words\nmay be quoted."), Spec("photo", "Photos may be taken.")]
    after = [Spec("participate", "I take part.", True), Spec("audio", "I may be recorded, without my name."),
             Spec("quote", "My words  may be quoted.", True), Spec("contact", "You may call me again.")]
    answers = {"participate": True, "audio": False, "quote": True, "photo": False}
    assert compare_clauses(before, after, answers) == [
        ClauseChange("audio", REWORDED, "I may be recorded.", "I may be recorded, without my name.", False, False,
                     False),
        # only spaces and a line break differ: not reworded, but now required
        ClauseChange("quote", REQUIRED, "My words\nmay be quoted.", "My words  may be quoted.", False, True, True),
        ClauseChange("contact", ADDED, after="You may call me again."),
        ClauseChange("photo", REMOVED, before="Photos may be taken.", earlier_answer=False),
    ]


def test_the_same_clauses_are_no_change() -> None:
    same = [Spec("participate", "I take part.", True)]
    assert compare_clauses(same, list(same), {"participate": True}) == []
    # words not comparable (no language in common): a clause reworded is not found, one added is
    assert compare_clauses(same, [Spec("participate", "Other words", True), Spec("audio", "x")],
                           compare_wording=False) == [ClauseChange("audio", ADDED, after="x")]


def _version_2(store: Store) -> None:
    """Version 2: the audio clause reworded in every language, the photo clause removed, share required."""
    texts = {lang: consent.TemplateText(t.title, t.body, t.signature_meaning, [
        Spec(c.clause_key, c.text + " (2)" if c.clause_key == "audio" else c.text,
             c.required or c.clause_key == "share")
        for c in t.clauses if c.clause_key != "photo"]) for lang, t in template_texts().items()}
    consent.publish_version(store, FORM, texts)


def test_since_last_consent_compares_the_version_agreed_to_with_the_one_asked(store: Store) -> None:
    consent.publish_version(store, FORM, template_texts())
    group = focus_group(store, 2, language="ckb")
    with store.session() as s:
        v1 = consent.template_for(s, FORM, "ckb")
        assert v1 is not None
        v1_id = v1.id
    asked, first_time = group.participants
    consent.record_consent(store, asked, group.session_id, v1_id, all_yes(v1_id, store, audio=False), "paper",
                           facilitator="F1")
    with store.session() as s:
        assert since_last_consent(s, asked, v1_id) is None  # the same version: nothing to tell
    _version_2(store)
    with store.session() as s:
        v2 = consent.template_for(s, FORM, "ckb")
        v2_ar = consent.template_for(s, FORM, "ar")
        assert v2 is not None and v2_ar is not None and v2.version == 2
        found = since_last_consent(s, asked, v2.id)
        assert found is not None and (found.agreed_version, found.current_version) == (1, 2)
        assert found.wording_compared
        kinds = [(c.clause_key, c.kind, c.earlier_answer) for c in found.changes]
        assert kinds == [("audio", REWORDED, False), ("share", REQUIRED, True), ("photo", REMOVED, True)]
        audio = found.changes[0]
        assert audio.after == audio.before + " (2)"
        assert audio.before == template_texts()["ckb"].clauses[1].text  # compared in the language asked now
        # asked in Arabic now: the Arabic words of both versions
        in_arabic = since_last_consent(s, asked, v2_ar.id)
        assert in_arabic is not None and in_arabic.changes[0].before == template_texts()["ar"].clauses[1].text
        assert since_last_consent(s, first_time, v2.id) is None  # never consented: a first consent
