"""A new version of the consent form at a centre of many participants: those whose latest consent is on the
older version are marked for re-consent in one write, not one flush each.

The participants were fetched one by one, and each fetch first flushed the one marked before it
(autoflush): a flush, a change-log sequence query and a change-log row per participant. Publishing a
version from the Consent page at a centre that merged 20 laptops (1,295 participants) stood the window
still 3.2 s (the editor publishes on the interface's thread); now 0.3 s. The test counts flushes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ChangeLog, ConsentRecord, Participant, Session
from tests.consent_helpers import template_texts

PEOPLE = 300


@pytest.fixture
def flushes() -> Iterator[list[object]]:
    seen: list[object] = []

    def count(session: OrmSession, _context: object) -> None:
        seen.append(session)

    event.listen(OrmSession, "after_flush", count)
    yield seen
    event.remove(OrmSession, "after_flush", count)


def test_a_new_version_marks_every_participant_in_one_write(store: Store, flushes: list[object]) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    with store.session() as s:
        first = consent.template_for(s, "session-consent", "ar")
        assert first is not None
        template_id = first.id
        answers = {c.clause_key: True for c in consent.clauses(s, template_id)}
    with store.transaction() as s:
        session = Session(kind="focus_group", title="جلسة البصرة", governorate="basra", language="ar")
        s.add(session)
        s.flush()
        for n in range(PEOPLE):
            person = Participant(code=f"BSR-FG01-P{n:03d}", governorate="basra", language="ar")
            s.add(person)
            s.flush()
            s.add(ConsentRecord(participant_id=person.id, session_id=session.id, template_id=template_id,
                                answers=answers, method="paper", recorded_at="2023-01-15T10:00:00+03:00"))
    with store.session() as s:
        logged = s.execute(select(func.count()).select_from(ChangeLog)).scalar_one()
    flushes.clear()

    assert consent.publish_version(store, "session-consent", template_texts()) == 2

    # Without the fix: one flush per participant (300 and more).
    assert len(flushes) < 10, len(flushes)
    with store.session() as s:
        assert all(s.scalars(select(Participant.reconsent_needed)))
        # Each marking is still an ordinary, logged change (it travels): one change-log row each, and
        # the new version's forms and clauses.
        new_rows = s.execute(select(func.count()).select_from(ChangeLog)).scalar_one() - logged
        changed = s.execute(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.entity == "participant", ChangeLog.op == "update")).scalar_one()
    assert changed == PEOPLE
    assert new_rows > PEOPLE
