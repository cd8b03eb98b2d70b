"""A damaged survey export or XLSForm (a download cut short, a copy from a failing USB stick) is refused
with what to do: download it again. It was "The survey file … cannot be read.", which left the
coordinator to guess whether Majlis, the file or the form was at fault. Nothing is imported."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Survey
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import import_survey, preview_form
from tests.kobo_export import write_kobo_xlsx


def _cut_short(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scrambled_inside(path: Path) -> None:
    """Bytes in the middle of the sheet spoilt, the ZIP's directory whole: the file opens, its sheet not."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    middle = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    for i in range(200):
        data[middle + i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_cut_short, _scrambled_inside], ids=["cut short", "scrambled inside"])
def test_a_damaged_export_says_to_download_it_again(store: Store, tmp_path: Path, damage: Callable[[Path], None]) -> None:
    gen = write_kobo_xlsx(tmp_path, 200)
    damage(gen.data)
    with pytest.raises(SurveyImportError) as refused:
        import_survey(store, gen.data, gen.form)
    error = refused.value
    assert error.reason == "unreadable_file", str(error)
    assert str(error).startswith(f"The survey file {gen.data.name} cannot be read")
    assert str(error).endswith("Download the export again and import that file.")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


@pytest.mark.parametrize("step", ["preview", "import"])
def test_a_damaged_form_says_to_download_it_again(store: Store, tmp_path: Path, step: str) -> None:
    gen = write_kobo_xlsx(tmp_path, 20)
    _cut_short(gen.form)
    with pytest.raises(SurveyImportError) as refused:
        if step == "preview":
            preview_form(gen.form, gen.data)
        else:
            import_survey(store, gen.data, gen.form)
    error = refused.value
    assert error.reason == "unreadable_form", str(error)
    assert str(error).endswith("Download the form again from KoboToolbox or ODK Central and choose that file.")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0
