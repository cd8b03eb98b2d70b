"""What the Recommendations page's lists say while they are empty (desktop/ui/widgets/empty_words.py).

Before any recommendation, outreach or organisation, the Recommendations, Outreach and Network lists
were headings over empty white boxes: nothing said how to begin or where their rows come from. Each
list says so once its first read has come (a list still being read is not "none yet"); a facilitator's
laptop, where the coordinators write the recommendations, says that instead. The words keep the
"RecommendationsPage" context (a literal in every call: lupdate reads no variable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.widgets.empty_words import EmptyWords

if TYPE_CHECKING:
    from desktop.ui.advocacy.page import RecommendationsPage


class EmptyAdvocacyLists:
    def __init__(self, page: RecommendationsPage) -> None:
        self.page = page
        self.read: set[str] = set()  # the lists whose first read has come
        self.recommendations = EmptyWords(page.list, self._recommendations)
        self.network = EmptyWords(page.network, self._network)
        self.outreach: EmptyWords | None = None  # the Outreach tab is built when first shown

    def outreach_built(self, view: QAbstractItemView) -> None:
        self.outreach = EmptyWords(view, self._outreach)

    def arrived(self, which: str) -> None:
        self.read.add(which)
        self.follow()

    def follow(self) -> None:
        for words in (self.recommendations, self.network, self.outreach):
            if words is not None:
                words.follow()

    def _recommendations(self) -> str:
        if "recommendations" not in self.read:
            return ""
        if self.page.all_listed:  # there are some: the filter let none through
            return QCoreApplication.translate("RecommendationsPage", "No recommendation matches the filter.")
        if not self.page.may_change:
            return QCoreApplication.translate(
                "RecommendationsPage",
                "No recommendations yet. The coordinators write them; a team update brings them to this laptop.")
        return QCoreApplication.translate("RecommendationsPage",
                                          "No recommendations yet. Press New recommendation to write the first.")

    def _outreach(self) -> str:
        if "outreach" not in self.read:
            return ""
        return QCoreApplication.translate(
            "RecommendationsPage", "No outreach yet. Fill in the form and press Add outreach.")  # beside the list or under it

    def _network(self) -> str:
        if "network" not in self.read:
            return ""
        return QCoreApplication.translate(
            "RecommendationsPage", "No organisations yet. Each organisation of the Organisations page is listed "
            "here with the sessions and outreach it took part in.")
