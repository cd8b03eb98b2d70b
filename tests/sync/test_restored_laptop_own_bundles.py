"""A field laptop restored from a backup (``majlis-cli restore``, the app's Restore from a backup…) or whose
database file was copied back from an older copy no longer held the records of the bundles it exported after
that backup (``bundle_receipt``, direction "out", where the export writes the file's SHA-256). Given its own USB
stick, those bundles were refused as ``not_merged_here`` (a red line, exit 1), as a colleague's are, where the
ones exported before the backup were "sent from this laptop": the same kind of file, said two ways. The
exported-position file outside the database (``exported_position``) now keeps the hashes of the bundles this
laptop exported too, and those count as its own. A file whose bytes are not those of one it exported (another
laptop's, one altered) is still refused. Real SQLCipher stores, real backups and restores, real bundles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core import exported_position
from desktop.core.backups import backup
from desktop.core.db import Store, open_store
from desktop.core.models import Participant
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.export import export_bundle
from desktop.sync.merged_here import sent_from_here
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team

SENT_FROM_HERE = "sent from this laptop, for the centre to merge; nothing to do here"  # README's words


def _exported(laptop: Store, out: Path, code: str) -> Path:
    with laptop.transaction() as s:
        s.add(Participant(code=code))
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


def _backed_up_then_sent(tmp_path: Path) -> tuple[Team, Path, Path, Path]:
    """A field laptop that exported a bundle, was backed up, then exported another onto its stick: the team
    (closed), the backup, the bundle from before the backup and the one from after."""
    team = make_team(tmp_path, devices=2)
    laptop = team.devices[0]
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    before = _exported(laptop, stick / "before.majlis", "BSR-P01")
    kept = backup(laptop.engine, laptop.path, PASSPHRASE)
    after = _exported(laptop, stick / "after.majlis", "BSR-P02")
    team.close()
    return team, kept, before, after


def test_a_restored_laptop_knows_the_bundles_it_sent_after_the_backup(tmp_path: Path) -> None:
    team, kept, before, after = _backed_up_then_sent(tmp_path)
    colleague = _exported(open_store(team.devices[1].path, PASSPHRASE), tmp_path / "KINGSTON" / "laptop 2.majlis",
                          "BSR-P09")
    altered = tmp_path / "KINGSTON" / "altered.majlis"
    altered.write_bytes(after.read_bytes()[:-1] + bytes([after.read_bytes()[-1] ^ 1]))

    restore_and_carry(kept, team.devices[0].path, PASSPHRASE)

    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        own, rest = sent_from_here(laptop, [before, after, colleague, altered])
    finally:
        laptop.close()
    assert own == [before, after] and rest == [colleague, altered]


def test_the_cli_says_them_sent_from_this_laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team, kept, before, after = _backed_up_then_sent(tmp_path)
    code, _out, err = run(capsys, "restore", "--db", team.devices[0].path, "--from", kept)
    assert code == 0, err

    code, out, err = run(capsys, "bundle", "import", "--db", team.devices[0].path, before, after)

    assert (code, err) == (0, ""), err
    assert f"skipped {before}: {SENT_FROM_HERE}" in out and f"skipped {after}: {SENT_FROM_HERE}" in out, out


def test_a_database_copied_back_knows_them_too(tmp_path: Path) -> None:
    """Not through restore: the database file copied back from an older copy (a "previous version")."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    _exported(laptop, tmp_path / "first.majlis", "BSR-P01")
    older = tmp_path / "older-copy.db"
    laptop.close()
    shutil.copyfile(laptop.path, older)
    laptop = team.devices[0] = open_store(laptop.path, PASSPHRASE)
    after = _exported(laptop, tmp_path / "after.majlis", "BSR-P02")
    laptop.close()
    shutil.copyfile(older, laptop.path)

    copied = team.devices[0] = open_store(laptop.path, PASSPHRASE)
    try:
        assert sent_from_here(copied, [after]) == ([after], [])
    finally:
        team.close()


def test_the_position_file_keeps_ids_numbers_and_hashes_only(tmp_path: Path) -> None:
    """Outside the database, where a copy of the database folder does not reach: nothing about people, and a
    bounded list (the newest kept)."""
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        made = [_exported(laptop, tmp_path / f"b{n}.majlis", f"BSR-P{n:02}") for n in range(3)]
        text = exported_position.position_file(laptop.device_id).read_text(encoding="utf-8")
        assert "BSR-P" not in text
        sent = json.loads(text)["sent"]
        assert len(sent) == 3 and all(len(h) == 64 and int(h, 16) >= 0 for h in sent)
        assert sent_from_here(laptop, made) == (made, [])
        for n in range(exported_position.SENT_KEPT + 5):
            exported_position.record_sent(laptop.device_id, f"{n:064x}")
        kept = json.loads(exported_position.position_file(laptop.device_id).read_text(encoding="utf-8"))["sent"]
        assert len(kept) == exported_position.SENT_KEPT and kept[-1] == f"{exported_position.SENT_KEPT + 4:064x}"
    finally:
        team.close()
