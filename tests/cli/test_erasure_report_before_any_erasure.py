"""``majlis-cli erasure report`` on a database where no erasure was ever made said "no copies made
before the erasure are known", which speaks of an erasure that never happened (a coordinator checking
before a meeting read it as "an erasure was made and nothing escaped it"). It now says plainly that no
erasure has been made; once one is made with nothing copied before it, the old line stands.

Real SQLCipher store, a real workbook written before, a withdrawal of quotes only (which erases nothing),
then a withdrawal of everything, by the real command line."""

from __future__ import annotations

import json

import pytest

from desktop.core.db import Store
from tests.cli_run import run
from tests.erasure_helpers import make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")

NO_ERASURE = ("no erasure has been made in this database (no withdrawal of everything, no retention run): "
              "there is nothing to report\n")


def test_no_erasure_is_said_plainly_until_one_is_made(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    store.close()
    db = str(store.path)
    code, out, err = run(capsys, "erasure", "report", "--db", db)
    assert (code, out, err) == (0, NO_ERASURE, "")
    code, out, _ = run(capsys, "erasure", "report", "--db", db, "--json")
    assert (code, json.loads(out)) == (0, [])  # the JSON list is as it was: empty

    # A withdrawal of quotes erases nothing: still no erasure.
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym,
                       "--scope", "quotes", "--date", "2026-11-29")
    assert code == 0, err
    assert run(capsys, "erasure", "report", "--db", db)[1] == NO_ERASURE

    # An erasure made, with no copy made before it: the line about copies, not "no erasure".
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym,
                       "--scope", "all", "--date", "2026-11-30")
    assert code == 0, err
    code, out, err = run(capsys, "erasure", "report", "--db", db)
    assert (code, out, err) == (0, "no copies made before the erasure are known\n", "")
