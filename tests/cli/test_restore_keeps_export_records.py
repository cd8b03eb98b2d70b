"""Every export that holds participants' data is recorded in the database (what, when, where), so that
an erasure can name the copies it cannot reach. A laptop restored (majlis-cli restore) from a backup
lost the records of the exports made after that backup: a workbook written on Monday, after Sunday's
backup, held a participant's words, and when that participant withdrew after Tuesday's restore, the
withdrawal and `erasure report` named no workbook. The restore now keeps the copy replaced's records
of exports in the restored database."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import backups, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.exports.xlsx import export_xlsx
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.restore_helpers import restore_from

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_an_export_made_after_the_backup_is_named_by_a_later_erasure(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    workbook = tmp_path / "monday.xlsx"
    export_xlsx(store, workbook, lang="en")  # holds the words
    laptop, out, err = restore_from(store, old, capsys)
    laptop.close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", laptop.path, "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30")
    assert code == 0, err
    assert str(workbook.resolve()) in out, out
    code, out, err = run(capsys, "erasure", "report", "--db", laptop.path)
    assert code == 0 and str(workbook.resolve()) in out, out


def test_a_restore_twice_does_not_record_an_export_twice(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    export_xlsx(store, tmp_path / "before.xlsx", lang="en")
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    export_xlsx(store, tmp_path / "after.xlsx", lang="en")
    laptop, _, _ = restore_from(store, old, capsys)
    laptop, _, _ = restore_from(laptop, old, capsys)
    try:
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
        named = [Path(i.where).name for i in erasure_report.report(laptop).items if i.kind == "xlsx"]
        assert sorted(named) == ["after.xlsx", "before.xlsx"]
    finally:
        laptop.close()
