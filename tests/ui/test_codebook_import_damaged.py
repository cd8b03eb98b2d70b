"""A codebook import of a hostile or damaged file is one translated line and changes nothing.

A .qdpx project whose compressed project.qde was altered on the way (a byte flipped, a stick pulled
out while copying) raised zlib's error past the page, and codes nested a thousand deep ran the import
out of Python's recursion: both went up as a traceback (the crash dialog in the app), the page said
nothing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.exports import refi_qda
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.codebook_page_helpers import loaded_codebook_page, with_demo_codebook
from tests.i18n_allowlist import english_words


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.fixture
def ctx(ctx: AppContext, tmp_path: Path) -> AppContext:
    return with_demo_codebook(ctx, tmp_path)


def _codebook_xml(inner: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{refi_qda.NS}"><Codes>{inner}</Codes>'
            "</CodeBook>").encode()


def damaged_project(folder: Path) -> Path:
    """A .qdpx whose deflated project.qde has 20 bytes altered in the middle of its stream."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", b"<Project>" + b"x" * 5000 + b"</Project>")
    data = bytearray(buffer.getvalue())
    data[60:80] = b"\xff" * 20
    path = folder / "project.qdpx"
    path.write_bytes(bytes(data))
    return path


def nested_codebook(folder: Path, depth: int) -> Path:
    opening = "".join(f'<Code guid="{n:08d}-1111-4111-8111-111111111111" name="c{n}">' for n in range(depth))
    path = folder / "deep.qdc"
    path.write_bytes(_codebook_xml(opening + "</Code>" * depth))
    return path


def _names(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return sorted(c.id for c in codebook.live_codes(s))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize("make", [damaged_project, lambda folder: nested_codebook(folder, 1200)],
                         ids=["damaged-qdpx", "nested-1200"])
def test_a_damaged_or_hostile_codebook_is_one_translated_line(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch, lang: str,
                                                                make: Callable[[Path], Path]) -> None:
    ctx.language.set_language(lang)
    page = loaded_codebook_page(ctx, qtbot)
    before = _names(ctx)
    path = make(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_qdc()  # an exception past the page fails the test (pytest-qt)
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=10_000)
    said = page.error_label.text()
    assert "\n" not in said and "Error" not in said and "recursion" not in said
    assert english_words(said.replace("REFI-QDA", "").replace("Majlis", "")) == [], said
    assert _names(ctx) == before  # nothing half-imported


def test_the_refusals_say_what_is_wrong(ctx: AppContext, tmp_path: Path) -> None:
    """In English (and the CLI) the specific sentence; a codebook 50 deep is still taken."""
    with ctx.store.transaction() as s, pytest.raises(refi_qda.QdcError, match="damaged or incomplete"):
        refi_qda.read_codebook(s, damaged_project(tmp_path))
    with ctx.store.transaction() as s, pytest.raises(refi_qda.QdcError, match="nested deeper"):
        refi_qda.read_codebook(s, nested_codebook(tmp_path, refi_qda.MAX_CODE_DEPTH + 1))
    with ctx.store.transaction() as s:
        assert len(refi_qda.read_codebook(s, nested_codebook(tmp_path, refi_qda.MAX_CODE_DEPTH))) == 50
