"""The Consent page at the centre after a laptop's "yes" dated 2286 (stamped before the participant's
"no"): the "no" recorded at the centre afterwards is the record that stands, and the "yes" says it was
replaced. Records are ordered by the earlier of ``recorded_at`` and their stamp
(desktop/core/consent_order.py); ordered by ``recorded_at`` alone, the 2286 "yes" stood and the "no"
read "Replaced"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.clock import system_ms
from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.sync.importer import import_files
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.page_models import status_text
from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import settle
from tests.sync.test_lying_dates import (  # noqa: F401
    _by,
    _consent_from_the_laptop,
    _forged,
    _no_at_the_centre,
    _record,
    field_team,
    team,
)
from tests.sync_helpers import Team


def test_the_no_given_after_a_yes_dated_ahead_stands_on_the_consent_page(
        team: Team, tmp_path: Path, make_ctx: Callable[[Store], AppContext], qtbot: QtBot) -> None:  # noqa: F811
    person, session, form, first = _consent_from_the_laptop(team, tmp_path)
    ahead = new_id()
    forged = _forged(team, tmp_path, [_by(team, "consent_record", "insert",
                                          _record(person, session, form, "2286-01-01T10:00:00+03:00"),
                                          row_id=ahead, ms=system_ms() - 10 * 60_000)], "ahead.majlis")
    assert [o.status for o in import_files(team.centre, [forged], team.identities)] == ["imported"]
    no = _no_at_the_centre(team, person, session, form)
    page = ConsentPage(make_ctx(team.centre))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    settle()
    rows = {r.record_id: r for r in page.all_rows}
    assert status_text(rows[no]) == "Given"
    assert status_text(rows[ahead]).startswith("Replaced") and status_text(rows[first]).startswith("Replaced")
    page.status_filter.setCurrentIndex(1)  # Given: the record that stands
    settle()
    assert {page.register.rows[i].record_id for i in range(page.register.rowCount())} == {no}
