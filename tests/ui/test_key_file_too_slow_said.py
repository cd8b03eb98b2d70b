"""The Sync page's Team key file…, given a protected key file this computer is too slow (or too busy) to
try the passphrase of (age refuses a scrypt work factor over what it measures it can do in ~16 s): the
dialog said "This passphrase does not open the key file" though the passphrase was right. It now says,
in Arabic, that the passphrase was not checked and why; the key chosen before stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.sync import keys
from tests.cli.test_key_file_too_slow import SECRET, harder
from tests.sync_helpers import Team
from tests.sync_key_helpers import choose_key
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import language_fixture

team = team_fixture(devices=0)
language = language_fixture("ar")


def test_the_dialog_says_the_passphrase_was_not_checked(team: Team, tmp_path: Path, qtbot: Any, make_ctx: Any,
                                                        language: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    key = keys.write_protected_identity_file(tmp_path / "team.age", team.identities, SECRET)
    key.write_bytes(harder(key.read_bytes()))
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)

    chosen, seen = choose_key(page, key, [SECRET, ""], monkeypatch, qtbot)
    assert not chosen and page.identity_path == team.identity_file
    assert seen[0] and "لم تُفحص" in seen[0], seen  # "was not checked", in Arabic
    assert "passphrase" not in seen[0] and SECRET not in seen[0], seen
