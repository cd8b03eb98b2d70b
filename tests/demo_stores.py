"""Real stores with the demo data in them, generated once per test process and copied per test.

``demo.generate`` writes a few hundred rows through the ORM and its hooks (change log, search index):
a couple of seconds of CPU for five sessions, far more than the screens a test then looks at. Tests
that need "a database with the demo's sessions in it", not a test of generating them, get a byte copy
of one database that ``fresh_store`` + ``demo.generate`` made, opened by the real ``open_store`` with
its passphrase: still SQLCipher, still encrypted, the same rows the test's own generation gave (the
demo is seeded). Each copy is its own file, so what a test writes stays in its copy. Tests of the
demo itself call ``demo.generate``.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import demo
from desktop.core.db import Store, open_store
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

_templates: dict[tuple[str, str, int, int, bool], Path] = {}


def _template(passphrase: str, device_name: str, sessions: int, seed: int, advocacy: bool) -> Path:
    key = (passphrase, device_name, sessions, seed, advocacy)
    path = _templates.get(key)
    if path is None:
        folder = Path(tempfile.mkdtemp(prefix="majlis-test-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "demo.db"
        store = fresh_store(path, passphrase, device_name)
        try:
            demo.generate(store, sessions=sessions, seed=seed, advocacy=advocacy)
        finally:
            store.close()
        # Closed: its write-ahead log is folded into the file, so the file alone is the database.
        assert not Path(f"{path}-wal").exists(), "the demo template kept a write-ahead log"
        _templates[key] = path
    return path


def demo_copy(path: Path | str, passphrase: str, device_name: str, *, sessions: int, seed: int = 1,
              advocacy: bool = True) -> Store:
    """The store ``fresh_store(path, passphrase, device_name)`` then ``demo.generate(store, sessions=…,
    seed=…, advocacy=…)`` gives, as a copy of one made earlier in this process, opened at ``path``."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    shutil.copyfile(_template(passphrase, device_name, sessions, seed, advocacy), path)
    return open_store(path, passphrase)


def demo_store_fixture(*, sessions: int, seed: int, advocacy: bool = True) -> Callable[..., Any]:
    """A ``store`` fixture for a module (``store = demo_store_fixture(sessions=…, seed=…)``): the
    conftest's store (its passphrase, "test laptop") with ``demo.generate(store, sessions=…, seed=…,
    advocacy=…)`` done, as a copy; ``ctx`` and every fixture built on ``store`` get it."""

    @pytest.fixture
    def store(db_path: Path) -> Iterator[Store]:
        s = demo_copy(db_path, PASSPHRASE, "test laptop", sessions=sessions, seed=seed, advocacy=advocacy)
        yield s
        s.close()

    return store
