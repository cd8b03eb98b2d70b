"""The packaged app has no OpenSSL-backed ``hashlib`` (build.spec leaves out ``_hashlib``, ``_ssl``,
``ssl`` and the libcrypto and libssl they load: 2.3 MB of the 60 MB zipped budget).

Run here from source with those modules blocked, as they are in the frozen folder: a database made
and opened there keys exactly as SQLCipher derives the key from the passphrase (without the
deprecated pure-Python ``pbkdf2_hmac`` hashlib falls back to), a bundle exported and imported goes
through, a PDF is written (fpdf2 names the HTTPS classes ssl brings: desktop/exports/fpdf_api.py), and hashing a large bundle lets the window's thread run (hashlib's own SHA-256 holds the GIL
for the whole of it: a 128 MB attachment froze other threads for 0.6 s or more).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.core.digests import Sha256, pbkdf2_hmac
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

AS_FROZEN = r"""
import sys, warnings
for name in ("_hashlib", "_ssl", "ssl"):  # left out of the packaged app (build.spec)
    sys.modules[name] = None
warnings.filterwarnings("error", message=".*pbkdf2_hmac.*", category=DeprecationWarning)
import hashlib
assert hashlib.sha256.__module__ == "_sha256", hashlib.sha256  # CPython's own, as frozen
"""

JOURNEY = AS_FROZEN + r"""
import os
from pathlib import Path
from sqlalchemy import select
from desktop.cli import main
from desktop.core.db import create_store, open_store
from desktop.core.models import Session
from desktop.sync.importer import import_file
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team, session_bundle

tmp = Path(sys.argv[1])
create_store(tmp / "own.db", PASSPHRASE, "laptop").close()
open_store(tmp / "own.db", PASSPHRASE).close()
team = make_team(tmp, devices=1)
try:
    bundle = session_bundle(team.devices[0], tmp / "laptop.majlis", "FG Erbil")
    print(import_file(team.centre, bundle, team.identities).status)
    with team.centre.session() as s:
        session_id = s.execute(select(Session.id).where(Session.title == "FG Erbil")).scalar_one()
finally:
    team.close()
os.environ["MAJLIS_PASSPHRASE"] = PASSPHRASE
print(main(["export", "pdf", "--db", str(tmp / "centre.db"), "--out", str(tmp / "minutes.pdf"),
            "--session", session_id, "--lang", "ckb"]))
"""

STALL = AS_FROZEN + r"""
import threading, time
from desktop.sync.manifest import sha256_hex

data = bytes(range(256)) * (1 << 19)  # 128 MiB
digest = []
worker = threading.Thread(target=lambda: digest.append(sha256_hex(data)))
last = time.perf_counter()
longest = 0.0
worker.start()
while worker.is_alive():
    time.sleep(0.001)
    now = time.perf_counter()
    longest, last = max(longest, now - last), now
print(digest[0], longest)
"""


def _run(script: str, *args: str) -> str:
    run = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def _plain_sqlcipher_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows read by SQLCipher keyed with the passphrase itself: its own key derivation, not ours."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def test_databases_and_bundles_work_without_the_stdlib_openssl(tmp_path: Path) -> None:
    said = _run(JOURNEY, str(tmp_path)).splitlines()
    assert said[0] == "imported" and said[-1] == "0", said  # the bundle's status, the PDF command's exit
    assert (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF-")
    assert _plain_sqlcipher_rows(tmp_path / "own.db", "SELECT name FROM device WHERE is_self") == [("laptop",)]
    titles = _plain_sqlcipher_rows(tmp_path / "centre.db", "SELECT title FROM session")
    assert ("FG Erbil",) in titles


def test_hashing_a_large_bundle_lets_other_threads_run_without_the_stdlib_openssl() -> None:
    digest, longest = _run(STALL).split()
    assert digest == hashlib.sha256(bytes(range(256)) * (1 << 19)).hexdigest()
    assert float(longest) < 0.25, f"other threads stood still for {float(longest):.2f} s"


def test_digests_match_hashlib() -> None:
    data = "مجلس ئەنجومەن".encode() * 1000
    incremental = Sha256()
    for start in range(0, len(data), 4096):
        incremental.update(data[start:start + 4096])
    assert incremental.hexdigest() == hashlib.sha256(data).hexdigest()
    assert incremental.hexdigest() == hashlib.sha256(data).hexdigest()  # asked again, as a check may
    assert Sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    for name in ("sha256", "sha512"):
        assert pbkdf2_hmac(name, b"passphrase", b"salt" * 4, 1000, 32) == hashlib.pbkdf2_hmac(
            name, b"passphrase", b"salt" * 4, 1000, 32)
