"""A roundtable's minutes PDF leaves out the rows a note-taker added and never filled.

Add decision (or Add agenda item, Add action item) pressed once too often leaves a blank row in the
editor, which is saved like the others. The printed minutes, handed to officials, then carried a
number with nothing after it ("2." under Decisions, "3." under the agenda) and an action item of
which only the status "open" showed. Rows with nothing written are not printed now; the others are
numbered one after another, read back with pdftotext.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from desktop.core import sessions
from desktop.core.db import Store
from desktop.exports.enum_labels import enum_label
from desktop.exports.pdf_sessions import write_session_pdf
from tests.pdf_helpers import normalise, pdf_text

NUMBER_ALONE = re.compile(r"^\s*\.?\s*[0-9٠-٩]+\s*\.?\s*$")


def minutes_with_blank_rows(store: Store, lang: str) -> str:
    sid = sessions.create_session(store, "roundtable", title="مێزی هەولێر", governorate="erbil",
                                  date=dt.date(2023, 2, 14), language=lang)
    minutes = sessions.load_minutes(store, sid)
    minutes.agenda = [{"id": None, "title": "بڕگەی یەکەم", "notes": "گفتوگۆ لەسەر یاسا."},
                      {"id": None, "title": "", "notes": "  \n"},
                      {"id": None, "title": "بڕگەی دووەم", "notes": ""}]
    minutes.decisions = [{"id": None, "text": "بڕیاری یەکەم"}, {"id": None, "text": " "},
                         {"id": None, "text": "بڕیاری دووەم"}]
    minutes.actions = [{"id": None, "what": "", "owner": "", "due_date": None, "status": "open"},
                       {"id": None, "what": "نامەیەک بنووسە", "owner": "Ali", "due_date": None,
                        "status": "in_progress"}]
    sessions.save_minutes(store, sid, minutes)
    return sid


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_blank_rows_are_not_printed(store: Store, tmp_path: Path, lang: str) -> None:
    sid = minutes_with_blank_rows(store, lang)
    for digits in ("latn", "arab"):
        pdf = write_session_pdf(store, sid, tmp_path / f"minutes-{digits}.pdf", "minutes", None, digits)
        lines = [normalise(line) for line in pdf_text(pdf).splitlines()]
        assert [line for line in lines if NUMBER_ALONE.match(line)] == [], lines  # no number without its row
        text = " ".join(lines)
        for words in ("بڕگەی یەکەم", "بڕگەی دووەم", "بڕیاری یەکەم", "بڕیاری دووەم", "نامەیەک بنووسە"):
            assert words in text, words
        assert enum_label("action_status", "in_progress", lang) in text
        assert enum_label("action_status", "open", lang) not in text  # the blank action item's status
        three = "3" if digits == "latn" else "٣"
        assert not any(re.search(rf"(^|\s){three}\s*\.|\.\s*{three}(\s|$)", line) for line in lines), lines
