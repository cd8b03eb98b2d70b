"""Dates that lie, in bundles signed by a laptop on the roster (through the real writer and importer).

The latest consent record is the one that counts. Ordered by ``recorded_at`` alone, a record dated in
2286 stood over every consent recorded until then, the "no" to quoting the participant gives at the
centre next month included. Records are ordered by the earlier of ``recorded_at`` and their own stamp
(``desktop.core.consent_order``), which an import bounds and re-dating moves: such a record imports,
counts from when it was made, and the later "no" counts; a laptop whose date was ahead when it recorded
a consent sends it once re-dated. A ``recorded_at`` in another ISO 8601 form than the app writes is
refused (``bad_value``: the basic form sorted after every time of its year as text).
A recommendation's status or an outreach record dated more than that day ahead is refused too (the
newest status is the one in force; the app dates neither after today). A session dated before 2000 is
refused (``bad_value``), as the app refuses one: the session editors' date boxes start at 2000-01-01,
their stand-in for "no date", so such a session showed no date in its editor and the editor's first
save emptied it. A session dated ahead is taken (sessions are planned),
and no longer breaks the retention state (9999-12-31) nor puts it off (the period runs from the last
session held: ``desktop.core.retention``), nor keeps a consent to be quoted through a
withdrawal of quotes (2286). Dates that lie backwards do no harm.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import consent, consent_order, consent_rules, recommendations, retention, withdrawal
from desktop.core.advocacy_tables import OutreachEvent
from desktop.core.clock import system_ms, wall_ms_of
from desktop.core.consent import withdrew_everything
from desktop.core.consent_rules import may_quote
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, Session
from desktop.core.withdrawal import withdraw_participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.redate import redate
from tests.cli_run import run
from tests.clock_helpers import HOUR_MS, YEAR_MS, ahead, reopen
from tests.sync_helpers import Team, make_team
from tests.team_copies import TeamTemplate, copy_team, team_template
from tests.trust_helpers import change, forge, laptop_key, refused_whole

pytestmark = pytest.mark.usefixtures("cli_env")
FORGED_EPOCH = 0xED


@pytest.fixture(scope="module")
def field_team(tmp_path_factory: pytest.TempPathFactory) -> TeamTemplate:
    return team_template(tmp_path_factory, lambda folder: make_team(folder, devices=2, roles=("field", "field")))


@pytest.fixture
def team(field_team: TeamTemplate, tmp_path: Path) -> Iterator[Team]:
    """A centre and two field laptops: a copy of the module's (tests/team_copies.py)."""
    t = copy_team(field_team, tmp_path)
    yield t
    t.close()


def _now_ms() -> int:
    return int(time.time() * 1000) + 60_000


def _by(team: Team, entity: str, op: str, data: dict[str, Any], row_id: str | None = None,
        seq: int = 1, ms: int | None = None) -> dict[str, Any]:
    return change(entity, op, data, device=team.devices[0].device_id, seq=seq, row_id=row_id,
                  ms=ms or _now_ms(), epoch=f"{FORGED_EPOCH:08x}")


def _forged(team: Team, tmp_path: Path, changes: list[dict[str, Any]], name: str) -> Path:
    laptop = team.devices[0]
    return forge(team, changes, device_id=laptop.device_id, key=laptop_key(laptop), epoch=FORGED_EPOCH,
                 out=tmp_path / name)


def _refused_whole(team: Team, tmp_path: Path, bundle: Path, code: str) -> None:
    refused_whole(team, tmp_path, bundle, code, ("2286", "1900"))


def _consent_then_no_at_the_centre(team: Team, tmp_path: Path) -> tuple[str, str, str, str]:
    """Laptop A registers a participant with a "yes" to quoting; the centre imports it, and later the
    participant says no to quoting there (a consent recorded again). (person, session, form, record)"""
    ids = _consent_from_the_laptop(team, tmp_path)
    _no_at_the_centre(team, *ids[:3])
    return ids


def _consent_from_the_laptop(team: Team, tmp_path: Path) -> tuple[str, str, str, str]:
    """Laptop A registers a participant with a "yes" to quoting; the centre imports it."""
    a = team.devices[0]
    with a.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="زينب", phone="07701234567")
        session = Session(kind="focus_group", title="جلسة البصرة")
        s.add_all([form, person, session])
        s.flush()
        record = ConsentRecord(participant_id=person.id, session_id=session.id, template_id=form.id,
                               answers={"participate": True, "quote": True}, method="paper", facilitator="F1",
                               recorded_at="2025-10-01T10:00:00+03:00")
        s.add(record)
        s.flush()
        ids = (person.id, session.id, form.id, record.id)
    made = export_bundle(a, tmp_path / "a-consent.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    return ids


def _no_at_the_centre(team: Team, person: str, session: str, form: str) -> str:
    """The participant says no to quoting at the centre now (a consent recorded again); its id."""
    with team.centre.transaction() as s:
        no = ConsentRecord(participant_id=person, session_id=session, template_id=form,
                           answers={"participate": True, "quote": False}, method="paper", facilitator="C",
                           recorded_at=consent.now_iso())
        s.add(no)
        s.flush()
        no_id = no.id
    with team.centre.session() as s:
        assert not may_quote(s, person, session)
    return no_id


def _the_no_counts(team: Team, person: str, session: str, no: str) -> None:
    """The centre's "no" is the participant's current answer wherever it is read: the editors' and
    exports' rule (``may_quote``), the exports' and listings' cache, the Consent page's register (the
    "no" stands, every other record of that session is replaced by a newer one) and the form's changes
    (read from the latest consent)."""
    with team.centre.session() as s:
        assert not may_quote(s, person, session)
        assert not consent_rules.PolicyCache(s, [person]).get(person, session).may_quote
        rows = consent.register(s, participant_id=person)
        assert [r.record_id for r in rows if r.replaced_at is None and r.session_id == session] == [no]
        assert withdrawal.consent_state(s, person) == "given"  # taking part: yes, quotes: no
        records = consent_rules.consent_records(s, person, session)
        assert records[-1].id == no and consent_order.latest(records) is records[-1]


def _record(person: str, session: str, form: str, recorded_at: str) -> dict[str, Any]:
    return {"participant_id": person, "session_id": session, "template_id": form,
            "answers": {"participate": True, "quote": True}, "method": "paper", "signature_png": None,
            "paper_scan": None, "witness": "", "facilitator": "F1", "recorded_at": recorded_at,
            "withdrawn_at": None, "withdrawal_scope": None, "deleted": False}


def _days_ahead(days: float, offset: str = "+03:00") -> str:
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
    zone = dt.timezone(dt.timedelta(hours=int(offset[:3]), minutes=int(offset[4:]))) if offset else None
    local = moment.astimezone(zone) if zone else moment.replace(tzinfo=None) + dt.timedelta(hours=14)
    return local.isoformat(timespec="seconds")


@pytest.mark.parametrize("recorded_at", [
    "2286-01-01T10:00:00+03:00",  # a new record dated two and a half centuries ahead
    "9999-12-31T23:59:59-23:59",  # as far as ISO 8601 goes (its moment in UTC is past year 9999)
    "2286-01-01T10:00:00",  # no offset
    "22860101T100000+0300",  # not the app's form: refused below, and it would not move the order either
])
def test_a_consent_dated_ahead_cannot_stand_over_the_no_given_later(
        team: Team, tmp_path: Path, recorded_at: str) -> None:
    """A "yes" dated 2286, made (stamped) ten minutes ago, imports; the "no" the participant gives at
    the centre afterwards counts, as it would over a "yes" dated truly."""
    person, session, form, _ = _consent_from_the_laptop(team, tmp_path)
    made = system_ms() - 10 * 60_000
    forged = _forged(team, tmp_path, [_by(team, "consent_record", "insert", _record(person, session, form, recorded_at),
                                          ms=made)], "ahead.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    if recorded_at[4] != "-":
        assert (outcome.status, outcome.code) == ("refused", "bad_value"), outcome
        return
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:  # until the "no", the "yes" made last counts
        assert may_quote(s, person, session)
    _the_no_counts(team, person, session, _no_at_the_centre(team, person, session, form))


@pytest.mark.parametrize("form", ["%Y%m%dT%H%M%S%z", "%G-W%V-%uT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S%z"])
def test_a_consent_written_in_another_iso_form_is_refused(team: Team, tmp_path: Path, form: str) -> None:
    """Records are ordered by the text of ``recorded_at``, time order only as the app writes it
    (2026-03-01T10:00:00+03:00). Python reads the basic form and week dates too, and each sorted after
    every time of its year written in full: a "yes" given before the centre's "no" stood over it."""
    person, session, form_id, _ = _consent_then_no_at_the_centre(team, tmp_path)
    earlier = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime(form)
    forged = _forged(team, tmp_path, [_by(team, "consent_record", "insert", _record(person, session, form_id, earlier))],
                     "form.majlis")
    _refused_whole(team, tmp_path, forged, "bad_value")
    (refused,) = import_files(team.centre, [forged], team.identities)
    assert "consent_record.recorded_at" in refused.message
    with team.centre.session() as s:
        assert not may_quote(s, person, session)


def test_an_old_record_moved_ahead_by_an_update_stays_where_it_was_made(team: Team, tmp_path: Path) -> None:
    """The app never changes ``recorded_at``; an update that does cannot move a record past its stamp
    (the insert's), so the "no" recorded at the centre after it still counts."""
    person, session, _, record = _consent_then_no_at_the_centre(team, tmp_path)
    with team.centre.session() as s:
        no = next(r.id for r in consent_rules.consent_records(s, person, session) if r.id != record)
    forged = _forged(team, tmp_path, [_by(team, "consent_record", "update", {"recorded_at": "2286-01-01T10:00:00+03:00"},
                                          row_id=record)], "moved.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert s.get(ConsentRecord, record).recorded_at == "2286-01-01T10:00:00+03:00"  # shown as sent
    _the_no_counts(team, person, session, no)


@pytest.mark.parametrize(("days", "offset"), [(0.5, "+03:00"), (0.9, "-12:00"), (0.9, "+14:00"), (0.5, "")])
def test_a_consent_dated_within_the_day_allowed_is_taken(team: Team, tmp_path: Path, days: float, offset: str) -> None:
    """The same day a time stamp may be ahead: a laptop whose clock is some hours fast, in any zone."""
    person, session, form, _ = _consent_then_no_at_the_centre(team, tmp_path)
    forged = _forged(team, tmp_path, [_by(team, "consent_record", "insert",
                                          _record(person, session, form, _days_ahead(days, offset)))], "fast.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:  # the participant said yes again, and it counts
        assert may_quote(s, person, session)


@pytest.fixture(scope="module")
def coordinated_team(tmp_path_factory: pytest.TempPathFactory) -> TeamTemplate:
    return team_template(tmp_path_factory, lambda folder: make_team(folder, devices=2, roles=("coordinator", "field")))


@pytest.fixture
def coordinated(coordinated_team: TeamTemplate, tmp_path: Path) -> Iterator[Team]:
    """devices[0]: a second coordinator's laptop (only coordinators send a recommendation's statuses);
    a copy of the module's (tests/team_copies.py)."""
    t = copy_team(coordinated_team, tmp_path)
    yield t
    t.close()


def _day_ahead(days: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).date().isoformat()


@pytest.mark.parametrize("day", ["2062-03-01", "9999-12-31", "ahead by 2"])
def test_a_status_dated_ahead_cannot_become_the_current_one(coordinated: Team, tmp_path: Path, day: str) -> None:
    """A status dated 2062 was the newest at once: the recommendation read "adopted" before anyone
    adopted it, in the list and in its brief (the app refuses one dated after today)."""
    team = coordinated
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "توصية"}).id
    data = {"recommendation_id": rec, "status": "adopted", "deleted": False,
            "date": _day_ahead(2) if day == "ahead by 2" else day, "note": "", "source": ""}
    forged = _forged(team, tmp_path, [_by(team, "recommendation_status", "insert", data)], "status.majlis")
    _refused_whole(team, tmp_path, forged, "future_clock")
    with team.centre.session() as s:
        assert recommendations.current_statuses(s, [rec]) == {rec: "drafted"}


def test_a_status_dated_today_anywhere_is_taken(coordinated: Team, tmp_path: Path) -> None:
    team = coordinated
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "توصية"}, date=dt.date(2025, 1, 1)).id
    today_east = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date().isoformat()  # UTC+14's today
    data = {"recommendation_id": rec, "status": "adopted", "date": today_east, "deleted": False}
    forged = _forged(team, tmp_path, [_by(team, "recommendation_status", "insert", data)], "status.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert recommendations.current_statuses(s, [rec]) == {rec: "adopted"}


@pytest.mark.parametrize(("day", "taken"), [("2286-01-01", False), ("ahead by 2", False), ("today", True)])
def test_an_outreach_record_dated_ahead_is_refused(team: Team, tmp_path: Path, day: str, taken: bool) -> None:
    """The app dates no outreach after today ("a meeting not held yet is no outreach done")."""
    when = {"ahead by 2": _day_ahead(2), "today": dt.date.today().isoformat()}.get(day, day)
    data = {"kind": "meeting", "title": "لقاء", "date": when, "deleted": False}
    forged = _forged(team, tmp_path, [_by(team, "outreach_event", "insert", data)], "outreach.majlis")
    if not taken:
        _refused_whole(team, tmp_path, forged, "future_clock")
        return
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert s.scalar(select(OutreachEvent.date)) == dt.date.today()


@pytest.mark.parametrize("day", ["1900-01-01", "1999-12-31", "0001-01-01"])
def test_a_session_dated_before_2000_is_refused(team: Team, tmp_path: Path, day: str) -> None:
    data = {"kind": "roundtable", "title": "جلسة", "date": day, "status": "draft", "deleted": False}
    forged = _forged(team, tmp_path, [_by(team, "session", "insert", data)], "old.majlis")
    _refused_whole(team, tmp_path, forged, "bad_value")
    (refused,) = import_files(team.centre, [forged], team.identities)
    assert "session.date" in refused.message


def test_a_session_dated_2000_or_later_is_taken(team: Team, tmp_path: Path) -> None:
    data = {"kind": "roundtable", "title": "جلسة", "date": "2000-01-01", "status": "draft", "deleted": False}
    forged = _forged(team, tmp_path, [_by(team, "session", "insert", data)], "y2k.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert s.scalar(select(Session.date).where(Session.title == "جلسة")) == dt.date(2000, 1, 1)


def test_a_session_dated_9999_leaves_the_retention_state_readable(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A laptop's session dated 9999-12-31 (its date box goes that far): its retention period ends past
    year 9999, and every reading of the retention state raised ValueError (the Consent page's box, the
    offer at start-up, ``retention apply``). Not due, and said so. A session dated ahead is not the last
    session held either: left out (counted), it no longer puts the end of the study off for ever; read on
    its own day, the period ending past year 9999 is still readable."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="جلسة", date=dt.date(9999, 12, 31)))
    made = export_bundle(laptop, tmp_path / "a-9999.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    retention.set_months(team.centre, 12)
    state = retention.status(team.centre)
    assert (state.last_session, state.due_on, state.due, state.later) == (None, None, False, 1)
    on_the_day = retention.status(team.centre, dt.date(9999, 12, 31))
    assert (on_the_day.last_session, on_the_day.due_on) == (dt.date(9999, 12, 31), dt.date.max)
    team.centre.close()
    code, out, err = run(capsys, "retention", "apply", "--db", tmp_path / "centre.db", "--dry-run")
    assert code == 0 and err == "", (code, out, err)


@pytest.mark.parametrize("on", ["today", "a week ago"])
def test_a_withdrawal_of_quotes_reaches_a_consent_for_a_session_dated_ahead(
        team: Team, tmp_path: Path, on: str) -> None:
    """Consent given at a session after the withdrawal's date is not taken back (a withdrawal typed in
    late), and the session's day said when it was given: one dated 2286 (any date box goes that far)
    kept its consent to be quoted through the withdrawal the participant asked for at the centre. A
    consent is given no later than it is recorded, nor after today."""
    a = team.devices[0]
    with a.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01")
        held = Session(kind="focus_group", title="جلسة", date=dt.date(2025, 10, 1))
        ahead = Session(kind="focus_group", title="جلسة لاحقة", date=dt.date(2286, 1, 1))
        s.add_all([form, person, held, ahead])
        s.flush()
        ids = person.id, held.id, ahead.id
        for session, when in ((held, "2025-10-01T10:00:00+03:00"), (ahead, (dt.datetime.now(dt.UTC) - dt.timedelta(
                days=30)).isoformat(timespec="seconds"))):
            s.add(ConsentRecord(participant_id=person.id, session_id=session.id, template_id=form.id,
                                answers={"participate": True, "quote": True}, method="paper", recorded_at=when))
    made = export_bundle(a, tmp_path / "a.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    day = dt.date.today() - dt.timedelta(days=0 if on == "today" else 7)
    withdraw_participant(team.centre, participant_id=ids[0], scope="quotes", on=day)
    with team.centre.session() as s:
        assert not may_quote(s, ids[0], ids[1])
        assert not may_quote(s, ids[0], ids[2])


def test_a_consent_recorded_while_the_date_was_ahead_is_sent_once_redated_and_counts_from_then(
        team: Team, tmp_path: Path) -> None:
    """Re-dating gives the waiting changes fresh time stamps; ``recorded_at`` is content and stays (the
    hash leaves the time out). The centre takes the re-dated bundle at once, and the record is placed
    at its re-dated stamp, not a year ahead: the "no" the participant gives at the centre afterwards
    counts (docs/bundle-format.md, Re-dating)."""
    laptop = reopen(team, 0, ahead(YEAR_MS))  # the date a year ahead
    with laptop.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01")
        held = Session(kind="focus_group", title="جلسة البصرة")
        s.add_all([form, person, held])
        s.flush()
        yes = ConsentRecord(participant_id=person.id, session_id=held.id, template_id=form.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at=_days_ahead(365))  # as now_iso() read that date
        s.add(yes)
        s.flush()
        ids = person.id, held.id, form.id, yes.id
    laptop = reopen(team, 0, system_ms)  # the date set right
    assert redate(laptop).count == 4
    made = export_bundle(laptop, tmp_path / "redated.majlis")
    assert made is not None
    (outcome,) = import_files(team.centre, [made.path], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        record = s.get(ConsentRecord, ids[3])
        assert record.recorded_at == _days_ahead(365)[:10] + record.recorded_at[10:]  # content: as written
        stamp = wall_ms_of(record.created_at)
        assert abs(stamp - system_ms()) < HOUR_MS  # the re-dated stamp, not a year ahead
        assert consent_order.effective_ms(record.recorded_at, record.created_at) == stamp
        assert may_quote(s, ids[0], ids[1])
    _the_no_counts(team, ids[0], ids[1], _no_at_the_centre(team, *ids[:3]))


def test_dates_that_lie_backwards_do_no_harm(team: Team, tmp_path: Path) -> None:
    """Tried, and harmless (no bound needed, and a laptop whose clock was reset writes such times
    itself): a "yes" dated 1900 sorts first, so the centre's later "no" still counts; a withdrawal
    dated before the record it withdraws, and an erasure dated 1900, withdraw all the same."""
    person, session, form, record = _consent_then_no_at_the_centre(team, tmp_path)
    forged = _forged(team, tmp_path, [
        _by(team, "consent_record", "insert", _record(person, session, form, "1900-01-01T10:00:00+03:00"), seq=1),
        _by(team, "consent_record", "update", {"withdrawn_at": "1900-01-01", "withdrawal_scope": "quotes"},
            row_id=record, seq=2),
    ], "backwards.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert not may_quote(s, person, session)
        assert s.get(ConsentRecord, record).withdrawal_scope == "quotes"
    erasure = {"participant_id": person, "scope": "all", "erased_on": "1900-01-01", "reason": "", "deleted": False}
    forged = _forged(team, tmp_path, [_by(team, "erasure", "insert", erasure, seq=3)], "erased.majlis")
    (outcome,) = import_files(team.centre, [forged], team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        assert s.get(Participant, person).real_name is None
        assert withdrew_everything(s, person)


def test_a_withdrawal_of_quotes_typed_in_late_reaches_a_consent_recorded_while_the_date_was_ahead(
        team: Team, tmp_path: Path) -> None:
    """A laptop a year ahead dated its session and the consent then (the session's date box starts at
    its today); re-dated and sent, the consent was made months before a withdrawal of quotes dated a
    week ago, and is withdrawn with the rest: given no later than its stamp. Before, the day it was
    given was today at the earliest, after the withdrawal's date: a withdrawal typed in late, so the
    consent to be quoted stood."""
    laptop = reopen(team, 0, ahead(YEAR_MS))
    then = dt.date.fromtimestamp((system_ms() + YEAR_MS) / 1000)
    with laptop.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01")
        first = Session(kind="focus_group", title="جلسة أولى", date=dt.date(2025, 10, 1))  # attended before
        held = Session(kind="focus_group", title="جلسة البصرة", date=then)
        s.add_all([form, person, first, held])
        s.flush()
        s.add(ConsentRecord(participant_id=person.id, session_id=first.id, template_id=form.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at="2025-10-01T10:00:00+03:00"))
        s.add(ConsentRecord(participant_id=person.id, session_id=held.id, template_id=form.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at=_days_ahead(365)))
        ids = person.id, held.id
    laptop = reopen(team, 0, ahead(-30 * 24 * HOUR_MS))  # set right (a month back, to be sure), re-dated
    assert redate(laptop).count == 6
    made = export_bundle(laptop, tmp_path / "redated.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        assert may_quote(s, *ids)
    withdraw_participant(team.centre, participant_id=ids[0], scope="quotes", on=dt.date.today() - dt.timedelta(days=7))
    with team.centre.session() as s:
        assert not may_quote(s, *ids)
