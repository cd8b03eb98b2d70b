"""The codebook page: the code tree (drag to move, or Alt+Shift+arrows: coding/code_moves.py), an edit
panel, merge, delete, .qdc import/export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import codebook
from desktop.core.codebook import CodebookError
from desktop.core.models import Code
from desktop.exports import refi_qda
from desktop.ui.coding import codebook_errors, codebook_exchange, typed_code
from desktop.ui.coding.code_memo import CodeMemo
from desktop.ui.coding.code_moves import CodeMoves
from desktop.ui.coding.code_removal import delete_current, merge_current
from desktop.ui.coding.typed_code import leaves_typed_code, say_typing_lost, stays_on_typed_code, typing_lost
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import (
    CodeIdRole,
    CodeTreeModel,
    Row,
    flatten,
    load_rows,
    swatch,
    swatch_icon,
)
from desktop.ui.operations import CollectionOp, QueryOp, read_now
from desktop.ui.page_base import Page
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.elided_combo import ElidedCombo
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.free_text import LinesTextEdit
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.splitter_share import SplitterShares
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.team_row_note import TeamRowNote
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_cells import WrappedTree

TEXT_FIELDS = ("definition", "inclusion", "exclusion", "examples")


def _code_and_whose(s: Any, code_id: str) -> tuple[Code, bool]:
    """A code and whether it is the team's (published by the centre, on a laptop in its team)."""
    code = codebook.get_live(s, code_id)
    return code, codebook.is_team_code(s, code)


class CodebookPage(Page):
    key = "codebook"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CodeTreeModel(lambda: str(self.ctx.language.language), self._move)
        self.busy = BusyState(self)
        # A codebook of some hundred codes takes seconds to import: said, and Import and Export wait for it
        # (nothing showed for its length, and a second press imported it all again behind the first).
        self.importing = BusyState(self, words=lambda: self.tr("Importing the codebook…"))
        self.loads = 0  # reloads that arrived from the worker (tests wait on it)
        self._version = 0
        self._wanted: str | None = None  # a code to select once the reload under way arrives
        self._after_load: Callable[[], object] | None = None
        self.shown_id: str | None = None  # the code in the edit panel, and its fields as they were read
        self._shown: dict[str, str] = {}
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.wrapped = WrappedTree(self.tree)  # a long name on more lines, not cut (widgets/wrapped_cells.py)
        self.empty_words = EmptyWords(self.tree, lambda: self.tr(  # a new codebook's empty tree: how to start
            "No codes yet. Press New code to start the codebook, or Import .qdc… to use one you have.") if self.loads else "")
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        self.moves = CodeMoves(self.tree, self.model, self._move)  # dragging's keyboard twin

        self.new_btn, self.sub_btn, self.delete_btn = QPushButton(), QPushButton(), QPushButton()
        self.import_btn, self.export_btn = QPushButton(), QPushButton()
        self.new_btn.clicked.connect(lambda: self.new_code(sub=False))
        self.sub_btn.clicked.connect(lambda: self.new_code(sub=True))
        self.delete_btn.clicked.connect(self.delete_current)
        self.import_btn.clicked.connect(self.import_qdc)
        self.export_btn.clicked.connect(self.export_qdc)
        self.version_label = WordWrapLabel()
        # beside the exchange buttons: wraps before the page grows wider
        # Rows that go on to more lines (FlowRow, StackingRow) where they are too wide: at 24 points the
        # page was wider than a 1366-pixel screen, the code's colour field cut off at its edge.
        buttons = FlowRow([self.new_btn, self.sub_btn, self.delete_btn])
        # The whole codebook's exchange below it, beside its version: the five buttons on one line
        # asked for 493 logical pixels in Kurdish, and the page ran off a 1366x768 laptop at 150 %.
        exchange = StackingRow([(self.version_label, 1), (self.import_btn, 0), (self.export_btn, 0)])
        # What the last import or export did, under its buttons: both said nothing when they worked, and
        # a file with no codes in it was "imported" with no change and no word.
        self.exchange_status = WordWrapLabel()
        self.exchange_status.setObjectName("codebook_exchange_status")

        # -- edit panel --------------------------------------------------------------------------
        self.names = {lang: QLineEdit() for lang in codebook.LANGS}
        for lang, edit in self.names.items():
            limit_line(edit, Code, f"name_{lang}")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight if lang == "en" else Qt.LayoutDirection.RightToLeft)
        self.colour_edit = QLineEdit()
        self.colour_edit.setInputMask("\\#HHHHHH")
        self.colour_btn = QPushButton()
        self.colour_btn.clicked.connect(self._pick_colour)
        # Each paragraph in its own direction, two to four lines high: 70 pixels each for a line or two, the
        # panel asked more than a 1366x768 screen's page and Import/Export .qdc lay below the fold.
        self.texts = {f: LinesTextEdit(2, 4) for f in TEXT_FIELDS}
        self.save_btn = QPushButton()
        self.save_btn.clicked.connect(self.save_current)
        self.merge_combo = ElidedCombo()  # a long name shortened with "…" where the panel is narrow
        self.merge_btn = QPushButton()
        self.merge_btn.clicked.connect(self.merge_current)
        self.usage_label = QLabel()
        self.team_note = TeamRowNote()
        self.error_label = WordWrapLabel()
        self.error_label.setStyleSheet("color: #b00020")

        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        colour_row = StackingRow([(self.colour_edit, 1), (self.colour_btn, 0)])
        rows: list[tuple[str, Any]] = [
            ("name_ar", self.names["ar"]), ("name_ckb", self.names["ckb"]), ("name_en", self.names["en"]),
            ("colour", colour_row), *((f, self.texts[f]) for f in TEXT_FIELDS), ("usage", self.usage_label),
        ]
        for key, w in rows:
            label = QLabel()
            self._labels[key] = label
            self.form.addRow(label, w)
            label.setBuddy(self.colour_edit if w is colour_row else w)
        merge_row = StackingRow([(self.merge_combo, 1), (self.merge_btn, 0)])
        self.panel = QWidget()
        # Labels above their fields where the panel is narrow (20 points on a laptop at 150 %: side by side they
        # asked 408 pixels, and the page scrolled sideways), all of them, so the three names are alike.
        self.labels_above = LabelsAbove(self.form, self.panel)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(9, 0, 9, 0)  # level with the tree, as the page's margins are
        panel_layout.addWidget(self.team_note)
        panel_layout.addLayout(self.form)
        panel_layout.addWidget(self.save_btn)
        panel_layout.addWidget(merge_row)
        self.code_memo = CodeMemo(ctx, self._failed)  # saved on its own: a team code's too
        panel_layout.addWidget(self.code_memo)
        panel_layout.addWidget(self.error_label)
        panel_layout.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buttons)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(exchange)
        left_layout.addWidget(self.exchange_status)
        splitter = Splitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Halves until the handle is dragged: the tree's two columns need less than its size hint asked,
        # and at 24 points the code's fields were left 200 pixels ("ctoral system").
        self.shares = SplitterShares(splitter, [1, 1])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        save_sc = QShortcut(QKeySequence.StandardKey.Save, self)
        save_sc.activated.connect(self.save_current)
        del_sc = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        del_sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        del_sc.activated.connect(self.delete_current)
        ctx.events.changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    # -- Page ----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Codebook")

    def retranslate(self) -> None:
        row = self.model.row_for(self.current_id() or "") if self.current_id() else None
        if row is not None:  # a count shown with the digits chosen (they travel with LanguageChange)
            self.usage_label.setText(self.ctx.language.format_number(row.usage))
        self.new_btn.setText(self.tr("&New code"))
        self.sub_btn.setText(self.tr("New su&b-code"))
        self.delete_btn.setText(self.tr("&Delete"))
        self.import_btn.setText(self.tr("&Import .qdc…"))
        self.export_btn.setText(self.tr("E&xport .qdc…"))
        self.save_btn.setText(self.tr("&Save code"))
        self.colour_btn.setText(self.tr("&Choose…"))
        self.merge_btn.setText(self.tr("Me&rge into"))
        texts = {
            "name_ar": self.tr("Name (&Arabic)"), "name_ckb": self.tr("Name (&Kurdish)"),
            "name_en": self.tr("Name (&English)"), "colour": self.tr("Co&lour"),
            "definition": self.tr("Defini&tion"), "inclusion": self.tr("&Use when"),
            "exclusion": self.tr("Do not use &when"), "examples": self.tr("Exam&ples"), "usage": self.tr("Segments"),
        }  # Alt and a letter goes to the field (its label's buddy) as to each button: distinct in each language
        for key, label in self._labels.items():
            label.setText(texts[key])
        texts = {key: text.replace("&", "") for key, text in texts.items()}  # the names said without them
        for lang, edit in self.names.items():
            edit.setAccessibleName(texts[f"name_{lang}"])
        for key, box in self.texts.items():
            box.setAccessibleName(texts[key])
        self.colour_edit.setAccessibleName(texts["colour"])
        self.merge_combo.setAccessibleName(self.tr("Code to merge the selected code into"))
        self.tree.setAccessibleName(self.tr("Codes"))
        self.moves.retranslate()
        self.model.headers = (self.tr("Code"), self.tr("Segments"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._update_version()
        self.model.layoutAboutToBeChanged.emit()
        self.model.layoutChanged.emit()  # names follow the interface language
        self._fill_merge_combo()  # its items are code names in the interface language too

    def may_leave(self) -> bool:  # typing not saved is asked about (coding/typed_code.py)
        return self.code_memo.settled() and leaves_typed_code(self)  # a memo typed is saved, not asked about

    def refresh(self) -> None:
        """The tree with its usage counts is read on the DB worker (counting every segment of a
        campaign is most of a second); the page is on screen meanwhile."""
        QueryOp(self.ctx, lambda s: (load_rows(s), codebook.version(s)), self._loaded) \
            .with_busy(self.busy).run_in_background()

    def _loaded(self, found: tuple[list[Row], int]) -> None:
        rows, version = found
        self.loads += 1
        current, self._wanted = self._wanted or self.current_id(), None
        expanded = {r.id for r in flatten(self.model.roots) if self.tree.isExpanded(self.model.index_for(r.id))}
        self.model.reload(rows)
        for r in flatten(rows):
            if r.id in expanded or not expanded:
                self.tree.setExpanded(self.model.index_for(r.id), True)
        if current and self.model.row_for(current) is not None:
            self.select(current)
        elif rows:  # open on the first code rather than on an empty, editable-looking panel
            self.select(rows[0].id)
        if self.current_id() is None:
            self.show_current()  # nothing to edit: the panel is disabled
        self._version = version
        self._update_version()
        self._fill_merge_combo()
        if self._after_load is not None:
            then, self._after_load = self._after_load, None
            then()

    def select_when_loaded(self, code_id: str, then: Callable[[], object] | None = None) -> None:
        """Select a code a change just made: now if the tree has it, else when the reload arrives."""
        if self.model.row_for(code_id) is not None and not self.busy.pending:
            self.select(code_id)
            if then is not None:
                then()
        else:
            self._wanted, self._after_load = code_id, then

    # -- selection and the panel ---------------------------------------------------------------
    def current_id(self) -> str | None:
        value = self.tree.currentIndex().data(CodeIdRole)
        return str(value) if value else None

    def select(self, code_id: str) -> None:
        index = self.model.index_for(code_id)
        if index.isValid():
            above = index.parent()
            while above.isValid():  # a code just moved under a closed one stays in sight
                self.tree.expand(above)
                above = above.parent()
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def has_typed(self) -> bool:
        """Whether the panel holds typing about the code shown that is not saved."""
        return self._typed() != self._shown

    def _typed(self) -> dict[str, str]:
        """What the edit panel holds now, field by field."""
        return {**{f"name_{lang}": e.text() for lang, e in self.names.items()}, "colour": self.colour_edit.text(),
                **{key: box.toPlainText() for key, box in self.texts.items()}}

    def show_current(self) -> None:
        code_id = self.current_id()
        self.panel.setEnabled(code_id is not None)
        if code_id is None:
            return
        self.code_memo.show_for(code_id)
        row = self.model.row_for(code_id)
        self.usage_label.setText(self.ctx.language.format_number(row.usage if row else 0))
        if code_id == self.shown_id and self._typed() != self._shown:
            # The same code again after the tree was read again (a coding made in the coding window,
            # a bundle): what is being typed about it stays. It was replaced by the stored words.
            self._fill_merge_combo()
            return
        lost = typing_lost(self)  # its code gone elsewhere (a team update, an import): said, not silent
        if stays_on_typed_code(self):
            return
        self.error_label.clear()
        if lost:
            say_typing_lost(self)
        code, theirs = read_now(self.ctx, lambda s: _code_and_whose(s, code_id))
        self._lock_team_code(theirs)
        for lang, edit in self.names.items():
            edit.setText(getattr(code, f"name_{lang}"))
        self.colour_edit.setText(code.colour[:7])
        for key, box in self.texts.items():
            box.setPlainText(getattr(code, key))
        self.shown_id, self._shown = code_id, self._typed()
        self._update_colour_button()
        self._fill_merge_combo()

    def _lock_team_code(self, theirs: bool) -> None:
        """A team code on a laptop is read-only here, and says why, before anything is typed: it is
        changed at the centre (codebook.get_editable refuses it). Sub-codes of the laptop's own may
        still be put under it, and an own code merged into it."""
        for edit in (*self.names.values(), self.colour_edit):
            edit.setReadOnly(theirs)
        for box in self.texts.values():
            box.setReadOnly(theirs)
        for control in (self.colour_btn, self.save_btn, self.merge_combo, self.merge_btn, self.delete_btn):
            control.setEnabled(not theirs)
        self.team_note.setVisible(theirs)

    def _update_colour_button(self) -> None:
        self.colour_btn.setStyleSheet(f"background-color: {swatch(self.colour_edit.text()).name()}")

    def _fill_merge_combo(self) -> None:
        """The codes the current one may be merged into, the one chosen kept: the list is filled again at
        every reload (a coding made in the coding window), and it went back to its first code, so
        "Merge into" would have merged into a code never chosen."""
        current, chosen = self.current_id(), self.merge_combo.currentData()
        lang = str(self.ctx.language.language)
        self.merge_combo.clear()
        for r in flatten(self.model.roots):
            if r.id != current:
                self.merge_combo.addItem(swatch_icon(r.colour), r.name(lang), r.id)
        if chosen is not None and self.merge_combo.findData(chosen) >= 0:
            self.merge_combo.setCurrentIndex(self.merge_combo.findData(chosen))

    def _update_version(self) -> None:
        v = self._version
        self.version_label.setText(self.tr("Codebook version %1").replace("%1", self.ctx.language.format_number(v)))

    # -- actions ---------------------------------------------------------------------------------
    def run(self, work: Callable[[Any], Any], then: Callable[[Any], Any] | None = None,
            at_fault: Callable[[BaseException], Any] | None = None) -> None:
        """One small unit of work on the codebook, on the DB worker; errors are shown, not raised (then
        ``at_fault`` is told, to put the keyboard on the field at fault)."""
        self.error_label.clear()

        def refused(exc: BaseException) -> None:
            self._failed(exc)
            if at_fault is not None:
                at_fault(exc)

        CollectionOp(self.ctx, work).success(then).failure(refused).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        codebook_errors.failed(self, exc)  # coding/codebook_errors.py

    def error_text(self, exc: CodebookError | refi_qda.QdcError) -> str:
        return codebook_errors.error_text(exc)

    def _on_data_changed(self, tables: object) -> None:
        if isinstance(tables, set) and tables & {"code", "coded_segment"}:
            self.refresh()

    def new_code(self, *, sub: bool) -> None:
        """A new code under the current one (or at the top); selected for naming once stored."""
        if not leaves_typed_code(self):  # typing not saved asked first: made first, Cancel left it behind
            return
        parent = self.current_id() if sub else None
        lang = str(self.ctx.language.language)
        name = self.tr("New code")
        # "New code", "New code 2"…: the first that no sibling has (a second press never makes a twin).
        names = [name, *(f"{name} {self.ctx.language.format_number(n)}" for n in range(2, 100))]

        def created(code: Any) -> None:
            def name_it() -> None:
                self.names[lang].setFocus()
                self.names[lang].selectAll()

            self.select_when_loaded(code.id, name_it)

        self.run(lambda s: codebook.new_code_named(s, parent, lang, names), created)

    def save_current(self) -> None:
        self.code_memo.keep_typed()
        code_id = self.current_id()
        if code_id is None:
            return
        fields = self.panel_fields()
        # A sibling's name is refused (what was typed stays); once saved, the stored words are shown.
        self.run(lambda s: codebook.edit_code(s, code_id, **fields), lambda _: self.forget_shown(),
                 partial(typed_code.name_at_fault, self))

    def panel_fields(self) -> dict[str, str]:
        """The edit panel's fields as a code's values (the colour as a swatch's name)."""
        fields: dict[str, str] = {f"name_{lang}": e.text() for lang, e in self.names.items()}
        fields["colour"] = swatch(self.colour_edit.text()).name()
        fields.update({k: e.toPlainText() for k, e in self.texts.items()})
        return fields

    def forget_shown(self) -> None:
        self.shown_id = None

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(swatch(self.colour_edit.text()), self, self.tr("Code colour"))
        if isinstance(colour, QColor) and colour.isValid():
            self.colour_edit.setText(colour.name())
            self._update_colour_button()

    def _move(self, code_id: str, parent_id: str | None, index: int) -> None:
        self.run(lambda s: codebook.move_checked(s, code_id, parent_id, index))

    def merge_current(self) -> None:
        merge_current(self)  # coding/code_removal.py: asked first, typing not saved said to go with it

    def delete_current(self) -> None:
        delete_current(self)

    def import_qdc(self) -> None:  # coding/codebook_exchange.py, as Export .qdc…
        codebook_exchange.import_qdc(self)

    def export_qdc(self) -> None:
        codebook_exchange.export_qdc(self)
