"""The Matrix tab's images: the whole table drawn at its full size, and a PNG written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QTableView

from desktop.core.atomic_file import write_atomic


def save_png(image: QImage | QPixmap, target: Path) -> bool:
    """Encode in memory, then write whole or not at all (a private temporary file renamed into
    place, like every export): a full disk never leaves half an image under the chosen name. False
    when the image could not be encoded; an OSError when it could not be written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    if not encoded:
        return False
    write_atomic(target, bytes(data.data()), mode=0o644)  # counts, no one named: shareable, as before
    return True


def table_image(view: QTableView) -> QPixmap:
    """The whole table (every row and column, with headers) drawn into an image of its full size."""
    model = view.model()
    hh, vh = view.horizontalHeader(), view.verticalHeader()
    width = vh.width() + sum(hh.sectionSize(i) for i in range(model.columnCount())) + 2 * view.frameWidth()
    height = hh.height() + sum(vh.sectionSize(i) for i in range(model.rowCount())) + 2 * view.frameWidth()
    old = view.size()
    view.resize(max(width, 1), max(height, 1))
    image = view.grab()
    view.resize(old)
    return image
