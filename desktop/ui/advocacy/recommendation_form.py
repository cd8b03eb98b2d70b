"""The recommendation view's form: its titles and texts in the three languages, the law, article and
authority, Save recommendation, and the line beside Save that says why a save (or a change) was refused.

Typing not saved is asked about (Save / Discard / Cancel, widgets/unsaved_choice.py) before the form
shows another recommendation, an empty one (New recommendation), or the page is left or the window
closed (``RecommendationsPage.may_leave``): it was replaced, or gone with the window, without a word.

A part of ``RecommendationView`` (recommendation_view.py), which these methods extend: they set its
widgets as its attributes. The words keep the "RecommendationView" context they were translated in
(a literal in every call: lupdate reads no variable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core import recommendations
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import Recommendation
from desktop.core.recommendations import LANGUAGES
from desktop.ui.advocacy.table_model import while_alive
from desktop.ui.advocacy.text_box import TextBox
from desktop.ui.advocacy.view_part import ViewPart
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.save_key import save_key
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.unsaved_choice import settle_typing

FIELD_KEYS = (*(f"title_{lang}" for lang in LANGUAGES), *(f"text_{lang}" for lang in LANGUAGES),
              "target_law", "target_article", "authority")


class RecommendationForm(ViewPart):
    """The fields of a recommendation view and their Save (``build_form`` makes them)."""

    _sending: dict[str, str] | None = None  # the words of a save on its way
    form_shown = 0  # counts the recommendations (or empty forms) the fields were filled for

    def build_form(self, body: QWidget) -> QFormLayout:
        self.fields: dict[str, QLineEdit | FreeTextEdit] = {}
        self.form = QFormLayout()
        # A label above its field where the side is too narrow for both on one line (24 points beside the
        # list in a window not maximised); side by side, as before, wherever they fit.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_labels: dict[str, QLabel] = {}
        for key in FIELD_KEYS:
            edit: QLineEdit | FreeTextEdit = TextBox(body) if key.startswith("text_") else QLineEdit(body)
            if isinstance(edit, QLineEdit):
                limit_line(edit, Recommendation, key)
            self.fields[key] = edit
            self.form_labels[key] = QLabel(body)
            self.form_labels[key].setBuddy(edit)
            self.form.addRow(self.form_labels[key], edit)
        self.error = QLabel(body)
        self.error.setStyleSheet("color: #b00020")
        self.save_button = QPushButton(body)
        self.save_button.clicked.connect(self.save)
        save_key(self.save_button)  # Ctrl+S, as on the Codebook page
        return self.form

    def retranslate_form(self) -> None:
        translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
        names = {"ar": translate("RecommendationView", "Arabic"), "ckb": translate("RecommendationView", "Kurdish"),
                 "en": translate("RecommendationView", "English")}
        for lang in LANGUAGES:
            title = translate("RecommendationView", "Title (%1)").replace("%1", names[lang])
            text = translate("RecommendationView", "Text (%1)").replace("%1", names[lang])
            self.form_labels[f"title_{lang}"].setText(title)
            self.form_labels[f"text_{lang}"].setText(text)
            self.fields[f"title_{lang}"].setAccessibleName(title)
            self.fields[f"text_{lang}"].setAccessibleName(text)
        self.form_labels["target_law"].setText(translate("RecommendationView", "&Law"))
        self.form_labels["target_article"].setText(translate("RecommendationView", "A&rticle"))
        self.form_labels["authority"].setText(translate("RecommendationView", "Responsible &authority"))
        self.fields["target_law"].setAccessibleName(translate("RecommendationView", "Law"))
        self.fields["target_article"].setAccessibleName(translate("RecommendationView", "Article"))
        self.fields["authority"].setAccessibleName(translate("RecommendationView", "Responsible authority"))
        self.save_button.setText(translate("RecommendationView", "&Save recommendation"))

    def _values(self) -> dict[str, str]:
        return {key: (e.toPlainText() if isinstance(e, FreeTextEdit) else e.text()) for key, e in self.fields.items()}

    def filled(self) -> None:
        """The fields now hold the recommendation's stored words (or an empty form's): nothing typed."""
        self._shown = self._values()

    def has_typed(self) -> bool:
        """Whether the fields hold typing not saved: never on a facilitator's laptop (read-only), nor
        while a save of these very words is on its way (Save pressed, then another recommendation)."""
        values = self._values()
        return self.may_change and values != self._shown and values != self._sending

    def typing_settled(self, discard: Callable[[], object]) -> bool:
        """True when the form may show something else (or go): nothing typed, or asked, and Save stored
        the typing or Discard let it go (``discard`` called). False: Cancel, or the save refused (the
        reason beside Save)."""
        if not self.has_typed():
            return True
        translate = QCoreApplication.translate
        return settle_typing(self, translate("RecommendationView", "Recommendation not saved"),
                             translate("RecommendationView", "What you typed in this recommendation is not saved. "
                                       "Save it now?"), save=self._saved_now, discard=discard)

    def leaves_typing(self) -> bool:
        """``Page.may_leave``: Discard shows the stored words again, so nothing is asked twice."""
        return self.typing_settled(discard=self._show_stored)

    def _show_stored(self) -> None:
        if self.rec_id is None or (self.current is not None and self.current.id == self.rec_id):
            self.show_detail(self.current if self.rec_id is not None else None)
        else:  # still being read: its words come with it
            self.load(self.rec_id)

    def _saved_now(self) -> bool:
        """The fields stored now (another recommendation, the page or the window waits for it); False,
        the reason said beside Save, when they are refused."""
        values, rec_id = self._values(), self.rec_id
        self.error.clear()
        try:
            new_id = CollectionOp(self.ctx, _writer(rec_id, values)).run_now()
        except (recommendations.RecommendationError, EnvironmentProblem) as exc:
            self._failed(exc)
            return False
        self.rec_id, self._shown = new_id, values
        self.saved.emit(new_id)
        return True

    def save(self) -> None:
        values, rec_id, form = self._values(), self.rec_id, self.form_shown
        self._sending = values

        def done(new_id: str) -> None:
            self._sending = None
            if self.form_shown != form:  # another recommendation chosen meanwhile: the form is that one's
                self.saved.emit(new_id)
                return
            self.error.clear()
            self.rec_id = new_id
            # Saved: no longer typing, while the recommendation is read back (it was asked about meanwhile).
            self._shown = values
            self.saved.emit(new_id)
            self.load(new_id)

        def refused(exc: BaseException) -> None:
            self._sending = None
            self._failed(exc)

        CollectionOp(self.ctx, _writer(rec_id, values)).success(while_alive(self, done)).failure(
            while_alive(self, refused)).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self._refused(exc, lambda words: say(self.error, words))

    def _refused(self, exc: BaseException, show: Callable[[Callable[[], str]], None]) -> None:
        translate = QCoreApplication.translate
        if isinstance(exc, recommendations.RecommendationError) and exc.code == "local_draft":
            show(self.draft_explanation)
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "future_date":
            show(lambda: translate("RecommendationView", "A status cannot be dated in the future: give the date it "
                                   "happened."))
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "too_early":
            show(lambda: translate("RecommendationView", "A status cannot be dated before 2000: give the date it "
                                   "happened."))
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "title_required":
            show(lambda: translate("RecommendationView", "A recommendation needs a title in at least one language."))
            # The keyboard on a title to type (the interface language's), what was typed kept.
            lang = str(self.ctx.language.language)
            self.fields[f"title_{lang if lang in LANGUAGES else LANGUAGES[0]}"].setFocus()
        elif isinstance(exc, recommendations.RecommendationError):
            show(lambda: translate("RecommendationView", "This could not be saved."))
        elif isinstance(exc, EnvironmentProblem):  # another program's write, a full disk
            show(lambda: environment_reason(exc))
        else:
            raise exc


def _writer(rec_id: str | None, values: dict[str, str]) -> Callable[[Any], str]:
    """The form's save: the recommendation ``rec_id`` changed, or a new one made; its id."""

    def write(s: Any) -> str:
        if rec_id:
            return recommendations.update(s, rec_id, values).id
        return recommendations.create(s, values).id

    return write
