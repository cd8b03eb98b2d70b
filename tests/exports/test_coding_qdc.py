"""REFI-QDA codebook (.qdc): exports validate against the published XSD and round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.exports import refi_qda
from tests.refi_schemas import codebook_schema
from tests.stores import fresh_store

FOREIGN = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
  <Codes>
    <Code guid="{1D3B3F8E-6C2A-4B9E-9F1A-2B3C4D5E6F70}" name="Participation" isCodable="false" color="#F0A">
      <Description>Who takes part</Description>
      <Code guid="2a3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f71" name="مشاركة المرأة" isCodable="true" color="#112233"/>
      <Code guid="3a3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f72" name="بەشداریی گەنجان" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>
"""


@pytest.fixture
def schema() -> xmlschema.XMLSchema:
    return codebook_schema()


def test_export_validates_and_round_trips(store: Store, tmp_path: Path, schema: xmlschema.XMLSchema) -> None:
    with store.transaction() as s:
        root = codebook.create_code(s, name_ar="النظام الانتخابي", name_en="Electoral system",
                                    colour="#aa3300ff", definition="كل ما يخص النظام الانتخابي")
        codebook.create_code(s, name_ckb="بازنەکان", parent_id=root.id, colour="#123456")
        codebook.create_code(s, name_en="Integrity & <trust>")
        data = refi_qda.export_codebook(s, "en")
    schema.validate(data.decode("utf-8"))
    other = fresh_store(tmp_path / "other.db", "pw", "centre")
    try:
        with other.transaction() as s:
            refi_qda.import_codebook(s, data)
        with other.session() as s:
            roots = codebook.tree(s)
            assert [codebook.display_name(n.code, "en") for n in roots] == ["Electoral system", "Integrity & <trust>"]
            assert roots[0].code.id == root.id and roots[0].code.colour == "#aa3300"
            assert roots[0].code.definition == "كل ما يخص النظام الانتخابي"
            (child,) = roots[0].children
            assert child.code.name_ckb == "بازنەکان" and child.code.colour == "#123456"
            again = refi_qda.export_codebook(s, "en")
        with other.transaction() as s:  # importing twice updates, never duplicates
            refi_qda.import_codebook(s, again)
        with other.session() as s:
            assert len(codebook.live_codes(s)) == 3
    finally:
        other.close()


def test_import_foreign_codebook(store: Store, schema: xmlschema.XMLSchema) -> None:
    schema.validate(FOREIGN)
    with store.transaction() as s:
        codes = refi_qda.import_codebook(s, FOREIGN.encode("utf-8"))
    with store.session() as s:
        parent = s.get(Code, "1d3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f70")
        assert parent is not None and parent.name_en == "Participation" and parent.colour == "#ff00aa"
        assert parent.definition == "Who takes part"
        women, youth = (s.get(Code, c.id) for c in codes[1:])
        assert women is not None and women.name_ar == "مشاركة المرأة" and women.parent_id == parent.id
        assert youth is not None and youth.name_ckb == "بەشداریی گەنجان" and youth.colour == "#f4b400"
    with store.transaction() as s, pytest.raises(refi_qda.QdcError):
        refi_qda.import_codebook(s, b"<nope/>")


def test_schemas_live_in_the_repository() -> None:
    """No test reads a schema (or anything) from outside the checkout."""
    from tests.refi_schemas import CODEBOOK_XSD, PROJECT_XSD

    tests = Path(__file__).resolve().parents[1]
    assert PROJECT_XSD.is_relative_to(tests) and PROJECT_XSD.is_file()
    assert CODEBOOK_XSD.is_relative_to(tests) and CODEBOOK_XSD.is_file()
    outside = "/work/" + "shared"  # spelled in two parts so that this file does not match itself
    for source in tests.rglob("*.py"):
        assert outside not in source.read_text(encoding="utf-8"), source


def _one_code(guid: str, name: str, description: str = "") -> bytes:
    desc = f"<Description>{description}</Description>" if description else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x">'
            f'<Codes><Code guid="{guid}" name="{name}" isCodable="true">{desc}</Code></Codes></CodeBook>').encode()


@pytest.mark.parametrize("data", [
    _one_code("{not a GUID, a sentence with spaces longer than any id}", "Hostile"),
    _one_code("../../x", "Hostile"),
    _one_code("6f1c1c1e-1111-4111-8111-111111111111", "n" * 201),
    _one_code("6f1c1c1e-1111-4111-8111-111111111112", "Long", "d" * 100_001),
], ids=["sentence-guid", "path-guid", "name-over-200", "description-over-limit"])
def test_a_codebook_the_centre_could_not_accept_is_refused_whole(store: Store, data: bytes) -> None:
    """A code's guid becomes its row id and travels in every bundle; its names and texts too. What a
    centre refuses (an id that is not an id, a name longer than its column, a text over the bundle
    limit) would hold back the laptop's whole next bundle, so the import refuses it here, whole."""
    with store.session() as s:
        before = len(codebook.live_codes(s))
    with pytest.raises(refi_qda.QdcError), store.transaction() as s:
        refi_qda.import_codebook(s, data)
    with store.session() as s:
        assert len(codebook.live_codes(s)) == before
