"""Delete on the Recommendations page: a recommendation (under its list) and an outreach record (under
theirs), by a button or the Delete key on the list, after a question that names what goes.

A recommendation goes with its evidence links and its status history; outreach records naming it stay
(``desktop/core/advocacy_removal.py`` says why). Only coordinators delete recommendations (a field
laptop's Delete key says so in one line); a field laptop deletes only the outreach records it made
(another's is refused in one line, nothing asked). The app has no undo for a deletion (a status, a code,
a piece of evidence removed: each is asked about first), so neither has this: No is the question's
default and it says the deletion cannot be undone. The deletion is an ordinary change: a laptop in a
team sends it in its next bundle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QWidget

from desktop.core import advocacy_removal, outreach, recommendations
from desktop.core.errors import EnvironmentProblem
from desktop.core.text_cut import shortened
from desktop.ui.advocacy.table_model import while_alive
from desktop.ui.advocacy.view_words import role_explanation
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.scroll_frame import bring_into_view
from desktop.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from desktop.ui.advocacy.page import RecommendationsPage
    from desktop.ui.advocacy.table_model import RowsModel
    from desktop.ui.context import AppContext


class OutreachTab(Protocol):
    """What the outreach Delete uses of the page (its Outreach tab, outreach_form.py)."""

    ctx: AppContext
    outreach_list: QTableView
    outreach_model: RowsModel

TITLE_NAMED = 80  # of a title, the characters the question quotes (the whole is in the list's tooltip)
REFUSED, DONE = "color: #b00020", ""


class SaidLine(WrappedLabel):
    """What a Delete did or why it was refused: one line (a refusal in red), hidden while empty."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHidden(True)

    def tell(self, words: Words | str, *, refused: bool = False) -> None:
        self.setStyleSheet(REFUSED if refused else DONE)
        say(self, words)
        self.setHidden(not self.text())
        # In sight where the page scrolls (20 points on a laptop at 150 %: the list above the form), again
        # a turn later, once laid out at its width (the outreach form's refusal line: outreach_form.py).
        bring_into_view(self)
        QTimer.singleShot(0, self, lambda: bring_into_view(self))


def _delete_key(table: QTableView, act: Any) -> None:
    """The Delete key on the list (only while the list has the keyboard: in a box it deletes letters)."""
    key = QShortcut(QKeySequence(Qt.Key.Key_Delete), table, context=Qt.ShortcutContext.WidgetShortcut)
    key.activated.connect(act)


def _keyboard_to(table: QTableView, button: QPushButton) -> None:
    """The list takes the keyboard back from the Delete button that was pressed: the button is disabled
    with nothing chosen, and Qt gave the keyboard to whatever came next (the form's first field)."""
    if button.hasFocus() or QApplication.focusWidget() is None:
        table.setFocus()


class RecommendationDeletes(QObject):
    """"Delete recommendation" beside "New recommendation", and the Delete key on the list."""

    def __init__(self, page: RecommendationsPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.button = QPushButton(parent)
        self.button.clicked.connect(self.delete_chosen)
        self.said = SaidLine(parent)
        _delete_key(page.list, self.delete_chosen)
        page.list.selectionModel().currentRowChanged.connect(lambda current, _was: self.follow(current.isValid()))
        page.list_model.modelReset.connect(self.follow)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Delete recommendation"))
        self.follow()

    def follow(self, chose: bool = False) -> None:
        """Enabled for a coordinator with a recommendation chosen; a facilitator's laptop says why not.
        ``chose``: another one chosen, and what the last Delete said no longer speaks of it."""
        if chose:
            self.said.tell("")
        may, chosen = self.page.may_change, self._chosen()
        draft = chosen is not None and chosen in self.page.drafts  # a facilitator's own, never sent
        self.button.setEnabled((may or draft) and chosen is not None)
        self.button.setToolTip("" if may or draft else role_explanation())

    def _chosen(self) -> str | None:
        row = self.page.list.currentIndex().row()
        return self.page.listed[row].id if 0 <= row < len(self.page.listed) else None

    def delete_chosen(self) -> None:
        rec_id = self._chosen()
        if rec_id is None:
            return
        draft = rec_id in self.page.drafts
        if not self.page.may_change and not draft:
            self.said.tell(role_explanation, refused=True)
            return
        lang = str(self.page.ctx.language.language)
        try:
            going = read_now(self.page.ctx, lambda s: advocacy_removal.recommendation_going(s, rec_id, lang))
        except recommendations.RecommendationError:
            self._gone()
            return
        view = self.page._view
        shown_and_typed = view is not None and view.rec_id == rec_id and view.has_typed()
        if not confirm_removal(self.page, self.tr("Delete recommendation"),
                               self._question(going, shown_and_typed, draft)):
            return
        if view is not None and view.rec_id == rec_id:
            view.load(None)  # its form empties now: no "deleted elsewhere" when the list reads again
        number = going.number
        def deleted(_none: None) -> None:
            _keyboard_to(self.page.list, self.button)
            self.said.tell(lambda: self.tr("Recommendation %1 deleted.").replace(
                "%1", self.page.ctx.language.format_number(number)))

        CollectionOp(self.page.ctx, lambda s: recommendations.delete(s, rec_id)).success(
            while_alive(self, deleted)).failure(while_alive(self, self._failed)).run_in_background()

    def _question(self, going: advocacy_removal.RecommendationGoing, typed: bool, draft: bool) -> str:
        language = self.page.ctx.language
        asked = self.tr("Delete recommendation %1, “%2”?").replace("%1", language.format_number(going.number)) \
            .replace("%2", isolated(shortened(going.title, TITLE_NAMED)))  # typed: its own direction
        lines: list[str] = []  # what goes with it, one line each
        count = language.format_number
        if going.links:
            lines.append(self.tr("Evidence links, deleted with it: %1").replace("%1", count(going.links)))
        lines.append(self.tr("Entries of its status history, deleted with it: %1").replace(
            "%1", count(going.statuses)))
        if going.outreach:  # they record meetings that took place (advocacy_removal.py)
            lines.append(self.tr("Outreach records that name it, kept: %1").replace(
                "%1", count(going.outreach)))
        if typed:
            lines.append(self.tr("What you typed in it and did not save is dropped."))
        if draft:  # recommendations.delete: deleted here only, nothing sent
            lines.append(self.tr("It is a local draft, never sent to the team: it is deleted from this laptop only."))
        return "\n\n".join((asked, "\n".join(lines), self.tr("This cannot be undone.")))

    def _gone(self) -> None:
        self.said.tell(lambda: self.tr("That recommendation was deleted elsewhere meanwhile."), refused=True)
        self.page.reload_list()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, recommendations.RecommendationError) and exc.code == "coordinators_only":
            self.said.tell(role_explanation, refused=True)
        elif isinstance(exc, recommendations.RecommendationError):
            self._gone()
        elif isinstance(exc, EnvironmentProblem):  # another program's write, a full disk
            self.said.tell(lambda: environment_reason(exc), refused=True)
        else:
            raise exc


class OutreachDeletes(QObject):
    """"Delete outreach record" under the outreach list, and the Delete key on it."""

    def __init__(self, page: OutreachTab, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.button = QPushButton(parent)
        self.button.clicked.connect(self.delete_chosen)
        self.said = SaidLine(parent)
        _delete_key(page.outreach_list, self.delete_chosen)
        page.outreach_list.selectionModel().currentRowChanged.connect(
            lambda current, _was: self.follow(current.isValid()))
        page.outreach_model.modelReset.connect(self.follow)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Delete outreach record"))
        self.follow()

    def follow(self, chose: bool = False) -> None:
        if chose:  # another one chosen: what the last Delete said no longer speaks of it
            self.said.tell("")
        self.button.setEnabled(self._chosen() is not None)

    def _chosen(self) -> str | None:
        row = self.page.outreach_list.currentIndex().row()
        rows = self.page.outreach_model.rows
        return str(rows[row].id) if 0 <= row < len(rows) else None

    def delete_chosen(self) -> None:
        event_id = self._chosen()
        if event_id is None:
            return
        going = read_now(self.page.ctx, lambda s: advocacy_removal.outreach_going(s, event_id))
        if going is None:
            self.said.tell(lambda: self.tr("That outreach record was deleted elsewhere meanwhile."), refused=True)
            return
        if not going.mine:
            self._not_yours()
            return
        title = isolated(shortened(going.title, TITLE_NAMED))  # typed: its own direction in the sentence
        when = self.page.ctx.language.format_date(going.date) if going.date else ""
        question = (self.tr("Delete the outreach record “%1” of %2?").replace("%1", title).replace("%2", when)
                    + "\n\n" + self.tr("This cannot be undone."))
        if not confirm_removal(self.page.outreach_list, self.tr("Delete outreach record"), question):
            return
        def deleted(_none: None) -> None:
            _keyboard_to(self.page.outreach_list, self.button)
            self.said.tell(lambda: self.tr("Outreach record deleted."))

        CollectionOp(self.page.ctx, lambda s: outreach.delete(s, event_id)).success(
            while_alive(self, deleted)).failure(while_alive(self, self._failed)).run_in_background()

    def _not_yours(self) -> None:
        self.said.tell(lambda: self.tr(
            "This outreach record was made on another laptop: only a coordinator, or the laptop that made it, "
            "may delete it."), refused=True)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, outreach.OutreachError) and exc.code == "not_yours":
            self._not_yours()
        elif isinstance(exc, EnvironmentProblem):
            self.said.tell(lambda: environment_reason(exc), refused=True)
        else:
            raise exc
