"""Parts of the consent dialog (record_dialog) that need none of its state: reading a scan of the signed
form, the built-in form for a database outside any team, the frame that scrolls only when short, and
the words of a refused Save with the field it takes the keyboard to."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, read_now

MAX_SCAN_SIDE = 2400


def scan_bytes(path: str) -> bytes | None:
    """A scan or photo re-encoded as JPEG (at most 2400 px a side), upright; None if it is not an image.
    FileNotFoundError when the file is not there (its USB stick pulled out after it was chosen): that
    was said to be no image, and the facilitator went looking for a broken photo.

    Upright: a phone stores a portrait photo sideways with an EXIF note to turn it, which a plain
    QImage(path) ignores (the signed form was kept lying on its side). Read at the reduced size where
    the format allows (JPEG decodes at a fraction of its size). Runs off the UI thread: a 12-megapixel
    photo took about 0.27 s to decode, scale and encode, a stall of the whole window."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SCAN_SIDE:
        reader.setScaledSize(size.scaled(MAX_SCAN_SIDE, MAX_SCAN_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        # Qt says FileNotFoundError of any file it could not open (one it may not read too): asked of the disk.
        if reader.error() == QImageReader.ImageReaderError.FileNotFoundError and not os.path.exists(path):
            raise FileNotFoundError(errno.ENOENT, "the image file is not there")  # no path: it may name a participant
        return None
    if max(image.width(), image.height()) > MAX_SCAN_SIDE:  # turned upright after a size the reader chose
        image = image.scaled(MAX_SCAN_SIDE, MAX_SCAN_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def builtin_form_when_alone(ctx: AppContext) -> None:
    """A database made before built-in forms existed, outside any team, gets the built-in form the
    first time consent is asked for, instead of an empty dialog that can never be saved."""
    from desktop.core import builtin_consent
    from desktop.sync.team import current_team

    if read_now(ctx, lambda s: current_team(s) is None):
        CollectionOp.on_store(ctx, builtin_consent.install).run_now()


class ScrolledOnlyWhenShort(QWidget):
    """The consent dialog's parts above Save and Cancel, in a scroll area: as tall as the dialog, and
    scrolled only when the dialog is shorter than they need at least, counting every line of their
    wrapped texts (what a signature means, beside the pad, at the form's size). Their preferred
    height, which a scroll area would take, is more than a laptop's screen: the ways of consenting
    and the pad would scroll out of view on a screen with room for them."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        height = layout.minimumSize().height()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is not None and not item.isEmpty() and item.hasHeightForWidth():
                height += max(0, item.heightForWidth(width) - item.minimumSize().height())
        return height


def focus_in_view(widget: QWidget) -> None:
    """The keyboard's focus on ``widget``, and every scroll area around it (the form's, the dialog's)
    scrolled to show it: a refusal of Save takes the facilitator to what it names."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def refusal_text(code: str) -> str:
    """The line beside Save consent for a refusal ``code`` (the dialog's own, or consent.ConsentInvalid's)."""
    texts = {
        "empty_signature": QCoreApplication.translate(
            "ConsentDialog", "The signature pad is empty. Ask the participant to sign, or choose another method."),
        "witness_required": QCoreApplication.translate("ConsentDialog", "Name the impartial witness."),
        "unanswered_clause": QCoreApplication.translate("ConsentDialog", "Every clause needs a Yes or a No."),
        "facilitator_required": QCoreApplication.translate(
            "ConsentDialog", "Enter the name of the person who obtained consent."),
        "no_method": QCoreApplication.translate("ConsentDialog", "Choose how consent is given."),
        "unknown_template": QCoreApplication.translate("ConsentDialog", "This consent form is not on this device."),
        "withdrawn_all": QCoreApplication.translate(
            "ConsentDialog", "This participant withdrew everything: add them as a new participant."),
    }
    return texts.get(code, QCoreApplication.translate("ConsentDialog", "The consent could not be saved."))
