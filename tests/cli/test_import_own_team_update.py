"""`majlis-cli bundle import` at the centre, given the stick a coordinator brings back: the laptops'
bundles and the centre's OWN team update (written there for the laptops, renamed: content decides).

The Sync page counted that update as refused (a red line, one more "refused") while the CLI passed it
over without a word in a folder, and refused it (exit 1) when it was named: the same stick, different
counts. Now both skip it in one neutral line (`skipped FILE: this centre's own team update …`), counted
neither among the files nor among the refused; the exit codes stay as the README says (0: every file
imported or already present). A team update that is not the centre's own (signed with another key) is
still refused when named. Real team, real bundles and team updates, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.sync_helpers import make_team
from tests.trust_helpers import forged_team_update

pytestmark = pytest.mark.usefixtures("env_passphrase")

SKIPPED = "this centre's own team update, written here for the laptops (the centre does not apply team updates)"


def _stick(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """The stick (a bundle, the centre's own update in a subfolder, the team file), a second bundle and
    the own update kept apart (to name), a forged update; the team's databases closed."""
    stick = tmp_path / "stick"
    (stick / "updates").mkdir(parents=True)
    team = make_team(tmp_path, devices=1)
    try:
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        assert export_bundle(team.devices[0], stick) is not None
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P02"))
        later = export_bundle(team.devices[0], tmp_path / "later.majlis")
        assert later is not None
        write_team_update(team.centre, stick / "updates" / "update.bin")
        (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
        named = write_team_update(team.centre, tmp_path / "own-update.majlis").path
        forged = forged_team_update(team.centre, [], tmp_path / "forged.majlis", key=keys.generate_signing_key())
    finally:
        team.close()
    return stick, tmp_path / "later.majlis", named, forged


def test_the_centres_own_team_update_is_skipped_not_refused(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    stick, later, named, forged = _stick(tmp_path)
    centre = tmp_path / "centre.db"

    # The stick: its bundle imported, its own update said skipped (before: passed over without a word).
    code, out, err = run(capsys, "bundle", "import", "--db", centre, stick)
    assert (code, err) == (0, ""), (out, err)
    lines = out.splitlines()
    assert sum("update.bin" in line for line in lines) == 1, lines
    assert f"update.bin: {SKIPPED}" in out and any(line.startswith("skipped ") for line in lines), lines
    assert "team.majlis-team" not in out  # the team file is passed over, as before
    assert lines[-1] == "1 of 1 bundle imported or already present; 0 held for approval; 0 refused", lines

    # Named: skipped too, not refused (before: "refused … [centre_applies_no_update]", exit 1).
    code, out, err = run(capsys, "bundle", "import", "--db", centre, named, later)
    assert (code, err) == (0, ""), (out, err)
    first = out.splitlines()[0]
    assert first.startswith("skipped ") and first.endswith(f"own-update.majlis: {SKIPPED}"), out
    assert out.splitlines()[-1] == "1 of 1 bundle imported or already present; 0 held for approval; 0 refused", out

    # Alone: nothing to import, nothing refused.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, named)
    assert (code, err) == (0, ""), (out, err)
    assert out.splitlines()[-1] == "0 of 0 bundles imported or already present; 0 held for approval; 0 refused", out

    # A team update this centre did not sign: refused, as before.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, forged)
    assert code == 1 and err.startswith("refused ") and "forged.majlis" in err, (out, err)
    assert "skipped" not in out
