"""Two programs writing one database file (a second copy of Majlis opened on it, a majlis-cli command
while the app is open): each write takes its own sequence number in the change log.

The next number was read before the transaction's first write, when SQLite takes the file's write
lock; a write of the other program committed in between took the same number, and the second write
failed on the log's unique sequence number (IntegrityError: a facilitator's autosave refused, a
traceback in crash.log). Here the other program writes exactly then, from a thread of its own with
its own store (its own connections) on the same file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from desktop.core import busy_wait, sessions
from desktop.core.db import Store, open_store
from desktop.core.models import ChangeLog, Session
from tests.conftest import PASSPHRASE


def test_a_write_of_another_program_between_reading_and_writing_the_next_number(
        store: Store, db_path: Path) -> None:
    other = open_store(db_path, PASSPHRASE)  # the second copy of Majlis
    failures: list[BaseException] = []
    started: list[threading.Thread] = []

    def other_program_writes() -> None:
        try:
            with busy_wait.brief_waits(60_000):  # it waits for this one's write as long as that takes
                sessions.create_session(other, "roundtable", title="طاولة النسخة الثانية")
        except BaseException as exc:  # said by the assertion below
            failures.append(exc)

    def after_the_next_number_is_read(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if started or "max(change_log.seq)" not in statement:
            return
        started.append(threading.Thread(target=other_program_writes))
        started[0].start()
        started[0].join(3)  # it writes now, unless this transaction already holds the file

    event.listen(store.engine, "after_cursor_execute", after_the_next_number_is_read)
    try:
        mine = sessions.create_session(store, "roundtable", title="طاولة البصرة")
        assert started, "the next number was not read"
        started[0].join(60)
        assert failures == []
    finally:
        event.remove(store.engine, "after_cursor_execute", after_the_next_number_is_read)
        other.close()
    with store.session() as s:
        titles = set(s.scalars(select(Session.title)))
        numbers = list(s.scalars(select(ChangeLog.seq).where(ChangeLog.device_id == store.device_id)))
        assert s.get(Session, mine) is not None
    assert titles == {"طاولة البصرة", "طاولة النسخة الثانية"}
    assert sorted(numbers) == list(range(1, len(numbers) + 1))  # each number once, none skipped
