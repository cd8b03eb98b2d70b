"""A damaged `.majlis` file (a download cut into something that is no team update) given to a field laptop's Sync
page: the English line says "This is not a Majlis team update.", and an Arabic or Kurdish screen must say the same,
not the general line of its code ("This is not a Majlis bundle (it is not an age-encrypted file)"), which is not
what is wrong with it.

Found before: the reader raised the sentence unmarked for the catalogue, so it had no translation, and the page
(texts.refusal: a message with no translation gives way to its code's general sentence) showed the general line
in ar and ckb. The line is compared with the translation table (translations/majlis_*.ts), not a string typed
here. Real team, real field laptop database, the real page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.sync.errors import NotABundleError
from desktop.ui.widgets.save_files import shown_path
from tests.i18n_support import APP_TS, read_ts
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)

SPECIFIC = "This is not a Majlis team update."


def _table(lang: str, source: str) -> str:
    """The translation of ``source`` (context BundleError) in the language's catalogue; "" when it has none."""
    for m in read_ts(APP_TS[lang])[1]:
        if m.context == "BundleError" and m.source == source and not m.unfinished:
            return m.forms[0]
    return ""


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_damaged_file_on_a_field_laptop_is_said_as_the_english_says(
        team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path, lang: str) -> None:
    damaged = tmp_path / "update-3.majlis"
    damaged.write_bytes(b"PK\x03\x04" + b"not an archive " * 20)
    page = open_page(make_ctx(team.devices[0]), qtbot)
    assert not page.is_coordinator_view()
    language.set_language(lang)
    page.results.clear()
    assert page.import_paths([damaged])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    expected = SPECIFIC if lang == "en" else _table(lang, SPECIFIC)
    assert expected, f"{SPECIFIC!r} has no translation in {APP_TS[lang].name}"
    line = QCoreApplication.translate("SyncTexts", "{file}: refused: {reason}")
    assert lines == [line.format(file=shown_path(damaged.name), reason=expected)], lines
    general = _table(lang, NotABundleError.default_message) if lang != "en" else NotABundleError.default_message
    assert general not in lines[0], lines
