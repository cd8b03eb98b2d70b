"""``majlis-cli retention apply`` with no retention period set printed the app's sentence,
``majlis-cli: No retention period is set for this team; nothing was erased.``: a capital letter and a
full stop among the command line's lower-case lines (``retention set`` says ``the retention period is 1
to 1200 months, or 0 to remove it; nothing was changed``), and no word of how to set one. The line is
now the command line's own, naming the command that sets a period; the app keeps its sentence (the
store's message, translated for its dialogs). Real SQLCipher store, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import retention
from desktop.core.db import Store
from tests.cli_run import run
from tests.erasure_helpers import PHONE, make_study, plaintext_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")

LINE = ("majlis-cli: no retention period is set for this team (majlis-cli retention set --db PATH --months N "
        "sets one); nothing was erased\n")


def test_no_period_is_one_lower_case_line_naming_how_to_set_one(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_study(store)
    with pytest.raises(retention.RetentionInvalid) as refused:
        retention.apply(store)
    # The app's words stay as they were (its dialogs translate them).
    assert (refused.value.code, refused.value.message) == (
        "no_period", "No retention period is set for this team; nothing was erased.")
    store.close()
    db = str(store.path)
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, "retention", "apply", "--db", db, *extra)
        assert (code, out, err) == (1, "", LINE), extra
    assert PHONE.encode() in plaintext_copy(store.path, tmp_path / "plain.db")  # nothing was erased
