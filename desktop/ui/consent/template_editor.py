"""Editing the clauses of a consent form and publishing them as a new version (ar, ckb, en tabs).

The team's form on a laptop in its team is the centre's to change (``consent.publish_version`` refuses
it): should the editor open on it, it shows the form read-only with the line that says why, like the
team's codes and organisations, rather than taking a whole form text that would then be refused.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import consent, consent_views, published_forms
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.core.field_text import one_line
from desktop.core.models import ConsentTemplate
from desktop.core.reference import CONSENT_CLAUSES
from desktop.i18n.languages import LANGUAGES, is_rtl, native_name
from desktop.ui.consent.form_parts import focus_in_view
from desktop.ui.consent.page_models import form_label
from desktop.ui.context import AppContext
from desktop.ui.labels.consent_changes import clause_name
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.fitted_text import FittedTextEdit
from desktop.ui.widgets.fitting_tabs import FittingTabs
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.screen_fit import fit_resize
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.team_row_note import TeamRowNote
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

Index = QModelIndex | QPersistentModelIndex


class ClausesModel(QAbstractTableModel):
    """Clause key (fixed), text (editable), required (a check box)."""

    def __init__(self, rows: list[list[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows  # [clause_key, text, required]
        self.read_only = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Clause"), self.tr("Text"), self.tr("Required"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is not an item (Qt's model tester checks this)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 2:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row[2] else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return clause_name(row[0])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            self.rows[index.row()][1] = str(value)
        elif index.column() == 2 and role == Qt.ItemDataRole.CheckStateRole:
            self.rows[index.row()][2] = Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def add(self, key: str) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([key, "", False])
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()


class ClauseTextDelegate(QStyledItemDelegate):
    """A clause's editing box starting at the right edge in a right-to-left language's tab. Qt's box, made
    inside the table, takes its direction from its text, and from the keyboard while it is empty: a new
    clause's box in the Arabic tab had its cursor at the left edge."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and parent.isRightToLeft():
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignVCenter)
        return editor


class LanguageTab(QWidget):
    def __init__(self, lang: str, text: consent.TemplateText | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        self.title = limit_line(QLineEdit(text.title if text else ""), ConsentTemplate, "title")
        # As tall as its text (two lines at least): the clauses below in sight. Free text (FreeTextEdit): Tab
        # goes on to the next field, the centre's limit kept, a paste taken as the plain text that is stored.
        self.body = FittedTextEdit()
        self.body.setPlainText(text.body if text else "")
        self.meaning = FittedTextEdit()
        self.meaning.setPlainText(text.signature_meaning if text else "")
        rows = [[c.clause_key, c.text, c.required] for c in text.clauses] if text else []
        self.model = ClausesModel(rows, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, ClauseTextDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.title, self.body, self.meaning), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)

    def set_read_only(self) -> None:
        for field in (self.title, self.body, self.meaning):
            field.setReadOnly(True)
        self.model.read_only = True  # neither a clause's text nor its Required box changes

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Title:"))
        self.labels[1].setText(self.tr("Te&xt of the form:"))
        self.labels[2].setText(self.tr("What the &signature means:"))
        self.table.setAccessibleName(self.tr("Clauses"))

    def has_text(self) -> bool:
        """Anything typed in this language besides a title: the form's text, the signature's meaning, a clause."""
        return bool(self.body.toPlainText().strip() or self.meaning.toPlainText().strip()
                    or any(str(text).strip() for _key, text, _required in self.model.rows))

    def text(self) -> consent.TemplateText | None:
        if not one_line(self.title.text()):  # a title of invisible marks only is no title
            return None
        clauses = [consent.ClauseSpec(k, t, bool(r)) for k, t, r in self.model.rows]
        return consent.TemplateText(self.title.text(), self.body.toPlainText(), self.meaning.toPlainText(), clauses)


class TemplateEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, template_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.template_key = ctx, template_key
        self.published_version: int | None = None
        self.read_only = False  # the team's form on a laptop: shown, never a new version here
        texts = read_now(ctx, lambda s: consent_views.template_texts(s, template_key))
        self.tabs = FittingTabs()
        self.language_tabs = [LanguageTab(language.code, texts.get(language.code)) for language in LANGUAGES]
        for tab, language in zip(self.language_tabs, LANGUAGES, strict=True):
            # Scrolls when the window is shorter than the tab: on a 1366x768 laptop at 150 % with the
            # text one step larger, the fields one above the other ran Publish under the task bar.
            self.tabs.addTab(scrolled(tab, column=True), language.native_name)
        self.tabs.setCurrentIndex(self._first_tab(str(ctx.language.language)))
        self.add_key = ChoiceBox()
        for key in CONSENT_CLAUSES:  # the facilitator reads the clause's name; the key is the data
            self.add_key.addItem(clause_name(key), key)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.error = WordWrapLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publish")
        self.publish_button.clicked.connect(self.publish)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.team_note = TeamRowNote()
        tools = QHBoxLayout()
        tools.addWidget(self.add_key)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(tools)
        layout.addLayout(buttons)
        # No button is the default: Enter typed at the end of the title added an empty clause (Add clause,
        # the first button, was taken for the default) out of sight, and Publish then refused the form.
        for button in (self.add_button, self.remove_button, self.cancel_button, self.publish_button):
            button.setAutoDefault(False)
        # Remove clause only with a clause chosen in the tab in front (else it was pressed and did nothing).
        for tab in self.language_tabs:
            tab.table.selectionModel().currentChanged.connect(lambda *_: self._can_remove())
            tab.model.rowsRemoved.connect(lambda *_: self._can_remove())
        self.tabs.currentChanged.connect(lambda _i: self._can_remove())
        self._can_remove()
        fit_resize(self, 900, 700)
        self.retranslate()
        if read_now(ctx, lambda s: consent.is_team_form(s, template_key)):
            self._read_only()
        self._as_opened = self._typed()

    def _first_tab(self, lang: str) -> int:
        """The tab in front as the editor opens: the interface's language where the form has it (a coordinator
        working in Kurdish met the Arabic form first, and a clause added there went into the Arabic text),
        else the form's first language with a title; a new form, the interface's language."""
        titled = [i for i, tab in enumerate(self.language_tabs) if tab.title.text().strip()]
        own = [i for i, tab in enumerate(self.language_tabs) if tab.lang == lang]
        if own and (own[0] in titled or not titled):
            return own[0]
        return titled[0] if titled else 0

    def _typed(self) -> list[tuple[str, str, str, list[list[Any]]]]:
        return [(tab.title.text(), tab.body.toPlainText(), tab.meaning.toPlainText(), [list(r) for r in tab.model.rows])
                for tab in self.language_tabs]

    def may_drop_text(self) -> bool:
        """True if nothing was changed in the form, or the person says Yes to dropping the changes; No,
        the default, keeps the editor open as it is."""
        return self.read_only or self._typed() == self._as_opened or confirm_removal(
            self, self.tr("Close the form editor"),
            self.tr("Close without publishing? What was typed in the form is not kept."))

    def reject(self) -> None:
        """Cancel or Escape: a form's text typed in three languages is not dropped without a word (an
        Escape pressed by mistake lost all of it)."""
        if self.may_drop_text():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks as Cancel does; a close by the program (quitting, a lock,
        a test's clean-up) never waits on a question."""
        if (event.spontaneous() and self.isVisible() and not QCoreApplication.closingDown()
                and not self.may_drop_text()):
            event.ignore()
            return
        self._as_opened = self._typed()  # asked (or nothing to ask): QDialog's close calls reject()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button the Tab key reached, and in the box of clauses to add it adds the one
        chosen; in a field or the table it does nothing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused is self.add_key and self.add_button.isEnabled():
                focused = self.add_button
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _read_only(self) -> None:
        self.read_only = True
        for tab in self.language_tabs:
            tab.set_read_only()
        for widget in (self.add_key, self.add_button, self.remove_button, self.publish_button):
            widget.setEnabled(False)
        self.team_note.setVisible(True)
        self.retranslate()  # the title and the closing button say that the form is only shown

    def retranslate(self) -> None:
        label = form_label(self.template_key)
        if self.read_only:
            # No new version is made here: "New version of…" over a form nobody can change misleads.
            self.setWindowTitle(self.tr("%1 (read only)").replace("%1", label))
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.setWindowTitle(self.tr("New version of %1").replace("%1", label))
            self.cancel_button.setText(self.tr("Cancel"))
        self.add_button.setText(self.tr("&Add clause"))
        self.remove_button.setText(self.tr("&Remove clause"))
        self.publish_button.setText(self.tr("&Publish new version"))
        self.add_key.setAccessibleName(self.tr("Clause to add"))  # no label beside it: a screen reader needs one
        for tab in self.language_tabs:
            tab.retranslate()

    def current(self) -> LanguageTab:
        return self.language_tabs[self.tabs.currentIndex()]

    def _add(self) -> None:
        """The clause at the end of the table, its text cell chosen, in view and open for typing: added out
        of sight with nothing chosen, Add clause seemed to do nothing and was pressed again (a twin)."""
        tab = self.current()
        tab.model.add(str(self.add_key.currentData()))
        index = tab.model.index(len(tab.model.rows) - 1, 1)
        tab.table.setCurrentIndex(index)
        tab.table.scrollTo(index)
        tab.table.edit(index)
        box = QApplication.focusWidget()
        focus_in_view(box if box is not None and tab.table.isAncestorOf(box) else tab.table)

    def _can_remove(self) -> None:
        self.remove_button.setEnabled(not self.read_only and self.current().table.currentIndex().isValid())

    def _remove(self) -> None:
        tab = self.current()
        tab.model.remove(tab.table.currentIndex().row())

    def publish(self) -> None:
        # A tab without a title is left out of the version: its text typed, that was without a word. (With no
        # title anywhere, the refusal says to give one.)
        untitled = [tab for tab in self.language_tabs if tab.text() is None and tab.has_text()]
        if untitled and any(tab.text() is not None for tab in self.language_tabs):
            lang = untitled[0].lang
            say(self.error, lambda: self.tr("The form in %1 has text but no title, so it would not be published "
                                            "in that language: give it a title, or empty its tab.").replace(
                "%1", native_name(lang)))
            self.tabs.setCurrentIndex(self.language_tabs.index(untitled[0]))
            untitled[0].title.setFocus()
            return
        texts = {tab.lang: text for tab in self.language_tabs if (text := tab.text()) is not None}
        answer = self._may_publish_unheard()
        if answer is False:
            return
        key = self.template_key

        def publish(store: Store) -> int:
            # Yes: not asked again, in this editor or the next, until another restore; kept with the
            # version, so a Publish refused (an invalid form, a lock, a full disk) asks again next time.
            return consent.publish_version(store, key, texts, answered_yes=bool(answer))

        try:
            self.published_version = CollectionOp.on_store(self.ctx, publish).run_now()
        except consent.ConsentInvalid as exc:
            code = exc.code
            say(self.error, lambda: self._refusal(code))  # said again after a language switch
            return
        except EnvironmentProblem as exc:
            # Another program's write or a full disk: raised, Publish did nothing a person could see.
            # Nothing was published; the form stays as typed, and Publish can be pressed again.
            reason = reason_of(exc)
            say(self.error, lambda: self.tr("Not published: %1").replace("%1", environment_reason(reason)))
            return
        self.accept()

    def _may_publish_unheard(self) -> bool | None:
        """A centre restored from a backup that has applied no laptop's bundle since may have lost the
        versions it published after the backup, which the laptops hold: asked first, No the default
        (False). Once answered Yes (True) it is not asked again until the next restore (None: not asked),
        nor when restored on the computer whose note names every version sent (published_forms)."""
        if not read_now(self.ctx, published_forms.asks_before_publishing):
            return None
        no = QMessageBox.StandardButton.No
        return QMessageBox.question(
            self, self.tr("Publish new version"),
            self.tr("This database was restored from a backup, and no laptop's bundle has been imported since: "
                    "a version published now may get the number of a version the laptops already hold. Import "
                    "the laptops' latest bundles first. Publish anyway? If you answer Yes, you will not be asked "
                    "again."),
            QMessageBox.StandardButton.Yes | no, no) == QMessageBox.StandardButton.Yes

    def _refusal(self, code: str) -> str:
        messages = {
            "no_language": self.tr("Give the form a title in at least one language."),
            "participate_clause_missing": self.tr("The form needs the 'participate' clause."),
            "duplicate_clause": self.tr("A clause appears twice."),
            "empty_clause": self.tr("Every clause needs its text."),
            "unknown_clause": self.tr("Unknown clause."),
            "no_clauses": self.tr("The form needs at least one clause."),
            "team_form": self.tr("This form is the team's: its new versions are published at the centre and "
                                 "reach this laptop in team updates (ask your coordinator)."),
            "clauses_differ": self.tr("Every language needs the same clauses, each required or not alike: "
                                      "compare the tabs."),
            # Only a forged or runaway number gets here (2**31 - 1 versions): said, not "could not be published".
            "too_many_versions": self.tr("This form already has the highest version number a bundle can "
                                         "carry: no further version can be published. Ask your coordinator."),
        }
        return messages.get(code, self.tr("The form could not be published."))
