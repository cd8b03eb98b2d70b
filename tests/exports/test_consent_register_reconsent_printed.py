"""The centre published version 2 of the consent form and the laptop applied the team update. The printed
session register and the workbook's Consent register sheet showed those who consented on version 1 as
"Given" like everyone else, where the Participants page said "re-consent needed". Both now say it, with
the version they are to be asked on; not of those on version 2, who refused, or who consented again."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.exports import xlsx_words as words
from desktop.exports.pdf_consent import write_register_pdf
from desktop.exports.xlsx import export_xlsx
from tests.pdf_helpers import pdf_text
from tests.reconsent_register import register_after_version_2
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_the_printed_register_says_who_is_to_be_asked_again(team: Team, tmp_path: Path) -> None:
    found = register_after_version_2(team, tmp_path / "stick")
    pdf = write_register_pdf(found.laptop, found.session_id, tmp_path / "register.pdf", "en")
    text = " ".join(pdf_text(pdf).split())
    assert text.count("Re-consent needed (version 2 now)") == 1, text
    # The status cells in the register's order (by pseudonym): the mark under the first one's "Given".
    assert [found.asked_again, found.on_v2, found.refused, found.reconsented] == sorted(
        [found.asked_again, found.on_v2, found.refused, found.reconsented])
    statuses = re.findall(r"Given|Refused|Re-consent needed", text)
    assert statuses == ["Given", "Re-consent needed", "Given", "Refused", "Given"], text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_workbook_says_on_which_version_to_ask_again(lang: str, team: Team, tmp_path: Path) -> None:
    found = register_after_version_2(team, tmp_path / "stick")
    out = tmp_path / "book.xlsx"
    export_xlsx(found.laptop, out, lang=lang)
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = [tuple(r) for r in book[words.sheet_name(lang, words.SHEET_CONSENT)].iter_rows(values_only=True)]
    finally:
        book.close()
    column = rows[0].index(words.word(lang, words.RECONSENT_ON))
    asked = {(r[0], r[4]): r[column] for r in rows[1:]}  # (pseudonym, version signed) -> version to ask on
    assert asked == {(found.asked_again, 1): 2, (found.on_v2, 2): None, (found.refused, 1): None,
                     (found.reconsented, 1): None, (found.reconsented, 2): None}
