"""The team's plain key file saved again by Windows Notepad as "Unicode" (UTF-16) opens the bundles
(tests/sync/test_key_file_from_notepad.py), but desktop.core.file_kinds, asked by every other place, did
not call it a key (the key's text was looked for only as UTF-8): ``restore --from`` and ``status --db``
said "shorter than a database's first page (a copy cut short...)", an import of text showed its secret
key in the box, the Sync page's importer called it "not a Majlis bundle" beside the bundles, and ``export
--overwrite`` replaced the only key that opens every bundle, and ``--passphrase-file`` took its first line
("# created: ...") for the database's passphrase. Each now names it as the team's key file,
as for the key as written. Real age identities, real SQLCipher databases, the real command line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.core.transcript_text import TextRefused, decode
from desktop.sync import envelope, keys
from desktop.sync.errors import NotABundleError
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")

SAVED_AS = {
    "Unicode": lambda text: codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
    "Unicode big endian": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "UTF-16 without its mark": lambda text: text.encode("utf-16-le"),  # a script's, not Notepad's
}


@pytest.fixture(params=list(SAVED_AS))
def resaved(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    written = tmp_path / "team.key"
    identities = [keys.generate_identity()]
    keys.write_identity_file(written, identities)
    path = tmp_path / "team-notepad.key"
    path.write_bytes(SAVED_AS[request.param](written.read_text(encoding="ascii")))
    written.unlink()
    assert keys.recipients_of(keys.load_identity_file(path)) == keys.recipients_of(identities)  # the reader opens it
    return path


def test_restore_from_and_db_name_it_as_the_teams_key(resaved: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    said = f"majlis-cli: {resaved} is the team's key file (plain text), not a Majlis database\n"
    assert run(capsys, "status", "--db", resaved) == (3, "", said)
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "demo laptop", sessions=1).close()  # as `majlis-cli demo --sessions 1`
    before = centre.read_bytes()
    assert run(capsys, "restore", "--db", centre, "--from", resaved) == (3, "", said)
    assert centre.read_bytes() == before


def test_an_export_never_replaces_it(resaved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "demo laptop", sessions=1).close()  # as `majlis-cli demo --sessions 1`
    before = resaved.read_bytes()
    code, out, err = run(capsys, "export", "xlsx", "--db", centre, "--out", resaved, "--overwrite")
    assert (code, out) == (3, "") and err.count("\n") == 1, (code, out, err)
    assert "team key; an export never" in err, err
    assert resaved.read_bytes() == before


def test_an_import_of_text_never_shows_its_secret_key(resaved: Path) -> None:
    with pytest.raises(TextRefused) as refused:
        decode(resaved.read_bytes())
    assert refused.value.code == "team_key"


def test_among_the_bundles_it_is_named_as_the_teams_key(resaved: Path) -> None:
    with pytest.raises(NotABundleError) as refused:
        envelope.decrypt(resaved.read_bytes(), [keys.generate_identity()])
    assert refused.value.message.startswith("This is the team's key file, not a bundle"), refused.value.message


def test_given_as_the_passphrase_file_it_is_named(resaved: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    centre = tmp_path / "centre.db"
    demo_copy(centre, PASSPHRASE, "demo laptop", sessions=1).close()  # as `majlis-cli demo --sessions 1`
    code, out, err = run(capsys, "status", "--db", centre, "--passphrase-file", resaved)
    assert (code, out) != (0, "") and err == (
        f"majlis-cli: the passphrase file {resaved} is a team key file, not a passphrase file\n"), (code, out, err)
