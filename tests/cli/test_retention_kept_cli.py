"""``majlis-cli retention apply`` (and ``--dry-run``, and ``retention set``) says how many participants of
sessions not yet held a run keeps: their number only, never a name or a title. Real SQLCipher store, the
real command line."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from tests.cli_run import run
from tests.erasure_helpers import make_study
from tests.sync.test_retention_run_applied_alike import PLANNED_NAME, _identity, planned_session

pytestmark = pytest.mark.usefixtures("env_passphrase")

KEPT = ("kept: 2 participants of sessions not yet held (dated after today): their identities are not erased; "
        "a run after their session erases them\n")


def test_retention_says_whom_it_keeps(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    _, invited = planned_session(store, study)
    store.close()
    db = str(store.path)
    code, out, err = run(capsys, "retention", "set", "--db", db, "--months", "12")
    assert (code, err) == (0, "") and KEPT in out
    code, out, err = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines(keepends=True)
    assert lines[1] == KEPT
    assert lines[2].startswith("due since 2024-01-15: would erase the names or phones of 1 participant ")
    code, out, err = run(capsys, "retention", "apply", "--db", db)
    assert code == 0, err
    assert KEPT in out and out.index(KEPT) < out.index("erased the names or phones of 1 participant,")
    assert PLANNED_NAME not in out and "planned" not in out
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    again = open_store(store.path, PASSPHRASE)
    try:
        assert _identity(again, invited)[0] == PLANNED_NAME
        assert _identity(again, study.withdrawn) == (None, None, 0)
    finally:
        again.close()
