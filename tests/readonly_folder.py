"""A folder no one may write to, also when the tests run as root (CI containers), where folder
permissions are ignored: there the folder is made immutable (``chattr +i``) instead."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o500)
    try:
        yield folder
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o700)


@contextlib.contextmanager
def unreplaceable(file: Path) -> Iterator[Path]:
    """A file the folder keeps and nothing may take the place of, as Windows keeps a file open in
    Excel: made immutable (``chattr +i``), which needs root; the test is skipped otherwise."""
    import pytest

    if os.geteuid() != 0:
        pytest.skip("making a file that cannot be replaced needs root (chattr +i)")
    subprocess.run(["chattr", "+i", str(file)], check=True)
    try:
        yield file
    finally:
        subprocess.run(["chattr", "-i", str(file)], check=True)
