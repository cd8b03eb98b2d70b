"""After a restore at the centre: the team keys made after the backup, kept in the restored database.

The centre's age identities (its team keys) live inside its encrypted database (``local_state``
``team_identity``), beside the team's recipients (``team.recipients``). A New team key (``team key rotate``,
after a key file was lost) adds an identity and makes the team's recipients the new one; the next team update
takes them to the laptops, which encrypt their next bundles to the new key only. A centre restored from a
backup made before it had neither: none of those bundles opened there (``wrong_identity``, and nothing said
why), and its next team update named the old recipients again, so laptops went back to the key that was lost.

So the identities the database replaced holds and the restored one lacks are written into it (each with the
comment lines age-keygen writes above it), and the team's recipients become the ones the database replaced
had: what the laptops were last told. Kept inside the encrypted database only, never in a file. Nothing when
the database replaced does not open with this passphrase (changed since the backup), is another team's, or
holds no key the restored one lacks (a backup newer than it, or no New team key since).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, cast

from sqlalchemy import Table, select, update

from desktop.core.db import Store, open_store
from desktop.core.errors import DamagedDatabase, WrongPassphrase
from desktop.core.models import LocalState, Team
from desktop.core.store_lock import lock_path

#: local_state key of the centre's age identities (the identity file's text); desktop.sync.team_common's too.
TEAM_IDENTITY_STATE = "team_identity"
_STATE = cast(Table, LocalState.__table__)
_TEAM = cast(Table, Team.__table__)


class _Keys(NamedTuple):
    text: str  # the identity file's text, "" where there is none (a laptop, no team)
    team_id: str | None
    central: bool
    recipients: list[str]


def carry_team_keys(replaced: Path, restored: Path, passphrase: str) -> int:
    """Write into the restored centre database the team keys the database replaced holds and it lacks, and
    make its team's recipients those of the database replaced; how many keys were carried (0: nothing
    changed)."""
    had_lock = lock_path(replaced).exists()  # in the backups folder: it stays one file
    try:
        copy = open_store(replaced, passphrase, backup_before_upgrade=False)
    except BaseException as exc:
        if not had_lock:
            lock_path(replaced).unlink(missing_ok=True)
        if isinstance(exc, (WrongPassphrase, DamagedDatabase)):
            return 0
        raise
    try:
        theirs = _keys_of(copy)
    finally:
        copy.close()
        if not had_lock:
            lock_path(replaced).unlink(missing_ok=True)
    if not theirs.text or not theirs.central:
        return 0
    store = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        ours = _keys_of(store)
        if not ours.text or ours.team_id != theirs.team_id:
            return 0
        have = {line for line, _comments in _blocks(ours.text)}
        missing = [(line, comments) for line, comments in _blocks(theirs.text) if line not in have]
        if not missing:
            return 0
        added = "\n".join(f"{comments}{line}" for line, comments in missing)
        with store.engine.begin() as conn:  # the table, not the ORM: local state, logged as no change
            conn.execute(update(_STATE).where(_STATE.c.key == TEAM_IDENTITY_STATE).values(
                value=ours.text.rstrip("\n") + "\n" + added + "\n"))
            conn.execute(update(_TEAM).where(_TEAM.c.id == ours.team_id).values(recipients=theirs.recipients))
        return len(missing)
    finally:
        store.close()


def _keys_of(store: Store) -> _Keys:
    with store.engine.connect() as conn:
        text = conn.execute(select(_STATE.c.value).where(_STATE.c.key == TEAM_IDENTITY_STATE)).scalar()
        team = conn.execute(select(_TEAM.c.id, _TEAM.c.is_central, _TEAM.c.recipients)).first()
    if team is None:
        return _Keys(str(text or ""), None, False, [])
    return _Keys(str(text or ""), str(team.id), bool(team.is_central), list(team.recipients or []))


def _blocks(text: str) -> list[tuple[str, str]]:
    """Each identity line of an identity file's ``text`` with the comment lines above it ("# created: …",
    "# public key: age1…"), in order."""
    found: list[tuple[str, str]] = []
    comments: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            comments.append(line + "\n")
            continue
        found.append((line, "".join(comments)))
        comments = []
    return found
