"""``majlis-cli passwd`` took the current passphrase again (``passphrase changed``, a backup written,
the whole file encrypted again for nothing) and a passphrase of one character, which Settings →
Change passphrase… in the app refuses. It now applies the app's rule (one rule,
``desktop.core.validation.new_passphrase_problem``): one line, exit 1, nothing changed, no backup
written. Real SQLCipher stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.validation import (
    PASSPHRASE_SAME_AS_CURRENT,
    PASSPHRASE_TOO_WEAK,
    PASSPHRASE_UNTYPABLE,
    new_passphrase_problem,
)
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")

TOO_WEAK = "majlis-cli: the new passphrase is too weak: use at least 8 characters; nothing was changed\n"
SAME = "majlis-cli: the new passphrase is the same as the current one; nothing was changed\n"


@pytest.mark.parametrize(("new", "line"), [
    (PASSPHRASE, SAME),
    ("x", TOO_WEAK),
    ("7 chars", TOO_WEAK),
    ("كلمة", TOO_WEAK),
])
def test_passwd_refuses_what_the_app_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, new: str, line: str) -> None:
    db = tmp_path / "laptop.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    before = db.read_bytes()
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", new)

    code, out, err = run(capsys, "passwd", "--db", db)

    assert (code, out, err) == (1, "", line)  # the exact line: never the passphrase
    assert db.read_bytes() == before
    assert not (tmp_path / "laptop.db.backups").exists() or not any((tmp_path / "laptop.db.backups").iterdir())
    assert run(capsys, "check", "--db", db)[0] == 0  # still opens with the current one


def test_the_same_rule_from_a_file_and_a_good_one_still_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_NEW_PASSPHRASE", raising=False)
    db = tmp_path / "laptop.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    same = tmp_path / "same.txt"
    same.write_text(PASSPHRASE + "\r\n", encoding="utf-8-sig")
    assert run(capsys, "passwd", "--db", db, "--new-passphrase-file", same)[2] == SAME
    good = tmp_path / "good.txt"
    good.write_text("eight ch\n", encoding="utf-8")  # exactly 8: the shortest taken
    code, out, err = run(capsys, "passwd", "--db", db, "--new-passphrase-file", good)
    assert code == 0 and out.startswith("passphrase changed\n"), (code, out, err)


def test_the_rule_the_app_and_the_cli_share() -> None:
    assert new_passphrase_problem("1234567") == PASSPHRASE_TOO_WEAK
    assert new_passphrase_problem("12345678") is None
    assert new_passphrase_problem("12345678", "12345678") == PASSPHRASE_SAME_AS_CURRENT
    assert new_passphrase_problem("1234567", "1234567") == PASSPHRASE_TOO_WEAK


def test_what_no_key_can_be_made_of_is_no_passphrase() -> None:
    """A NUL (SQLCipher's key statement cannot take it) or a lone surrogate (no UTF-8 bytes): refused by
    the rule every place applies. A tab or an escape is kept, as pasted."""
    assert new_passphrase_problem("long enough\ud800") == PASSPHRASE_UNTYPABLE
    assert new_passphrase_problem("long enough\x00") == PASSPHRASE_UNTYPABLE
    assert new_passphrase_problem("long enough\t\x1b") is None
