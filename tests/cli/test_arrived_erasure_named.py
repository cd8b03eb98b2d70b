"""A withdrawal made on a laptop reaches the centre in a bundle, and the centre's reaches the laptops
in a team update; each erases the words in the database that receives it. The copies that database
made before (the coordinator's workbook, sent to a partner last week; the laptop's exported bundles)
still hold them, and nothing said so: `bundle import` and `team update import` were silent, so the
person who could recall those copies never learnt there was anything to recall. Both now name them,
as `consent withdraw` does where the withdrawal is made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import withdrawal
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.erasure_helpers import make_study
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")
SAID = "a withdrawal that arrived erased words here"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_bundle_import_names_the_centres_copies_a_laptops_withdrawal_reached(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(centre, [first.path], team.identities)] == ["imported"]
    export_xlsx(centre, tmp_path / "for-the-partner.xlsx", lang="en")  # holds the words
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    erasure = export_bundle(laptop, tmp_path / "erasure.majlis")
    assert erasure is not None
    centre.close()

    code, out, err = run(capsys, "bundle", "import", "--db", centre.path, erasure.path)
    assert (code, err) == (0, "")
    assert SAID in out and str((tmp_path / "for-the-partner.xlsx").resolve()) in out
    assert study.pseudonym not in out  # no participant data: the copies only

    code, out, _ = run(capsys, "bundle", "import", "--db", centre.path, first.path)  # nothing erased anew
    assert code == 0 and SAID not in out


def test_team_update_import_names_the_laptops_copies_the_centres_withdrawal_reached(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    sent = export_bundle(laptop, tmp_path / "sent.majlis")  # holds the words, on a USB stick somewhere
    assert sent is not None
    assert [o.status for o in import_files(centre, [sent.path], team.identities)] == ["imported"]
    unrelated = write_team_update(centre, tmp_path / "update-1.majlis-update").path
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update-2.majlis-update").path
    laptop.close()

    code, out, _ = run(capsys, "team", "update", "import", "--db", laptop.path, unrelated)
    assert code == 0 and SAID not in out
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop.path, update)
    assert (code, err) == (0, "")
    assert SAID in out and str(Path(sent.path).resolve()) in out
