"""The salts of the databases a test makes: the same few, test after test, in one test process.

A new database (``create_store``, ``majlis-cli init``, a backup) gets a random 16-byte salt from
``desktop.core.sqlcipher_file.new_key``, and its key is derived from that salt (PBKDF2-SHA512, 256,000
rounds: 0.2 s of CPU, more on a loaded machine). The conftest remembers each derived key by passphrase
and salt, but a random salt is never met twice, so every database a test made cost a derivation: about
a twelfth of the suite's CPU time.

Here the n-th database a test makes has the n-th salt of a fixed list, the same in every test: the
first test of a process to make an n-th database derives its key for real (``desktop.core.digests``),
later tests reuse it. Within a test the salts still differ from each other, so two databases of one
test never share a key. Databases that outlive a test (a module's or a session's fixture, the
templates of ``tests/stores.py``) take random salts, as the app's do, so no later test's database can
share their salt. A test's subprocesses (majlis-cli, the frozen app) make theirs with random salts.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
from collections.abc import Iterator


class TestSalts:
    """Stands in for the ``secrets`` module inside ``desktop.core.sqlcipher_file`` (its one use: a salt)."""

    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        self.made = 0
        self._random = 0

    def token_bytes(self, nbytes: int) -> bytes:
        if self._random:
            return secrets.token_bytes(nbytes)
        self.made += 1
        return self.listed(self.made, nbytes)

    @staticmethod
    def listed(n: int, nbytes: int = 16) -> bytes:
        """The n-th salt of the list (1: a test's first database)."""
        return hashlib.sha256(b"majlis test database %d" % n).digest()[:nbytes]

    def next_test(self) -> None:
        self.made = 0

    @contextlib.contextmanager
    def random(self) -> Iterator[None]:
        """Random salts meanwhile: for a database that outlives the test making it."""
        self._random += 1
        try:
            yield
        finally:
            self._random -= 1


SALTS = TestSalts()
