"""The consent form on a 1366x768 laptop at 150 % display scaling: full screen, 911x512 logical pixels.

As it opened it fitted (tests/ui/test_laptop_screen.py measures it so). Once a way of consenting was
chosen the signature pad, the photo of a paper form or the witness's name showed below the form, and
the dialog asked for 557 pixels of height: it grew past the screen's bottom, with Save consent and
Cancel under it, out of reach of the mouse. Beside the pad, what a signature means (at the form's 18
points, in a third of the width) needed 246 pixels and had 123: cut at its top and bottom. Now the
parts above Save and Cancel scroll when the screen is short, every line of the meaning counted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import focus_group, template_texts
from tests.i18n.test_i18n_screens import settle

FULL_SCREEN = (911, 512)  # 1366x768 at 150 %: what a full-screen window gets


def on_screen(widget: QWidget, dialog: ConsentDialog) -> bool:
    """The whole of ``widget`` lies inside the laptop's screen (the dialog's top left at its corner)."""
    corner = widget.mapTo(dialog, QPoint(0, 0))
    return QRect(0, 0, *FULL_SCREEN).contains(QRect(corner, widget.size()))


@pytest.mark.parametrize(("lang", "points"), [("ckb", None), ("ar", None), ("ckb", 20.0), ("en", 20.0)])
def test_save_and_cancel_stay_on_the_screen_with_a_way_of_consenting_chosen(
        lang: str, points: float | None, ctx: AppContext, store: Store, qtbot: QtBot,
        language: LanguageManager) -> None:
    """At 20 points (Settings → Font size) the paper form's row, 'Attach a photo or scan of the signed
    form (optional)…' beside 'No scan attached.', asked 951 pixels in Kurdish: with any way of consenting
    chosen (the ways' parts are one stack, as wide as its widest) the dialog was 987 wide, past the
    screen's 911, its right side (where Kurdish starts its lines) cut off."""
    language.set_language(lang)
    language.set_font_size(points)
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language=lang)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(*FULL_SCREEN)
    dialog.show()
    settle()
    too_tall, off_screen, cut = [], [], []
    for read_aloud in (False, True):
        dialog.read_aloud_button.setChecked(read_aloud)
        for i, button in enumerate(dialog.method_buttons.buttons()):
            button.setChecked(True)
            settle()
            step = f"{'read aloud, ' if read_aloud else ''}method {i}"
            if dialog.height() > FULL_SCREEN[1]:
                too_tall.append((step, dialog.height()))
            if dialog.width() > FULL_SCREEN[0]:
                too_tall.append((f"{step} (width)", dialog.width()))
            off_screen += [(step, b.text()) for b in (dialog.save_button, dialog.cancel_button)
                           if not on_screen(b, dialog)]
            meaning = dialog.meaning_label  # all its lines laid out: on screen, or scrolled to beside the pad
            if i == 0 and meaning.height() < meaning.heightForWidth(meaning.width()):
                cut.append((step, meaning.height(), meaning.heightForWidth(meaning.width())))
    assert not too_tall, f"larger than the screen's {FULL_SCREEN} pixels: {too_tall}"
    assert not off_screen, off_screen
    assert not cut, f"the signature's meaning cut (height, needed): {cut}"
