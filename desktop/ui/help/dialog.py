"""The help window: a list of topics and the topic itself in a QTextBrowser, in the interface language.

It is not modal, so the facilitator can keep it beside the transcript; F1 anywhere brings it back on
the topic for what is on screen. Opened over a modal dialog (the consent dialog), it is that
dialog's child, so it is not blocked by it. Links between topics and the screenshots are relative
paths in the HTML files, resolved by QTextBrowser against the topic's own file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.languages import is_rtl
from desktop.ui.help.topics import INDEX, TOPICS, topic_of_path, topic_path, topic_title
from desktop.ui.qt_i18n import active_language
from desktop.ui.widgets.read_only_look import mark_reading
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.splitter import Splitter

HELP_KEY = "F1"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        fit_resize(self, 900, 640)
        self.topic = INDEX
        self.lang = active_language()
        self.topics = QListWidget(self)
        self.topics.setObjectName("help_topics")
        # A long name wraps at whole words in the list's width: at 20 points on a laptop at 150 % the
        # longer names ran past the list's 230 pixels, cut, the rest behind a scroll bar under the list.
        self.topics.setWordWrap(True)
        self.topics.setResizeMode(QListView.ResizeMode.Adjust)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        mark_reading(self.browser)
        self.browser.setOpenExternalLinks(False)  # offline app: nothing opens a web browser
        splitter = Splitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 670])
        self.contents_button = QPushButton(self)
        self.contents_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.contents_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        self.contents_button.clicked.connect(lambda: self.show_topic(INDEX))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.topics.currentRowChanged.connect(self._topic_chosen)
        self.browser.sourceChanged.connect(self._source_changed)
        self._fill_topics()
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Majlis help"))
        self.contents_button.setText(self.tr("&Contents"))
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.browser.setAccessibleName(self.tr("Help text"))

    def _fill_topics(self) -> None:
        self.topics.blockSignals(True)
        self.topics.clear()
        for key in TOPICS:
            item = QListWidgetItem(topic_title(key, self.lang), self.topics)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.topics.setCurrentRow(TOPICS.index(self.topic))
        self.topics.blockSignals(False)

    # --- showing ---------------------------------------------------------------------------------
    def show_topic(self, topic: str, anchor: str = "") -> None:
        """Show ``topic`` (a key of TOPICS) in the interface language, at ``anchor`` if given."""
        self.topic = topic
        url = QUrl.fromLocalFile(str(topic_path(topic, self.lang)))
        if anchor:
            url.setFragment(anchor)
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight
        self.browser.setLayoutDirection(direction)
        self.browser.setSource(url)

    def current_text(self) -> str:
        return self.browser.toPlainText()

    def _topic_chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS) and TOPICS[row] != topic_of_path(self.browser.source().toLocalFile()):
            self.show_topic(TOPICS[row])

    def _source_changed(self, url: QUrl) -> None:
        topic = topic_of_path(url.toLocalFile())  # a link followed inside the text
        if topic is None:
            return
        self.topic = topic
        self.topics.blockSignals(True)
        self.topics.setCurrentRow(TOPICS.index(topic))
        self.topics.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if active_language() != self.lang:  # the page follows the interface, on the same topic
                self.lang = active_language()
                self._fill_topics()
                self.show_topic(self.topic)
        super().changeEvent(event)


def show_help(parent: QWidget | None, topic: str, anchor: str = "") -> HelpDialog:
    """Open (or bring back) the help window of ``parent``'s window on ``topic``."""
    owner = parent.window() if parent is not None else None
    dialog = (owner.findChild(HelpDialog, "help_dialog", Qt.FindChildOption.FindDirectChildrenOnly)
              if owner is not None else None)
    if dialog is None:
        dialog = HelpDialog(owner)
    elif dialog.lang != active_language():
        dialog.lang = active_language()
        dialog._fill_topics()
    dialog.show_topic(topic, anchor)
    if dialog.isVisible():
        dialog.raise_()  # behind the window it helps with: bring it back
    dialog.show()
    dialog.activateWindow()
    return dialog


def install_f1(widget: QWidget, topic: str, anchor: str = "") -> QShortcut:
    """F1 in ``widget``'s window opens ``topic`` (for dialogs; the main window has a Help menu)."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), widget)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(widget, topic, anchor))
    return shortcut
