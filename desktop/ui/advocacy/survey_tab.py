"""Survey figures beside the quotes: choose a survey and a question, see its answers by governorate,
gender or age band (share, n and 95 % margin of error), and link a figure to a recommendation."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import recommendations, survey_stats
from desktop.core.survey_stats import Distribution
from desktop.i18n import formatting
from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.advocacy.table_model import RowsModel, make_table, while_alive
from desktop.ui.advocacy.view_words import gender_word
from desktop.ui.context import AppContext
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import CollectionOp, QueryOp, read_now
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.elided_combo import ElidedCombo
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.scroll_frame import bring_into_view, scrolled
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.text_lines import text_height
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_button import WrappedButton


class AnswersList(QListWidget):
    """A question's answers, to choose those that count as support: laid out in lines, as many side by
    side as the width holds, and four lines of the current font high (measured again when it changes).

    It was one answer a line and at most 110 pixels high: two answers at 24 points, the rest behind a
    scroll bar. Made taller one answer a line, it lengthened the column beside the answers table."""

    LINES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def line(self) -> int:
        """The height of one line of answers: the taller script's line, the item's margins, the spacing."""
        return text_height(self.font(), 1) + 4 + 2 * self.spacing()

    def _fit(self) -> None:
        self.setSpacing(max(3, self.fontMetrics().averageCharWidth() // 3))  # answers side by side apart
        self.setFixedHeight(self.LINES * self.line() + 2 * self.frameWidth() + self.spacing())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class _Column(QWidget):
    """The fields beside the answers table; says when its width changed (the labels may move)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


@dataclass
class Row:
    group: str
    cells: list[str]


class SurveyTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survey = ElidedCombo(self)
        self.question = ElidedCombo(self)
        self.group_by = ElidedCombo(self)
        self.choices = AnswersList(self)  # the answers counted as support: a handful of choices
        self.group = ElidedCombo(self)
        self.recommendation = ElidedCombo(self)
        self.link_button = WrappedButton(self)  # its words on two lines where the column is narrow
        self.link_button.clicked.connect(self.link)
        self.message = WordWrapLabel(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.dialog: SurveyImportDialog | None = None
        self.model = RowsModel([], self)
        self.table = make_table(self, self.model)
        self.dist: Distribution | None = None
        for combo in (self.survey, self.question, self.group_by, self.group, self.recommendation):
            # Sized to their longest item (a survey's title in two languages, a question's wording), the
            # boxes made the column beside the answers table as wide as the page at 24 points: the table
            # was squeezed to a sliver and the page scrolled sideways. They take the column's width; the
            # list shows each item whole, and the box the chosen one shortened with "…" (elided_combo.py).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.form = QFormLayout()
        # Labels beside their fields, or above them when the labels would take more than a third of the
        # column (large text: beside them, the answers list was one or two short answers wide).
        self.form_labels = [QLabel(self) for _ in range(6)]
        for label, w in zip(self.form_labels, (self.survey, self.question, self.group_by, self.choices, self.group,
                                               self.recommendation), strict=True):
            label.setBuddy(w)
            self.form.addRow(label, w)
        column = self.column_body = _Column(self)
        column.resized.connect(self._place_labels)
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.import_button)
        side.addLayout(self.form)
        side.addWidget(self.link_button)
        side.addWidget(self.message)
        side.addStretch(1)
        # The column scrolls up and down on its own when the tab is shorter than it (large text): the whole
        # page scrolling down took a scroll bar's width from the page, and at double size in English the
        # Recommendations tab beside it, which needs all of its width, then scrolled sideways.
        self.column = scrolled(column, self, name="survey_column", column=True)
        # The answers table beside the column, or under it where the tab is narrower than both need (20
        # points on a laptop at 150 %: the column's Link button alone is 505 pixels, and the tab asked 635
        # of a 613 page, which scrolled sideways): the survey and question chosen first, their answers below.
        layout = QVBoxLayout(self)
        layout.addWidget(StackingRow([(self.table, 3), (self.column, 2)], down=QBoxLayout.Direction.BottomToTop))
        # Tab down the column as it stands: the import button at its top was made last, so Tab reached it
        # after the link button at the bottom.
        chain(self.import_button, self.survey, self.question, self.group_by, self.choices, self.group,
              self.recommendation, self.link_button, self.table)
        self.survey.currentIndexChanged.connect(lambda _i: self._fill_questions())
        self.question.currentIndexChanged.connect(lambda _i: self.show_distribution())
        self.group_by.currentIndexChanged.connect(lambda _i: self.show_distribution())
        self.retranslate()

    def _place_labels(self) -> None:
        """Labels above their fields when beside them they would take more than a third of the column."""
        widest = max(label.sizeHint().width() for label in self.form_labels)
        above = 3 * widest > self.column_body.width()
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if above else QFormLayout.RowWrapPolicy.DontWrapRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._place_labels)  # once the labels measure in the new font

    def retranslate(self) -> None:
        texts = (self.tr("&Survey"), self.tr("&Question"), self.tr("&By"), self.tr("Ans&wers that support"),
                 self.tr("&In"), self.tr("&Recommendation"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        current = self.group_by.currentData()
        self.group_by.blockSignals(True)
        self.group_by.clear()
        for key, text in (("", self.tr("all respondents")), ("governorate", self.tr("governorate")),
                          ("gender", self.tr("gender")), ("age_band", self.tr("age band"))):
            self.group_by.addItem(text, key)
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(current)))
        self.group_by.blockSignals(False)
        self.link_button.setText(self.tr("&Link this figure to the recommendation"))
        self.import_button.setText(self.tr("Import a survey &export…"))
        self.table.setAccessibleName(self.tr("Answers"))
        self._place_labels()
        self.refresh()

    def open_import(self) -> SurveyImportDialog:
        """The import dialog (window-modal; the import itself runs on the DB worker). The one before, closed,
        goes: kept, each one stayed a child of the tab and was retranslated at every language change."""
        if self.dialog is not None:
            if self.dialog.isVisible():
                self.dialog.raise_()
                return self.dialog
            self.dialog.deleteLater()
        self.dialog = SurveyImportDialog(self.ctx, self)
        self.dialog.accepted.connect(self._imported)
        self.dialog.open()
        return self.dialog

    def _imported(self) -> None:
        result = self.dialog.imported if self.dialog is not None else None
        if result is None:
            return
        fmt = self.ctx.language.format_number  # reads the digits each time: the line follows a switch
        # Three counts in one sentence: a form that needs no plural (translations/glossary.md).
        self._tell(lambda: self.tr("Imported. Responses: %1; questions: %2; identifying columns left out: %3.")
            .replace("%1", fmt(result.responses)).replace("%2", fmt(result.questions))
            .replace("%3", fmt(len(result.dropped_identifying))))
        self.refresh()
        self.survey.setCurrentIndex(max(0, self.survey.findData(result.survey_id)))

    def _tell(self, words: Words) -> None:
        """What an import or a link did, scrolled into sight: the line is under the Link button, and at 20
        points below the column's edge (the import dialog closed, and nothing said it was done)."""
        say(self.message, words)
        bring_into_view(self.message)

    def refresh(self) -> None:
        lang, fmt = self.ctx.language.language, self.ctx.language.format_number

        def read(s: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            surveys = self._named(survey_stats.surveys(s))
            # The number in the screen's digits, as the list of recommendations shows it.
            recs = [(r.id, f"{fmt(r.number)}. {recommendations.title(r, lang)}") for r in recommendations.live(s)]
            return surveys, recs

        surveys, recs = read_now(self.ctx, read)
        current, rec = self.survey.currentData(), self.recommendation.currentData()
        self.survey.blockSignals(True)
        self.survey.clear()
        for survey_id, title in surveys:
            self.survey.addItem(title, survey_id)
        self.survey.setCurrentIndex(max(0, self.survey.findData(current)))
        self.survey.blockSignals(False)
        self.recommendation.clear()
        for rec_id, title in recs:
            self.recommendation.addItem(title, rec_id)
        self.recommendation.setCurrentIndex(max(0, self.recommendation.findData(rec)))
        self._say_none(not surveys)
        self._fill_questions()

    def _none_words(self) -> str:
        return self.tr("No survey yet. Import a survey export (KoboToolbox or ODK) to see its answers here.")

    def _say_none(self, none: bool) -> None:
        """With no survey imported the tab was empty boxes and an empty table, nothing said: it says
        what to do first. The line goes once a survey is there (an import's own line stays)."""
        if none:
            say(self.message, self._none_words)
        elif self.message.text() == self._none_words():
            say(self.message, "")

    def _named(self, surveys: list[Any]) -> list[tuple[str, str]]:
        """(id, name) of each survey: two of one form (a later export with new responses) share a title,
        so those say when they were imported and how many responded."""
        titles = Counter(sv.title for sv in surveys)
        out = []
        for sv in surveys:
            name = sv.title
            if titles[sv.title] > 1:
                try:
                    day = self.ctx.language.format_date(dt.datetime.fromisoformat(sv.imported_at).date())
                except ValueError:
                    day = ""
                name = (self.tr("%1 (imported %2, n = %3)").replace("%1", isolated(sv.title)).replace("%2", day)
                        .replace("%3", self.ctx.language.format_number(sv.response_count)))
            out.append((sv.id, name))
        return out

    def _fill_questions(self) -> None:
        survey_id, lang = self.survey.currentData(), self.ctx.language.language
        current = self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        if survey_id:
            questions = read_now(self.ctx, lambda s: [
                (q.name, survey_stats.label(q, lang)) for q in survey_stats.questions(s, survey_id)
                if q.type in ("select_one", "select_multiple")])
            for name, label in questions:
                self.question.addItem(label, name)
        self.question.setCurrentIndex(max(0, self.question.findData(current)))
        self.question.blockSignals(False)
        self.show_distribution()

    def show_distribution(self) -> None:
        survey_id, name, group_by = self.survey.currentData(), self.question.currentData(), self.group_by.currentData()
        if not survey_id or not name:
            self.dist = None
            self.model.columns = []
            self.model.set_rows([])
            return
        lang = self.ctx.language.language

        def read(s: Any) -> tuple[Distribution, dict[str, str]]:
            q = survey_stats.question(s, survey_id, name)
            labels_ = {c.name: survey_stats.label(c, lang) for c in survey_stats.choices(s, survey_id, q.list_name)}
            return survey_stats.distribution(s, survey_id, name, group_by or ""), labels_

        QueryOp(self.ctx, read, while_alive(self, self._show)).run_in_background()

    def _group_name(self, group_by: str, value: str) -> str:
        if value == "":
            return self.tr("all respondents")
        if group_by == "governorate":
            return labels.governorate(value, self.ctx.language.language)
        if group_by == "gender":
            return gender_word(value)
        return value

    def _show(self, result: tuple[Distribution, dict[str, str]]) -> None:
        dist, choice_labels = result
        self.dist = dist
        fmt, lang = self.ctx.language.format_number, self.ctx.language
        columns: list[tuple[Any, Any]] = [(lambda: self.tr("Group"), lambda r: r.group),
                                          (lambda: self.tr("n"), lambda r: r.cells[0])]
        for i, choice in enumerate(dist.choices, start=1):
            text = choice_labels.get(choice, choice)
            columns.append(((lambda t=text: t), (lambda r, i=i: r.cells[i])))
        rows = []
        for group in dist.groups:
            cells = [fmt(dist.n.get(group, 0))]
            for choice in dist.choices:
                share = dist.choice_share(group, choice)
                # A share as the matrix and the charts write it: the chosen digits and their own sign.
                percent = formatting.format_percent(round(share.percent) / 100, lang.language, lang.digits)
                cells.append(f"{percent} (± {fmt(share.margin, decimals=1)})")
            rows.append(Row(self._group_name(dist.group_by, group), cells))
        self.model.columns = columns
        self.model.set_rows(rows)
        self.choices.clear()
        for choice in dist.choices:
            self.choices.addItem(choice_labels.get(choice, choice))
        self.group.clear()
        for group in dist.groups:
            self.group.addItem(self._group_name(dist.group_by, group), group)

    def link(self) -> None:
        dist, rec_id, survey_id = self.dist, self.recommendation.currentData(), self.survey.currentData()
        picked = [dist.choices[self.choices.row(item)] for item in self.choices.selectedItems()] if dist else []
        if dist is None or not rec_id or not picked:
            self._tell(lambda: self.tr("Choose a recommendation and the answers that count as support."))
            return
        group = self.group.currentData() or ""

        def done(_link: Any) -> None:
            self._tell(lambda: self.tr("Linked."))

        CollectionOp(self.ctx, lambda s: recommendations.link_survey(
            s, rec_id, survey_id, dist.question, picked, group_by=dist.group_by if group else "", group_value=group,
        )).success(while_alive(self, done)).run_in_background()
