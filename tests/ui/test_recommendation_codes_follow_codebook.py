"""The Recommendations page's list of codes to link as evidence follows the codebook while it is open.

Before, the list was read once (and again only at a language switch): a code made on the Codebook
page or in vivo meanwhile could not be linked until the app was restarted, and after the code chosen
there was merged or deleted the list fell back to its first code, which "Link whole code" would have
linked to the recommendation as its evidence. Now a new code appears, a merged one is followed to the
code that absorbed it, and a deleted one leaves none chosen (nothing is linked).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import Code, EvidenceLink
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture
from tests.recommendations_page import recommendations_demo_store, recommendations_page

ctx = coder_context_fixture()
store = recommendations_demo_store()  # the demo the page shows, a copy per test


def _elsewhere(ctx: AppContext, qtbot: QtBot, change: object) -> object:
    done: list[object] = []
    CollectionOp(ctx, change).success(done.append).run_in_background()  # type: ignore[arg-type]
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    return done[0]


def _linked_codes(ctx: AppContext, rec_id: str) -> set[str]:
    with ctx.store.session() as s:
        return {link.code_id for link in s.scalars(select(EvidenceLink).where(
            EvidenceLink.recommendation_id == rec_id, EvidenceLink.deleted.is_(False))) if link.code_id}


def test_codes_to_link_follow_the_codebook(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, str(ctx.language.language), demo_in_store=True) as page:
        view = page.view
        rec_id = view.rec_id
        assert rec_id is not None
        made = _elsewhere(ctx, qtbot, lambda s: codebook.create_code(s, name_ar="مراكز بعيدة",
                                                                          name_en="Distant centres"))
        assert isinstance(made, Code)
        new = made.id
        combo = view.code_combo
        assert combo.findData(new) >= 0  # made meanwhile: there to link
        combo.setCurrentIndex(combo.findData(new))
        view.link_code_button.click()
        assert ctx.tasks.drain(10_000)
        assert new in _linked_codes(ctx, rec_id)

        survivor = combo.itemData(0)
        _elsewhere(ctx, qtbot, lambda s: codebook.merge(s, new, survivor))
        assert combo.currentData() == survivor  # merged: followed

        other = _elsewhere(ctx, qtbot, lambda s: codebook.create_code(s, name_ar="رمز آخر", name_en="Another"))
        assert isinstance(other, Code)
        combo.setCurrentIndex(combo.findData(other.id))
        _elsewhere(ctx, qtbot, lambda s: codebook.delete(s, other.id))
        assert combo.currentIndex() == -1 and combo.findData(other.id) == -1
        before = _linked_codes(ctx, rec_id)
        view.link_code_button.click()
        assert ctx.tasks.drain(10_000)
        assert _linked_codes(ctx, rec_id) == before  # nothing linked in its place
