"""The recommendation view's evidence: the links (a whole code, a coded segment, a survey figure), the
code and segment to link, Link whole code, Link this segment and Remove evidence.

A part of ``RecommendationView`` (recommendation_view.py), which these methods extend: they set its
widgets as its attributes. The words keep the "RecommendationView" context they were translated in
(a literal in every call: lupdate reads no variable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QPushButton, QVBoxLayout, QWidget

from desktop.core import codebook, recommendations, retrieval, text_cut
from desktop.ui.advocacy.table_model import PagedRowsModel, make_table, while_alive
from desktop.ui.advocacy.view_part import ViewPart
from desktop.ui.operations import QueryOp, read_now
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.device_name import isolated
from desktop.ui.widgets.elided_combo import ElidedCombo
from desktop.ui.widgets.stacking_row import StackingRow


class EvidenceLinks(ViewPart):
    """The evidence box of a recommendation view (``build_evidence`` makes it)."""

    def build_evidence(self, body: QWidget) -> QGroupBox:
        translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
        self.evidence_box = QGroupBox(body)
        self.links_model = PagedRowsModel([
            (lambda: translate("RecommendationView", "Evidence"), lambda link: self._kind_word(link.kind)),
            (lambda: translate("RecommendationView", "What"), lambda link: link.description),
        ], self)
        self.links = make_table(body, self.links_model, fit=False)
        self.code_combo = ElidedCombo(body)
        self.link_code_button = QPushButton(body)
        self.link_code_button.clicked.connect(self.link_code)
        self.segment_combo = ElidedCombo(body)
        for combo in (self.code_combo, self.segment_combo):
            # A segment is listed with up to 90 characters of its words: sized to them, the box made the
            # whole view wider than the room beside the list at the window's first size, and every field
            # above it was cut off behind a horizontal scroll bar (an English title lost its start in
            # a right-to-left screen). The boxes take the row's width; the list shows the whole text, and
            # the box the chosen one shortened with "…" (elided_combo.py).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.code_combo.currentIndexChanged.connect(lambda _i: self._load_segments())
        self.link_segment_button = QPushButton(body)
        self.link_segment_button.clicked.connect(self.link_segment)
        self.unlink_button = QPushButton(body)
        self.unlink_button.clicked.connect(self.unlink)
        evidence_layout = QVBoxLayout(self.evidence_box)
        evidence_layout.addWidget(self.links)
        evidence_layout.addWidget(StackingRow([(self.code_combo, 1), (self.link_code_button, 0),
                                               (self.unlink_button, 0)], body))
        evidence_layout.addWidget(StackingRow([(self.segment_combo, 1), (self.link_segment_button, 0)], body))
        return self.evidence_box

    def retranslate_evidence(self) -> None:
        translate = QCoreApplication.translate
        self.evidence_box.setTitle(translate("RecommendationView", "Evidence"))
        self.links.setAccessibleName(translate("RecommendationView", "Evidence"))
        self.code_combo.setAccessibleName(translate("RecommendationView", "Code"))
        self.segment_combo.setAccessibleName(translate("RecommendationView", "Coded segment"))
        self.link_code_button.setText(translate("RecommendationView", "Link whole &code"))
        self.link_segment_button.setText(translate("RecommendationView", "Link this seg&ment"))
        self.unlink_button.setText(translate("RecommendationView", "Remove evidence"))

    def _kind_word(self, kind: str) -> str:
        translate = QCoreApplication.translate
        return {"segment": translate("RecommendationView", "coded segment"),
                "code": translate("RecommendationView", "whole code"),
                "survey": translate("RecommendationView", "survey figure")}.get(kind, kind)

    def _link_row(self) -> Any | None:
        return self.links_model.row_at(self.links.currentIndex())

    def reload_codes(self) -> None:
        """The codes to link, read again when the codebook changes (the page calls this). The code
        chosen stays; one merged away is followed to the code that absorbed it, one deleted leaves
        none chosen (falling back to the first code would link one never chosen)."""
        lang = self.ctx.language.language
        current = self.code_combo.currentData()

        def read(s: Any) -> tuple[list[tuple[str, str]], str | None]:
            codes = [(c.id, codebook.display_name(c, lang)) for c in codebook.live_codes(s)]
            return codes, codebook.resolve(s, str(current)) if current else None

        codes, chosen = read_now(self.ctx, read)
        self.code_combo.blockSignals(True)
        self.code_combo.clear()
        for code_id, name in codes:
            self.code_combo.addItem(name, code_id)
        self.code_combo.setCurrentIndex(self.code_combo.findData(chosen) if chosen else 0)
        self.code_combo.blockSignals(False)
        self._load_segments()

    def _load_segments(self) -> None:
        code_id = self.code_combo.currentData()
        self.segment_combo.clear()
        if not code_id:
            return
        translate = QCoreApplication.translate

        def fill(items: list[retrieval.Retrieved]) -> None:
            if self.code_combo.currentData() != code_id:
                return
            self.segment_combo.clear()
            # A segment whose words were edited since it was coded is listed last, marked as the quotes
            # table marks it ("No: not until its coding is reviewed"), without its words: they may be
            # what the edit took out. It was listed among the others with its words as coded, unmarked.
            for item in sorted(items, key=lambda i: i.needs_review):  # sorted() keeps reading order
                if item.needs_review:
                    words = translate("RecommendationView", "%1, %2: edited since it was coded, not in the "
                                      "brief until its coding is reviewed").replace(
                        "%1", item.speaker or "—").replace("%2", isolated(item.session_title))
                else:
                    words = f"{item.speaker or '—'}: {text_cut.shortened(item.text, 90)}"
                self.segment_combo.addItem(words, item.segment_id)
                if item.needs_review:
                    self.segment_combo.setItemData(self.segment_combo.count() - 1, translate(
                        "RecommendationView", "Open its session in the coding window and move the coding onto "
                        "the words as they read now: then the brief may quote it."), Qt.ItemDataRole.ToolTipRole)

        QueryOp(self.ctx, lambda s: retrieval.quotes(s, [code_id], include_subcodes=False),
                while_alive(self, fill)).run_in_background()

    def link_code(self) -> None:
        code_id, rec_id = self.code_combo.currentData(), self.rec_id
        if code_id:
            self._change(lambda s: recommendations.link_code(s, str(rec_id), code_id))

    def link_segment(self) -> None:
        segment_id, rec_id = self.segment_combo.currentData(), self.rec_id
        if segment_id:
            self._change(lambda s: recommendations.link_segment(s, str(rec_id), segment_id))

    def unlink(self) -> None:
        """The chosen evidence link, after a question naming its kind (No is the default). The link's
        description is not in the question: it may be a participant's words."""
        row = self._link_row()
        if row is None:
            return
        translate = QCoreApplication.translate
        question = translate("RecommendationView", "Remove this evidence link (%1)?").replace(
            "%1", self._kind_word(row.kind))
        if confirm_removal(self, translate("RecommendationView", "Remove evidence"), question):
            link_id = row.id
            self._change(lambda s: recommendations.unlink(s, link_id))
