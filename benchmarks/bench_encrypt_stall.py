"""How long a bundle's encryption keeps other Python threads (the window) waiting.

    .venv/bin/python benchmarks/bench_encrypt_stall.py [--mb 200] [--repeat 3]

A field laptop's Export encrypts the bundle on the DB worker while the window runs. Measured: the
longest gap of a 2 ms ticker on the main thread while another thread encrypts ``--mb`` MB of random
bytes (scanned forms do not compress) to one recipient, for the whole-file call ``pyrage.encrypt``
(the reference, which holds the interpreter lock throughout) and for ``envelope.encrypt``, which
streams through ``pyrage.encrypt_io`` into a Python sink. Best of --repeat each, in the same run;
results in benchmarks/results/encrypt_stall.json. Budget (DESIGN): no stall over 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyrage
from pyrage import x25519

from desktop.sync import envelope
from desktop.sync.keys import parse_recipient


def longest_gap_ms(work: Callable[[], object]) -> float:
    done = threading.Event()

    def run() -> None:
        work()
        done.set()

    gaps = []
    last = time.perf_counter()
    thread = threading.Thread(target=run)
    thread.start()
    while not done.is_set():
        time.sleep(0.002)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    thread.join()
    return max(gaps) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results") / "encrypt_stall.json")
    args = parser.parse_args(argv)
    recipient = str(x25519.Identity.generate().to_public())
    data = os.urandom(args.mb * 1024 * 1024)
    whole = min(longest_gap_ms(lambda: pyrage.encrypt(data, [parse_recipient(recipient)])) for _ in range(args.repeat))
    streamed = min(longest_gap_ms(lambda: envelope.encrypt(data, [recipient])) for _ in range(args.repeat))
    result = {
        "megabytes": args.mb,
        "whole_file_encrypt_longest_gap_ms": round(whole, 1),
        "streamed_encrypt_longest_gap_ms": round(streamed, 1),
        "budget_ms": 100,
        "repeat": args.repeat,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    for key, value in result.items():
        print(f"{key}: {value}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
