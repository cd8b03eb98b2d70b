"""Decide a conflict with its context: where the text is, who wrote each version and when, and
what differs word by word. Keep the current text, keep the other version, or edit a merge.

The current text (``value_b``, the higher clock reading) is what the database holds now; the other
version is the concurrent edit that lost the clock race and is kept only here until a person decides.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.conflict_context import ConflictContext, DiffOp, VersionInfo, word_diff
from desktop.sync.conflicts import ConflictView
from desktop.ui.help.dialog import install_f1
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.device_name import device_name, isolated
from desktop.ui.widgets.scroll_frame import FillingPart, scrolled
from desktop.ui.widgets.separator import separator
from desktop.ui.widgets.text_limits import LongTextLimit

DELETED_STYLE = "background-color:#fbd3d0; text-decoration: line-through;"
INSERTED_STYLE = "background-color:#cdeccd; font-weight:bold;"


def diff_html(old: str, new: str, side: str) -> str:
    """One side of the word difference as HTML: ``side`` "old" marks deletions, "new" insertions."""
    return side_html(word_diff(old, new), side)


def side_html(runs: list[tuple[DiffOp, str]], side: str) -> str:
    """One side of a word difference already made (``word_diff``) as HTML."""
    parts = []
    for op, text in runs:
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "equal":
            parts.append(escaped)
        elif op == "delete" and side == "old":
            parts.append(f'<span style="{DELETED_STYLE}">{escaped}</span>')
        elif op == "insert" and side == "new":
            parts.append(f'<span style="{INSERTED_STYLE}">{escaped}</span>')
    return "".join(parts)


class ConflictWords(QObject):
    """The words naming where a conflict sits (shared by the dialog and the conflicts list)."""

    def where(self, c: ConflictContext) -> str:
        lines = []
        if c.session_title or c.session_id:
            lines.append(self.tr("Session: %1").replace("%1", c.session_title or self.tr("(untitled)")))
        places = {
            "turn": self.tr("A turn of the transcript"), "agenda_notes": self.tr("The notes of an agenda item"),
            "decision": self.tr("A decision"), "summary": self.tr("The session's summary"),
            "coding_memo": self.tr("The memo of a coding"), "memo": self.tr("A memo"), "other": self.tr("A text"),
        }
        lines.append(places[c.place])
        if c.place == "turn":
            lines.append(self.tr("Speaker: %1").replace(
                "%1", self.tr("the facilitator") if c.facilitator_speaks else c.speaker))
        if c.section:
            lines.append(self.tr("Agenda item: %1").replace("%1", c.section))
        return separator().join(lines)


def where_text(context: ConflictContext) -> str:
    return ConflictWords().where(context)


class ConflictDialog(QDialog):
    """After ``accepted``: ``choice`` is "b" (keep current), "a" (keep the other) or "edit" with ``text``."""

    def __init__(
        self,
        conflict: ConflictView,
        context: ConflictContext | None = None,
        format_when: Callable[[dt.datetime], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict, self.context = conflict, context
        self.format_when = format_when or (lambda when: when.isoformat(timespec="minutes"))
        self.choice = ""
        self.text = ""
        self.setObjectName("conflict_dialog")
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.mine_label, self.theirs_label, self.merged_label = QLabel(self), QLabel(self), QLabel(self)
        self.mine_info, self.theirs_info = QLabel(self), QLabel(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        for label in (self.mine_info, self.theirs_info):
            label.setWordWrap(True)
        self.mine, self.theirs, self.merged = QTextEdit(self), QTextEdit(self), QTextEdit(self)
        # The other version is the older reading: its removed words show struck out, the current
        # text's new words in bold on green.
        runs = word_diff(conflict.value_a, conflict.value_b)  # once for both sides
        self.theirs.setHtml(side_html(runs, "old"))
        self.mine.setHtml(side_html(runs, "new"))
        for edit in (self.mine, self.theirs):
            edit.setReadOnly(True)
        self.merged.setAcceptRichText(False)
        self.merged.setTabChangesFocus(True)  # Tab moves on to the buttons; it typed a tab character there
        self.merged_limit = LongTextLimit(self.merged)
        self.merged.setPlainText(conflict.value_b)
        self.mine_label.setBuddy(self.mine)
        self.theirs_label.setBuddy(self.theirs)
        self.merged_label.setBuddy(self.merged)
        grid = QGridLayout()
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine_info, 1, 0)
        grid.addWidget(self.theirs_info, 1, 1)
        grid.addWidget(self.mine, 2, 0)
        grid.addWidget(self.theirs, 2, 1)
        grid.setRowStretch(2, 3)
        self.buttons = QDialogButtonBox(self)
        self.keep_mine, self.keep_theirs, self.save_edit = QPushButton(self), QPushButton(self), QPushButton(self)
        for button in (self.keep_mine, self.keep_theirs, self.save_edit):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.keep_mine.clicked.connect(lambda: self._choose("b"))
        self.keep_theirs.clicked.connect(lambda: self._choose("a"))
        self.save_edit.clicked.connect(lambda: self._choose("edit"))
        # Emptied (all selected to type it again, then Save pressed): the turn was saved as nothing, both
        # versions gone from it. An empty version is kept with Keep current or Keep other.
        self.merged.textChanged.connect(self._edited)
        self._edited()
        # What is above the buttons scrolls where the window is shorter than it (a 1366x768 laptop at
        # 150 % with the text at 14 points): at their least, one above the other, the buttons stood
        # under the task bar.
        body = FillingPart(self)  # the boxes take the room there is; it scrolls only below their least
        upper = QVBoxLayout(body)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.where)
        upper.addLayout(grid, 3)
        upper.addWidget(self.legend)
        upper.addWidget(self.merged_label)
        upper.addWidget(self.merged, 2)
        self.merged_label.setWordWrap(True)  # its long words asked for 634 to 831 pixels on one line
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body, self, column=True), 1)
        layout.addWidget(self.buttons)
        self._size_to_parent(parent)
        self.retranslate()
        self._fit_buttons()
        install_f1(self, "conflicts")

    def _size_to_parent(self, parent: QWidget | None) -> None:
        """Two texts side by side and a merge box need room: most of the window, never a slit, and never
        more than the screen (a 1366x768 laptop at 150 % has 911x464 logical pixels under its task bar)."""
        most = screen_fit.room(self)
        self.setMinimumSize(min(720, most.width()), min(520, most.height()))
        window = parent.window() if parent is not None else None
        if window is not None and window.width() > 0:
            screen_fit.fit_resize(self, max(900, int(window.width() * 0.85)), max(640, int(window.height() * 0.85)))
        else:
            screen_fit.fit_resize(self, 960, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.where.setText(self.where_text())
        # The labels' Alt letters are not the buttons': Alt+C (Keep current) must press the button, not
        # cycle between it and the box above (in Arabic and Kurdish as well).
        self.mine_label.setText(self.tr("Current &text (kept now):"))
        self.theirs_label.setText(self.tr("Other &version:"))
        self.merged_label.setText(self.tr("&Edited text (start from the current text, take words from the other):"))
        self.legend.setText(self.tr("Words only in the other version are struck out; words only in the current text are in bold."))
        if self.context is not None:
            self.mine_info.setText(self.version_text(self.context.b))
            self.theirs_info.setText(self.version_text(self.context.a))
        self.mine.setAccessibleName(self.tr("Current text"))
        self.theirs.setAccessibleName(self.tr("Other version"))
        self.merged.setAccessibleName(self.tr("Edited text"))
        self.keep_mine.setText(self.tr("Keep &current"))
        self.keep_theirs.setText(self.tr("Keep &other"))
        self.save_edit.setText(self.tr("&Save edited text"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        """The buttons side by side, or one above the other where the screen is narrower than their row:
        at 20 to 24 points in Kurdish the row asked for 925 to 1,104 pixels, and the window ran past the
        side of a netbook's or a laptop's screen (at 150 %), Save edited text cut and Cancel out of sight."""
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        side = margins.left() + margins.right() if margins is not None else 0
        if self.buttons.sizeHint().width() + side > screen_fit.room(self).width():
            self.buttons.setOrientation(Qt.Orientation.Vertical)

    def where_text(self) -> str:
        return where_text(self.context) if self.context is not None else ""

    def version_text(self, version: VersionInfo) -> str:
        # A laptop's name (often Latin, often ending in a number: "Erbil laptop 2") is isolated from
        # the date after it: in Arabic or Kurdish the two ran together as "Erbil laptop 2، 2ی…".
        # A device on the roster without a label is named by its id, as the Sync page names it;
        # only one this database has never heard of is "an unknown device".
        if version.device_name or version.on_roster:
            device = isolated(device_name(version.device_name, version.device_id))
        else:
            device = self.tr("an unknown device")
        when = self.format_when(version.written_at) if version.written_at is not None else self.tr("unknown time")
        text = self.tr("From %1, %2").replace("%1", device).replace("%2", when)
        if version.author:
            text += separator() + self.tr("recorded by %1").replace("%1", isolated(version.author))
        return text

    def _edited(self) -> None:
        self.save_edit.setEnabled(bool(self.merged.toPlainText().strip()))

    def _choose(self, choice: str) -> None:
        if choice == "edit" and not self.merged.toPlainText().strip():
            return
        self.choice = choice
        self.text = self.merged.toPlainText()
        self.accept()
