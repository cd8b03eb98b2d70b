"""A workbook stopped by a full disk is given up whole: nothing in the folder and no archive left open.

The evidence brief's workbook (and the Reports matrix's, tests/ui/test_matrix_exports_refused_said.py)
was written with openpyxl's ``wb.save``, which closes its zip archive only when all goes well: on a full
disk it stayed open on the private temporary file that ``atomic_output`` removed, and collected later it
raised "seek of closed file" (an unraisable error on the console, long after the refusal was said)."""

from __future__ import annotations

import gc
import zipfile
from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.exports.brief_xlsx import write_brief_xlsx
from tests.demo_stores import demo_store_fixture
from tests.disk_room import disk_room

pytest.importorskip("resource")  # the full disk is made with RLIMIT_FSIZE: POSIX only

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=4, seed=3)


def test_the_brief_workbook_on_a_full_disk(store: Store, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with disk_room(2048), pytest.raises(OSError) as refused:
        write_brief_xlsx(store, stick / "brief.xlsx", lang="ar")
    assert refused.value.errno is not None
    del refused  # its traceback holds the frames that hold the archive
    assert list(stick.iterdir()) == []
    gc.collect()
    assert not [z for z in gc.get_objects() if isinstance(z, zipfile.ZipFile) and z.mode == "w" and z.fp is not None]
