"""Survey import of a 100,000-row x 200-column KoboToolbox export vs python-calamine's bare read of it.

Target (issue 15): the whole import (read with the XLSForm, drop identifying columns, map
governorate/gender/age, check duplicate submissions, write response blocks and their change log
into the encrypted store, one transaction) within 2x the time python-calamine alone needs to read
every row of the same file, with flat memory.

Each measurement runs in a fresh process (peak RSS from ``getrusage``). Memory is measured at half
and at the full number of rows: "flat" means the import's peak stays the reader's own peak plus a
constant (one block of rows, the ORM and the store), not one that grows with the rows.

    .venv/bin/python benchmarks/bench_survey.py [--rows 100000] [--columns 200] [--repeat 2]

The export is written by the tests' generator (tests/kobo_export.py: the KoboToolbox XLSX shape,
with the XLSForm). Writes benchmarks/results/survey.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.harness import write_result  # noqa: E402
from tests.kobo_export import kobo_columns, write_kobo_xlsx  # noqa: E402

READ = """
import json, resource, sys, time
from python_calamine import CalamineWorkbook
t0 = time.perf_counter()
rows = 0
for row in CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).iter_rows():
    rows += 1
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "rows": rows - 1,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

IMPORT = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from desktop.core.db import create_store
from desktop.core.survey_import import import_survey
store = create_store(Path(sys.argv[3]), "bench passphrase", "bench")
base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
result = import_survey(store, Path(sys.argv[1]), Path(sys.argv[2]))
seconds = time.perf_counter() - t0
store.close()
print(json.dumps({"seconds": seconds, "rows": result.responses, "stored_columns": result.stored_columns,
                  "base_mb": base_mb, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(script: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure(folder: Path, rows: int, columns: int, repeat: int) -> dict[str, object]:
    extra = max(0, columns - len(kobo_columns(0)))
    t0 = time.perf_counter()
    gen = write_kobo_xlsx(folder, rows, extra_questions=extra, keep_truth=False)
    written = time.perf_counter() - t0
    reads, imports = [], []
    for n in range(repeat):
        reads.append(_run(READ, str(gen.data)))
        imports.append(_run(IMPORT, str(gen.data), str(gen.form), str(folder / f"import{n}.db"), str(ROOT)))
        (folder / f"import{n}.db").unlink()
    read = min(reads, key=lambda r: r["seconds"])
    imp = min(imports, key=lambda r: r["seconds"])
    return {
        "rows": rows, "columns": len(kobo_columns(extra)), "file_mb": round(gen.data.stat().st_size / 2**20, 1),
        "generate_s": round(written, 1),
        "calamine_read_s": round(read["seconds"], 2), "import_s": round(imp["seconds"], 2),
        "ratio": round(imp["seconds"] / read["seconds"], 2),
        "calamine_peak_mb": round(read["peak_mb"], 1), "import_peak_mb": round(max(i["peak_mb"] for i in imports), 1),
        "import_over_reader_mb": round(max(i["peak_mb"] for i in imports) - read["peak_mb"], 1),
        "stored_columns": imp["stored_columns"],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (args.rows // 2, args.rows):
            folder = Path(tmp) / str(rows)
            folder.mkdir()
            results.append(measure(folder, rows, args.columns, args.repeat))
            print(json.dumps(results[-1]))
    half, full = results
    growth = full["import_over_reader_mb"] - half["import_over_reader_mb"]  # type: ignore[operator]
    result = {
        "half": half, "full": full, "target_ratio": 2.0,
        "extra_memory_growth_mb": round(growth, 1),
        "passes": full["ratio"] <= 2.0,  # type: ignore[operator]
    }
    path = write_result("survey", result)
    print(f"{full['rows']:,} rows x {full['columns']} columns ({full['file_mb']} MB): import {full['import_s']} s, "
          f"calamine read {full['calamine_read_s']} s -> {full['ratio']}x (target <= 2x); peak memory "
          f"{full['import_peak_mb']} MB vs the reader's {full['calamine_peak_mb']} MB; the import's extra "
          f"over the reader grew {growth:+.1f} MB from {half['rows']:,} to {full['rows']:,} rows -> {path}")
    return 0 if result["passes"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
