"""The test processes' database salts (tests/database_salts.py): repeated from test to test, never
within one, and never those of a database that outlives its test."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.db import create_store
from tests.conftest import PASSPHRASE
from tests.database_salts import SALTS


def salt_of(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(16)


listed = SALTS.listed


@pytest.fixture(scope="module")
def module_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("module") / "kept.db"
    create_store(path, PASSPHRASE, "kept for the module").close()
    return path


def test_a_tests_databases_take_the_listed_salts_in_turn(tmp_path: Path) -> None:
    first = create_store(tmp_path / "first.db", PASSPHRASE, "first")
    second = create_store(tmp_path / "second.db", PASSPHRASE, "second")
    kept = backups.backup(second.engine, tmp_path / "second.db", PASSPHRASE)
    first.close()
    second.close()
    salts = [salt_of(tmp_path / "first.db"), salt_of(tmp_path / "second.db"), salt_of(kept)]
    assert salts == [listed(1), listed(2), listed(3)]


@pytest.mark.parametrize("again", [1, 2])
def test_the_next_test_starts_the_list_again(tmp_path: Path, again: int) -> None:
    store = create_store(tmp_path / "field.db", PASSPHRASE, f"laptop {again}")
    store.close()
    assert salt_of(tmp_path / "field.db") == listed(1)


def test_a_database_that_outlives_its_test_has_a_salt_of_its_own(module_database: Path, tmp_path: Path) -> None:
    create_store(tmp_path / "mine.db", PASSPHRASE, "mine").close()
    assert salt_of(tmp_path / "mine.db") == listed(1)
    assert salt_of(module_database) not in {listed(n) for n in range(1, 50)}


def test_the_stores_template_has_a_salt_of_its_own(store: object, db_path: Path) -> None:
    assert salt_of(db_path) not in {listed(n) for n in range(1, 50)}
