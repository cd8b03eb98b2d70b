"""xlsx export speed: Majlis's writer (openpyxl write-only + FastSheet) against xlsxwriter constant_memory.

The same cells (transcript-like rows: ids, numbers, dates, Arabic and Kurdish text) are written by
both; the result is a ratio, because machines are noisy. Target (DESIGN.md): ratio <= 1.5.

    .venv/bin/python benchmarks/bench_xlsx.py [--rows 50000] [--repeat 3]

Writes benchmarks/results/xlsx.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
import xlsxwriter  # noqa: E402

from desktop.exports.xlsx_sheet import add_sheet, save_workbook  # noqa: E402

WORDS = ("الانتخابات", "مجلس", "المحافظة", "القانون", "ڕەزامەندی", "هەڵبژاردن", "پارێزگا", "citizens", "&", "<ok>")


def make_rows(n: int, seed: int = 7) -> list[tuple[Any, ...]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
        rows.append((f"0190{i:08d}-7000-8000-{i:012d}", float(i % 200), f"BSR-FG{i % 90:02d}-P{i % 12:02d}",
                     f"0:{i % 60:02d}:00", dt.date(2022, 9, 1) + dt.timedelta(days=i % 240), text, i % 7 == 0))
    return rows


def write_majlis(rows: list[tuple[Any, ...]], path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = add_sheet(wb, "Transcripts")
    for row in rows:
        ws.append(row)
    with open(path, "wb") as fh:  # the export itself adds atomic_output's fsync and rename
        save_workbook(wb, fh)


def write_xlsxwriter(rows: list[tuple[Any, ...]], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Transcripts")
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), date_format)
            else:
                ws.write(r, c, value)
    wb.close()


def write_plain_openpyxl(rows: list[tuple[Any, ...]], path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Transcripts")
    for row in rows:
        ws.append(row)
    wb.save(path)


def best_of(fn: Callable[[list[tuple[Any, ...]], Path], None], rows: list[tuple[Any, ...]],
            repeat: int, folder: Path) -> float:
    times = []
    for i in range(repeat):
        path = folder / f"{fn.__name__}-{i}.xlsx"
        start = time.perf_counter()
        fn(rows, path)
        times.append(time.perf_counter() - start)
        path.unlink()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "xlsx.json")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # same cells read back from both files: the comparison is fair only if the output agrees
        write_majlis(rows[:200], folder / "a.xlsx")
        write_xlsxwriter(rows[:200], folder / "b.xlsx")
        a = list(openpyxl.load_workbook(folder / "a.xlsx", read_only=True).active.iter_rows(values_only=True))
        b = list(openpyxl.load_workbook(folder / "b.xlsx", read_only=True).active.iter_rows(values_only=True))
        assert a == b, "the two writers disagree about the cells"
        majlis = best_of(write_majlis, rows, args.repeat, folder)
        reference = best_of(write_xlsxwriter, rows, args.repeat, folder)
        plain = best_of(write_plain_openpyxl, rows, 1, folder)
    result = {
        "benchmark": "xlsx export, same cells",
        "rows": args.rows,
        "columns": len(rows[0]),
        "majlis_seconds": round(majlis, 3),
        "xlsxwriter_constant_memory_seconds": round(reference, 3),
        "plain_openpyxl_write_only_seconds": round(plain, 3),
        "ratio": round(majlis / reference, 3),
        "plain_openpyxl_ratio": round(plain / reference, 3),
        "target_ratio": 1.5,
        "meets_target": majlis / reference <= 1.5,
        "python": platform.python_version(),
        "openpyxl": openpyxl.__version__,
        "xlsxwriter": xlsxwriter.__version__,
        "measured_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
