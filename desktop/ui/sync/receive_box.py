"""The widgets of the Sync page's "Receive and merge" box, built and laid out: a second coordinator's
note (on a laptop the centre's roster names a coordinator), the import buttons,
the team key line, the drop hint, the import's progress bar with its Cancel button, the note of what
waits for the import, the last import's summary (and the button to its refused and held files), the devices table, and the panels the page gives it
(conflicts, roster). The page connects them and says what they say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.sync.devices_table import DevicesTable
from desktop.ui.sync.import_progress import ImportProgress
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class ReceiveBox:
    """``box`` (a child of ``page``, hidden until the page knows it is a coordinator's) and its widgets."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        self.box = QGroupBox(page)
        self.box.setObjectName("receive")
        self.import_button, self.key_button = QPushButton(), QPushButton()
        # A USB stick of two hundred bundles, a folder per laptop: chosen here, not only dropped (a file
        # manager beside the window), nor its files picked folder by folder. No Alt letter: the Sync
        # page's letters are taken in every language.
        self.folder_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = ImportProgress(ctx.language)
        # Wrapped: in one line, a long hint at a large text size made the page scroll sideways.
        self.key_label, self.drop_hint = WordWrapLabel(), WordWrapLabel()
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name on a stick, anyone's choosing
        # What the last import did, beside the button that started it (the results list is at the
        # bottom of a long page, out of sight on a laptop screen).
        self.import_summary = WordWrapLabel()
        self.import_summary.setVisible(False)
        # Under the summary when files were refused or held: Results, where they are listed, is the last
        # thing on a page three screens tall at 20 points. No Alt letter (they are taken on this page).
        self.show_problems = QPushButton()
        self.show_problems.setObjectName("show_problems")
        self.show_problems.setVisible(False)
        self.devices = DevicesTable(page, ctx.language.format_number)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress_row = QWidget()
        running = QHBoxLayout(self.progress_row)
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        # Idle, an empty bar reads as a text box: it is shown only while files are imported.
        self.progress_row.setVisible(False)
        # What waits for the import (the one DB worker): greyed, and said why.
        self.waits_note = WordWrapLabel()
        self.waits_note.setObjectName("waits_for_import")
        self.waits_note.setVisible(False)
        # On a second coordinator's laptop (not the centre): where its key comes from, and that laptops
        # are approved at the centre.
        self.second_note = WordWrapLabel()
        self.second_note.setObjectName("second_coordinator_note")
        self.second_note.setVisible(False)
        self._layout: QVBoxLayout | None = None

    def lay_out(self, conflicts: QWidget) -> None:
        """The second coordinator's note, buttons, key line, drop hint, progress, what waits, summary, devices, then ``conflicts``."""
        # On two lines where the page is narrow (larger text on a laptop): in one, the page scrolled sideways.
        buttons = FlowRow([self.import_button, self.folder_button, self.key_button])
        self._layout = receive = QVBoxLayout(self.box)
        receive.addWidget(self.second_note)
        receive.addWidget(buttons)
        receive.addWidget(self.key_label)
        receive.addWidget(self.drop_hint)
        receive.addWidget(self.progress_row)
        receive.addWidget(self.waits_note)
        receive.addWidget(self.import_summary)
        receive.addWidget(self.show_problems, 0, Qt.AlignmentFlag.AlignLeft)
        receive.addWidget(self.devices.label)
        receive.addWidget(self.devices.view, 2)
        receive.addWidget(self.devices.status)
        receive.addWidget(conflicts, 1)

    def add_last(self, panel: QWidget) -> None:
        """A panel under the others (the roster's), once ``lay_out`` placed them."""
        assert self._layout is not None
        self._layout.addWidget(panel)
