"""A passphrase in $MAJLIS_PASSPHRASE past the unlock window (common._refuse_past_the_window) is said in
the words of the passphrase file's line: the limit counts UTF-16 units, so a passphrase of exactly 32,767
characters, one of them an emoji, is told it is longer than "32,767 characters of ordinary text (an emoji counts
as two)", not "longer than 32,767 characters", which it is not (hp13's review finding 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.passphrase_file import UNLOCK_WINDOW_LIMIT
from tests.cli_run import run


def test_the_variable_past_the_window_is_said_as_the_file_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    passphrase = "ب" * (UNLOCK_WINDOW_LIMIT - 1) + "🙂"  # 32,767 characters, 32,768 UTF-16 units
    assert len(passphrase) == UNLOCK_WINDOW_LIMIT
    monkeypatch.setenv("MAJLIS_PASSPHRASE", passphrase)
    code, out, err = run(capsys, "init", "--db", tmp_path / "new.db", "--device-name", "Basra laptop 2")
    assert (code, out) == (1, ""), (code, out, err)
    assert err.count("\n") == 1 and passphrase[:20] not in err, err
    assert "32,767 characters of ordinary text (an emoji counts as two)" in err, err
    assert list(tmp_path.iterdir()) == []
