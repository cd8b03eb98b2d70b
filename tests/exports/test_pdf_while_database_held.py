"""A session's PDF (minutes, summary, consent register: the editors' PDF button, ``export pdf``) and a
consent record's or register's PDF written while another program holds the database (a backup tool, an
antivirus scan): the file was written, then remembering it for the erasure report failed, and the
failure went up with the PDF left in the folder: "The PDF could not be written" over a copy of
participants' names and words that no erasure report would ever name. As the workbooks and REFI-QDA
projects do (``record_or_take_back``), the file is now taken back and the failure is an environment
problem (said as such). Real SQLCipher store held by another connection, real PDFs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core import busy_wait
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.core.local_tables import ExportRecord
from desktop.core.models import ConsentRecord
from desktop.core.sqlcipher_file import derive_key, raw_connect
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from desktop.exports.pdf_sessions import write_session_pdf
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import Study, make_study


@pytest.fixture
def held(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the wait for another writer, shortened
    other = raw_connect(store.path, PASSPHRASE, raw_key=derive_key(store.path, PASSPHRASE))
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    yield
    other.rollback()
    other.close()


def _records(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ExportRecord)) or 0)


def _first_record(store: Store, study: Study) -> str:
    with store.session() as s:
        found = s.scalars(select(ConsentRecord.id).where(ConsentRecord.participant_id == study.withdrawn)).first()
        assert found is not None
        return found


WRITERS: dict[str, Callable[[Store, Study, Path], Path]] = {
    "minutes": lambda store, study, out: write_session_pdf(store, study.session_id, out, "minutes"),
    "session register": lambda store, study, out: write_session_pdf(store, study.session_id, out, "consent-register"),
    "consent record": lambda store, study, out: write_record_pdf(store, _first_record(store, study), out),
    "consent register": lambda store, study, out: write_register_pdf(store, study.session_id, out),
}


@pytest.mark.parametrize("what", sorted(WRITERS))
def test_no_pdf_left_that_no_erasure_report_names(what: str, store: Store, tmp_path: Path,
                                                  request: pytest.FixtureRequest) -> None:
    study = make_study(store)
    _first_record(store, study)  # read before the other program holds the database
    folder = tmp_path / "stick"
    folder.mkdir()
    request.getfixturevalue("held")
    with pytest.raises(EnvironmentProblem):
        WRITERS[what](store, study, folder / "copy.pdf")
    assert list(folder.iterdir()) == []  # neither the PDF nor a temporary file of it


@pytest.mark.parametrize("what", sorted(WRITERS))
def test_once_the_database_is_free_the_pdf_is_written_and_remembered(what: str, store: Store, tmp_path: Path) -> None:
    study = make_study(store)
    out = tmp_path / "copy.pdf"
    assert WRITERS[what](store, study, out).exists()
    assert _records(store) == 1
