"""Workbook sheets of the codebook: the codes (path, three names, definition and criteria, counts, memo)
and the code x attribute matrices (segments per code and gender, age band, governorate, kind).

Counts come from :func:`desktop.core.retrieval.retrieve`, as on the analysis screens: a segment of
a code merged into another counts for the survivor, and "do not quote" or withdrawn segments are
counted (counting is not quoting; withdrawal removes the words, not the fact a topic came up).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import analysis, code_memos, codebook, retrieval
from desktop.core.models import Code
from desktop.core.value_order import reader_order
from desktop.exports import xlsx_words as W
from desktop.exports.enum_labels import enum_label, governorate

if TYPE_CHECKING:
    from desktop.exports.xlsx import Book, ExportSummary

MATRICES = (
    ("gender", W.SHEET_BY_GENDER),
    ("age_band", W.SHEET_BY_AGE),
    ("governorate", W.SHEET_BY_GOVERNORATE),
    ("session_kind", W.SHEET_BY_KIND),
)


def _survivor(code_id: str, codes: dict[str, Code]) -> str:
    seen: set[str] = set()
    current = code_id
    while current in codes and codes[current].merged_into and current not in seen:
        seen.add(current)
        current = codes[current].merged_into or current
    return current


def _walk(nodes: list[codebook.CodeNode], trail: tuple[str, ...], lang: str) -> list[tuple[Code, str]]:
    out: list[tuple[Code, str]] = []
    for node in nodes:
        path = (*trail, codebook.display_name(node.code, lang) or node.code.id)
        out.append((node.code, " / ".join(path)))
        out.extend(_walk(node.children, path, lang))
    return out


def _value_label(attribute: str, value: str, lang: str) -> str:
    if value == analysis.UNKNOWN:
        return W.word(lang, W.NOT_GIVEN)
    if attribute == "gender":
        return enum_label("gender", value, lang)
    if attribute == "governorate":
        return governorate(value, lang)
    if attribute == "session_kind":
        return enum_label("kind", value, lang)
    return value


def codes_and_matrices(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    codes = {c.id: c for c in s.scalars(select(Code))}
    ordered = _walk(codebook.tree(s), (), lang)
    items = retrieval.retrieve(s)
    segments: dict[str, int] = defaultdict(int)
    sessions: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)
    cells: dict[tuple[str, str, str], int] = defaultdict(int)
    values: dict[str, set[str]] = defaultdict(set)
    for item in items:
        code_id = _survivor(item.code_id, codes)
        segments[code_id] += 1
        sessions[code_id].add(item.session_id)
        if item.participant_id:
            people[code_id].add(item.participant_id)
        for attribute, _title in MATRICES:
            value = analysis.attribute_value(item, attribute)
            values[attribute].add(value)
            cells[(attribute, code_id, value)] += 1

    ws = book.sheet(W.SHEET_CODES, [W.CODE_PATH, W.CODE_AR, W.CODE_CKB, W.CODE_EN, W.DEFINITION, W.INCLUSION,
                                    W.EXCLUSION, W.EXAMPLES, W.COLOUR, W.SEGMENTS, W.SESSIONS_COUNT,
                                    W.PARTICIPANTS_COUNT, W.MEMO],
                    [40, 24, 24, 24, 50, 40, 40, 40, 10, 10, 10, 10, 50])
    memos = code_memos.memos_by_code(s)  # the researcher's notes on a code (the Codebook page)
    for code, path in ordered:
        ws.append([path, code.name_ar, code.name_ckb, code.name_en, code.definition, code.inclusion,
                   code.exclusion, code.examples, code.colour, segments.get(code.id, 0),
                   len(sessions.get(code.id, ())), len(people.get(code.id, ())), memos.get(code.id, "")])
        summary.codes += 1

    for attribute, title in MATRICES:
        present = values.get(attribute, set())
        # In the reader's order, as the Reports matrix shows them (not by key: anbar, babil, baghdad…).
        columns = reader_order(attribute, present, functools.partial(_value_label, attribute, lang=lang), lang)
        headings = [W.word(lang, W.CODE_PATH)] + [_value_label(attribute, v, lang) for v in columns]
        headings.append(W.word(lang, W.TOTAL))
        sheet = book.sheet(title, headings, [40] + [14] * (len(columns) + 1), translated=True)
        totals = [0] * len(columns)
        for code, path in ordered:
            counts = [cells.get((attribute, code.id, v), 0) for v in columns]
            sheet.append([path, *counts, sum(counts)])
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
        # The totals row, as the matrix tab shows it: coded segments per value, and all of them.
        sheet.append_totals([W.word(lang, W.TOTAL), *totals, sum(totals)])
        summary.matrices += 1
