"""The first-run wizard's passphrase page: the passphrase typed twice, its strength as it is typed, a
space at either end said, the two said to differ, and the warning that a lost passphrase loses the data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from desktop.ui.widgets import passphrase_rules
from desktop.ui.widgets.new_passphrase import NewPassphraseFields
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget(self)  # in a part that scrolls, as the other pages' lines (first_run._scrolled_body)
        # A space at either end (a paste from a note often brings one) is part of the passphrase: the
        # person who later types it without that space is told "Wrong passphrase" and nothing more.
        self.spaces = WordWrapLabel(self.body)
        self.spaces.setObjectName("passphrase_spaces")
        self.spaces.setStyleSheet("color: #8a4b00;")
        self.spaces.setHidden(True)
        # The form Settings → Change passphrase… and Export team key… use: the two masked fields, the
        # strength as it is typed and the two said to differ (desktop/ui/widgets/new_passphrase.py); a
        # grid, whose wrapped lines keep their heights where the page scrolls.
        self.fields = NewPassphraseFields("first_passphrase", "repeat_passphrase", self.body,
                                          under_strength=self.spaces)  # under the strength, above Repeat it
        self.first, self.second = self.fields.new, self.fields.again
        self.first_label, self.second_label = self.fields.new_label, self.fields.again_label
        self.strength, self.mismatch = self.fields.strength, self.fields.mismatch
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._changed)  # after the form's own lines
        self.warning = WordWrapLabel(self.body)
        self.warning.setStyleSheet("font-weight: bold;")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = scrolled(self.body, self, name="passphrase_page_scroll", column=True, follow_focus=True)
        outer.addWidget(self.scroller)
        # The warning in sight while the passphrase is typed again (where the page scrolls: a laptop at
        # 150 % with a larger text): below the fold, only the mouse reached it, and Tab, typing and Enter
        # for Next went past it unread.
        self.second.installEventFilter(self)
        column = QVBoxLayout(self.body)
        column.addWidget(self.fields)
        column.addWidget(self.warning)
        column.addStretch(1)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.second and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self._warning_in_sight)  # after the scroll to the field itself
        return super().eventFilter(watched, event)

    def _warning_in_sight(self) -> None:
        layout = self.body.layout()
        if layout is not None:
            layout.activate()
        self.scroller.ensureWidgetVisible(self.warning, 0, 0)
        self.scroller.ensureWidgetVisible(self.second, 0, 0)  # the field first, where both do not fit

    def retranslate(self) -> None:
        self.setTitle(self.tr("Create a passphrase"))
        self.setSubTitle(self.tr("The database on this laptop is encrypted with it."))
        self.first_label.setText(self.tr("&Passphrase"))
        self.second_label.setText(self.tr("&Repeat it"))
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.warning.setText(passphrase_rules.keep_it_safe_words())
        self._changed()

    def _changed(self) -> None:
        pw = self.first.text()
        self.fields.show_rules()  # the strength and the two differ (in the wizard's words)
        padded = bool(pw) and pw != pw.strip()
        self.spaces.setText(self.tr("It begins or ends with a space: the passphrase opens the database only when "
                                    "typed with that space, every time.") if padded else "")
        self.spaces.setHidden(not padded)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        pw = self.first.text()
        return passphrase_rules.acceptable(pw) and pw == self.second.text()
