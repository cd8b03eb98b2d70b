"""What the Codebook page does with typing not saved when another code is chosen in its tree.

The panel was filled with the other code's words and the typing was gone, without a word (a definition
half written, a click on the next code to check its name). Now the page asks: Save (then the other code
is shown once saved; a refusal keeps the typing in place), Discard, or Cancel (back to the typing).
The words keep the page's context, where they are translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core import codebook

if TYPE_CHECKING:
    from desktop.ui.coding.codebook_page import CodebookPage


def stays_on_typed_code(page: CodebookPage, code_id: str) -> bool:
    """Asked when ``code_id`` is chosen while the code shown has typing not saved; True when the panel
    stays on the code shown for now (Save or Cancel)."""
    left = page.shown_id
    if left is None or not page.has_typed() or page.model.row_for(left) is None or not page.save_btn.isEnabled():
        # Nothing typed; the code is gone (merged or deleted): nothing to keep it in; or a team code on
        # a laptop, read-only here: nothing could be saved.
        return False
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(
        page, translate("CodebookPage", "Code not saved"),
        translate("CodebookPage", "What you typed about this code is not saved. Save it before showing another code?"),
        buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Discard:
        return False
    QTimer.singleShot(0, lambda: page.select(left))  # back to the typing (not from inside this signal)
    if answer == QMessageBox.StandardButton.Save:
        fields = page.panel_fields()

        def saved(_code: object) -> None:
            page.forget_shown()
            page.select_when_loaded(code_id)

        page.run(lambda s: codebook.edit_code(s, left, **fields), saved)
    return True
