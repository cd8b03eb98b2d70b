"""The purge after an erasure, as ``consent withdraw --scope all`` and ``retention apply`` say it.

An erasure is one transaction; the purge that then rebuilds the file (so that the erased bytes leave
it) needs room on the disk for a second copy. On a disk that fills then, the erasure stands and the
bytes stay: the command said only "the disk is full" (exit 4), read as "nothing was changed", and
run again it was refused as "already erased", the purge never done. Now it says what was erased and
that the file is purged when the same command is run again, which then does it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import EnvironmentProblem

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.core.erasure_file import NotPurged

#: What a purge put off (another program reading the file) says.
PUT_OFF = ("note: another program is reading the database; run this command again once it is closed to purge the "
           "freed pages from the file")


def left_in_the_file(exc: NotPurged, db: Path, erased: str) -> EnvironmentProblem:
    """The line for an erasure made whose purge the disk refused (``erased``: "words", "identities")."""
    return EnvironmentProblem(
        f"{exc.message} (database: {db.resolve()}): the erasure was made, but the file was not purged (traces of "
        f"the erased {erased} may stay in its free pages and search index until it is): once the disk has room "
        "(or can be written), run this command again to purge it", **exc.details)


def purge_now(store: Store, erased: str) -> str | None:
    """After an erasure made before (the command run again): the purge it left pending, done now.
    None when none was pending; else the line to print. A disk that still refuses is said as the
    first run said it."""
    from desktop.core import erasure_file

    try:
        purged = erasure_file.finish_pending_purge(store)
    except erasure_file.NotPurged as exc:
        raise left_in_the_file(exc, store.path, erased) from exc
    if purged is None:
        return None
    return "the database file is purged now: the bytes of what was erased have left it" if purged else PUT_OFF
