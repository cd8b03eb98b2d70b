"""The colour emoji font a PDF report falls back to, when one can be had.

People write emoji in what they say (👍🏽, 🇮🇶, 😂) and the transcripts keep them. The bundled Noto
fonts have no emoji, and fpdf2 left them out of the page: a quote printed with blanks where the
speaker's emoji were. fpdf2 draws colour fonts (CBDT/CBLC bitmaps, as Noto Color Emoji) as Type 3
fonts with the characters behind them in the text layer, so an emoji font is added as the last
fallback of every report when there is one: ``desktop/resources/fonts/NotoColorEmoji.ttf`` if a
build put it there (SIL OFL, 11 MB, so not in the source tree), else the system's Noto Color Emoji
(Debian and Ubuntu's fonts-noto-color-emoji, Fedora, Arch), or on Windows (the .exe's users) Segoe
UI Emoji, which every Windows since 8.1 has: a COLR vector font, which fpdf2 draws as well (COLRv0
and COLRv1), so the Windows build needs no 11 MB font of its own. Without one, emoji stay blank as
before: never a failed export. Skin tones and flags are drawn whole (HarfBuzz joins them in the emoji font);
a ZWJ family is drawn as its people side by side (the joiner is in the text font).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

FAMILY = "emoji"
FILE_NAME = "NotoColorEmoji.ttf"
SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/noto") / FILE_NAME,  # Debian, Ubuntu: fonts-noto-color-emoji
    Path("/usr/share/fonts/noto") / FILE_NAME,  # Arch
    Path("/usr/share/fonts/google-noto-color-emoji") / FILE_NAME,  # Fedora
)
WINDOWS_FONT = "seguiemj.ttf"  # Segoe UI Emoji, in the Windows fonts folder


def emoji_font(fonts: Path) -> Path | None:
    """The emoji font to use: the one beside the bundled fonts, else the system's, else None."""
    for candidate in (fonts / FILE_NAME, *SYSTEM_FONTS, *_windows_fonts()):
        if candidate.is_file():
            return candidate
    return None


def _windows_fonts() -> tuple[Path, ...]:
    if sys.platform != "win32":
        return ()
    return (Path(os.environ.get("WINDIR") or "C:\\Windows") / "Fonts" / WINDOWS_FONT,)


def add_emoji_font(pdf: Any, fonts: Path) -> list[str]:
    """Add the emoji font to ``pdf``; the fallback family names it makes ([] when there is none, or
    when fpdf2 cannot read it: emoji are then left blank, the report is still written)."""
    found = emoji_font(fonts)
    if found is None or not _readable(found):
        return []
    try:
        pdf.add_font(FAMILY, "", str(found))
    except Exception:  # any font fpdf2 cannot read: blank emoji, not a failed export
        return []
    return [FAMILY]


#: Fonts already tried, by (path, size, modification time): the 11 MB font was read and parsed at
#: every report only to learn what the first report had learnt. A font replaced on disk is tried anew.
_TRIED: dict[tuple[str, int, int], bool] = {}


def _readable(font_file: Path) -> bool:
    """Whether fontTools can read ``font_file``'s character map. Parsed here from memory first, not
    by fpdf2: fpdf2 (fontTools) leaves the file open when it cannot read it."""
    try:
        stat = font_file.stat()
    except OSError:
        return False
    key = (str(font_file), stat.st_size, stat.st_mtime_ns)
    if key not in _TRIED:
        try:
            with TTFont(io.BytesIO(font_file.read_bytes()), lazy=True) as font:
                font["cmap"].getBestCmap()
            _TRIED[key] = True
        except Exception:  # any font fontTools cannot read: blank emoji, not a failed export
            _TRIED[key] = False
    return _TRIED[key]
