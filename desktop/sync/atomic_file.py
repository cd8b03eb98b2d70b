"""Bundles and key files are written whole or not at all: see :mod:`desktop.core.atomic_file`."""

from __future__ import annotations

from desktop.core.atomic_file import atomic_output, write_atomic

__all__ = ["atomic_output", "write_atomic"]
