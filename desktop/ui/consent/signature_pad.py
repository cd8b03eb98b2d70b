"""A signature pad: draw with a mouse, a pen (tablet events) or a finger (touch arrives as mouse).

Strokes are kept in coordinates relative to the pad's size, so resizing (full screen, scaling)
never distorts them; ``to_png()`` renders them on white for the consent record.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Stroke = list[QPointF]
PNG_SIZE = QSize(900, 300)


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Reached with Tab (named for a screen reader, Delete clears it on purpose), never focused by the
        # pen: signing took the focus, and a Backspace meant for "Consent obtained by" wiped the signature.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.hint = ""

    # --- state --------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(len(s) >= 1 for s in self._strokes)

    def stroke_count(self) -> int:
        return len(self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self.update()
            self.changed.emit()

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.update()

    # --- input --------------------------------------------------------------------------------
    def _rel(self, pos: QPointF) -> QPointF:
        w, h = max(1, self.width()), max(1, self.height())
        return QPointF(min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0))

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._rel(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._rel(pos))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()  # no synthesised mouse event: the pen stroke is drawn once

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    # --- drawing ------------------------------------------------------------------------------
    def _paint_strokes(self, painter: QPainter, size: QSize) -> None:
        pen = QPen(QColor("#101040"), max(2.0, size.height() / 90))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, h = size.width(), size.height()
        for stroke in self._strokes:
            path = QPainterPath(QPointF(stroke[0].x() * w, stroke[0].y() * h))
            if len(stroke) == 1:  # a dot
                path.lineTo(QPointF(stroke[0].x() * w + 0.5, stroke[0].y() * h))
            for p in stroke[1:]:
                path.lineTo(QPointF(p.x() * w, p.y() * h))
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        if self.is_empty() and self.hint:
            painter.setPen(QColor("#9a9a9a"))
            painter.drawText(QRectF(0, baseline + 4, self.width(), self.height() - baseline - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.hint)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        self._paint_strokes(painter, self.size())
        painter.end()

    def to_image(self, size: QSize = PNG_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_strokes(painter, size)
        painter.end()
        return image

    def to_png(self) -> bytes:
        """The signature as PNG bytes; empty bytes when nothing was drawn."""
        if self.is_empty():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())
