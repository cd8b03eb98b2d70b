"""Consent printouts: one record per participant, and a session's register, as PDF.

Qt lays out Arabic and Kurdish correctly on the page, but the PDF's text layer loses some Kurdish
letters (ێ, ڵا) when copied: these PDFs are for printing, reading and signing, never a way to move
data. Files are named by pseudonym and session id only, never by a real name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.erasure_report import record_export
from desktop.core.models import ConsentClause, ConsentRecord, ConsentTemplate, Participant, Session
from desktop.exports.xlsx_labels import label as clause_label
from desktop.i18n.digits import Digits
from desktop.i18n.formatting import format_date, format_datetime
from desktop.i18n.languages import is_rtl
from desktop.ui.consent.form_words import word
from desktop.ui.qt_i18n import ui_font

SIGNATURE_URL = QUrl("majlis:signature.png")


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "x"


def _when(value: str, lang: str, digits: Digits, *, short: bool = False) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(value), lang, digits, "short" if short else "medium")
    except ValueError:
        return value


def _withdrawal(record: ConsentRecord, lang: str, digits: Digits) -> str:
    if not record.withdrawn_at:
        return ""
    try:
        date = format_date(dt.date.fromisoformat(record.withdrawn_at[:10]), lang, digits)
    except ValueError:
        date = record.withdrawn_at
    return word("withdrawn", lang, date=date, scope=word(f"scope_{record.withdrawal_scope or 'all'}", lang))


def _tr(cells: list[str], lang: str) -> str:
    """A table row; Qt's rich text never mirrors table columns, so RTL rows are written reversed."""
    return "<tr>" + "".join(reversed(cells) if is_rtl(lang) else cells) + "</tr>"


def _page(body: str, lang: str) -> str:
    direction = "rtl" if is_rtl(lang) else "ltr"
    return (f'<html dir="{direction}"><body dir="{direction}">{body}'
            f'<p style="color:#555555; font-size:small">{html.escape(word("printout_note", lang))}</p>'
            "</body></html>")


def _set_direction(doc: QTextDocument, rtl: bool) -> None:
    """Give every paragraph and table the form's direction: QTextDocument's HTML import keeps
    ``dir`` only on some elements, and a Kurdish form must not start its lines on the left."""
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    start = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        fmt.setLayoutDirection(direction)
        if not fmt.alignment() & Qt.AlignmentFlag.AlignHCenter:  # centred stays centred
            fmt.setAlignment(start)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        frame_format = frame.frameFormat()
        frame_format.setLayoutDirection(direction)
        frame.setFrameFormat(frame_format)


def _paint_pages(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the document out on the PDF itself (fonts measured at its resolution) and paint page by page."""
    doc.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    doc.setPageSize(QSizeF(width, height))
    painter = QPainter(writer)
    try:
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()


def render_pdf(body_html: str, lang: str, path: Path, *, title: str,
               images: dict[QUrl, QImage] | None = None, landscape: bool = False,
               point_size: float = 11.0) -> Path:
    """Lay out HTML with QTextDocument (direction by language) and write an A4 PDF atomically."""
    doc = QTextDocument()
    doc.setDefaultFont(ui_font(lang, point_size))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment((Qt.AlignmentFlag.AlignRight if is_rtl(lang) else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignAbsolute)
    doc.setDefaultTextOption(option)
    for url, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    doc.setHtml(_page(body_html, lang))
    _set_direction(doc, is_rtl(lang))
    fd, tmp = tempfile.mkstemp(prefix=".majlis-print-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        writer.setCreator("Majlis")
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        _paint_pages(doc, writer)
        del writer  # flushes and closes the file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise
    return path


def record_pdf(store: Store, record_id: str, folder: Path, digits: Digits = "latn") -> Path:
    """The consent record of one participant, in the form's language, with what the signature means."""
    images: dict[QUrl, QImage] = {}
    with store.session() as s:
        record = s.get(ConsentRecord, record_id)
        if record is None:
            raise consent.ConsentInvalid("unknown_record", "no such consent record")
        tpl = s.get(ConsentTemplate, record.template_id)
        participant = s.get(Participant, record.participant_id)
        session = s.get(Session, record.session_id) if record.session_id else None
        clause_rows: list[ConsentClause] = consent.clauses(s, record.template_id) if tpl else []
        lang = tpl.language if tpl else (participant.language if participant else "ar")
        pseudonym = participant.code if participant else "unknown"
        e = html.escape
        parts = [f"<h2>{e(tpl.title if tpl else '')}</h2>",
                 f"<p>{e(word('version', lang))}: {tpl.version if tpl else '?'}</p>",
                 f"<p>{e(tpl.body if tpl else '')}</p>",
                 f"<p><b>{e(word('participant', lang))}:</b> {e(pseudonym)}"]
        if session is not None:
            date = format_date(session.date, lang, digits) if session.date else ""
            parts.append(f"<br/><b>{e(word('session', lang))}:</b> {e(session.title)} {e(date)}")
        parts.append("</p><table border='1' cellspacing='0' cellpadding='6' width='100%'>")
        for c in clause_rows:
            answer = (record.answers or {}).get(c.clause_key)
            mark = word("yes", lang) if answer else word("no", lang)
            required = f" {word('required', lang)}" if c.required else ""
            parts.append(_tr([f"<td width='80%'>{e(c.text + required)}</td>", f"<td><b>{e(mark)}</b></td>"], lang))
        parts.append("</table>")
        parts.append(f"<p><b>{e(word('method', lang))}:</b> {e(word('method_' + record.method, lang))}")
        if record.witness:
            parts.append(f"<br/><b>{e(word('witness', lang))}:</b> {e(record.witness)}")
        parts.append(f"<br/><b>{e(word('facilitator', lang))}:</b> {e(record.facilitator)}"
                     f"<br/><b>{e(word('recorded_at', lang))}:</b> {e(_when(record.recorded_at, lang, digits))}</p>")
        withdrawn = _withdrawal(record, lang, digits)
        if withdrawn:
            parts.append(f"<p><b>{e(withdrawn)}</b></p>")
        if record.signature_png:
            image = QImage.fromData(record.signature_png)
            if not image.isNull():
                images[SIGNATURE_URL] = image
                parts.append(f"<p><b>{e(word('signature', lang))}:</b><br/>"
                             f"<img src='{SIGNATURE_URL.toString()}' width='360'/></p>")
        meaning = tpl.signature_meaning if tpl else ""
        parts.append(f"<p><b>{e(word('signature_meaning', lang))}:</b> {e(meaning)}</p>")
        session_part = safe_name(record.session_id or "standing")
    path = folder / f"consent-{safe_name(pseudonym)}-{session_part}.pdf"
    written = render_pdf("".join(parts), lang, path, title=f"consent {pseudonym}", images=images)
    record_export(store, "pdf", written)  # an erasure report names the copies it cannot reach
    return written


def register_pdf(store: Store, session_id: str, folder: Path, lang: str | None = None,
                 digits: Digits = "latn") -> Path:
    """The consent register of one session: who consented to what, how, and when."""
    e = html.escape
    with store.session() as s:
        session = s.get(Session, session_id)
        lang = lang or (session.language if session else "ar")
        rows = consent.register(s, session_id=session_id)
        meanings = {t.id: t.signature_meaning for t in consent.templates(s) if t.language == lang}
        keys = [c.clause_key for c in consent.clauses(s, rows[0].template_id)] if rows else []
    date = format_date(session.date, lang, digits) if session is not None and session.date else ""
    heads = ["participant", "version"]
    titles = [word(h, lang) for h in heads] + [clause_label("clause_" + k, lang) for k in keys]
    titles += [word(h, lang) for h in ("method", "witness", "recorded_at", "status")]
    parts = [f"<h2>{e(word('register_title', lang))}</h2>",
             f"<p><b>{e(word('session', lang))}:</b> {e(session.title if session else session_id)} {e(date)}</p>",
             "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
             _tr([f"<th>{e(x)}</th>" for x in titles], lang)]
    for r in rows:
        status = e(word("refused", lang) if r.refused else word("given", lang))
        if r.withdrawn_at:
            scope = word(f"scope_{r.withdrawal_scope or 'all'}", lang)
            try:
                when = format_date(dt.date.fromisoformat(r.withdrawn_at[:10]), lang, digits, "short")
            except ValueError:
                when = r.withdrawn_at
            status += f"<br/>{e(word('withdrawn', lang, date=when, scope=scope))}"
        cells = [e(r.pseudonym), str(r.version or "?")]
        cells += [e(word("yes", lang) if r.answers.get(k) else word("no", lang)) for k in keys]
        cells += [e(word("method_" + r.method, lang) if r.method else ""), e(r.witness),
                  e(_when(r.recorded_at, lang, digits, short=True)), status]
        parts.append(_tr([f"<td>{c}</td>" for c in cells], lang))
    parts.append("</table>")
    meaning = next(iter(meanings.values()), "")
    if meaning:
        parts.append(f"<p><b>{e(word('signature_meaning', lang))}:</b> {e(meaning)}</p>")
    path = folder / f"consent-register-{safe_name(session_id)}.pdf"
    written = render_pdf("".join(parts), lang, path, title=f"consent register {session_id}", landscape=True,
                         point_size=9.0)
    record_export(store, "pdf", written)  # an erasure report names the copies it cannot reach
    return written
