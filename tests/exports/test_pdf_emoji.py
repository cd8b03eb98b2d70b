"""Emoji in a session PDF are drawn in colour and kept in its text layer.

A transcript keeps the emoji people wrote (👍🏽, 🇮🇶, 😂); the bundled Noto fonts have none, and the
PDF printed a blank in their place. The report now falls back to a colour emoji font (Noto Color
Emoji, installed by .ci/setup as on any Debian or Ubuntu desktop): the page shows them and pdftotext
gives them back. A font fpdf2 cannot read leaves them blank, as before, and the PDF is still written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop.core.db import Store
from desktop.exports import pdf_emoji
from desktop.exports.pdf_layout import fonts_dir
from desktop.exports.pdf_sessions import write_session_pdf
from tests.consent_helpers import add_turn, focus_group
from tests.pdf_helpers import missing_words, pdf_text, rasterise

SAID = "ئێمە دەمانەوێت کار بکەین لە هەولێر 👍🏽 ئەمە باشترین هەواڵە 😂 بۆ هەموومان 🇮🇶"
WORDS = "ئێمە دەمانەوێت کار بکەین لە هەولێر ئەمە باشترین هەواڵە بۆ هەموومان"


def _coloured_pixels(pages: list[Path]) -> int:
    """Pixels of a strong colour (text is black on white; emoji are yellow, brown, red, green)."""
    count = 0
    for page in pages:
        with Image.open(page) as image:
            saturation = image.convert("RGB").convert("HSV").split()[1]
            count += sum(saturation.histogram()[120:])
    return count


def _session(store: Store) -> str:
    fg = focus_group(store, 1, language="ckb", title="دانیشتنی هەولێر")
    add_turn(store, fg.session_id, None, SAID, 1)  # the facilitator reads out a message sent in
    return fg.session_id


def test_emoji_are_drawn_and_searchable(store: Store, tmp_path: Path) -> None:
    assert pdf_emoji.emoji_font(fonts_dir()) is not None, "no colour emoji font (.ci/setup installs one)"
    pdf = write_session_pdf(store, _session(store), tmp_path / "minutes.pdf", "minutes", "ckb")
    text = pdf_text(pdf)
    assert "😂" in text and "👍" in text and "🏽" in text, text
    assert "🇮" in text and "🇶" in text
    assert missing_words(pdf, WORDS) == []
    assert _coloured_pixels(rasterise(pdf, tmp_path / "minutes", dpi=100)) > 150


def test_an_emoji_font_that_cannot_be_read_leaves_a_blank(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "fonts" / pdf_emoji.FILE_NAME
    broken.parent.mkdir()
    broken.write_bytes(b"not a font at all" * 100)
    monkeypatch.setattr(pdf_emoji, "SYSTEM_FONTS", ())
    monkeypatch.setattr("desktop.exports.pdf_layout.fonts_dir", lambda: _with_bundled(broken.parent))
    pdf = write_session_pdf(store, _session(store), tmp_path / "minutes.pdf", "minutes", "ckb")
    assert missing_words(pdf, WORDS) == []
    assert _coloured_pixels(rasterise(pdf, tmp_path / "minutes", dpi=100)) < 20


def _with_bundled(folder: Path) -> Path:
    """A fonts folder holding the bundled fonts and, beside them, the (broken) emoji font."""
    for font in fonts_dir().glob("*.ttf"):
        (folder / font.name).write_bytes(font.read_bytes())
    return folder


def test_the_emoji_font_is_checked_once_not_at_every_report(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 11 MB font was read and parsed at every PDF only to learn it could be; a font replaced
    on disk (another size or time) is tried anew."""
    reads: list[Path] = []
    plain_read = Path.read_bytes

    def counting(path: Path) -> bytes:
        if path.name == pdf_emoji.FILE_NAME:
            reads.append(path)
        return plain_read(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    monkeypatch.setattr(pdf_emoji, "_TRIED", {}, raising=False)
    session_id = _session(store)
    for n in range(3):
        write_session_pdf(store, session_id, tmp_path / f"minutes-{n}.pdf", "minutes", "ckb")
    assert len(reads) == 1
    broken = tmp_path / "fonts" / pdf_emoji.FILE_NAME
    broken.parent.mkdir()
    broken.write_bytes(b"not a font at all" * 100)
    monkeypatch.setattr(pdf_emoji, "SYSTEM_FONTS", ())
    assert pdf_emoji.add_emoji_font(object(), broken.parent) == []
    broken.write_bytes(b"still not a font" * 200)
    assert pdf_emoji.add_emoji_font(object(), broken.parent) == []
    assert len(reads) == 3


def test_a_colr_emoji_font_as_windows_has_is_drawn(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no Noto Color Emoji but Segoe UI Emoji (WINDIR\\Fonts\\seguiemj.ttf), a COLR (vector,
    layered) font: the .exe's PDFs draw emoji with it. A small COLR font made here stands in for it
    (Segoe UI Emoji's licence keeps it off this machine)."""
    windows = tmp_path / "Windows"
    colr = _colr_font(_folder(_folder(windows) / "Fonts") / pdf_emoji.WINDOWS_FONT)
    monkeypatch.setattr(pdf_emoji, "SYSTEM_FONTS", ())
    bundled = _with_bundled(_folder(tmp_path / "fonts"))
    monkeypatch.setenv("WINDIR", str(windows))
    assert pdf_emoji.emoji_font(bundled) is None  # not on Linux: the folder is Windows' only
    with monkeypatch.context() as on_windows:
        on_windows.setattr("sys.platform", "win32")
        assert pdf_emoji.emoji_font(bundled) == colr
        font = pdf_emoji.emoji_font(bundled)
    monkeypatch.setattr(pdf_emoji, "SYSTEM_FONTS", (font,))
    monkeypatch.setattr("desktop.exports.pdf_layout.fonts_dir", lambda: bundled)
    pdf = write_session_pdf(store, _session(store), tmp_path / "minutes.pdf", "minutes", "ckb")
    text = pdf_text(pdf)
    assert "😂" in text and "👍" in text, text
    assert missing_words(pdf, WORDS) == []
    assert _coloured_pixels(rasterise(pdf, tmp_path / "minutes", dpi=100)) > 150


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _colr_font(path: Path) -> Path:
    """A COLRv0 font whose emoji are orange squares."""
    from fontTools.colorLib.builder import buildCOLR, buildCPAL  # type: ignore[import-untyped]
    from fontTools.fontBuilder import FontBuilder  # type: ignore[import-untyped]
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]

    def square() -> object:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        return pen.glyph()

    emoji = [0x1F602, 0x1F44D, 0x1F3FD, 0x1F1EE, 0x1F1F6]
    names = [".notdef", *(f"u{c:X}" for c in emoji), "layer"]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({c: f"u{c:X}" for c in emoji})
    glyphs = {name: square() for name in names}
    glyphs[".notdef"] = TTGlyphPen(None).glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Stand-in Emoji", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.font["COLR"] = buildCOLR({f"u{c:X}": [("layer", 0)] for c in emoji})
    builder.font["CPAL"] = buildCPAL([[(1.0, 0.6, 0.0, 1.0)]])
    builder.save(str(path))
    return path
