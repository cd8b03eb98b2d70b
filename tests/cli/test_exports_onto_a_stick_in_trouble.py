"""majlis-cli bundle export, team update export and team key export onto a USB stick that is full or
write-protected: one line naming the stick's folder (no traceback, no temporary file's name), exit 4,
nothing left on the stick, nothing counted (the changes still unsent, no team update number used); put
right, the same command writes the file and the other end takes it. A real stick: a small tmpfs, filled to
its last byte or remounted read-only (root only; skipped elsewhere). Real stores, real bundles, no mock."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_erasure_on_a_full_disk import small_disk
from tests.cli_run import run, unsent

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def fill(folder: Path) -> Path:
    filler = folder / "photos.bin"
    with open(filler, "ab", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def commands(tmp_path: Path, stick: Path) -> list[tuple[str | Path, ...]]:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    return [("bundle", "export", "--db", laptop, "--out", stick),
            ("team", "update", "export", "--db", centre, "--out", stick),
            ("team", "key", "export", "--db", centre, "--out", stick / "team.age",
             "--key-passphrase-file", tmp_path / "key-passphrase.txt")]


@pytest.mark.parametrize("how", ["full", "read_only"])
def test_a_stick_in_trouble_is_said_and_nothing_is_counted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sealings: list[int], how: str) -> None:
    (tmp_path / "key-passphrase.txt").write_text("a key passphrase said by phone\n", encoding="utf-8")
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    waiting = unsent(capsys, laptop)
    with small_disk(tmp_path / "stick") as stick:
        filler = fill(stick) if how == "full" else None
        if how == "read_only":
            subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        try:
            for argv in commands(tmp_path, stick):
                code, out, err = run(capsys, *argv)
                assert code == 4 and out == "", (argv, code, out, err)
                assert err.count("\n") == 1 and ".majlis-" not in err and "Traceback" not in err, (argv, err)
                assert str(stick) in err and "nothing was written" in err, (argv, err)
        finally:
            if how == "read_only":
                subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)
        # A write-protected stick is found before the key is sealed; a full one only when the file is written.
        assert sealings == ([1] if how == "full" else []), sealings
        if filler is not None:
            filler.unlink()
        assert sorted(p.name for p in stick.iterdir()) == []
        assert unsent(capsys, laptop) == waiting

        done = [run(capsys, *argv) for argv in commands(tmp_path, stick)]
        assert [code for code, _, _ in done] == [0, 0, 0], done
        assert "team update 1 written" in done[1][1], done[1]  # the number not used up by the failure
        [update] = stick.glob("majlis-team-update-*.majlis")
        [bundle] = set(stick.glob("*.majlis")) - {update}
        assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 0
        assert run(capsys, "team", "update", "import", "--db", laptop, update)[0] == 0
