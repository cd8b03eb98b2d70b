"""Counting the key derivations an operation makes (PBKDF2-SHA512, 256,000 rounds: 0.2 s of CPU, seconds
on a busy laptop), both kinds, with the real derivation doing the work (use with the
``real_key_derivation`` fixture, so the test process's memo hides none):

- in Python (``desktop.core.digests.pbkdf2_hmac``): recorded by salt and passphrase;
- inside SQLCipher: every statement that keys or re-keys a connection by the passphrase itself
  (``PRAGMA key = '…'``, ``PRAGMA rekey = '…'``) makes it derive the key; recorded by the file the
  connection is to, as SQLite traces the statement (a raw key, ``x'…'``, derives nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.core import digests

_SQLCIPHER_DERIVES = ("PRAGMA key = '", "PRAGMA rekey = '")


@dataclass
class Derivations:
    in_python: list[tuple[bytes, str]] = field(default_factory=list)  # (salt, passphrase)
    in_sqlcipher: list[tuple[str, str, str]] = field(default_factory=list)  # (file name, "key"/"rekey", passphrase)

    def clear(self) -> None:
        self.in_python.clear()
        self.in_sqlcipher.clear()

    def of(self, path: Path, passphrase: str) -> int:
        """How many times the key of ``passphrase`` for the file at ``path`` (by its salt) was derived in
        Python, and how many statements on that file made SQLCipher derive a key from a passphrase."""
        with open(path, "rb") as fh:
            salt = fh.read(16)
        return (self.in_python.count((salt, passphrase))
                + sum(1 for name, _what, said in self.in_sqlcipher if (name, said) == (path.name, passphrase)))


def count_derivations(monkeypatch: pytest.MonkeyPatch) -> Derivations:
    """Start counting (see the module's docstring); the real functions do the work."""
    seen = Derivations()
    real_pbkdf2, real_connect = digests.pbkdf2_hmac, sqlcipher.connect

    def pbkdf2_hmac(hash_name: str, password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
        seen.in_python.append((salt, password.decode("utf-8", "surrogatepass")))
        return real_pbkdf2(hash_name, password, salt, iterations, length)

    def connect(database: str, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(database, *args, **kwargs)
        name = Path(unquote(urlparse(database).path) if kwargs.get("uri") else database).name
        conn.set_trace_callback(_traced(seen, name))
        return conn

    monkeypatch.setattr(digests, "pbkdf2_hmac", pbkdf2_hmac)
    monkeypatch.setattr(sqlcipher, "connect", connect)
    return seen


def _traced(seen: Derivations, name: str) -> Callable[[str], None]:
    def statement(sql: str) -> None:
        for start in _SQLCIPHER_DERIVES:
            if sql.startswith(start) and sql.endswith("'"):  # desktop.core.sqlcipher_file.quote_key's literal
                seen.in_sqlcipher.append((name, start.split()[1], sql[len(start):-1].replace("''", "'")))

    return statement
