"""A pseudonym is numbered on the laptop that recorded it: two facilitators' first focus group in
Anbar both have an ``ANB-FG01-P01``, and at the centre both are there. ``consent withdraw
--participant ANB-FG01-P01 --scope all`` erased whichever the database returned first: perhaps not
the person who withdrew, for good, and the one who did kept their words. A pseudonym shared by
several participants is now refused in one line (nothing changed), ``participants list --json``
gives each one's ``id`` and the ``device`` that recorded it, and ``--participant`` takes that id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Participant, Session, TranscriptTurn
from tests.cli_run import run
from tests.sync_helpers import bundles_of_laptops

pytestmark = pytest.mark.usefixtures("env_passphrase")

SHARED = "ANB-FG01-P01"
WORDS = {0: "نريد مدارس أقرب إلى القرية", 1: "الانتخابات يجب أن تكون عادلة للجميع"}


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A centre that imported one participant ``ANB-FG01-P01`` from each of two laptops."""
    def record(n: int, laptop: Store) -> None:
        with laptop.transaction() as s:
            session = Session(kind="focus_group", title=f"FG {n}", governorate="anbar")
            person = Participant(code=SHARED, governorate="anbar")
            s.add_all([session, person])
            s.flush()
            s.add(TranscriptTurn(session_id=session.id, participant_id=person.id, text=WORDS[n]))

    bundles = bundles_of_laptops(tmp_path, record)
    db = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", db, *bundles)
    assert code == 0, (out, err)
    return db


def _words(db: Path) -> set[str]:
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            return set(s.execute(select(TranscriptTurn.text)).scalars())
    finally:
        store.close()


def test_a_shared_pseudonym_is_refused_and_the_id_names_the_one_meant(
        centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "consent", "withdraw", "--db", centre, "--participant", SHARED, "--scope", "all")
    assert code == 1 and out == "" and err.count("\n") == 1, (out, err)
    assert err.startswith("majlis-cli: Several participants have this pseudonym"), err
    assert "participants list --json" in err, err
    assert _words(centre) == set(WORDS.values())  # nobody was erased
    code, out, _ = run(capsys, "participants", "list", "--db", centre, "--json")
    assert code == 0
    rows = [r for r in json.loads(out) if r["pseudonym"] == SHARED]
    assert len(rows) == 2 and len({r["id"] for r in rows}) == 2
    assert sorted(r["device"].split(" (")[0] for r in rows) == ["field laptop 1", "field laptop 2"]
    second = next(r for r in rows if r["device"].startswith("field laptop 2"))
    code, out, err = run(capsys, "consent", "withdraw", "--db", centre, "--participant", second["id"],
                         "--scope", "all")
    assert code == 0, err
    assert out.startswith(f"{SHARED}: erased 1 turn"), out
    assert _words(centre) == {WORDS[0], "[…]"}  # the second laptop's participant only
    code, out, _ = run(capsys, "participants", "list", "--db", centre, "--json")
    states = {r["device"].split(" (")[0]: r["consent"] for r in json.loads(out) if r["pseudonym"] == SHARED}
    assert states == {"field laptop 1": "none", "field laptop 2": "erased"}


def test_an_unknown_id_is_one_line(centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "consent", "withdraw", "--db", centre, "--participant",
                         "01a2384d-0000-7000-8000-000000000000", "--scope", "all")
    assert code == 1 and out == "" and err.count("\n") == 1, (out, err)
    assert _words(centre) == set(WORDS.values())
