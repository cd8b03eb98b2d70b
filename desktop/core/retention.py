"""The end of a study: identities are erased a retention period after the team's last session.

The last session is the last one held: dated up to today (the computer's date). A session dated ahead
(planned, or a slip of the year: 2062 for 2026, typed, or sent in a laptop's bundle) has not happened,
and one dated 2286 put the end of the study off for ever; those are left out, and counted, so that the
Consent page and ``majlis-cli retention`` can say so.

The period (in months) is a team setting: the centre sets it and team updates carry it to devices
(``retention_months`` in ``local_state``: one database belongs to one team). When it is due, a run
erases names, phones, signatures and scans of every participant known so far; pseudonyms and
pseudonymous data stay. The run is one ``Erasure`` row (scope "identity", no participant: it covers
every participant created before it), so it is recorded, travels, and keeps covering participants
whose rows arrive later from older bundles. The participants of sessions not yet held here (dated
after the run's day), and on a laptop those the centre's latest run kept, are kept: their ids go in the
run (``retention_kept``), and every device that applies it leaves out exactly those; they are counted as
``kept``, never named. A run is recorded when due even if this database holds no name (a centre the
laptops' names have not reached yet): once per due date, it travels so that the laptops erase theirs.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, erasure, erasure_file, retention_kept
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.models import ConsentRecord, Erasure, LocalState, Participant, Session
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.counts import counted

SETTING_KEY = "retention_months"
MAX_MONTHS = 1200
#: A run that would keep more participants than it may carry (``retention_kept.KEPT_MAX``): none is made.
TOO_MANY_KEPT = QT_TRANSLATE_NOOP(
    "Retention", "Too many participants are invited to sessions not yet held for one run to keep them; "
    "nothing was erased.")


class RetentionInvalid(ValidationError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RetentionStatus:
    months: int | None
    last_session: dt.date | None
    due_on: dt.date | None
    due: bool
    names: int  # participants with a name or phone still stored
    images: int  # consent records with a signature or scan still stored
    later: int = 0  # sessions dated after today: left out of the last session
    kept: int = 0  # participants of those sessions (not yet held) whose identity a run keeps
    last_run: str | None = None  # the day of the latest run recorded here (made here or received)

    @property
    def wanted(self) -> bool:
        """Whether a run is to be made now: due, and identities stored here, or no run recorded since the
        due date. A centre whose own rows hold no name (the laptops' have not reached it, or an earlier run
        erased them) still records the run: it travels, and every device erases the participants created
        before it (a laptop's names not yet sent were otherwise kept for ever)."""
        if not self.due or self.due_on is None:
            return False
        return bool(self.names or self.images or self.last_run is None or self.last_run < self.due_on.isoformat())

    @property
    def nothing_here(self) -> bool:
        """A run wanted only to travel: no identity stored here for it to erase."""
        return self.wanted and not (self.names or self.images)


@dataclass(frozen=True)
class RetentionRun:
    status: RetentionStatus
    applied: bool
    erased: erasure.ScrubCount
    purged: bool
    travels_only: bool = False  # recorded with no identity stored here: made for the other devices


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months``; the last day a date can hold when that is past year 9999 (a session
    dated 9999-12-31, typed in a date box or sent in a laptop's bundle, made every reading of the
    retention state raise ValueError: the Consent page's retention box, the offer at start-up,
    ``retention apply``)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_setting(store: Store) -> int | None:
    value = store.get_state(SETTING_KEY, "")
    return int(value) if value.isdigit() else None


def set_months(store: Store, months: int | None) -> None:
    if months is not None and not 1 <= months <= MAX_MONTHS:
        raise RetentionInvalid("bad_months", QT_TRANSLATE_NOOP("Retention", "The retention period must be 1 to 1200 months."))
    store.set_state(SETTING_KEY, "" if months is None else str(months))


def status(store: Store, today: dt.date | None = None) -> RetentionStatus:
    with store.session() as s:
        return status_in(s, today)


def status_in(s: OrmSession, today: dt.date | None = None) -> RetentionStatus:
    """The retention state read in an open session (the UI asks it on the database worker)."""
    today = today or dt.date.today()
    setting = s.get(LocalState, SETTING_KEY)
    months = int(setting.value) if setting is not None and setting.value.isdigit() else None
    live = Session.deleted.is_(False)
    last = s.scalar(select(func.max(Session.date)).where(live, Session.date <= today))
    later = int(s.scalar(select(func.count()).select_from(Session).where(live, Session.date > today)) or 0)
    named = or_(Participant.real_name.is_not(None), Participant.phone.is_not(None))
    imaged = or_(ConsentRecord.signature_png.is_not(None), ConsentRecord.paper_scan.is_not(None))
    kept = 0
    carried = retention_kept.carried(s)
    if later or carried:  # the participants of a session not yet held: kept by a run made now, not erased
        ahead = retention_kept.linked_after(today, carried)
        names = int(s.scalar(select(func.count()).select_from(Participant).where(
            named, Participant.id.not_in(ahead))) or 0)
        images = int(s.scalar(select(func.count()).select_from(ConsentRecord).where(
            imaged, ConsentRecord.participant_id.not_in(ahead))) or 0)
        kept = int(s.scalar(select(func.count()).select_from(Participant).where(Participant.id.in_(ahead), or_(
            named, Participant.id.in_(select(ConsentRecord.participant_id).where(imaged))))) or 0)
    else:
        names = int(s.scalar(select(func.count()).select_from(Participant).where(named)) or 0)
        images = int(s.scalar(select(func.count()).select_from(ConsentRecord).where(imaged)) or 0)
    due_on = add_months(last, months) if (months and last) else None
    return RetentionStatus(months, last, due_on, bool(due_on and today >= due_on), names, images, later, kept,
                           _last_run(s))


def apply(store: Store, *, dry_run: bool = False, today: dt.date | None = None) -> RetentionRun:
    """Erase identities when the period has passed; ``dry_run`` only says what would go."""
    state = status(store, today)
    if state.months is None:
        raise RetentionInvalid("no_period", QT_TRANSLATE_NOOP("Retention", "No retention period is set for this team; nothing was erased."))
    if not state.wanted or dry_run:  # due with nothing stored here: recorded all the same (it travels)
        return RetentionRun(state, False, erasure.ScrubCount(), True)
    day = today or dt.date.today()
    with erasure_file.sole_writer(store, "erase identities"), store.transaction() as s:
        # Decided here, once: the run carries whom it keeps, and no device applying it judges again.
        kept = retention_kept.kept_ids(s, day)
        if len(kept) > retention_kept.KEPT_MAX:
            raise RetentionInvalid("too_many_kept", TOO_MANY_KEPT)
        run = Erasure(participant_id="", scope="identity", erased_on=day.isoformat(),
                      reason=f"retention {counted(state.months, 'month')}", kept=kept)
        s.add(run)
        s.flush()
        count = erasure.apply_rule(s.connection(), erasure.Rule("", "identity", run.created_at,
                                                                kept=frozenset(kept)))
        change_set.wrote_in_bulk(s, erasure.TABLES)  # Core writes: say so
    try:
        purged = erasure_file.purge_after_erasure(store)
    except erasure_file.NotPurged as exc:  # erased all the same: said with what was erased
        exc.made = RetentionRun(status(store, today), True, count, False, state.nothing_here)
        raise
    return RetentionRun(status(store, today), True, count, purged, state.nothing_here)


def last_run(store: Store) -> str | None:
    with store.session() as s:
        return _last_run(s)


def _last_run(s: OrmSession) -> str | None:
    return s.scalar(select(func.max(Erasure.erased_on)).where(
        Erasure.scope == "identity", Erasure.participant_id == "", Erasure.deleted.is_(False)))
