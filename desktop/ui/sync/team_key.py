"""A team file read and its central key shown for comparison: the Sync page's Join a team… and the
first-run wizard's "Join a team" show it alike.

A team file travels on USB sticks and messaging apps, so holding one proves nothing (DESIGN.md,
"Bundles and sync"): the team's name and the fingerprint of its central key are shown, the
fingerprint large, in a monospace font and left to right in every interface language, for the
facilitator to compare group by group with the one the coordinator reads out on the phone. A file
that cannot be used is one translated line, never a traceback.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop.sync.errors import BundleError
from desktop.sync.team_file import TeamFile, read_team_file
from desktop.ui.sync import texts
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_choice import WrappedCheckBox


def fingerprint_label(parent: QWidget) -> QLabel:
    """The label a key fingerprint is shown in: large, monospace, selectable, left to right."""
    label = QLabel(parent)
    label.setObjectName("team_key_fingerprint")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    keep_relative_font(label, parent, scale=1.6, minimum=14.0, monospace=True)
    # Hex digits and spaces read left to right in every interface language (place it with
    # ``align_fingerprint``: at the start of the line the page reads).
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    align_fingerprint(label, parent.layoutDirection())
    return label


def align_fingerprint(label: QLabel, page_direction: Qt.LayoutDirection) -> None:
    """Under its label: at the right in a right-to-left page, still read left to right."""
    side = Qt.AlignmentFlag.AlignRight if page_direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


class TeamKeyView(QWidget):
    """Team name, key fingerprint, the words that say to compare it, and the refusal of a bad file.

    With ``confirm=True`` a check box ("The fingerprint matches…") must be ticked as well before
    ``accepted()`` is true: for a screen whose next button is not itself "Join this team" (the
    wizard's Finish). ``changed`` is emitted whenever ``accepted()`` may have changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("team_key_view")
        self.team_file: TeamFile | None = None
        self.path: Path | None = None
        # The name is the file's, and the file is public: anyone may make one with a name of their choosing
        # (a fingerprint-like string, "Fingerprint of the team's key:" before it, or markup such as <br> and
        # <font size=7>, which a label of automatic format drew as rich text, or its words wrapped on to
        # lines of their own right above the real fingerprint). It is plain text on one line, cut with "…"
        # in its own label, and set apart from the fingerprint, which alone is large and monospace.
        self.team_label, self.fingerprint_label = ElidedLabel(self, interface_side=True), QLabel(self)
        self.team_label.setObjectName("team_name")
        self.team_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = fingerprint_label(self)
        self.compare, self.error = WordWrapLabel(self), WordWrapLabel(self)
        self.error.setObjectName("team_file_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        # Its words wrap: on one line they made the first start's last page wider than a laptop's screen.
        self.confirm: QCheckBox | None = WrappedCheckBox(self) if confirm else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.team_label)
        layout.addSpacing(self.fontMetrics().height())  # the name apart from the fingerprint and its heading
        for label in (self.fingerprint_label, self.fingerprint, self.compare):
            layout.addWidget(label)
        if self.confirm is not None:
            self.confirm.setObjectName("fingerprint_matches")
            self.confirm.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        self.error.setVisible(False)  # no room taken while there is nothing to say
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.team_file is not None
        if self.team_file is not None:
            # Runs of spaces are one: many of them pushed a fingerprint at the name's end to the far side of
            # the line, where it stood as a field of its own.
            name = " ".join(self.team_file.team_name.split())
            # In its own direction (isolated), as in the status bar: an Arabic name in an English line took
            # the colon to its side ("Team :…"), and a forged name cannot reorder the words around it.
            self.team_label.setText(self.tr("Team: %1").replace("%1", isolated(name)))
            # Its tooltip (the whole name) is plain text too: a tooltip of automatic format draws markup.
            self.team_label.setToolTip(f"<p>{html.escape(self.team_label.text())}</p>")
            self.fingerprint_label.setText(self.tr("Fingerprint of the team's key:"))
            self.fingerprint.setText(self.team_file.central_key_fingerprint)
            self.compare.setText(self.tr(
                "Call your coordinator and compare this fingerprint with theirs, group by group. "
                "Join only if every character is the same."))
        else:
            for label in (self.team_label, self.fingerprint_label, self.fingerprint, self.compare):
                label.setText("")
        for label in (self.team_label, self.fingerprint_label, self.fingerprint, self.compare):
            label.setVisible(shown)
        if self.confirm is not None:
            self.confirm.setText(self.tr("The fingerprint &matches the one my coordinator read out"))
            self.confirm.setVisible(shown)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the team's key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:  # the fingerprint's own stays left to right
            align_fingerprint(self.fingerprint, self.layoutDirection())
        super().changeEvent(event)

    def load(self, path: Path) -> TeamFile | None:
        """Read and check the team file (a few kilobytes: signature and layout) and show its key; a
        file that cannot be used is said on the error line, in the interface language."""
        self.say_error("")
        self.path, self.team_file = path, None
        if self.confirm is not None:
            self.confirm.setChecked(False)  # a comparison was of the file chosen before
        try:
            self.team_file = read_team_file(path)
        except (BundleError, OSError) as exc:
            refused = exc
            self.say_error(lambda: texts.error_message(refused))
        self.retranslate()
        self.changed.emit()
        return self.team_file

    def say_error(self, words: str | Words) -> None:
        """One line on the error line (a function: said again in the next language), or none."""
        say(self.error, words)
        self.error.setVisible(bool(words))

    def clear(self) -> None:
        self.say_error("")
        self.path, self.team_file = None, None
        if self.confirm is not None:
            self.confirm.setChecked(False)
        self.retranslate()
        self.changed.emit()

    def accepted(self) -> bool:
        """A usable team file is shown (and, with a check box, its fingerprint was said to match)."""
        if self.team_file is None:
            return False
        return self.confirm is None or self.confirm.isChecked()

    def central_key(self) -> str | None:
        """The central key whose fingerprint is shown: the one joining must enrol."""
        return self.team_file.central_verify_key if self.team_file is not None else None
