"""The centre checks what it is about to sign as every laptop checks it (``snapshot_rows.check_published``).

A laptop refuses a team update or team file whose published row does not fit its column (a value too
long, a version past a bundle's integers, an id that is not plain). The centre signed them without that
check: a row of its own that failed it (written by an older version, or by hand into the database) made
every laptop refuse every update, in a line blaming the file. Now publishing is refused at the centre in one
line naming the entity and field, never the value: no file written, no update number used, the database as it
was; once the row is put right, the next update carries the next number.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import codebook, consent
from desktop.core.db import Store
from desktop.core.models import Code, Team
from desktop.sync import errors
from desktop.sync.team import (
    apply_team_update,
    create_team,
    current_team,
    write_current_team_file,
    write_team_update,
)
from tests.conftest import PASSPHRASE
from tests.consent_helpers import template_texts
from tests.stores import fresh_store
from tests.sync_helpers import full_digest, make_team
from tests.trust_helpers import REAL_NAME, file_digest

# (table, column, value written with plain SQL, the field the refusal names)
UNFIT = {
    "an over-long name": ("code", "name_en", REAL_NAME * 10, "code.name_en"),
    "a version past a bundle's integers": ("consent_template", "version", 2**31, "consent_template.version"),
    "an id that is not plain": ("code", "id", REAL_NAME, "code.id"),
}


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    made = make_team(tmp_path, devices=1)
    consent.publish_version(made.centre, consent.TEAM_FORM_KEY, template_texts())
    with made.centre.transaction() as s:
        codebook.create_code(s, name_ar="الماء", name_en="Water")
    apply_team_update(made.devices[0], write_team_update(made.centre, tmp_path / "u1.majlis").path)
    yield made.centre, made.devices[0]
    made.close()


def _spoil(store: Store, table: str, column: str, value: Any) -> str:
    """One row of ``table`` given ``value`` behind the app's back (plain SQL); the row's id before."""
    with store.engine.begin() as conn:
        row_id = str(conn.exec_driver_sql(f'SELECT id FROM "{table}" ORDER BY id LIMIT 1').scalar_one())
        conn.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))
    return row_id


def _mend(store: Store, table: str, column: str, row_id: str) -> None:
    """The row put right again (plain SQL): its id back, or a value that fits."""
    with store.engine.begin() as conn:
        if column == "id":
            conn.exec_driver_sql(f'UPDATE "{table}" SET id = ? WHERE id = ?', (row_id, REAL_NAME))
        else:
            fitting = {"name_en": "Water", "version": 1}[column]
            conn.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (fitting, row_id))


def _sequence(store: Store) -> int:
    with store.session() as s:
        team = s.execute(select(Team)).scalar_one()
        return team.update_sequence


@pytest.mark.parametrize(("table", "column", "value", "field"), UNFIT.values(), ids=UNFIT.keys())
def test_a_team_update_with_an_unfit_row_is_refused_at_the_centre(
        centre: tuple[Store, Store], tmp_path: Path, table: str, column: str, value: Any, field: str) -> None:
    store, laptop = centre
    row_id = _spoil(store, table, column, value)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = full_digest(store)
    with pytest.raises(errors.CentreRowUnfitError) as refused:
        write_team_update(store, stick)
    message = refused.value.message
    assert refused.value.code == "centre_row_unfit" and "\n" not in message
    assert f"({field})" in message and REAL_NAME not in message and str(value) not in message, message
    assert list(stick.iterdir()) == []  # no file
    assert full_digest(store) == before and _sequence(store) == 1  # no number used
    _mend(store, table, column, row_id)
    written = write_team_update(store, stick)
    assert written.sequence == 2 and [p.name for p in stick.iterdir()] == [written.path.name]
    assert apply_team_update(laptop, written.path).sequence == 2


def test_the_cli_says_it_in_one_line(centre: tuple[Store, Store], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = centre
    _spoil(store, "code", "name_en", REAL_NAME * 10)
    path = store.path
    store.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "update.majlis"
    assert main(["team", "update", "export", "--db", str(path), "--out", str(out)]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.count("\n") == 1, said
    assert "[centre_row_unfit]" in said.err and "(code.name_en)" in said.err and REAL_NAME not in said.err
    assert not out.exists()


def test_the_team_file_is_not_written_again_with_an_unfit_row(centre: tuple[Store, Store], tmp_path: Path) -> None:
    store, _ = centre
    _spoil(store, "code", "name_en", REAL_NAME * 10)
    before = full_digest(store)
    with pytest.raises(errors.CentreRowUnfitError) as refused:
        write_current_team_file(store, tmp_path / "again.majlis-team")
    assert "(code.name_en)" in refused.value.message and "team file" in refused.value.message
    assert not (tmp_path / "again.majlis-team").exists() and full_digest(store) == before


def test_a_team_is_not_made_over_an_unfit_row(tmp_path: Path) -> None:
    """A facilitator who worked alone makes the team: a code of theirs that does not fit is said, and nothing
    is made (no team, no team file, no key file); put right, the team is made."""
    store = fresh_store(tmp_path / "alone.db", PASSPHRASE, "alone")
    try:
        with store.transaction() as s:
            codebook.create_code(s, name_ar="الماء", name_en="Water")
        row_id = _spoil(store, "code", "name_en", REAL_NAME * 10)
        before = file_digest(store.path)
        team_file, key = tmp_path / "team.majlis-team", tmp_path / "team.key"
        with pytest.raises(errors.CentreRowUnfitError) as refused:
            create_team(store, name="Elections law cohort", team_file=team_file, identity_file=key)
        assert "(code.name_en)" in refused.value.message and REAL_NAME not in refused.value.message
        assert not team_file.exists() and not key.exists() and file_digest(store.path) == before
        with store.session() as s:
            assert current_team(s) is None
        _mend(store, "code", "name_en", row_id)
        create_team(store, name="Elections law cohort", team_file=team_file, identity_file=key)
        with store.session() as s:
            assert current_team(s) is not None and s.get(Code, row_id) is not None
    finally:
        store.close()
