"""Exports never crash on stored data: every export of a database holding the longest texts, the
control characters a long text may hold, direction marks, XML's special characters, empty optional
fields and a withdrawn participant succeeds, and what it writes reads back (XML well-formed,
workbook opens, PDF starts as a PDF)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest

from desktop.cli import main
from desktop.core.db import Store
from tests.awkward_data import XML_SPECIAL, fill
from tests.conftest import PASSPHRASE


@pytest.fixture
def awkward_db(store: Store, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    made = fill(store)
    store.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    return store.path, made


def _export(capsys: pytest.CaptureFixture[str], *argv: object) -> None:
    code = main(["export", *map(str, argv)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in out + err


@pytest.mark.slow  # PDFs of 100,000-character texts: minutes on a busy machine
def test_every_export_takes_awkward_stored_values(awkward_db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, made = awkward_db
    xlsx, qdpx, qdc = tmp_path / "all.xlsx", tmp_path / "all.qdpx", tmp_path / "codes.qdc"
    _export(capsys, "xlsx", "--db", db, "--out", xlsx, "--lang", "ar")
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert book.sheetnames
    book.close()
    _export(capsys, "qdpx", "--db", db, "--out", qdpx, "--lang", "en")
    with zipfile.ZipFile(qdpx) as zf:
        project = ET.fromstring(zf.read("project.qde"))  # well-formed XML, or this raises
        names = {el.get("name") for el in project.iter() if el.tag.endswith("}Code")}
    assert made.code_name in names  # the XML special characters came back as they were
    _export(capsys, "qdc", "--db", db, "--out", qdc, "--lang", "en")
    codebook = ET.fromstring(qdc.read_bytes())
    assert any(XML_SPECIAL in (el.get("name") or "") for el in codebook.iter())
    for document in ("minutes", "summary", "consent-register"):
        out = tmp_path / f"{document}.pdf"
        _export(capsys, "pdf", "--db", db, "--out", out, "--session", made.session_id, "--document", document)
        assert out.read_bytes().startswith(b"%PDF")
    record = tmp_path / "record.pdf"
    _export(capsys, "pdf", "--db", db, "--out", record, "--consent-record", made.consent_record_id, "--lang", "ar")
    assert record.read_bytes().startswith(b"%PDF")
    for suffix in (".pdf", ".xlsx"):
        brief = tmp_path / f"brief{suffix}"
        _export(capsys, "brief", "--db", db, "--out", brief, "--lang", "ckb")
        assert brief.stat().st_size > 0
