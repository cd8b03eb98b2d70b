"""The mark of when an erasure last removed words here (local state ``erasure_applied_at``) says which
copies may still hold them: `erasure report` names the exports and backups made before it, and an
import that moves it says 'a withdrawal that arrived erased words here'. A late bundle of a laptop
(exported before the withdrawal, carried on another stick, imported after the erasure) brings the
erased participant's words again; the import erases them on arrival, in the same transaction, so no
copy made here ever held them. It still moved the mark: the import said a withdrawal had arrived,
and the report named every workbook and backup made since the real erasure, backups rewritten
without the words included, as still holding them. Now only words that were here before the
transaction move it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core import erasure, erasure_report, withdrawal
from desktop.core.db import Store, open_store
from desktop.core.models import LocalState, TranscriptTurn
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")
SAID = "a withdrawal that arrived erased words here"
EARLIER = "2026-01-05T09:00:00+00:00"


def _set_mark(store: Store, when: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(LocalState).where(LocalState.key == erasure.ERASED_AT_KEY).values(value=when))


def test_words_a_late_bundle_brings_back_and_the_import_erases_do_not_move_the_mark(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop, centre = team.devices[0], team.centre
    study = make_study(laptop)
    first = export_bundle(laptop, tmp_path / "first.majlis")
    with laptop.transaction() as s:  # an edit of the words, sent on a stick that goes astray
        turn = s.get(TranscriptTurn, study.turns[1])
        assert turn is not None
        turn.text += " — وأكدت ذلك"
    late = export_bundle(laptop, tmp_path / "late.majlis")
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    erased = export_bundle(laptop, tmp_path / "erasure.majlis")
    assert first is not None and late is not None and erased is not None
    outcomes = import_files(centre, [first.path, erased.path], team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert erasure_report.erased_at(centre)
    _set_mark(centre, EARLIER)  # the erasure was applied here some days ago
    export_xlsx(centre, tmp_path / "since.xlsx", lang="en")  # made since: never held the words
    centre.close()
    try:
        code, out, err = run(capsys, "bundle", "import", "--db", centre.path, late.path)
        assert (code, err) == (0, "")
        assert "imported" in out and SAID not in out, out
        again = open_store(centre.path, PASSPHRASE)
        try:
            with again.session() as s:
                turn = s.get(TranscriptTurn, study.turns[1])
                assert turn is not None and turn.text == erasure.MARKER  # erased on arrival
            assert erasure_report.erased_at(again) == EARLIER
            assert [i.kind for i in erasure_report.report(again).items] == []  # the workbook is not named
        finally:
            again.close()
    finally:
        team.close()


def test_an_erasure_arriving_after_the_words_moves_the_mark(tmp_path: Path) -> None:
    """What the mark is for: the words were here, the copies made before may hold them."""
    team = make_team(tmp_path, devices=1)
    laptop, centre = team.devices[0], team.centre
    try:
        study = make_study(laptop)
        first = export_bundle(laptop, tmp_path / "first.majlis")
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
        erased = export_bundle(laptop, tmp_path / "erasure.majlis")
        assert first is not None and erased is not None
        assert [o.status for o in import_files(centre, [first.path], team.identities)] == ["imported"]
        assert erasure_report.erased_at(centre) == ""
        assert [o.status for o in import_files(centre, [erased.path], team.identities)] == ["imported"]
        assert erasure_report.erased_at(centre) > EARLIER
    finally:
        team.close()
