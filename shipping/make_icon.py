"""Draw the application icon: a round table with six seats (a majlis), in Qt, no font needed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m shipping.make_icon

writes ``desktop/resources/icons/majlis.png`` (256 px, Linux window icon) and
``desktop/resources/icons/majlis.ico``
(16 to 256 px, the Windows executable, installer and file association). The ICO holds PNG images,
which Windows reads since Vista; writing the container by hand keeps Pillow out of the build.
Both files are checked in; run this again only to change the drawing.
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = QColor("#0f6b5c")
SAND = QColor("#f3e3c3")
SEAT = QColor("#d98c3f")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TEAL)
    p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.2, s * 0.2)
    centre = QPointF(s / 2, s / 2)
    p.setBrush(SAND)
    p.drawEllipse(centre, s * 0.2, s * 0.2)  # the table
    p.setBrush(SEAT)
    for i in range(6):  # six seats around it
        angle = math.pi / 2 + i * math.pi / 3
        seat = QPointF(centre.x() + math.cos(angle) * s * 0.33, centre.y() - math.sin(angle) * s * 0.33)
        p.drawEllipse(seat, s * 0.085, s * 0.085)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images: ICONDIR, one ICONDIRENTRY per size, then the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(images)
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = ROOT / "desktop" / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(draw(size)) for size in SIZES}
    (out / "majlis.png").write_bytes(images[256])
    (out / "majlis.ico").write_bytes(ico_bytes(images))
    print(f"wrote {out / 'majlis.png'} and {out / 'majlis.ico'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
