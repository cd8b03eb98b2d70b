"""A retention run is applied alike at the centre and on every laptop. Review finding 2 of session 40: judged at
each device from its own rows (retention_ahead, 249f12df, since reverted), "every device that holds the row
judges the same way" held only when they held the same sessions. A laptop that planned next week's focus group (inviting a participant of the held one) and had not
sent it yet when the centre ran retention keeps that participant's name and phone; the centre erased them. Once
the laptop's bundle (even a full one) reaches the centre, the two disagree about that participant for good: the
centre holds a planned session whose invited participant has no name, the laptop holds an identity the
centre's run erased. Real SQLCipher stores, real bundles and team update."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import consent, retention
from desktop.core.db import Store
from desktop.core.models import Attendance, ConsentRecord, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.consent_helpers import all_yes, tiny_png
from tests.erasure_helpers import Study, make_study
from tests.sync_helpers import make_team

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


def test_the_centre_and_the_laptop_agree_on_a_participant_invited_before_the_run(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        sent = export_bundle(laptop, tmp_path / "a1.majlis")
        assert sent is not None
        assert import_files(team.centre, [sent.path], team.identities)[0].status == "imported"
        planned_session(laptop, study)  # next week's focus group, study.other invited: not sent yet
        retention.set_months(team.centre, 12)
        assert retention.apply(team.centre).applied
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(laptop, tmp_path / "update.majlis")
        again = export_bundle(laptop, tmp_path / "a2.majlis", full=True)
        assert again is not None
        assert import_files(team.centre, [again.path], team.identities)[0].status in {"imported", "already_present"}

        at_laptop, at_centre = _identity(laptop, study.other), _identity(team.centre, study.other)
        assert at_laptop[:2] == at_centre[:2], (
            f"laptop holds name/phone: {at_laptop[0] is not None}/{at_laptop[1] is not None}, "
            f"centre: {at_centre[0] is not None}/{at_centre[1] is not None}")
    finally:
        team.close()
