"""Session editing service (no Qt): drafts, validation, finalise/unlock, audit trail, list queries."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import organisations
from desktop.core import sessions as svc
from desktop.core.db import open_store
from desktop.core.validation import passphrase_strength, session_problems


def test_draft_saves_with_problems_and_finalise_is_blocked(store):  # type: ignore[no-untyped-def]
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 5))
    svc.update_session(store, sid, {"start_time": "11:00", "end_time": "10:00"})  # saved anyway
    codes = {(p.field, p.code) for p in svc.problems(store, sid)}
    assert ("title", "required") in codes
    assert ("governorate", "required") in codes
    assert ("end_time", "end_before_start") in codes
    with pytest.raises(svc.FinaliseBlocked) as info:
        svc.finalise(store, sid, "Huda")
    assert {p.field for p in info.value.problems} >= {"title", "governorate", "end_time"}
    svc.update_session(store, sid, {"title": "Electoral law", "governorate": "basra", "end_time": "12:30"})
    svc.finalise(store, sid, "Huda")
    with pytest.raises(svc.SessionReadOnly):
        svc.update_session(store, sid, {"title": "changed"})


def test_future_date_blocks_finalising_only(store):  # type: ignore[no-untyped-def]
    future = dt.date.today() + dt.timedelta(days=3)
    fields = {"title": "x", "date": future, "governorate": "erbil"}
    assert session_problems(fields) == []
    assert [p.code for p in session_problems(fields, finalising=True)] == ["future_final"]


def test_unlock_needs_reason_and_lands_in_audit_trail(store):  # type: ignore[no-untyped-def]
    sid = svc.create_session(store, "roundtable", title="T", date=dt.date(2023, 2, 1), governorate="erbil")
    svc.finalise(store, sid, "Huda")
    with pytest.raises(svc.ReasonRequired):
        svc.unlock(store, sid, "   ", "Huda")
    svc.unlock(store, sid, "typo in decision 2", "Huda")
    with store.session() as s:
        trail = svc.audit_trail(s, sid)
    actions = [r.action for r in trail]
    assert actions[0] == "insert"
    assert "finalise" in actions and "unlock" in actions
    unlock_row = next(r for r in trail if r.action == "unlock")
    assert unlock_row.reason == "typo in decision 2"
    assert "Huda" in unlock_row.who()
    assert [r.when for r in trail] == sorted(r.when for r in trail)


def test_minutes_round_trip_and_tombstones(store, db_path, passphrase):  # type: ignore[no-untyped-def]
    org = organisations.create(store, "Basra Youth Forum", "cso", "basra")
    sid = svc.create_session(store, "roundtable", title="مجلس", date=dt.date(2023, 3, 1), governorate="basra")
    m = svc.load_minutes(store, sid)
    m.attendance.append({"id": None, "participant_id": None, "organisation_id": org, "role": "cso"})
    m.agenda += [{"id": None, "title": "أولاً", "notes": "ملاحظات"}, {"id": None, "title": "ثانياً", "notes": ""}]
    m.decisions.append({"id": None, "text": "قرار"})
    m.actions.append({"id": None, "what": "letter", "owner": "Ali", "due_date": dt.date(2023, 4, 1), "status": "open"})
    svc.save_minutes(store, sid, m)
    assert all(a["id"] for a in m.agenda)  # ids written back: the next autosave updates in place
    m.agenda.pop()
    svc.save_minutes(store, sid, m)
    with store.session() as s:
        changes_before = len(svc.audit_trail(s, sid))
    svc.save_minutes(store, sid, m)  # nothing changed: nothing logged
    with store.session() as s:
        assert len(svc.audit_trail(s, sid)) == changes_before
    store.close()
    again = open_store(db_path, passphrase)
    try:
        back = svc.load_minutes(again, sid)
        assert [a["title"] for a in back.agenda] == ["أولاً"]
        assert back.agenda[0]["notes"] == "ملاحظات"
        assert back.attendance[0]["organisation_id"] == org
        assert back.actions[0]["due_date"] == dt.date(2023, 4, 1)
        assert back.decisions[0]["text"] == "قرار"
    finally:
        again.close()


def test_list_filters_and_sort(store):  # type: ignore[no-untyped-def]
    a = svc.create_session(store, "roundtable", title="Alpha", date=dt.date(2023, 1, 1), governorate="basra", venue="Hall")
    b = svc.create_session(store, "focus_group", title="Beta", date=dt.date(2023, 2, 1), governorate="erbil")
    c = svc.create_session(store, "roundtable", title="Gamma 100%", date=dt.date(2023, 3, 1), governorate="erbil")
    with store.session() as s:
        assert svc.list_ids(s, svc.SessionFilter()) == [c, b, a]
        assert svc.list_ids(s, svc.SessionFilter(), sort="title", descending=False) == [a, b, c]
        assert svc.list_ids(s, svc.SessionFilter(kind="roundtable")) == [c, a]
        assert svc.list_ids(s, svc.SessionFilter(governorate="erbil", kind="focus_group")) == [b]
        assert svc.list_ids(s, svc.SessionFilter(date_from=dt.date(2023, 1, 15), date_to=dt.date(2023, 2, 15))) == [b]
        assert svc.list_ids(s, svc.SessionFilter(text="hall")) == [a]
        assert svc.list_ids(s, svc.SessionFilter(text="100%")) == [c]
        assert svc.list_ids(s, svc.SessionFilter(text="%")) == [c]  # a literal percent, not a wildcard
        assert svc.list_ids(s, svc.SessionFilter(status="final")) == []


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("short") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("correct horse battery staple") == 3
