"""A consent "yes" that reaches a database after a withdrawal, or is dated ahead, never beats the withdrawal.

A withdrawal marks the consent records its device holds when it is made. A consent record that arrives
later (a field laptop's bundle, its date a day ahead, holding a consent for a session of the day the
participant phoned the centre), or that is typed in later (the laptop took the centre's marks in a team
update, then recorded the consent of that day's session), carried no mark: its session's words were quoted
again in the workbook, at the centre and on the laptop. A withdrawal dated D now takes back every consent
given at a session on or before D, whichever record carries the mark and however the consent is dated:
a consent is given on the earliest of its session's day, the day it says and the day it was typed in
(``consent_rules.given_day``). A consent given at a later session stands (quotes allowed again), and a
withdrawal of everything covers every consent of the participant.

Real stores, bundles through the real writer and importer, team updates, and the workbook read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.core import coding, consent, consent_rules, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, Code, Session
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.clock_helpers import HOUR_MS, ahead, reopen
from tests.consent_helpers import add_turn, all_yes
from tests.erasure_helpers import Study, make_study
from tests.sync_helpers import Team, make_team

# Words of the later session, found nowhere else: a hit in a quote cell is a quote the withdrawal forbids.
LATER_WORDS = "قالت إن المولدة الأهلية تقطع الكهرباء كل مساء"
AHEAD_MS = 20 * HOUR_MS  # a laptop's clock this far ahead: its bundle still imports (at most a day)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _sent(team: Team, laptop: Store, out: Path) -> None:
    bundle = export_bundle(laptop, out)
    assert bundle is not None
    assert [o.status for o in import_files(team.centre, [bundle.path], team.identities)] == ["imported"]


def _known_at_the_centre(team: Team, folder: Path) -> Study:
    """The laptop's focus group, at the centre too. Its ``other`` participant consented at the session
    only (no standing consent, whose withdrawal would cover every session)."""
    study = make_study(team.devices[0])
    _sent(team, team.devices[0], folder / "first.majlis")
    return study


def _consent_at_a_session(laptop: Store, person: str, day: dt.date, recorded_at: str) -> str:
    """The laptop seats the participant in a focus group of ``day``, records their consent (every clause
    yes, quotes too) at ``recorded_at``, and codes what they said; the session's id."""
    with laptop.transaction() as s:
        session = Session(kind="focus_group", title="جلسة ثانية", date=day, governorate="basra",
                          language="ar", facilitator="F1", number=4)
        s.add(session)
        s.flush()
        s.add(Attendance(session_id=session.id, participant_id=person, role="citizen", seat=1))
        session_id = session.id
        code = Code(name_ar="الكهرباء", name_en="electricity")
        s.add(code)
        s.flush()
        code_id = code.id
    with laptop.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(laptop, person, session_id, template_id, all_yes(template_id, laptop),
                           "paper", facilitator="F1", recorded_at=recorded_at)
    turn = add_turn(laptop, session_id, person, LATER_WORDS, 1.0)
    with laptop.transaction() as s:
        coding.apply_code(s, code_id, "transcript_turn", turn, "text", 0, len(LATER_WORDS), "coder A")
    return session_id


def _workbook_text(store: Store, out: Path) -> tuple[list[str], list[str]]:
    """(the Coded segments sheet's quotes, the Transcripts sheet's texts) of a workbook written and read back."""
    export_xlsx(store, out, lang="en")
    book = openpyxl.load_workbook(out, read_only=True)
    segments = list(book["Coded segments"].iter_rows(values_only=True))
    quote = segments[0].index("Quote")
    transcripts = list(book["Transcripts"].iter_rows(values_only=True))
    text = transcripts[0].index("Text")
    return ([str(row[quote] or "") for row in segments[1:]], [str(row[text] or "") for row in transcripts[1:]])


def _quoted(quotes: list[str]) -> bool:
    return any(LATER_WORDS[:20] in q for q in quotes)


def _later(hours: float) -> str:
    return (dt.datetime.now().astimezone() + dt.timedelta(hours=hours)).isoformat(timespec="seconds")


def test_a_laptop_a_day_ahead_sends_a_consent_of_the_day_the_centre_withdrew(team: Team, tmp_path: Path) -> None:
    """The participant phoned the centre today and withdrew consent to be quoted; the laptop, its date
    set 20 hours ahead, recorded their consent at today's focus group (a "yes" dated tomorrow) and sent
    it: the centre's workbook does not quote them."""
    study = _known_at_the_centre(team, tmp_path)
    today = dt.date.today()
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="quotes", on=today)
    laptop = reopen(team, 0, ahead(AHEAD_MS))
    _consent_at_a_session(laptop, study.other, today, _later(AHEAD_MS / HOUR_MS))
    _sent(team, laptop, tmp_path / "ahead.majlis")
    quotes, texts = _workbook_text(team.centre, tmp_path / "centre.xlsx")
    assert not _quoted(quotes)
    assert "[do not quote]" in quotes
    assert any(LATER_WORDS in t for t in texts)  # a withdrawal of quotes: the speech stays for analysis


def test_a_consent_typed_in_after_the_centres_withdrawal_came_is_withdrawn_on_the_laptop(
        team: Team, tmp_path: Path) -> None:
    """The laptop applied the team update bringing the centre's withdrawal of quotes (dated today), then
    typed in the paper form of yesterday's session: neither its workbook nor the centre's quotes them."""
    study = _known_at_the_centre(team, tmp_path)
    today = dt.date.today()
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="quotes", on=today)
    import_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u.majlis-update").path)
    typed = _consent_at_a_session(team.devices[0], study.other, today - dt.timedelta(days=1), _later(0))
    quotes, _ = _workbook_text(team.devices[0], tmp_path / "laptop.xlsx")
    assert not _quoted(quotes)
    _sent(team, team.devices[0], tmp_path / "typed.majlis")
    quotes, _ = _workbook_text(team.centre, tmp_path / "centre.xlsx")
    assert not _quoted(quotes)
    for store in (team.devices[0], team.centre):  # the register (Consent page, workbook) says it withdrawn
        with store.session() as s:
            rows = [r for r in consent.register(s, participant_id=study.other) if r.session_id == typed]
            assert [(r.withdrawn_at, r.withdrawal_scope) for r in rows] == [(today.isoformat(), "quotes")]
            assert withdrawal.consent_state(s, study.other) == "withdrawn_quotes"


def test_a_consent_given_at_a_later_session_stands(team: Team, tmp_path: Path) -> None:
    """Quotes allowed again: a consent given at a session after the withdrawal's day, and after the day
    past it that a clock a day ahead may show (``consent_given.SKEW_DAYS``), is quoted (the withdrawal
    takes back what was given on or before that day, nothing after)."""
    study = _known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="quotes", on="2025-01-01")
    _consent_at_a_session(team.devices[0], study.other, dt.date(2025, 1, 3), "2025-01-03T10:00:00+03:00")
    _sent(team, team.devices[0], tmp_path / "later.majlis")
    quotes, _ = _workbook_text(team.centre, tmp_path / "centre.xlsx")
    assert _quoted(quotes)


def test_a_withdrawal_of_everything_covers_a_consent_that_arrives_after_it(team: Team, tmp_path: Path) -> None:
    study = _known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="all")
    laptop = reopen(team, 0, ahead(AHEAD_MS))
    later = _consent_at_a_session(laptop, study.other, dt.date.today() + dt.timedelta(days=1),
                                  _later(AHEAD_MS / HOUR_MS))
    _sent(team, laptop, tmp_path / "ahead.majlis")
    quotes, texts = _workbook_text(team.centre, tmp_path / "centre.xlsx")
    assert not _quoted(quotes) and not any(LATER_WORDS[:20] in t for t in texts)  # erased on arrival
    with team.centre.session() as s:  # and said withdrawn, wherever its session is listed
        assert consent_rules.policy(s, study.other, later).redacted
        assert withdrawal.consent_state(s, study.other) == "erased"
