"""How consent is given, in the consent dialog (record_dialog): the ways (signed on screen, a signed paper
form, verbal or thumbprint with a witness), the page the chosen way shows (the signature pad beside what
signing means, a photo or scan of the paper form, the witness's name), and who obtained consent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import ConsentRecord
from desktop.ui.consent.form_words import SIGNATURE_MEANING, word
from desktop.ui.consent.record_closing import AsksBeforeClosing
from desktop.ui.consent.signature_pad import SignaturePad
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

METHODS = ("on_screen", "paper", "verbal_witness", "thumbprint_witness")


class ConsentMethods(AsksBeforeClosing):
    """The consent dialog's ways of consenting and who obtained consent, built by ``_build_methods``
    (ConsentDialog._build lays them out; ConsentDialog.retranslate gives them their words)."""

    error: WordWrapLabel  # the line beside Save: cleared as the facilitator acts
    lang: str  # the form's language

    def _build_methods(self, meaning: str, form_direction: Qt.LayoutDirection,
                       facilitator: str) -> tuple[FlowRow, QFormLayout]:
        """The ways of consenting (a row of choices), their pages, and who obtained consent: (the row of
        choices, the form of who obtained consent)."""
        # how consent is given
        self.method_box = QLabel()
        self.method_buttons = QButtonGroup(self)
        methods = self._methods_row = FlowRow([])
        for i, key in enumerate(METHODS):
            button = QRadioButton()
            button.setObjectName(f"method_{key}")
            self.method_buttons.addButton(button, i)
            methods.flow.addWidget(button)
        self.method_buttons.idToggled.connect(self._method_changed)
        self.method_pages = QStackedWidget()
        self.pad = SignaturePad()
        self.pad.setObjectName("signature_pad")
        self.pad.changed.connect(lambda: self.error.setText(""))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.pad.clear)
        self.meaning_label = WordWrapLabel(f"{word(SIGNATURE_MEANING, self.lang)}: {meaning}")
        self.meaning_label.setLayoutDirection(form_direction)
        self.meaning_label.setObjectName("signature_meaning")
        pad_page = QWidget()
        pad_layout = QHBoxLayout(pad_page)
        pad_layout.addWidget(self.pad, 2)
        side = QVBoxLayout()
        side.addWidget(self.meaning_label)
        side.addWidget(self.clear_button)
        side.addStretch(1)
        pad_layout.addLayout(side, 1)
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("attach_scan")
        self.scan_status = QLabel()
        paper_page = QWidget()  # one above the other where narrow: at 20 points they asked 951 pixels across
        paper_layout = QHBoxLayout(paper_page)
        paper_layout.addWidget(StackingRow([(self.scan_button, 0), (self.scan_status, 1)]))
        self.witness_edit = limit_line(QLineEdit(), ConsentRecord, "witness")
        self.witness_edit.setObjectName("witness")
        self.witness_edit.textChanged.connect(lambda: self.error.setText(""))
        witness_page = QWidget()
        self.witness_form = QFormLayout(witness_page)
        self.witness_label = QLabel()
        self.witness_label.setBuddy(self.witness_edit)
        self.witness_form.addRow(self.witness_label, self.witness_edit)
        for page in (pad_page, paper_page, witness_page):
            self.method_pages.addWidget(page)
        self.method_pages.setVisible(False)

        self.facilitator_edit = limit_line(QLineEdit(facilitator), ConsentRecord, "facilitator")
        self.facilitator_edit.setObjectName("facilitator")
        self.facilitator_edit.textChanged.connect(lambda: self.error.setText(""))  # its refusal goes as typed
        self.facilitator_label = QLabel()
        self.facilitator_label.setBuddy(self.facilitator_edit)
        who = self._who = QFormLayout()
        who.addRow(self.facilitator_label, self.facilitator_edit)
        return methods, who

    def _method_changed(self, index: int, checked: bool) -> None:
        if checked:
            self.method_pages.setVisible(True)
            self.method_pages.setCurrentIndex(min(index, 2))
            self.error.setText("")

    def method(self) -> str | None:
        index = self.method_buttons.checkedId()
        return METHODS[index] if index >= 0 else None
