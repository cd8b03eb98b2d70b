"""The Recommendations page's Outreach tab: the outreach records listed, the form that adds one, and
the question asked before a record typed and not added is left behind (``_outreach_settled``, asked
by ``RecommendationsPage.may_leave``).

A part of ``RecommendationsPage`` (page.py), which these methods extend: they set its widgets as its
attributes. The words keep the "RecommendationsPage" context they were translated in (a literal in
every call: lupdate reads no variable).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import outreach
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import OutreachEvent
from desktop.core.reference import GOVERNORATES
from desktop.ui.advocacy.deletes import OutreachDeletes
from desktop.ui.advocacy.loaders import outreach_choices
from desktop.ui.advocacy.table_model import make_table, while_alive
from desktop.ui.advocacy.typed_choice import chosen, narrowed_by_typing
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.widgets.digit_spin import DigitDateEdit, DigitSpinBox
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.scroll_frame import bring_into_view
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.table_rows import keep_first_column_shown, keep_rows_shown
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.unsaved_choice import settle_typing
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from desktop.ui.advocacy.empty_lists import EmptyAdvocacyLists
    from desktop.ui.advocacy.table_model import RowsModel
    from desktop.ui.page_base import Page

    class PagePart(Page):
        """What the tab uses of the page: its outreach rows and their kinds' words."""

        outreach_model: RowsModel
        empty_lists: EmptyAdvocacyLists

        def _outreach_kind(self, kind: str) -> str: ...

else:
    PagePart = object


class OutreachForm(PagePart):
    """The Outreach tab of the Recommendations page (``_make_outreach`` builds it)."""

    _o_sending: dict[str, Any] | None = None  # an outreach record on its way to the database

    def _make_outreach(self, panel: QWidget) -> QWidget:
        """The Outreach tab, built when it is first shown (a LazyPanel's part)."""
        out_tab = QWidget(panel)
        self.outreach_list = make_table(out_tab, self.outreach_model)
        self.empty_lists.outreach_built(self.outreach_list)  # what the empty list says
        self.o_kind, self.o_title = ChoiceBox(out_tab), QLineEdit(out_tab)
        self.o_date = DigitDateEdit(lambda: self.ctx.language.digits, out_tab)
        self.o_date.setCalendarPopup(True)
        self.o_date.setDate(QDate.currentDate())
        self.o_place, self.o_audience = QLineEdit(out_tab), QLineEdit(out_tab)
        for edit, name in ((self.o_title, "title"), (self.o_place, "place"), (self.o_audience, "audience")):
            limit_line(edit, OutreachEvent, name)
        self.o_governorate = ChoiceBox(out_tab)
        self.o_reach = DigitSpinBox(lambda: self.ctx.language.digits, out_tab)
        self.o_reach.setRange(0, 100_000_000)
        # With whom it was held and what it advocated (none allowed): the Network tab counts a record
        # for the organisations it names. The form had neither, so no record made here ever counted.
        self.o_org, self.o_rec = ChoiceBox(out_tab), ChoiceBox(out_tab)
        for box in (self.o_org, self.o_rec):
            box.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)  # a long name or title does not widen the form past the tab
        # Hundreds of organisations, dozens of recommendations: typing narrows them (typed_choice.py).
        narrowed_by_typing(self.o_org)
        narrowed_by_typing(self.o_rec)
        # A refusal's line wraps (never wider than the tab), and the page counts all its lines: a one-line
        # height left the rest below the page's edge, out of reach of the scroll.
        self.o_error = WrappedLabel(out_tab)
        self.o_error.setStyleSheet("color: #b00020")
        self.o_add = QPushButton(out_tab)
        self.o_add.clicked.connect(self.add_outreach)
        self.o_form = QFormLayout()
        self.o_labels = [QLabel(out_tab) for _ in range(9)]
        widgets = (self.o_kind, self.o_title, self.o_date, self.o_org, self.o_rec, self.o_place,
                   self.o_governorate, self.o_audience, self.o_reach)
        for label, w in zip(self.o_labels, widgets, strict=True):
            label.setBuddy(w)
            self.o_form.addRow(label, w)
        side_part = QWidget(out_tab)
        side = QVBoxLayout(side_part)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(self.o_form)
        self.o_labels_above = LabelsAbove(self.o_form, side_part)  # all above their fields where it is narrow
        side.addWidget(self.o_add)
        side.addWidget(self.o_error)
        side.addStretch(1)
        # The form under the list where they do not fit side by side (English at 24 points on a laptop at
        # 150 %: 636 pixels in 550, and the page scrolled sideways); the list keeps three rows above it.
        keep_rows_shown(self.outreach_list, 3)
        keep_first_column_shown(self.outreach_list)  # a date whole beside the form, or the form below
        list_part = QWidget(out_tab)  # the list, and Delete outreach record under it (deletes.py)
        self.outreach_deletes = OutreachDeletes(self, list_part)
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.outreach_list, 1)
        list_layout.addWidget(self.outreach_deletes.button, 0, Qt.AlignmentFlag.AlignLeading)
        list_layout.addWidget(self.outreach_deletes.said)
        # Tab in the order the eye reads: the list, its Delete under it, then the form's rows in their
        # order (not the order they were made in).
        chain(self.outreach_list, self.outreach_deletes.button, *widgets, self.o_add)
        QVBoxLayout(out_tab).addWidget(StackingRow([(list_part, 3), (side_part, 2)], out_tab))
        self._retranslate_outreach()  # and reads the choices
        return out_tab

    def read_outreach_choices(self) -> None:
        """The organisations and recommendations to choose from, read on the DB worker (again after a
        change: one added or deleted elsewhere)."""
        lang = str(self.ctx.language.language)
        QueryOp(self.ctx, lambda s: outreach_choices(s, lang), while_alive(self, self._outreach_choices)
                ).run_in_background()

    def _outreach_choices(self, choices: tuple[list[tuple[str, str]], list[tuple[str, int, str]]]) -> None:
        none = QCoreApplication.translate("RecommendationsPage", "— none —")
        orgs, recs = choices
        number = self.ctx.language.format_number
        named = (orgs, [(rec_id, f"{number(n)}. {title}") for rec_id, n, title in recs])
        for box, rows in zip((self.o_org, self.o_rec), named, strict=True):
            was = box.currentData()
            typing = box.currentText() if chosen(box) is None else None  # a name being typed, kept
            box.clear()
            box.addItem(none, "")
            for ref_id, name in rows:
                box.addItem(name, ref_id)
            # The one chosen stays chosen; one gone meanwhile leaves none chosen.
            box.setCurrentIndex(max(0, box.findData(was)) if was else 0)
            if typing is not None:
                box.setEditText(typing)
            elif box.isEditable() and box.currentIndex() == 0:  # the list filled anew: none is an empty box
                box.setEditText("")
        for box in (self.o_org, self.o_rec):
            edit = box.lineEdit()
            if edit is not None:  # none chosen, the box is empty and says so
                edit.setPlaceholderText(none)

    def _retranslate_outreach(self) -> None:
        translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
        self.outreach_list.setAccessibleName(translate("RecommendationsPage", "Outreach"))
        texts = (translate("RecommendationsPage", "&Kind"), translate("RecommendationsPage", "&Title"),
                 translate("RecommendationsPage", "&Date"), translate("RecommendationsPage", "Organi&sation"),
                 translate("RecommendationsPage", "R&ecommendation"), translate("RecommendationsPage", "&Place"),
                 translate("RecommendationsPage", "&Governorate"), translate("RecommendationsPage", "&Audience"),
                 translate("RecommendationsPage", "&Reach"))
        for label, text in zip(self.o_labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        kind = self.o_kind.currentData()
        self.o_kind.clear()
        for code in outreach.KINDS:
            self.o_kind.addItem(self._outreach_kind(code), code)
        self.o_kind.setCurrentIndex(max(0, self.o_kind.findData(kind)))
        gov = self.o_governorate.currentData()
        self.o_governorate.clear()
        self.o_governorate.addItem(translate("RecommendationsPage", "— none —"), "")
        for g in GOVERNORATES:
            self.o_governorate.addItem(g.name(self.ctx.language.language), g.key)
        self.o_governorate.setCurrentIndex(max(0, self.o_governorate.findData(gov)))
        self.o_add.setText(translate("RecommendationsPage", "Add &outreach"))
        self.outreach_deletes.retranslate()
        self.read_outreach_choices()  # "— none —" and the recommendations' titles in the new language

    def _outreach_fields(self) -> dict[str, Any]:
        q = self.o_date.date()
        return {
            "kind": self.o_kind.currentData(), "title": self.o_title.text(),
            "date": dt.date(q.year(), q.month(), q.day()), "place": self.o_place.text(),
            "governorate": self.o_governorate.currentData() or "", "audience": self.o_audience.text(),
            "reach": self.o_reach.value(),
            "organisation_ids": [org] if (org := chosen(self.o_org)) else [],
            "recommendation_ids": [rec] if (rec := chosen(self.o_rec)) else [],
        }

    def _outreach_typed(self) -> bool:
        """Whether the outreach form holds a record not added: a title typed (a record without one can
        never be added), not while the same record's adding is on its way."""
        fields = self._outreach_fields()
        return bool(fields["title"].strip()) and fields != self._o_sending

    def _outreach_settled(self) -> bool:
        """Asked: Save adds the record now (a refusal says why under Add outreach and stays), Discard
        empties the form, Cancel stays."""
        def discard() -> None:
            for edit in (self.o_title, self.o_place, self.o_audience):
                edit.clear()
            self.o_reach.setValue(0)

        translate = QCoreApplication.translate
        return settle_typing(self, translate("RecommendationsPage", "Outreach not saved"),
                             translate("RecommendationsPage", "The outreach record you typed is not saved. Save it now?"),
                             save=self._outreach_added_now, discard=discard)

    def _no_such_choice(self) -> bool:
        """A name typed in the Organisation or Recommendation box that is no item's: said in one line, in
        sight (the form may stand under its list, the page scrolled), the box focused to choose from its
        list (or emptied for none); nothing is sent."""
        translate = QCoreApplication.translate
        if chosen(self.o_org) is None:
            box = self.o_org
            say(self.o_error, lambda: translate(
                "RecommendationsPage", "No organisation has the name typed: choose one from the list under the "
                "box, or leave it empty for none."))
        elif chosen(self.o_rec) is None:
            box = self.o_rec
            say(self.o_error, lambda: translate(
                "RecommendationsPage", "No recommendation has the title typed: choose one from the list under "
                "the box, or leave it empty for none."))
        else:
            return False
        box.setFocus()
        self._error_in_sight()
        return True

    def _error_in_sight(self) -> None:
        """The refusal's line in sight: at 20 points on a laptop the form is under its list, the page
        scrolls, and the box given the keyboard to put right is higher up than the line saying why.
        Again a turn later: the line's height grows with its lines only once laid out at its width."""
        bring_into_view(self.o_error)
        QTimer.singleShot(0, self.o_error, lambda: bring_into_view(self.o_error))

    def _outreach_added_now(self) -> bool:
        if self._no_such_choice():
            return False
        fields = self._outreach_fields()
        try:
            CollectionOp(self.ctx, lambda s: outreach.create(s, fields)).run_now()
        except (outreach.OutreachError, EnvironmentProblem) as exc:
            self._outreach_failed(exc)
            return False
        self.o_error.clear()
        self.o_title.clear()
        return True

    def _outreach_failed(self, exc: BaseException) -> None:
        translate = QCoreApplication.translate
        if isinstance(exc, outreach.OutreachError) and exc.code in ("unknown_organisation", "unknown_recommendation"):
            say(self.o_error, lambda: translate(
                "RecommendationsPage", "The organisation or recommendation chosen was deleted meanwhile (a team "
                "update): choose again, or none."))
            self.read_outreach_choices()  # the lists without it
        elif isinstance(exc, outreach.OutreachError) and exc.code == "too_early":
            say(self.o_error, lambda: translate(
                "RecommendationsPage", "An outreach record cannot be dated before 2000: give the date it took place."))
            self.o_date.setFocus()  # the date to put right
        elif isinstance(exc, outreach.OutreachError) and exc.code == "future_date":
            say(self.o_error, lambda: translate(
                "RecommendationsPage", "An outreach record cannot be dated after today: record a meeting once it "
                "has taken place."))
            self.o_date.setFocus()  # the date to put right
        elif isinstance(exc, outreach.OutreachError):
            say(self.o_error, lambda: translate("RecommendationsPage", "An outreach record needs a title and a date."))
        elif isinstance(exc, EnvironmentProblem):  # another program's write, a full disk
            say(self.o_error, lambda: environment_reason(exc))
        else:
            raise exc

    def add_outreach(self) -> None:
        if self._no_such_choice():
            return
        fields = self._outreach_fields()
        self._o_sending = fields

        def failed(exc: BaseException) -> None:
            self._o_sending = None
            self._outreach_failed(exc)
            self._error_in_sight()

        def done(_event: Any) -> None:
            self._o_sending = None
            self.o_error.clear()
            if self.o_title.text() == fields["title"]:  # not what was typed since
                self.o_title.clear()

        CollectionOp(self.ctx, lambda s: outreach.create(s, fields)).success(while_alive(self, done)).failure(
            while_alive(self, failed)).run_in_background()
