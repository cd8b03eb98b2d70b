"""``export pdf --document`` names a session's document: with a consent record instead it is a usage
error, exit 64 as the README gives it, said in one line before the database is opened, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_document_without_a_session_is_a_usage_error(store: Store, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    (tmp_path / "out").mkdir()
    pdf = tmp_path / "out" / "record.pdf"
    code, out, err = run(capsys, "export", "pdf", "--db", str(store.path), "--out", pdf,
                         "--consent-record", "0" * 26, "--document", "minutes")
    assert code == 64, err
    assert err.strip() == "majlis-cli: --document goes with --session" and not out
    assert not pdf.exists() and list((tmp_path / "out").iterdir()) == []
