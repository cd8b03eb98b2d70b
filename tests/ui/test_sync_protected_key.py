"""A second coordinator's team key, as `majlis-cli team key export` writes it by default (protected by
a passphrase of its own), chosen on the Sync page with "Team key file…": the page asks for that
passphrase in a masked dialog (a wrong one is one line, and it asks again), then imports with the key.
It never said "(a bundle?)"; nothing but the file's path is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.ids import new_id
from desktop.core.models import LocalState
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.ui.sync.page import IDENTITY_STATE, SyncPage
from tests.sync_helpers import Team
from tests.sync_key_helpers import choose_key, when_asked
from tests.sync_page_helpers import open_page
from tests.team_copies import exported_key_of_copy, team_copy_fixture
from tests.trust_helpers import change, forge, participant_data

# One centre made, and its key exported by the CLI, per test process; each test a copy (tests/team_copies.py).
team = team_copy_fixture(devices=0)

KEY_PASSPHRASE = "second coordinator's key 7"
_sealed: dict[str, bytes] = {}


@pytest.fixture
def protected_key(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """The centre's key exported by the real CLI, passphrase-protected (its default)."""
    key, out = exported_key_of_copy(team, tmp_path, KEY_PASSPHRASE, capsys, monkeypatch)
    assert "passphrase-protected" in out
    return key


def preregister_laptop(team: Team, name: str) -> tuple[str, Any]:
    device, key = new_id(), keys.generate_signing_key()
    preregister(team.centre, device, keys.public_key_b64(key), name)
    return device, key


def _state_values(page: SyncPage) -> list[str]:
    with page.ctx.store.session() as s:
        return [row.value for row in s.execute(select(LocalState)).scalars()]


def test_a_protected_key_asks_its_passphrase_and_imports(team: Team, protected_key: Path, tmp_path: Path,
                                                         qtbot: Any, make_ctx: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    device, key = preregister_laptop(team, "Basra laptop 1")
    bundle = forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                 device=device, seq=1)], device_id=device, key=key, out=tmp_path / "b.majlis")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)

    chosen, seen = choose_key(page, protected_key, ["not the passphrase", KEY_PASSPHRASE], monkeypatch, qtbot)
    assert chosen
    assert seen[0] == "This passphrase does not open the key file. Type it again, or cancel."
    assert seen[1] == ""
    assert page.identity_path == protected_key
    assert protected_key.name in page.key_label.text()
    # Only the path is kept; never the key's passphrase.
    assert page.ctx.store.get_state(IDENTITY_STATE) == str(protected_key)
    assert not any(KEY_PASSPHRASE in value for value in _state_values(page))

    assert page.import_paths([bundle])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1 and page.is_loaded(), timeout=30_000)
    assert [o.status for o in page.last_outcomes] == ["imported"]
    said = [page.results.item(i).text() for i in range(page.results.count())]
    assert not any("a bundle?" in line or "Team key file:" in line for line in said), said


def test_cancelled_keeps_the_key_chosen_before(team: Team, protected_key: Path, qtbot: Any, make_ctx: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)
    chosen, seen = choose_key(page, protected_key, ["wrong", ""], monkeypatch, qtbot)
    assert not chosen
    assert page.identity_path == team.identity_file
    assert page.ctx.store.get_state(IDENTITY_STATE) == str(team.identity_file)


def test_chosen_again_after_a_restart_it_asks_at_import(team: Team, protected_key: Path, tmp_path: Path,
                                                        qtbot: Any, make_ctx: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The path is remembered, the passphrase is not: the next session asks for it at the import."""
    device, key = preregister_laptop(team, "Basra laptop 2")
    bundle = forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                 device=device, seq=1)], device_id=device, key=key, out=tmp_path / "b.majlis")
    team.centre.set_state(IDENTITY_STATE, str(protected_key))
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert page.identity_path == protected_key
    seen: list[str] = []
    when_asked(page, [""], seen)  # cancelled: nothing imported, one line says why
    # What the file is is read on the DB worker first; then the passphrase is asked for.
    assert page.import_paths([bundle])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    said = [page.results.item(i).text() for i in range(page.results.count())]
    assert said and "passphrase" in said[-1] and "a bundle?" not in said[-1], said
    when_asked(page, [KEY_PASSPHRASE], seen)
    assert page.import_paths([bundle])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1 and page.is_loaded(), timeout=30_000)
    assert [o.status for o in page.last_outcomes] == ["imported"]


def test_the_wrong_passphrase_line_is_translated(team: Team, protected_key: Path, qtbot: Any, make_ctx: Any,
                                                 manager: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot)
    for lang in ("ar", "ckb"):
        manager.set_language(lang)
        chosen, seen = choose_key(page, protected_key, ["wrong", ""], monkeypatch, qtbot)
        assert not chosen
        assert seen and seen[0] and "passphrase" not in seen[0] and not seen[0].isascii(), (lang, seen)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_protected_file_holding_no_key_is_not_a_wrong_passphrase(team: Team, tmp_path: Path, qtbot: Any,
                                                                   make_ctx: Any, language: Any, lang: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF sealed with a passphrase (`age -p`) given as the key: the passphrase opens it, and the dialog
    said "This passphrase does not open the key file. Type it again": a coordinator would try other
    passphrases for a file that holds no key. It says what the file is, in the interface's language."""
    import pyrage.passphrase
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    other = tmp_path / "report.pdf.age"
    if "pdf" not in _sealed:  # sealed once per test process (seconds of age's scrypt), the same bytes per language
        _sealed["pdf"] = pyrage.passphrase.encrypt(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", KEY_PASSPHRASE)
    other.write_bytes(_sealed["pdf"])
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)
    chosen, seen = choose_key(page, other, [KEY_PASSPHRASE, ""], monkeypatch, qtbot)
    assert not chosen and page.identity_path == team.identity_file
    wrong = translate("KeyPassphraseDialog", "This passphrase does not open the key file. Type it again, or cancel.")
    english = "This passphrase opens the file, but it holds no age identity: it is not a team key file."
    assert seen[0] == translate("BundleError", english) and seen[0] != wrong, seen
    assert lang == "en" or seen[0] != english, seen  # translated
