"""A photo of the signed paper form, attached to a consent record: read off the UI thread (a
12-megapixel photo took about 0.27 s, a stall of the whole window), kept upright (a phone stores a
portrait photo sideways with an EXIF note to turn it, which was ignored), at most 2400 px a side;
Save waits until it is read; a file that is no image is said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.record_dialog import MAX_SCAN_SIDE, ConsentDialog
from desktop.ui.context import AppContext
from tests.ui.consent_dialogs import shown_consent_dialog

# The smallest EXIF block (APP1) that says "orientation 6: turn 90 degrees clockwise to show".
_EXIF_TURN_RIGHT = (b"\xff\xe1\x00\x22Exif\x00\x00" + b"MM\x00\x2a\x00\x00\x00\x08" + b"\x00\x01"
                    + b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00" + b"\x00\x00\x00\x00")


def portrait_photo(path: Path) -> None:
    """A 4000 x 3000 JPEG as a phone stores a portrait photo: landscape pixels, turned by EXIF."""
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 80)  # type: ignore[call-overload]
    buffer.close()
    jpeg = bytes(data.data())
    path.write_bytes(jpeg[:2] + _EXIF_TURN_RIGHT + jpeg[2:])  # right after the start-of-image marker


@pytest.fixture
def dialog(ctx: AppContext, store: Store, qtbot: QtBot) -> ConsentDialog:
    return shown_consent_dialog(ctx, store, qtbot)


def attach(dialog: ConsentDialog, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    dialog._attach_scan()


def test_a_portrait_photo_is_kept_upright_and_smaller(dialog: ConsentDialog, tmp_path: Path, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "form.jpg"
    portrait_photo(photo)
    assert QImageReader(str(photo)).size().width() == 4000  # stored landscape
    attach(dialog, photo, monkeypatch)
    assert not dialog.save_button.isEnabled()  # read on the worker: Save waits for it
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=20_000)
    assert dialog.save_button.isEnabled()
    assert dialog.scan is not None
    kept = QImage.fromData(dialog.scan)
    assert (kept.width(), kept.height()) == (1800, MAX_SCAN_SIDE)  # upright: taller than wide
    assert dialog.error.text() == ""


def test_a_file_that_is_no_image_is_said_so(dialog: ConsentDialog, tmp_path: Path, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "form.jpg"
    text.write_text("not a photo", encoding="utf-8")
    attach(dialog, text, monkeypatch)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.scan is None and dialog.save_button.isEnabled()
    assert "not an image" in dialog.error.text()


def test_a_photo_on_a_stick_pulled_out_is_said_gone_not_no_image(dialog: ConsentDialog, tmp_path: Path,
                                                                  qtbot: QtBot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The photo chosen on a USB stick (a Kurdish-named folder), the stick pulled out before it was read:
    it was said to be no image, and the facilitator went looking for a broken photo."""
    stick = tmp_path / "فلاشی زەینەب" / "وێنەی فۆرمەکان"
    stick.mkdir(parents=True)
    photo = stick / "فۆرمی ڕەزامەندی ١.jpg"
    portrait_photo(photo)

    def chosen_then_pulled(*_a: object, **_k: object) -> tuple[str, str]:
        photo.unlink()
        stick.rmdir()
        stick.parent.rmdir()
        return str(photo), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen_then_pulled)
    dialog._attach_scan()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.scan is None and dialog.save_button.isEnabled()
    assert dialog.error.text() == ("The file is not there any more (was the USB stick removed?). "
                                   "Plug the stick in, or choose the file again.")
