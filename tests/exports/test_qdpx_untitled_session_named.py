"""An untitled session is named in the REFI-QDA project by its kind in the project's language.

A session saved without a title (a focus group typed in a hurry, one a bundle brought) became the
source "2024-03-05 focus_group" in NVivo, MAXQDA or ATLAS.ti: the stored key, in English, in an
Arabic or Kurdish project. It is now "2024-03-05 مجموعة نقاش مركّزة" (the kind as the workbook and the
source's own variables say it).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.exports.enum_labels import enum_label
from desktop.exports.qdpx import export_qdpx
from tests.refi_schemas import validate_project

NS = "{urn:QDA-XML:project:1.0}"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_untitled_session_is_named_by_its_kind(store: Store, tmp_path: Path, lang: str) -> None:
    with store.transaction() as s:
        s.add_all([Session(kind="focus_group", title="", date=dt.date(2024, 3, 5)),
                   Session(kind="roundtable", title="", date=None)])
    out = export_qdpx(store, tmp_path / "p.qdpx", lang)
    with zipfile.ZipFile(out) as zf:
        project = zf.read("project.qde")
    validate_project(project)
    names = sorted(el.get("name", "") for el in ET.fromstring(project).iter(f"{NS}TextSource"))
    assert names == sorted([f"2024-03-05 {enum_label('kind', 'focus_group', lang)}",
                            enum_label("kind", "roundtable", lang)])
    assert lang == "en" or not any("_" in name or "roundtable" in name for name in names)
