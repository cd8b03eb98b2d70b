"""One table of file signatures (desktop/core/file_signatures.py) for the three readers that tell files
apart by their first bytes: desktop.sync.sniff.kind_of (what a file given as a key or a team file is),
desktop.core.sqlcipher_file (what is no database, named as what it is) and the exports' check that
never replaces a database (desktop.cli.export_commands). Each spelled the signatures its own way (the
age one as 16 bytes in one place, 21 in another). Real files of every kind, as Majlis and the tools
beside it write them, are known the same way by all three; an SQLCipher database (a random salt at its
head) by none of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyrage
import pyrage.passphrase
import pytest
from fpdf import FPDF
from openpyxl import Workbook

from desktop.core import file_signatures
from desktop.core.errors import NotADatabase
from desktop.core.models import Code
from desktop.core.sqlcipher_file import may_be_a_database, refuse_other_files
from desktop.exports.refi_qda import export_codebook
from desktop.sync import keys, sniff
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def test_only_whole_signatures_and_the_longer_first() -> None:
    for position, (kind, signature) in enumerate(file_signatures.SIGNATURES):
        assert len(signature) >= 4, kind  # a salt matches one by chance at most once in 2**32
        for later_kind, later in file_signatures.SIGNATURES[position + 1:]:
            assert not later.startswith(signature), (kind, later_kind)  # else the longer never matches
    assert max(len(s) for _, s in file_signatures.SIGNATURES) == file_signatures.LONGEST
    assert file_signatures.kind_of(b"") == "" and file_signatures.kind_of(b"PK\x03") == ""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """One real file of each kind the table names, and an SQLCipher database."""
    made: dict[str, Path] = {}
    identity = keys.generate_identity()
    made["age"] = tmp_path / "bundle.majlis"
    made["age"].write_bytes(pyrage.encrypt(b"a bundle's archive", [identity.to_public()]))
    made["age_passphrase"] = tmp_path / "team.key"
    keys.write_protected_identity_file(made["age_passphrase"], [identity], "key passphrase")
    made["zip"] = tmp_path / "export.xlsx"
    Workbook().save(made["zip"])
    pdf = FPDF()
    pdf.add_page()
    made["pdf"] = tmp_path / "minutes.pdf"
    pdf.output(str(made["pdf"]))
    store = fresh_store(tmp_path / "majlis.db", PASSPHRASE, "Basra laptop 2")
    try:
        with store.transaction() as s:
            s.add(Code(name_ar="النزاهة", name_ckb="دەستپاکی", name_en="Integrity"))
        with store.session() as s:
            codebook = export_codebook(s)
    finally:
        store.close()
    made["xml"] = tmp_path / "codebook.qdc"
    made["xml"].write_bytes(codebook)
    made["xml_bom"] = tmp_path / "codebook-bom.qdc"
    made["xml_bom"].write_bytes(b"\xef\xbb\xbf" + codebook)
    made["sqlite"] = tmp_path / "plain.db"
    with sqlite3.connect(made["sqlite"]) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    made["sqlcipher"] = tmp_path / "majlis.db"
    return made


def test_every_reader_knows_a_file_by_the_table(files: dict[str, Path]) -> None:
    expected_kind = {"age": "age", "age_passphrase": "age_passphrase", "zip": "zip", "pdf": "pdf", "xml": "xml",
                     "xml_bom": "xml", "sqlite": "sqlite", "sqlcipher": ""}
    sniffed = {"age": "bundle", "age_passphrase": "team_key", "zip": "zip", "pdf": "pdf", "xml": "",
               "xml_bom": "", "sqlite": "database", "sqlcipher": ""}  # a header-less SQLCipher file only by its path
    not_a_database = {"age": "a bundle", "age_passphrase": "the team's key file", "zip": "a ZIP file", "pdf": "a PDF",
                      "sqlite": "an unencrypted SQLite file"}
    for name, path in files.items():
        head = path.read_bytes()
        assert file_signatures.kind_of(head) == expected_kind[name], name
        assert sniff.kind_of(head) == sniffed[name], name
        if name in not_a_database:
            with pytest.raises(NotADatabase, match=not_a_database[name]):
                refuse_other_files(path)
        elif name == "sqlcipher":
            refuse_other_files(path)  # a database: nothing to say about its head
        # An export may replace what it wrote itself, never a database of either kind.
        assert may_be_a_database(path) == (name in ("sqlite", "sqlcipher")), name
        assert head.startswith(file_signatures.EXPORTS) == (name in ("zip", "pdf", "xml", "xml_bom")), name
