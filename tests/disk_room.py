"""A disk that fills up: no file of this process grows past a size (RLIMIT_FSIZE, SIGXFSZ ignored), so
the kernel refuses the write as a full disk would, with no mock anywhere. POSIX only: a test module
using it skips elsewhere (``pytest.importorskip("resource")``)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def disk_room(limit: int) -> Iterator[None]:
    """No file of this process grows past ``limit`` bytes (the soft limit only: put back after)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
