"""A withdrawal of consent to be quoted that arrives names the codes to read, as one made here does.

Made on the Consent page, a withdrawal of quotes names the codes used on the participant's words whose
memo, examples, definition or criteria may quote them (every export carries those texts). Arrived in a
laptop's bundle at the centre, or in the centre's team update on a laptop, the Sync page said only that a
participant is no longer quoted: the coordinator, who publishes the codebook, was never told which codes
to read. The line now names them in the interface's language (never their text, never the participant).
Real stores, real bundles and team updates, the real Sync page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.sync.team import write_team_update
from desktop.ui.qt_i18n import LanguageManager
from tests.core.test_erasure_codes_to_review import codes_around as memo_and_examples
from tests.erasure_helpers import known_at_the_centre, withdrawn_on_the_laptop
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)

QUOTES = "A withdrawal of consent to be quoted arrived: a participant is no longer quoted here."
NAMES = {"en": ("water", "fear", "plain"), "ar": ("المياه", "الخوف", "عادي"), "ckb": ("water", "fear", "plain")}


def codes_around(store: Any, study: Any) -> None:
    """"water" has a memo, "fear" examples, "plain" a definition (all on the participant's words);
    "trust" a memo, used only on another participant's words."""
    from sqlalchemy import select

    from desktop.core.models import Code

    memo_and_examples(store, study)
    with store.transaction() as s:
        s.scalars(select(Code).where(Code.name_en == "plain")).one().definition = "«قالوا لنا صوّتوا»"


def results(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def names_in(said: str, lang: str, store: Any, person: str) -> None:
    from desktop.core import erasure_codes

    with store.session() as s:  # the codes' names as shown in ``lang`` (a Kurdish name falls back)
        shown = {c.name("en"): c.name(lang) for c in erasure_codes.codes_used_on(s, [person])}
    assert all(shown[n] in said for n in NAMES["en"]), said
    assert "trust" not in said and "الثقة" not in said  # used only on another participant's words
    assert "الماء المالح" not in said and "خفت" not in said and "صوّتوا" not in said  # named, never their text


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_centre_is_told_which_codes_to_read(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                               manager: LanguageManager, tmp_path: Path) -> None:
    centre = team.centre
    study = known_at_the_centre(team, tmp_path)
    codes_around(centre, study)  # the centre's codebook, used on the participant's words
    marks = withdrawn_on_the_laptop(team, tmp_path, study, "quotes")

    manager.set_language(lang)
    page = open_page(make_ctx(centre, lang=manager), qtbot, identity=team.identity_file)
    assert page.import_paths([marks.path])
    quotes = QCoreApplication.translate("ArrivedErasure", QUOTES)
    qtbot.waitUntil(lambda: any(quotes in line for line in results(page)), timeout=30_000)
    said = next(line for line in results(page) if quotes in line)
    names_in(said, lang, centre, study.withdrawn)
    names_in(page.import_summary.text(), lang, centre, study.withdrawn)  # beside the Import button too
    assert study.pseudonym not in said
    assert lang == "en" or english_words(said.replace("water", "").replace("fear", "").replace("plain", "")) == [], said


def test_a_laptop_applying_the_update_is_told_which_codes_to_read(
        team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path) -> None:
    laptop, centre = team.devices[0], team.centre
    study = known_at_the_centre(team, tmp_path)
    codes_around(laptop, study)  # coded on the laptop that recorded them
    withdrawal.withdraw_participant(centre, pseudonym=study.pseudonym, scope="quotes", on="2026-11-30")
    update = write_team_update(centre, tmp_path / "update.majlis").path

    manager.set_language("ar")
    page = open_page(make_ctx(laptop, lang=manager), qtbot)
    assert page.import_paths([update])
    quotes = QCoreApplication.translate("ArrivedErasure", QUOTES)
    qtbot.waitUntil(lambda: any(quotes in line for line in results(page)), timeout=30_000)
    said = next(line for line in results(page) if quotes in line)
    assert all(n in said for n in NAMES["ar"]), said
    assert "الثقة" not in said and "خفت" not in said
