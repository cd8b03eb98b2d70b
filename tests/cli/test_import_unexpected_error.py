"""An error nobody foresaw stops ``majlis-cli bundle import`` part-way through a day's bundles.

The bundles before it were committed and kept, and the command already said which (their lines and
the count line, "1 not imported (stopped by the error below ...)"); but "the error below" was a
Python traceback, with the error's own text (which may quote a participant's words). Now it is one
line on stderr naming the kind of error and that the files imported before it are kept; exit 1.

An error "not foreseen" has no real way to happen on purpose (a full disk is foreseen:
test_import_disk_full.py), so the real importer's ``_write`` is wrapped to raise at the third file,
after writing the first two for real into a real SQLCipher store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.models import Participant
from desktop.sync import importer
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


class NotForeseen(RuntimeError):
    """An error type no part of Majlis knows."""


def test_an_unforeseen_error_mid_import_is_one_line_after_what_went_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop, bundles = team.devices[0], []
    try:
        for n in range(3):
            with laptop.transaction() as s:
                s.add(Participant(code=f"BSR-FG{n:02d}-P0001", occupation="teacher"))
            made = export_bundle(laptop, tmp_path / f"bundle-{n}.majlis")
            assert made is not None
            bundles.append(made.path)
    finally:
        team.close()
    real_write = importer._write
    written: list[Any] = []

    def write_then_fail(*args: Any) -> Any:
        if len(written) == 2:
            raise NotForeseen("participant BSR-FG02-P0001 said something private")
        written.append(real_write(*args))
        return written[-1]

    monkeypatch.setattr(importer, "_write", write_then_fail)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code = main(["bundle", "import", "--db", str(tmp_path / "centre.db"), *map(str, bundles)])
    out, err = capsys.readouterr()

    assert code == 1, (out, err)
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == [f"imported {bundles[0]}", f"imported {bundles[1]}"], lines
    assert lines[2:] == ["2 of 3 bundles imported or already present; 0 held for approval; 0 refused; "
                         "1 not imported (stopped by the error below: import them again once it is put right)"], lines
    assert err == ("majlis-cli: [unexpected] an error not foreseen (NotForeseen) stopped the import; the files "
                   "imported before it are kept\n"), err
    assert "private" not in err
