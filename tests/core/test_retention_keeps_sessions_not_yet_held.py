"""A retention run keeps the identities of the participants of a session not yet held.

Since the period counts from the last session HELD, a study with a focus group planned for next week is
due as soon as the period after the last held one has passed, and the run erased every participant's
name, phone, signature and scan: those of the people invited next week too, before their session took
place. The run now leaves out the participants linked (attendance, a consent record for it) to a live
session dated after the run's day, counts them (``kept``), and keeps them so when names are typed again
(``erasure_guard``); once their session is held the period runs from it. Real SQLCipher store.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import consent, retention
from desktop.core.db import Store
from desktop.core.models import Attendance, ConsentRecord, Participant, Session
from tests.consent_helpers import all_yes, tiny_png
from tests.erasure_helpers import Study, make_study

PLANNED_NAME = "حسين المدعو للجلسة"


def planned_session(store: Store, study: Study, *, day: dt.date | None = None) -> tuple[str, str]:
    """A focus group dated next week: a new participant invited (name, phone, consent signed ahead) and
    the study's ``other`` participant, who was at the held one too. (session id, new participant id)."""
    with store.transaction() as s:
        session = Session(kind="focus_group", title="planned", date=day or dt.date.today() + dt.timedelta(days=7),
                          governorate="basra", language="ar", number=4)
        s.add(session)
        s.flush()
        person = Participant(code="BSR-FG04-P01", real_name=PLANNED_NAME, phone="07700000999",
                             governorate="basra", language="ar")
        s.add(person)
        s.flush()
        s.add(Attendance(session_id=session.id, participant_id=person.id, role="citizen", seat=1))
        s.add(Attendance(session_id=session.id, participant_id=study.other, role="citizen", seat=2))
        sid, pid = session.id, person.id
    with store.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(store, pid, sid, template_id, all_yes(template_id, store), "on_screen",
                           signature_png=tiny_png(), facilitator="F1")
    return sid, pid


def _identity(store: Store, participant_id: str) -> tuple[str | None, str | None, int]:
    with store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        images = sum(1 for r in s.query(ConsentRecord).filter_by(participant_id=participant_id)
                     if r.signature_png is not None or r.paper_scan is not None)
        return person.real_name, person.phone, images


def test_the_participants_of_next_weeks_session_keep_their_identity(store: Store) -> None:
    study = make_study(store)  # held 2023-01-15
    _sid, invited = planned_session(store, study)
    other_before = _identity(store, study.other)
    retention.set_months(store, 12)

    state = retention.status(store)
    # Due (the held session is years ago); the one who was only at the held session is what would go.
    assert (state.due, state.later, state.kept, state.names, state.images) == (True, 1, 2, 1, 2)

    run = retention.apply(store)
    assert run.applied and run.erased.participants == 1
    assert _identity(store, study.withdrawn) == (None, None, 0)
    assert _identity(store, invited) == (PLANNED_NAME, "07700000999", 1)
    assert _identity(store, study.other) == other_before  # at the held session and the planned one: kept
    after = run.status
    assert (after.names, after.images, after.kept) == (0, 0, 2)  # nothing left to erase: not offered again


def test_a_name_typed_after_the_run_stays_for_a_participant_of_a_session_not_yet_held(store: Store) -> None:
    study = make_study(store)
    _sid, invited = planned_session(store, study)
    retention.set_months(store, 12)
    assert retention.apply(store).applied
    with store.transaction() as s:  # typed in the participant's form afterwards (erasure_guard looks)
        for pid in (invited, study.withdrawn):
            person = s.get(Participant, pid)
            assert person is not None
            person.real_name = "اسم مكتوب بعد"
    assert _identity(store, invited)[0] == "اسم مكتوب بعد"
    assert _identity(store, study.withdrawn)[0] is None  # the run covers them: erased as it is written


def test_a_session_dated_today_is_held_its_participants_go(store: Store) -> None:
    study = make_study(store)
    _sid, invited = planned_session(store, study, day=dt.date.today())
    retention.set_months(store, 12)
    # Today's session is the last held: the period runs from it, not due; a run a year on erases them.
    assert not retention.status(store).due
    later = dt.date.today() + dt.timedelta(days=400)
    state = retention.status(store, later)
    assert (state.due, state.kept) == (True, 0)
    assert retention.apply(store, today=later).applied
    assert _identity(store, invited) == (None, None, 0)
