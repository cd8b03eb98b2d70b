"""Shared fixtures. Qt runs offscreen; every test gets its own real encrypted database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.core.db import Store, create_store  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _private_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exported positions (desktop/core/exported_position.py) go to a per-test folder, never ~."""
    monkeypatch.setenv("MAJLIS_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "field.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = create_store(db_path, PASSPHRASE, "test laptop")
    yield s
    s.close()


@pytest.fixture(scope="session")
def bundled_fonts(qapp):  # type: ignore[no-untyped-def]
    """Load resources/fonts/*.ttf once: offscreen Qt on Windows sees no system fonts."""
    from desktop.ui.qt_i18n import load_fonts

    return load_fonts()
