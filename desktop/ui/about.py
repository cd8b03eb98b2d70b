"""Help → About: the version, Majlis's licence, and every bundled library's and font's licence.

The licences come from ``desktop/resources/THIRD_PARTY_NOTICES.txt``, generated from the installed
distributions' metadata (shipping/notices.py) and carried by the wheel and the PyInstaller folder.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import __version__
from desktop.i18n.digits import apply_digits
from desktop.ui.qt_i18n import active_digits, resources_dir
from desktop.ui.widgets.read_only_look import mark_reading
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


def notices_path() -> str:
    return str(resources_dir() / "THIRD_PARTY_NOTICES.txt")


def notices_text() -> str:
    with open(notices_path(), encoding="utf-8") as handle:
        return handle.read()


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        fit_resize(self, 720, 560)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = WordWrapLabel(self)
        self.licences_label = QLabel(self)
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        mark_reading(self.licences)
        self.licences.setPlainText(notices_text())
        # Licence texts are English legal texts: they read left to right whatever the interface.
        self.licences.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.licences_label.setBuddy(self.licences)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.licences_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Majlis"))
        self.heading.setText(self.tr("Majlis {version}").format(version=__version__))
        # "version 3" in the chosen digits like every number in a sentence (the translations wrote "٣"
        # whatever the setting); the programme's own version above is a name and stays as released.
        self.summary.setText(apply_digits(self.tr(
            "Majlis is free software under the GNU General Public License, version 3 or later. "
            "It uses Qt under the GNU Lesser General Public License, the Noto Arabic fonts under "
            "the SIL Open Font License, and the libraries listed below under their own licences."
        ), active_digits()))
        self.licences_label.setText(self.tr("&Licences:"))
        self.licences.setAccessibleName(self.tr("Licences of Majlis and the libraries it uses"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
