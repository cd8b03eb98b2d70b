"""``majlis-cli retention apply`` keeps the identities of the participants of a session not yet held (a
focus group planned for next week), and both ``retention`` commands say how many (their number only, never
a name). Before, the run erased every participant's name, phone and signature, those of the people invited
next week too. Real SQLCipher store, the real command line."""

from __future__ import annotations

import pytest

from desktop.core import retention
from desktop.core.db import Store, open_store
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.core.test_retention_keeps_sessions_not_yet_held import PLANNED_NAME, _identity, planned_session
from tests.erasure_helpers import NAME, make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")

LEFT_OUT = "left out: 1 session dated after today (the retention period runs from the last session held)\n"
KEPT = "kept: the identities of 2 participants of sessions not yet held (dated after today) are not erased\n"


def test_retention_apply_keeps_the_invited_and_says_how_many(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)  # held on 2023-01-15
    _sid, invited = planned_session(store, study)
    store.close()
    db = str(store.path)
    code, out, err = run(capsys, "retention", "set", "--db", db, "--months", "12")
    assert (code, err) == (0, "")
    assert out == LEFT_OUT + KEPT + \
        "retention: identities are erased 12 months after the last session (due on 2024-01-15)\n"
    code, out, err = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith(LEFT_OUT + KEPT + "due since 2024-01-15: would erase the names or phones of 1 participant ")
    code, out, err = run(capsys, "retention", "apply", "--db", db)
    assert code == 0
    assert out.startswith(LEFT_OUT + KEPT + "erased the names or phones of 1 participant, ")
    assert PLANNED_NAME not in out + err and NAME not in out + err
    reopened = open_store(db, PASSPHRASE)
    try:
        assert _identity(reopened, invited) == (PLANNED_NAME, "07700000999", 1)
        assert _identity(reopened, study.withdrawn) == (None, None, 0)
        assert retention.status(reopened).names == 0
    finally:
        reopened.close()
    code, out, _ = run(capsys, "retention", "apply", "--db", db)  # run again: nothing left, the kept said
    assert code == 0 and out.startswith(LEFT_OUT + KEPT + "due, and nothing is left to erase")
