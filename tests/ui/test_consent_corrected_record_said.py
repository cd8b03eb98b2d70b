"""A consent corrected at the door: the facilitator answered Yes to being quoted for a person who said
No, and records their consent again. The register then listed two records of that person in that
session, both "Given", one with ✓ quotes and one with ✗, and nothing said which one stands (the newer:
consent_rules.policy_from_records). The older now says it was replaced, and when; the Given and Refused
filters show the record that stands."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.i18n.formatting import format_date
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.page_models import status_text
from desktop.ui.context import AppContext
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import answer_all, choose, fg, make_dialog, records, user_name  # noqa: F401


def recorded(ctx: AppContext, qtbot: QtBot, group: FocusGroup, seat: int, **no: bool) -> None:
    dialog = make_dialog(ctx, qtbot, group.participants[seat], group.session_id)
    answer_all(dialog, qtbot, **no)
    choose(dialog, "paper", qtbot)
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.error.text()


def test_the_record_a_correction_replaced_says_so(ctx: AppContext, store: Store, fg: FocusGroup,  # noqa: F811
                                                   qtbot: QtBot) -> None:
    recorded(ctx, qtbot, fg, 0)
    recorded(ctx, qtbot, fg, 1)
    recorded(ctx, qtbot, fg, 0, quote=False)  # the mistake corrected
    older, other, newer = records(store)
    assert older.answers["quote"] is True and newer.answers["quote"] is False
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    settle()
    rows = {r.record_id: r for r in page.all_rows}
    when = format_date(__import__("datetime").date.fromisoformat(newer.recorded_at[:10]), "en", "latn")
    assert status_text(rows[older.id]) == f"Replaced {when}"
    assert status_text(rows[newer.id]) == status_text(rows[other.id]) == "Given"
    page.status_filter.setCurrentIndex(1)  # Given
    settle()
    shown = {page.register.rows[i].record_id for i in range(page.register.rowCount())}
    assert shown == {newer.id, other.id}
    page.status_filter.setCurrentIndex(0)  # All: the replaced record is still there to read
    settle()
    assert page.register.rowCount() == 3
