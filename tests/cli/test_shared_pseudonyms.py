"""Pseudonyms are numbered on the laptop that records them: two laptops' first focus group in Basra
both seat a ``BSR-FG01-P01``, two different people. At the centre, once both bundles are imported,
the workbook's participants sheet and consent register showed two rows that only an id told apart
(no id is there), its speaker and attendance columns, and the REFI-QDA project's Cases, named both
people ``BSR-FG01-P01``: a pivot or a QDA program merged them. Nothing is renamed (the pseudonym is
on a paper form); every list now says which device recorded each person ("Recorded on", the
centre's label of that device), the names an analyst pivots by add that label to a shared
pseudonym only, and ``participants duplicates`` / ``status`` name the shared ones for a coordinator.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core import consent, participants
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from tests.cli_run import run
from tests.consent_helpers import all_yes, template_texts
from tests.sync_helpers import bundles_of_laptops

from ..conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("env_passphrase")

SHARED = "BSR-FG01-P01"
QDA = "{urn:QDA-XML:project:1.0}"


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A centre that imported each laptop's first Basra focus group: one seat on laptop 1, two on
    laptop 2, numbered by each laptop as it numbers them (both BSR-FG01), each with a consent."""
    def record(n: int, laptop: Store) -> None:
        consent.publish_version(laptop, f"form_{n}", template_texts(required=()))
        with laptop.transaction() as s:
            session = Session(kind="focus_group", title=f"FG {n}", governorate="basra", language="ar")
            s.add(session)
            s.flush()
            seated = [participants.add_to_session(s, session.id, gender="female").id for _ in range(n + 1)]
            form = consent.template_for(s, f"form_{n}", "ar")
            assert form is not None
            form_id = form.id
        for pid in seated:
            consent.record_consent(laptop, pid, None, form_id, all_yes(form_id, laptop), "paper",
                                   facilitator="F1")

    bundles = bundles_of_laptops(tmp_path, record)
    db = tmp_path / "centre.db"
    code, out, err = run(capsys, "bundle", "import", "--db", db, *bundles)
    assert code == 0, (out, err)
    return db


def _sheet(path: Path, title: str) -> list[dict[str, object]]:
    ws = load_workbook(path, read_only=True)[title]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_centre_tells_apart_two_laptops_people_under_one_pseudonym(
        centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "participants", "duplicates", "--db", centre)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "1 pseudonym shared by 2 participants:", out
    assert [line.split("\t")[0] for line in lines[1:]] == [SHARED, SHARED]
    assert sorted(line.split("\t")[2].split(" (")[0] for line in lines[1:]) == ["field laptop 1", "field laptop 2"]
    code, out, _ = run(capsys, "participants", "duplicates", "--db", centre, "--json")
    (group,) = json.loads(out)
    assert group["pseudonym"] == SHARED and len({p["id"] for p in group["participants"]}) == 2
    code, out, _ = run(capsys, "status", "--db", centre, "--json")
    assert json.loads(out)["shared_pseudonyms"] == 1

    # The workbook, read back: two rows of one pseudonym, told apart by the device that recorded them.
    book = tmp_path / "centre.xlsx"
    code, out, err = run(capsys, "export", "xlsx", "--db", centre, "--out", book)
    assert code == 0, err
    people = [r for r in _sheet(book, "Participants") if r["Pseudonym"] == SHARED]
    assert len(people) == 2
    assert sorted(str(r["Recorded on"]).split(" (")[0] for r in people) == ["field laptop 1", "field laptop 2"]
    register = [r for r in _sheet(book, "Consent register") if r["Pseudonym"] == SHARED]
    assert len({r["Recorded on"] for r in register}) == 2
    seats = [str(r["Pseudonym"]) for r in _sheet(book, "Attendance")]
    assert len(seats) == 3 and len(set(seats)) == 3  # a pivot by pseudonym keeps three people
    assert sum(s.startswith(f"{SHARED} [field laptop") for s in seats) == 2
    assert "BSR-FG01-P02" in seats  # a pseudonym nobody else has stays as it is

    # The REFI-QDA project: one Case per person, no two with one name.
    project = tmp_path / "centre.qdpx"
    code, out, err = run(capsys, "export", "qdpx", "--db", centre, "--out", project)
    assert code == 0, err
    with zipfile.ZipFile(project) as zf:
        root = ET.fromstring(zf.read("project.qde"))
    names = [case.get("name") for case in root.iter(f"{QDA}Case")]
    assert len(names) == 3 and len(set(names)) == 3, names
    assert sorted(n for n in names if n and n.startswith(SHARED)) == sorted(
        f"{SHARED} [{r['Recorded on']}]" for r in people)

    # A coordinator gives one of them a new code on purpose: nothing is shared any more.
    store = open_store(centre, PASSPHRASE)
    try:
        with store.transaction() as s:
            participants.update(s, group["participants"][1]["id"], code="BSR-FG01-P01B")
    finally:
        store.close()
    code, out, _ = run(capsys, "participants", "duplicates", "--db", centre)
    assert (code, out) == (0, "no pseudonym is shared by several participants\n")
