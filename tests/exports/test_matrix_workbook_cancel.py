"""The matrix's workbook stops at a Cancel at any of its checks, up to the last moment before the
finished file takes its name, and leaves nothing in the folder: no workbook, no hidden temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.exports.xlsx_matrix import STEPS, MatrixTable, write_matrix_xlsx


def table() -> MatrixTable:
    return MatrixTable(title="Segments by governorate", code_heading="Code", total_heading="Total",
                       columns=["Basra", "Erbil"], rows=[("Water", [3, 1]), ("Jobs", [0, 2])], value_axis="Segments")


def test_each_step_reported_and_the_workbook_whole(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "matrix.xlsx"
    write_matrix_xlsx(table(), out, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: False)
    assert seen == [(i, STEPS) for i in range(1, STEPS + 1)]
    rows = [list(r) for r in load_workbook(out)["Matrix"].iter_rows(values_only=True)]
    assert rows[-1] == ["Total", 3, 3, 6]


@pytest.mark.parametrize("at", range(STEPS + 1))  # before each step, and after the file is written whole
def test_a_cancel_at_any_check_leaves_nothing(tmp_path: Path, at: int) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > at

    with pytest.raises(InterruptedError):
        write_matrix_xlsx(table(), tmp_path / "matrix.xlsx", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    assert asked == at + 1
