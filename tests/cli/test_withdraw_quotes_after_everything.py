"""A withdrawal only widens on the laptop too: `majlis-cli consent withdraw --scope quotes` after a
withdrawal of everything is refused in one line (translated for the app's dialog), and every consent
record keeps its withdrawal of everything. Real store, the real command line."""

from __future__ import annotations

import pytest

from desktop.core import consent
from desktop.core.db import Store, open_store
from desktop.core.withdrawal import ALREADY_ERASED
from desktop.i18n.catalogue import translate
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_quotes_after_everything_is_refused_and_changes_nothing(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    store.close()
    db = str(store.path)
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "all",
                       "--date", "2026-11-28")
    assert code == 0, err
    code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym,
                         "--scope", "quotes", "--date", "2026-11-29")
    assert (code, out, err) == (1, "", f"majlis-cli: {ALREADY_ERASED}\n")
    for lang in ("ar", "ckb"):
        said = translate(lang, "Withdrawal", ALREADY_ERASED)
        assert said and said != ALREADY_ERASED and "\n" not in said
    again = open_store(store.path, PASSPHRASE)
    try:
        with again.session() as s:
            marks = {(r.withdrawn_at, r.withdrawal_scope) for r in consent.register(s, participant_id=study.withdrawn)}
        assert marks == {("2026-11-28", "all")}
    finally:
        again.close()
