"""The Participants page's list, everyone marked for re-consent after the centre published a new version
of the form: the changes shown in each "re-consent needed" cell's tooltip are found once per pair of form
versions in a load, not once per participant.

Each row compared its two versions' clauses again (the forms, the versions in each language, the clauses:
several queries a participant): a page of 100 went from about 11 ms to 89 ms. The test counts the SQL
statements of a load (no timing): a page of many costs what a page of two costs, and each row still has
its own participant's earlier answers."""

from __future__ import annotations

from desktop.core import consent, participants
from desktop.core.consent_changes import REWORDED, since_last_consent
from desktop.core.db import Store
from desktop.core.models import Participant
from tests.consent_helpers import all_yes, audio_clause_reworded, focus_group, template_texts
from tests.core.test_agreement_places import statements

FORM = consent.TEAM_FORM_KEY
PEOPLE = 16


def _version_2(store: Store) -> None:
    """Version 2 of the team's form: the audio clause reworded in every language."""
    consent.publish_version(store, FORM, audio_clause_reworded(" (2)"))


def _everyone_marked_for_reconsent(store: Store) -> list[str]:
    """PEOPLE participants consented on version 1 (half reading Arabic, half Kurdish; every third said
    No to audio), then version 2 published: all marked for re-consent."""
    consent.publish_version(store, FORM, template_texts())
    group = focus_group(store, PEOPLE, language="ckb")
    with store.transaction() as s:
        for person in group.participants[::2]:
            found = s.get(Participant, person)
            assert found is not None
            found.language = "ar"
    with store.session() as s:
        forms = {lang: consent.template_for(s, FORM, lang) for lang in ("ar", "ckb")}
        form_ids = {lang: form.id for lang, form in forms.items() if form is not None}
    for n, person in enumerate(group.participants):
        form_id = form_ids["ar" if n % 2 == 0 else "ckb"]
        answers = all_yes(form_id, store, audio=n % 3 != 0)
        consent.record_consent(store, person, group.session_id, form_id, answers, "paper", facilitator="F1")
    _version_2(store)
    return group.participants


def test_a_page_of_many_compares_each_pair_of_versions_once(store: Store) -> None:
    people = _everyone_marked_for_reconsent(store)
    with store.session() as s, statements(store) as two:
        few = participants.load_rows(s, people[:2])
    with store.session() as s:
        with statements(store) as many:
            rows = participants.load_rows(s, people)
        assert len(rows) == PEOPLE
        for n, person in enumerate(people):
            row = rows[person]
            assert row.consent == "reconsent"
            form = consent.template_for_participant(s, person)
            assert form is not None and form.language == ("ar" if n % 2 == 0 else "ckb")
            # what this participant agreed to and answered, as asked alone
            assert row.reconsent_changes == since_last_consent(s, person, form.id)
            assert row.reconsent_changes is not None
            assert [(c.clause_key, c.kind, c.earlier_answer) for c in row.reconsent_changes.changes] == [
                ("audio", REWORDED, n % 3 != 0)]
    assert all(r.reconsent_changes is not None for r in few.values())
    # Two languages' pairs of versions either way: the statements of a load do not grow with its rows
    # (without the cache: several more for every participant, over a hundred here).
    assert len(many) == len(two), (len(two), len(many))
