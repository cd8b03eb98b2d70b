"""The evidence brief as a PDF with a real text layer (fpdf2 + HarfBuzz, see ``pdf_layout``).

One recommendation per page (or all of them, each starting a page): the recommendation and its
status, who supports it (with a bar chart of participants by gender and by age band drawn as
rules, so the figures stay text), the survey figures, and the quotes that may be used. The same
``brief_data`` as the workbook, so both say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.text_direction import language_is_rtl, text_direction
from desktop.exports.brief_data import Brief, withdrawn_note, word
from desktop.exports.brief_xlsx import briefs
from desktop.exports.pdf_layout import Masthead, Report, quoted
from desktop.exports.pdf_sessions import organisation_name
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.digits import Digits
from desktop.i18n.formatting import format_date
from desktop.i18n.languages import item_separator


class WrittenBriefs(list[Brief]):
    """The briefs written into a PDF, with how many distinct characters it could not print (no font for
    them: ``WrittenPdf.unprinted``), which the brief button and ``majlis-cli export brief`` say."""

    unprinted: int = 0


def write_brief_pdf(store: Store, out: Path, *, rec_id: str | None = None, lang: str = "en",
                    digits: Digits = "latn", cancelled: Callable[[], bool] | None = None) -> WrittenBriefs:
    """``cancelled`` is asked up to the last moment before the file takes its name: InterruptedError, no file."""
    items = briefs(store, rec_id, lang, digits)
    with store.session() as s:
        organisation = organisation_name(s)
    title = word(lang, QT_TRANSLATE_NOOP("Brief", "Evidence brief"))
    report = Report(lang, digits, Masthead(organisation, title))
    if not items:
        report.paragraph(word(lang, QT_TRANSLATE_NOOP("Brief", "No recommendations yet.")))
    for n, brief in enumerate(items):
        if n:
            report.pdf.add_page()
        _page(report, brief, digits)
    written = report.save(out, cancelled)
    record_or_take_back(store, "pdf", written)  # an erasure report names the copies it cannot reach
    done = WrittenBriefs(items)
    done.unprinted = written.unprinted
    return done


def _page(r: Report, b: Brief, digits: Digits) -> None:
    lang = b.lang
    num = r.number
    r.title(f"{word(lang, QT_TRANSLATE_NOOP('Brief', 'Recommendation'))} {num(b.number)}: {b.title}")
    r.paragraph(b.text)
    r.field(word(lang, QT_TRANSLATE_NOOP("Brief", "Law and article")), b.target)
    r.field(word(lang, QT_TRANSLATE_NOOP("Brief", "Responsible authority")), b.authority)
    status = b.status
    if b.status_date:
        status += f" ({format_date(b.status_date, lang, digits)})"
    r.field(word(lang, QT_TRANSLATE_NOOP("Brief", "Status")), status)
    r.heading(word(lang, QT_TRANSLATE_NOOP("Brief", "Who supports it")))
    r.table(
        [word(lang, "Participants"), word(lang, "Sessions"), word(lang, "Governorates"), word(lang, "Organisations")],
        [[num(b.participants), num(b.sessions), num(len(b.governorates)), num(b.organisations)]],
        [1, 1, 1, 1],
    )
    if b.governorates:
        r.paragraph(("، " if lang in ("ar", "ckb") else ", ").join(b.governorates), grey=True)
    if b.withdrawn:
        r.paragraph(word(lang, withdrawn_note(b.withdrawn), n=num(b.withdrawn)), grey=True)
    # A band in Latin digits is a left-to-right range: isolated, or a right-to-left line shows "65+" as
    # "+65". In Arabic-Indic digits it reads right to left like the line ("٦٥+" as the reader expects).
    bands = [(f"\u2066{band}\u2069" if r.rtl and band[:1].isascii() and band[:1].isdigit() else band, n)
             for band, n in b.by_age_band]
    for heading, rows in ((word(lang, "Participants by gender"), b.by_gender),
                          (word(lang, "Participants by age band"), bands)):
        if rows:
            r.heading(heading)
            _bars(r, rows)
    if b.survey_lines:
        r.heading(word(lang, "Survey"))
        for line, source in zip(b.survey_lines, b.survey_sources, strict=True):
            r.paragraph(line)
            r.paragraph(f"— {source}", grey=True, size=9)  # its own line: one direction per line
    r.heading(word(lang, "What participants said"))
    if not b.quotes:
        r.paragraph(word(lang, "No quote may be used for this recommendation."), grey=True)
    for q in b.quotes:
        direction = text_direction(q.text, language_is_rtl(q.language))  # as the session's own PDF
        r.paragraph(quoted(q.text, direction), direction=direction)
        source = item_separator(lang).join(x for x in (q.speaker, q.session, q.governorate,
                                        format_date(q.date, lang, digits) if q.date else "") if x)
        r.paragraph(f"— {source}", grey=True, size=9)


def _bars(r: Report, rows: list[tuple[str, int]]) -> None:
    """A horizontal bar per row, its label and count as text beside it (the chart stays searchable)."""
    pdf = r.pdf
    top = max((n for _, n in rows), default=0) or 1
    label_w, bar_w, line = 45.0, pdf.epw - 65.0, 6.0
    for label, n in rows:
        if pdf.get_y() + line > pdf.h - 20:
            pdf.add_page()
        y = pdf.get_y()
        length = bar_w * n / top
        if r.rtl:
            right = pdf.w - pdf.r_margin
            pdf.set_xy(right - label_w, y)
            pdf.multi_cell(label_w, line, f"{label}  {r.number(n)}", align="R")
            x = right - label_w - 3 - length
        else:
            pdf.set_xy(pdf.l_margin, y)
            pdf.multi_cell(label_w, line, f"{label}  {r.number(n)}", align="L")
            x = pdf.l_margin + label_w + 3
        pdf.set_fill_color(31, 119, 180)
        if length > 0:
            pdf.rect(x, y + 1.2, length, line - 2.4, style="F")
        pdf.set_xy(pdf.l_margin, y + line)
    r.space(2)
