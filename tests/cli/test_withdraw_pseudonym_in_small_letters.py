"""majlis-cli consent withdraw --participant bsr-fg01-p01 (typed in small letters, as a shell invites):
`No participant has this pseudonym.`, exit 1, and the coordinator, looking at BSR-FG01-P01 on the
paper form, could not see why. Nothing is guessed (a withdrawal may erase for good): the line now
names the pseudonym that differs only in its capitals, to be given as it is written. Real store,
the real command line."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from tests.cli_run import run
from tests.erasure_helpers import make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_pseudonym_in_other_capitals_is_named_not_taken(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    pseudonym = make_study(store).pseudonym
    store.close()
    db = str(store.path)
    for scope in ("quotes", "all"):
        code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", pseudonym.lower(),
                             "--scope", scope)
        assert (code, out) == (1, ""), (code, out, err)
        assert err == (f"majlis-cli: No participant has this pseudonym. {pseudonym} has it in other capitals: give it "
                       "as it is written; nothing was changed\n"), err
    code, out, _ = run(capsys, "participants", "list", "--db", db)
    assert f"{pseudonym}\t1 session\tgiven" in out  # nothing withdrawn
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", "NOBODY-P99", "--scope", "all")
    assert (code, err) == (1, "majlis-cli: No participant has this pseudonym.\n")  # no other like it: as before
