"""A restore derived the database key nine times (0.2 s of CPU each, seconds on a slow laptop): each
step that carries something across from the database replaced (the changes never exported, the
erasures, the consent records, the team keys, the erasures logged again) opened the files again and
derived the key of a salt it had already derived; ``erasure report --rewrite-backups`` derived the
database's twice. Now each salt's key is derived once per command, and the command does all it did. The real command, a real backup, the real derivation (watched, not
replaced)."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import backups, digests
from desktop.core.models import Session
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import titles
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")


def watch_derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts of the keys derived from here on, in order (the real derivation, watched)."""
    salts: list[bytes] = []
    derive = digests.pbkdf2_hmac

    def watched(hash_name: str, password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
        salts.append(salt)
        return derive(hash_name, password, salt, iterations, length)

    monkeypatch.setattr(digests, "pbkdf2_hmac", watched)
    return salts


def on_its_own(command: Callable[..., tuple[int, str, str]], *args: object) -> tuple[int, str, str]:
    """The command as in a process of its own: no keys remembered around it (desktop/core/key_memo)."""
    return contextvars.Context().run(command, *args)


def test_a_restore_derives_each_files_key_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    old = backups.backup(store.engine, db, PASSPHRASE)
    with store.transaction() as s:
        s.add(Session(kind="focus_group", title="after the backup", governorate="erbil", language="ckb"))
    store.close()
    salts = watch_derivations(monkeypatch)
    code, out, err = on_its_own(run, capsys, "restore", "--db", db, "--from", old)
    assert code == 0 and "restored" in out, err
    assert "1 change never exported" in err, err  # the database replaced was read for what it held
    assert salts and len(salts) == len(set(salts)), [s.hex()[:8] for s in salts]
    assert titles(db, PASSPHRASE) == set()  # the backup's, before the session


def test_rewriting_the_backups_derives_each_files_key_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    backups.backup(store.engine, db, PASSPHRASE)
    store.close()
    salts = watch_derivations(monkeypatch)
    code, out, err = on_its_own(run, capsys, "erasure", "report", "--db", db, "--rewrite-backups")
    assert code == 0, err
    assert len(set(salts)) == 2 and len(salts) == 2, [s.hex()[:8] for s in salts]  # the database's, the backup's
