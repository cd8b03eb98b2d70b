"""Fast real stores for tests: copies of one migrated, encrypted database made once per run.

Creating a store runs every migration and derives the key (together about a second of CPU on this
kind of machine, several on a loaded one). Most tests need an empty store, not a test of creating
one, so the ``store`` fixture copies a template database made by the real ``create_migrated`` and
gives the copy its own device identity with the real ``adopt_new_database``. A copy keeps the
template's salt, so the key derived once for the template keys every copy: still SQLCipher, still
encrypted, still opened by the passphrase. Tests of creating a store call ``create_store`` itself.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.db import Store, adopt_new_database, create_migrated, make_engine
from desktop.core.sqlcipher_file import new_key
from desktop.core.store_lock import StoreLock
from tests.database_salts import SALTS


@dataclass(frozen=True)
class StoreTemplate:
    path: Path
    passphrase: str
    key: bytes  # key and salt, as new_key gives them

    @classmethod
    def make(cls, folder: Path, passphrase: str) -> StoreTemplate:
        path = folder / "template.db"
        with SALTS.random():  # copied by the tests that follow: a salt no test's own database has
            key = new_key(passphrase)
        lock = StoreLock.shared(path)
        try:
            create_migrated(path, passphrase, key).dispose()
        finally:
            lock.release()
        return cls(path, passphrase, key)

    def new_store(self, path: Path, device_name: str) -> Store:
        """A store at ``path`` as ``create_store(path, passphrase, device_name)`` would make it."""
        if path.exists():
            raise FileExistsError(path)
        shutil.copyfile(self.path, path)
        lock = StoreLock.shared(path)
        try:
            return adopt_new_database(path, make_engine(path, self.passphrase, self.key), lock, device_name)
        except BaseException:
            lock.release()
            raise


_templates: dict[str, StoreTemplate] = {}


def fresh_store(path: Path | str, passphrase: str, device_name: str) -> Store:
    """Like ``create_store(path, passphrase, device_name)``, from a template made once per
    passphrase per test process (in a private temporary folder removed at exit)."""
    template = _templates.get(passphrase)
    if template is None:
        folder = Path(tempfile.mkdtemp(prefix="majlis-test-template-"))
        atexit.register(shutil.rmtree, folder, True)
        template = _templates[passphrase] = StoreTemplate.make(folder, passphrase)
    return template.new_store(Path(path), device_name)
