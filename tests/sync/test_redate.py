"""Re-dating the waiting work: a laptop whose date was set a year ahead, then corrected, is no longer
stuck for a year. Its work of that time and every edit since (stamped after the wrong date) wait at
export; re-dating gives exactly that unsent work fresh time stamps from the clock as it is now, in
its order, and the centre then accepts it and ends with the laptop's latest values. What already
left keeps its time stamps. Real SQLCipher stores, real bundles, a real clock with a chosen date.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from desktop.core.clock import MAX_AHEAD_MS, system_ms, wall_ms_of
from desktop.core.db import Store, open_store
from desktop.core.errors import EnvironmentProblem
from desktop.core.exported_position import position_file
from desktop.core.models import SYNCED_MODELS, BundleReceipt, ChangeLog, LocalState, Memo, Participant
from desktop.core.store_lock import DatabaseInUse
from desktop.sync import redate as redating
from desktop.sync.errors import ClockBehindError, NothingToRedateError, RedateBlockedError
from desktop.sync.export import LAST_HASH_KEY, export_bundle, exported_key
from desktop.sync.importer import import_files
from desktop.sync.outbox import outbox
from desktop.sync.redate import redate, waiting
from tests.clock_helpers import HOUR_MS, YEAR_MS, ahead, date_set_right_after_a_year_ahead, reopen
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def participant(store: Store, code: str) -> Participant:
    with store.session() as s:
        return s.scalars(select(Participant).where(Participant.code == code)).one()


def set_occupation(store: Store, code: str, value: str) -> None:
    with store.transaction() as s:
        s.scalars(select(Participant).where(Participant.code == code)).one().occupation = value


def memo_text(store: Store) -> str:
    with store.session() as s:
        return s.scalars(select(Memo)).one().text


def own_log(store: Store) -> list[tuple[str, int, str, dict[str, str]]]:
    with store.session() as s:
        return [(c.epoch, c.seq, c.hlc, dict(c.base or {})) for c in s.scalars(
            select(ChangeLog).where(ChangeLog.device_id == store.device_id).order_by(ChangeLog.id))]


def stamps_held(store: Store) -> set[str]:
    """Every time stamp the rows hold (created, updated, per field)."""
    found: set[str] = set()
    with store.session() as s:
        for model in SYNCED_MODELS:
            for row in s.scalars(select(model)):
                found |= {row.created_at, row.updated_at, *(row.versions or {}).values()}
    return found - {""}


def imported(team: Team, path: Path) -> None:
    (outcome,) = import_files(team.centre, [path], team.identities)
    assert outcome.status == "imported", outcome.message


def test_a_year_ahead_then_corrected_sends_everything_after_redating(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01", occupation="teacher"))
    sent = export_bundle(laptop, tmp_path / "sent.majlis")
    assert sent is not None
    imported(team, sent.path)
    laptop = reopen(team, 0, ahead(12 * HOUR_MS))  # a little ahead: still sendable, and sent
    set_occupation(laptop, "BSR-FG01-P01", "nurse")
    sent_ahead = export_bundle(laptop, tmp_path / "sent-ahead.majlis")
    assert sent_ahead is not None
    imported(team, sent_ahead.path)
    exported_before = own_log(laptop)

    laptop = reopen(team, 0, ahead(YEAR_MS))  # a typing mistake: a year ahead
    with laptop.transaction() as s:
        p2 = Participant(code="BSR-FG01-P02", occupation="baker")
        s.add(p2)
        s.flush()
        s.add(Memo(target_table="participant", target_id=p2.id, title="visit", text="first words"))
    set_occupation(laptop, "BSR-FG01-P02", "builder")
    set_occupation(laptop, "BSR-FG01-P01", "pharmacist")
    with laptop.transaction() as s:
        s.scalars(select(Memo)).one().text = "second words"  # its base: the memo's ahead version

    laptop = reopen(team, 0, system_ms)  # the date set right
    set_occupation(laptop, "BSR-FG01-P02", "farmer")  # stamped after the wrong date, as every edit now
    with pytest.raises(ClockBehindError):
        export_bundle(laptop, tmp_path / "stuck.majlis")
    assert not (tmp_path / "stuck.majlis").exists()
    assert outbox(laptop).clock_behind_until is not None

    asked = waiting(laptop)
    all_before = own_log(laptop)
    assert asked.count == len(all_before) - len(exported_before) == 6
    assert asked.dated_until_ms > system_ms() + YEAR_MS - HOUR_MS
    assert abs(asked.clock_ms - system_ms()) < HOUR_MS
    done = redate(laptop)
    assert done.count == 6 and done.was_until_ms == asked.dated_until_ms

    after = own_log(laptop)
    assert after[: len(exported_before)] == exported_before  # what left keeps its time stamps
    redated = after[len(exported_before):]
    assert [(e, n) for e, n, _, _ in redated] == [(e, n) for e, n, _, _ in all_before[len(exported_before):]]
    stamps = [h for _, _, h, _ in redated]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # their order kept
    assert stamps[0] > max(h for _, _, h, _ in exported_before)  # still after everything that left
    assert all(wall_ms_of(h) <= system_ms() + MAX_AHEAD_MS for _, _, h, _ in after)
    memo_edit = redated[4]
    assert memo_edit[3] == {"text": stamps[1]}  # the base follows its version (the memo's insert)
    latest = system_ms() + MAX_AHEAD_MS
    assert all(wall_ms_of(h) <= latest for h in stamps_held(laptop))  # no row keeps a wrong stamp
    assert participant(laptop, "BSR-FG01-P02").versions["occupation"] == stamps[-1]
    assert outbox(laptop).clock_behind_until is None and laptop.clock.log_ahead_ms is None

    bundle = export_bundle(laptop, tmp_path / "redated.majlis")
    assert bundle is not None and not bundle.more_pending and bundle.change_count == 6
    imported(team, bundle.path)
    assert participant(team.centre, "BSR-FG01-P02").occupation == "farmer"
    assert participant(team.centre, "BSR-FG01-P01").occupation == "pharmacist"
    assert memo_text(team.centre) == "second words"

    set_occupation(laptop, "BSR-FG01-P01", "driver")  # new work after re-dating comes after it
    newest = own_log(laptop)[-1][2]
    assert newest > stamps[-1] and wall_ms_of(newest) <= system_ms() + MAX_AHEAD_MS
    later = export_bundle(laptop, tmp_path / "later.majlis")
    assert later is not None
    imported(team, later.path)
    assert participant(team.centre, "BSR-FG01-P01").occupation == "driver"
    assert participant(team.centre, "BSR-FG01-P01").versions["occupation"] == newest

    digest = full_digest(laptop)
    with pytest.raises(NothingToRedateError):  # nothing waits any more: refused, nothing changed
        redate(laptop)
    assert full_digest(laptop) == digest


def test_a_laptop_reopened_after_redating_goes_on_from_now(team: Team, tmp_path: Path) -> None:
    laptop = date_set_right_after_a_year_ahead(team)
    redate(laptop)
    laptop = reopen(team, 0, system_ms)  # the clock resumes from the log: no longer after the wrong date
    assert laptop.clock.log_ahead_ms is None
    assert wall_ms_of(laptop.clock.now()) <= system_ms() + HOUR_MS
    assert export_bundle(laptop, tmp_path / "b.majlis") is not None


def test_nothing_waits_is_refused_and_changes_nothing(team: Team) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    digest = full_digest(laptop)
    with pytest.raises(NothingToRedateError):
        waiting(laptop)
    with pytest.raises(NothingToRedateError):
        redate(laptop)
    assert full_digest(laptop) == digest


def test_work_already_sent_far_ahead_blocks_redating(team: Team, tmp_path: Path) -> None:
    """Exported while the date was a year ahead (the centre refused it and keeps the file): work
    re-dated to today would come before it and lose to it once that bundle is imported."""
    laptop = reopen(team, 0, ahead(YEAR_MS))
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    assert export_bundle(laptop, tmp_path / "ahead.majlis") is not None
    laptop = reopen(team, 0, system_ms)
    set_occupation(laptop, "BSR-FG01-P01", "teacher")
    digest = full_digest(laptop)
    with pytest.raises(RedateBlockedError) as refused:
        redate(laptop)
    assert refused.value.dated_until_ms > system_ms() + YEAR_MS - HOUR_MS
    assert full_digest(laptop) == digest


def test_refused_while_another_program_has_the_database_open(team: Team) -> None:
    laptop = date_set_right_after_a_year_ahead(team)
    other = open_store(laptop.path, PASSPHRASE)  # another process's handle (locks are per handle)
    try:
        digest = full_digest(laptop)
        with pytest.raises(DatabaseInUse):
            redate(laptop)
        assert full_digest(laptop) == digest
    finally:
        other.close()
    assert redate(laptop).count == 1  # once the other one closed


def test_a_bundle_written_but_never_counted_as_sent_cannot_undo_the_redating(team: Team, tmp_path: Path) -> None:
    """An export while the date was ahead wrote its file, then stopped before the exported position
    moved (a crash, a full disk): its changes count as unsent and are re-dated. That stray file holds
    the same numbers and content hashes, so the centre (refusing it until its date comes) then finds
    nothing new in it, and the laptop's later edit stays the winner."""
    laptop = reopen(team, 0, ahead(YEAR_MS))
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01", occupation="teacher"))
    keys = (exported_key(laptop.epoch), "exported_seq", LAST_HASH_KEY)
    before = {key: laptop.get_state(key) for key in keys}
    outside = position_file(laptop.device_id)
    kept = outside.read_bytes() if outside.exists() else None
    stray = export_bundle(laptop, tmp_path / "stray.majlis")
    assert stray is not None and stray.path.exists()
    with laptop.transaction() as s:  # as if it had stopped right after writing the file
        for key, value in before.items():
            s.merge(LocalState(key=key, value=value))
        s.execute(delete(BundleReceipt).where(BundleReceipt.bundle_hash == stray.bundle_hash))
    if kept is None:
        outside.unlink()
    else:
        outside.write_bytes(kept)
    laptop = reopen(team, 0, system_ms)  # the date set right
    assert redate(laptop).count == 1
    set_occupation(laptop, "BSR-FG01-P01", "farmer")
    bundle = export_bundle(laptop, tmp_path / "redated.majlis")
    assert bundle is not None and (bundle.seq_from, bundle.seq_to) == (stray.seq_from, stray.seq_to + 1)
    imported(team, bundle.path)
    (refused,) = import_files(team.centre, [stray.path], team.identities)
    assert refused.status == "refused" and refused.code == "future_clock"
    team.centre.close()
    team.centre = open_store(team.centre.path, PASSPHRASE, wall=ahead(YEAR_MS))  # a year later
    (late,) = import_files(team.centre, [stray.path], team.identities)
    assert late.status in ("already_present", "imported") and late.new_changes == 0, late.message
    assert participant(team.centre, "BSR-FG01-P01").occupation == "farmer"


def test_an_edit_saved_while_redating_is_dated_today(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor's autosave on the window's thread while the re-dating runs on the DB worker waits
    for it and gets a stamp from the lowered clock. Stamped from the old clock, it stayed a year
    ahead: the clock warning stayed and the edit was held back at export."""
    laptop = date_set_right_after_a_year_ahead(team, occupation="teacher")
    failed: list[BaseException] = []

    def autosave() -> None:
        try:
            set_occupation(laptop, "BSR-FG01-P01", "farmer")
        except BaseException as exc:
            failed.append(exc)

    saver = threading.Thread(target=autosave)
    apply = redating._apply

    def autosave_meanwhile(s: Any, plan: Any, mapping: dict[str, str]) -> None:
        saver.start()  # the re-dating has read what waits and written nothing yet
        while saver.is_alive() and not laptop.clock.gate.waiting:  # until it waits, or is saved
            saver.join(0.01)
        apply(s, plan, mapping)

    monkeypatch.setattr(redating, "_apply", autosave_meanwhile)
    done = redate(laptop)
    saver.join(60)
    assert not saver.is_alive() and failed == []
    assert done.count == 1
    edit = own_log(laptop)[-1][2]
    assert edit > done.last and wall_ms_of(edit) <= system_ms() + MAX_AHEAD_MS
    assert participant(laptop, "BSR-FG01-P01").occupation == "farmer"
    assert outbox(laptop).clock_behind_until is None and laptop.clock.log_ahead_ms is None


def test_an_edit_that_does_not_end_refuses_redating_and_changes_nothing(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = date_set_right_after_a_year_ahead(team)
    digest = full_digest(laptop)
    monkeypatch.setattr(redating, "GATE_TIMEOUT_S", 0.05)
    with laptop.session() as s:  # an edit stamped and not yet ended
        s.add(Participant(code="BSR-FG01-P02"))
        s.flush()
        with pytest.raises(EnvironmentProblem):
            redate(laptop)
    assert full_digest(laptop) == digest
    assert wall_ms_of(laptop.clock.now()) > system_ms() + YEAR_MS - HOUR_MS  # not lowered
    assert redate(laptop).count == 1  # once the edit has ended (rolled back here)
