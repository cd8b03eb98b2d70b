"""The recommendation view's form: its titles and texts in the three languages, the law, article and
authority, Save recommendation, and the line beside Save that says why a save (or a change) was refused.

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
from desktop.core.models import Recommendation
from desktop.core.recommendations import LANGUAGES
from desktop.ui.advocacy.table_model import while_alive
from desktop.ui.advocacy.text_box import TextBox
from desktop.ui.advocacy.view_part import ViewPart
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.text_limits import limit_line

FIELD_KEYS = (*(f"title_{lang}" for lang in LANGUAGES), *(f"text_{lang}" for lang in LANGUAGES),
              "target_law", "target_article", "authority")


class RecommendationForm(ViewPart):
    """The fields of a recommendation view and their Save (``build_form`` makes them)."""

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

    def _values(self) -> dict[str, Any]:
        return {key: (e.toPlainText() if isinstance(e, FreeTextEdit) else e.text()) for key, e in self.fields.items()}

    def save(self) -> None:
        values, rec_id = self._values(), self.rec_id

        def op(s: Any) -> str:
            if rec_id:
                return recommendations.update(s, rec_id, values).id
            return recommendations.create(s, values).id

        def done(new_id: str) -> None:
            self.error.clear()
            self.rec_id = new_id
            self.saved.emit(new_id)
            self.load(new_id)

        CollectionOp(self.ctx, op).success(while_alive(self, done)).failure(while_alive(self, self._failed)).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self._refused(exc, lambda words: say(self.error, words))

    def _refused(self, exc: BaseException, show: Callable[[Callable[[], str]], None]) -> None:
        translate = QCoreApplication.translate
        if isinstance(exc, recommendations.RecommendationError) and exc.code == "local_draft":
            show(self.draft_explanation)
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "future_date":
            show(lambda: translate("RecommendationView", "A status cannot be dated in the future: give the date it "
                                   "happened."))
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "title_required":
            show(lambda: translate("RecommendationView", "A recommendation needs a title in at least one language."))
        elif isinstance(exc, recommendations.RecommendationError):
            show(lambda: translate("RecommendationView", "This could not be saved."))
        else:
            raise exc
