"""How the consent dialog (record_dialog) closes: never with the participant's answers dropped
without a word, whichever way it is closed (Cancel, Escape, the window's close button)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.ui.consent.clause_widgets import ClauseRow
from desktop.ui.consent.signature_pad import SignaturePad
from desktop.ui.widgets.confirm import confirm_removal


class AsksBeforeClosing(QDialog):
    """The consent dialog's closing; what it holds is built by ConsentDialog."""

    clause_rows: list[ClauseRow]
    pad: SignaturePad
    scan: bytes | None
    witness_edit: QLineEdit
    facilitator_edit: QLineEdit

    def has_answers(self) -> bool:
        """Something the participant or the facilitator gave in this form: an answer, a signature, a
        scan, a witness's name, or a name typed as who obtained consent (one standing there from
        Settings or the session is nothing typed)."""
        typed_name = self.facilitator_edit.isModified() and bool(self.facilitator_edit.text().strip())
        return (any(row.answer() is not None for row in self.clause_rows) or not self.pad.is_empty()
                or self.scan is not None or bool(self.witness_edit.text().strip()) or typed_name)

    def may_drop_answers(self) -> bool:
        """True if nothing was given in the form, or the facilitator says Yes to dropping it; No, the
        default, keeps the form open as it is."""
        return not self.has_answers() or confirm_removal(
            self, QCoreApplication.translate("ConsentDialog", "Close the consent form"),
            QCoreApplication.translate("ConsentDialog", "Close the form? The answers given in it are not saved."))

    def cancel(self) -> None:
        """Escape or Cancel: a form with answers is not dropped without a word (an Escape pressed by
        mistake after the form was read aloud lost every answer and the signature)."""
        if self.may_drop_answers():
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (title bar, Alt+F4) asks as Cancel does. Only a close the window
        system delivers (a spontaneous event) asks: a close by the program (quitting, closeAllWindows,
        a test's clean-up) never waits on a question, and while Majlis is locked the cover over the
        form takes the close button's event before it gets here (lock_cover)."""
        if (event.spontaneous() and self.isVisible() and not QCoreApplication.closingDown()
                and not self.may_drop_answers()):
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def exec_full_screen(self) -> int:
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        return self.exec()
