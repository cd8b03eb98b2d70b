"""An SQLCipher database has no header: it begins with 16 random bytes of salt. The check that keeps an
export from replacing a database excluded files beginning with ``<`` or ``PK`` (an export's own
codebook or workbook), so a database whose salt happened to begin so (one in 256 for ``<``) was
replaced by ``export ... --out`` with exit 0; the flaky run of test_export_never_replaces_a_database
was this. Real SQLCipher files, keyed with a raw key whose salt is chosen, the real command line."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.core import file_signatures
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy

pytestmark = pytest.mark.usefixtures("cli_env")


def database_with_salt(path: Path, prefix: bytes) -> Path:
    """A real SQLCipher database (raw key: 32 key bytes then the 16 salt bytes written at its head)
    whose salt begins with ``prefix``."""
    salt = prefix + secrets.token_bytes(16 - len(prefix))
    while salt.startswith(file_signatures.EXPORTS):  # "%PDF" and a random "-": an export's whole signature,
        salt = prefix + secrets.token_bytes(16 - len(prefix))  # which no salt has but one in 2**40 (1 run in 256 failed)
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{secrets.token_bytes(32).hex()}{salt.hex()}'\"")
    conn.execute("CREATE TABLE participant (code TEXT)")
    conn.executemany("INSERT INTO participant VALUES (?)", [(f"BSR-FG01-P{n:02}",) for n in range(50)])
    conn.commit()
    conn.close()
    assert path.read_bytes()[: len(prefix)] == prefix
    return path


@pytest.mark.parametrize("prefix", [b"<", b"PK", b"%PDF", b"\xef\xbb\xbf<"], ids=["lt", "pk", "pdf", "bom"])
def test_a_database_whose_salt_begins_like_an_export_is_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prefix: bytes
) -> None:
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "centre", sessions=1).close()  # as `majlis-cli demo --sessions 1 --device-name centre`
    laptop = database_with_salt(tmp_path / "basra.db", prefix)
    before = laptop.read_bytes()
    for argv in (("export", "xlsx"), ("export", "qdc")):
        code, out, err = run(capsys, *argv, "--db", centre, "--out", laptop)
        assert code == 3 and out == "", (argv, code, out, err)
        assert "is a database" in err and "nothing was written" in err, err
    assert laptop.read_bytes() == before
