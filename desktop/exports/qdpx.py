"""REFI-QDA project export (``.qdpx``): Majlis coding for NVivo, ATLAS.ti, MAXQDA and QualCoder.

A ``.qdpx`` is a ZIP holding ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``, schema
``Project-mrt2019.xsd``) and a flat ``sources/`` folder. We write:

* one ``TextSource`` per session, its text a UTF-8 file ``sources/<session guid>.txt`` built from the
  session's documents: the summary (if any), then for a focus group one line per turn,
  ``"<pseudonym or Facilitator>: <text>"``, and for a roundtable each agenda item's title and notes,
  then the decisions (``"Decision: <text>"``). "Facilitator" and "Decision" are written in the
  project's language (``lang``; by default the language most sessions are held in). While building
  the text we note where each coded field starts, so a coded segment becomes a
  ``PlainTextSelection`` at (field start + segment start, field start + segment end). Positions
  count Unicode code points from 0, like Majlis offsets and the standard;
* each source's name is its date and title, made unique (" (2)", " (3)"...) when two sessions share
  both; its creator is the facilitator (a ``User``), its creation and modification times come from
  the session's row, and the session's attributes (kind, date, governorate, language, venue,
  status) are source ``VariableValue``s;
* ``Cases``: one per participant (pseudonym) with the variables gender, age band, governorate and
  role (their roles in the sessions they attended), a ``SourceRef`` to each of those sessions and a
  ``SelectionRef`` to each coded segment of their words, so a tool can analyse by speaker;
* ``Users``: coders, facilitators and memo authors (a stable guid derived from each name);
* ``CodeBook``: the live codes with their hierarchy and colours (the same ``Code`` writer as the
  ``.qdc`` export): the name in the project's language, and all three names, the definition and
  the inclusion/exclusion criteria and examples in the description (:mod:`refi_text`);
* ``Notes``: memos (on sessions, codes, coded segments or the project), each referred to by a
  ``NoteRef`` from what it is about. A coded segment's own memo stays its selection's description.

Majlis UUIDs are used as guids (sessions, segments, codes, participants, memos), so a re-export
names the same things.

Consent, applied through :mod:`desktop.core.consent_rules` as in the xlsx export:

* a participant who withdrew all data has each of their turns written as ``REDACTED``, their coded
  segments left out (a selection of withdrawn words would point at nothing), and no Case;
* "do not quote" segments (no quote clause, or quotes withdrawn) are still exported: a coding is
  analysis, not a quotation, and the text they select is in the transcript anyway. Their memos are
  left out, as in the xlsx export, since memos often repeat the words;
* real names and phone numbers are never written: speakers appear under their pseudonym.

Stored text that XML cannot hold (control characters, lone surrogates) is replaced character for
character by U+FFFD, so offsets stay exact and project.qde is always well formed; a segment whose
document, code or span no longer fits (or whose offsets are not numbers) is skipped. The finished
project.qde is parsed again before it is written: a malformed file is refused, never reported as
success. The ZIP is written through :func:`desktop.core.atomic_file.atomic_output`.

The work is in three modules: this one (the project as a whole, the check, the archive),
:mod:`qdpx_text` (each session's source text and the names) and :mod:`qdpx_parts` (notes, variables,
cases, selections). ``cancelled`` is asked before each session's source is built, before each is put
in the project, before each file of the archive and last just before the finished file takes its
name: a Cancel during any of it stops the export with InterruptedError and nothing in the folder.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop import __version__
from desktop.core import codebook
from desktop.core.atomic_file import atomic_output
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.errors import MajlisError
from desktop.core.models import Code, CodedSegment, Session, Team, TranscriptTurn
from desktop.exports.qdpx_parts import (
    Memos,
    code_note_refs,
    collect_memos,
    declare_variables,
    source_variables,
    write_cases,
    write_notes,
    write_selection,
)
from desktop.exports.qdpx_text import (
    CTX,
    NS,
    Builder,
    DocKey,
    Segment,
    SourceText,
    code_name,
    guid_of,
    hlc_time,
    live_code,
    offset_of,
    project_language,
    unique_names,
)
from desktop.exports.refi_qda import write_code_elements
from desktop.exports.refi_text import NAME_LANGS, describe, xml_safe
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

__all__ = ["NS", "ProjectError", "build_project", "check_well_formed", "code_name", "export_qdpx"]

PROJECT_NAME = QT_TRANSLATE_NOOP("RefiQda", "Majlis export")


class ProjectError(MajlisError):
    """The project could not be written as a well-formed REFI-QDA file (nothing was written)."""


class Steps:
    """How far the export got (``progress(done, total)``) and whether it was cancelled (``check``)."""

    def __init__(self, cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.cancelled, self.progress = cancelled, progress
        self.done, self.total = 0, 1

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise InterruptedError("export cancelled")

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _coded(s: OrmSession, b: Builder, texts: dict[str, SourceText], all_codes: dict[str, Code],
           live: set[str]) -> dict[str, list[Segment]]:
    """Each live session's coded segments at their place in its source text."""
    where: dict[DocKey, str] = {key: sid for sid, src in texts.items() for key in src.bases}  # field -> session
    speaker_of: dict[str, tuple[str | None, str]] = {
        tid: (pid, sid) for tid, pid, sid in s.execute(
            select(TranscriptTurn.id, TranscriptTurn.participant_id, TranscriptTurn.session_id)
        )
    }
    by_session: dict[str, list[Segment]] = {}
    segments = s.scalars(
        select(CodedSegment).where(CodedSegment.deleted.is_(False))
        .order_by(CodedSegment.doc_id, CodedSegment.id)
    )
    for seg in segments:
        key = (seg.doc_table, seg.doc_id, seg.doc_field)
        session_id = where.get(key)
        code_id = live_code(seg.code_id, all_codes, live)
        start, end = offset_of(seg.start), offset_of(seg.end)
        if session_id is None or code_id is None or start is None or end is None:
            continue  # withdrawn, deleted document or code, or offsets that are not numbers
        base, length = texts[session_id].bases[key]
        if not (0 <= start < end <= length):
            continue
        quotable, speaker = True, None
        if seg.doc_table == "transcript_turn" and seg.doc_id in speaker_of:
            pid, sid = speaker_of[seg.doc_id]
            quotable, speaker = b.policies.get(pid, sid).may_quote, pid
        by_session.setdefault(session_id, []).append(Segment(seg, code_id, base + start, base + end, quotable, speaker))
        b.user(seg.coder)
    return by_session


def _source(b: Builder, sources_el: ET.Element, session: Session, filename: str, name: str,
            facilitator: str | None, segments: list[Segment], memos: Memos, variables: dict[str, str]) -> None:
    """The session's TextSource: its file, its selections, its notes and its variables."""
    attrs = {"guid": guid_of(session.id, "session"), "name": name, "plainTextPath": f"internal://{filename}"}
    if facilitator:
        attrs["creatingUser"] = facilitator
    created, modified = hlc_time(session.created_at), hlc_time(session.updated_at)
    if created:
        attrs["creationDateTime"] = created
    if modified:
        attrs["modifiedDateTime"] = modified
    src_el = b.el(sources_el, "TextSource", attrs)
    for item in sorted(segments, key=lambda x: (x.start, x.end, x.seg.id)):
        write_selection(b, src_el, item, memos)
    for note_guid in memos.by_target.get(("session", session.id), []):
        b.el(src_el, "NoteRef", {"targetGUID": note_guid})
    source_variables(b, src_el, session, variables)


def build_project(s: OrmSession, lang: str | None = None, steps: Steps | None = None) -> tuple[bytes, dict[str, str]]:
    """``project.qde`` and the source files (name inside ``sources/`` -> text). ``steps`` is told of each
    session's text built and each source put in the project, and asked before each whether to stop;
    its total counts the archive's files too (one per session and the project)."""
    steps = steps or Steps()
    lang = lang if lang in NAME_LANGS else project_language(s)
    b = Builder(s, lang)
    ET.register_namespace("", NS)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element(f"{{{NS}}}Project", {
        # The project's name in NVivo/MAXQDA/ATLAS.ti: the organisation's (team's), else words of its language.
        "name": xml_safe(s.scalars(select(Team.name).where(Team.name != "").limit(1)).first()
                         or translate(lang, CTX, PROJECT_NAME)),
        "origin": f"Majlis {__version__}", "creationDateTime": now,
    })
    all_codes: dict[str, Code] = {c.id: c for c in s.scalars(select(Code))}
    roots = codebook.tree(s)
    live: set[str] = set()

    def collect(nodes: Iterable[codebook.CodeNode]) -> None:
        for node in nodes:
            live.add(node.code.id)
            collect(node.children)

    collect(roots)

    sessions = list(s.scalars(
        select(Session).where(Session.deleted.is_(False)).order_by(Session.date, Session.id)
    ))
    # Each session's text, the segments and the rest, each source in the project, the check, the archive.
    steps.total = len(sessions) + 1 + len(sessions) + 1 + len(sessions) + 1
    texts: dict[str, SourceText] = {}
    redacted_turns: set[str] = set()
    for session in sessions:
        steps.check()
        texts[session.id] = b.session_text(session, redacted_turns)
        steps.step()
    steps.check()
    by_session = _coded(s, b, texts, all_codes, live)
    facilitators = {session.id: b.user(session.facilitator) for session in sessions}
    memos = collect_memos(s, b, live, by_session)

    if b.users:
        users_el = b.el(root, "Users")
        for guid, name in b.users.items():
            b.el(users_el, "User", {"guid": guid, "name": name})
    if roots:
        book = b.el(root, "CodeBook")
        write_code_elements(b.el(book, "Codes"), roots, NS, lambda code: code_name(code, lang), describe)
        code_note_refs(book, memos)
    variables = declare_variables(b, root)
    write_cases(s, b, root, sessions, by_session, variables)
    steps.step()

    files: dict[str, str] = {}
    names = unique_names(sessions, lang)
    sources_el = b.el(root, "Sources") if sessions else None
    for session in sessions:
        assert sources_el is not None
        steps.check()
        filename = f"{guid_of(session.id, 'session')}.txt"
        files[filename] = texts[session.id].text()
        _source(b, sources_el, session, filename, names[session.id], facilitators[session.id],
                by_session.get(session.id, []), memos, variables)
        steps.step()
    write_notes(b, root, memos)
    steps.check()
    ET.indent(root)
    data = bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    try:
        check_well_formed(data)  # refuse rather than hand over a file another tool cannot open
    except ET.ParseError as exc:
        raise ProjectError("the REFI-QDA project could not be written as well-formed XML") from exc
    steps.step()
    return data, files


class _NoTree:
    """A parser target that keeps nothing: the check needs no tree of the whole project."""

    def close(self) -> None:
        return None


PARSED_AT_ONCE = 64 * 1024  # bytes of the project handed to the XML parser in one call


def check_well_formed(data: bytes) -> None:
    """Raise ET.ParseError unless ``data`` is well-formed XML. Parsed a piece at a time: the parser holds
    Python's interpreter lock through each call, and one call over a centre's whole project (3.3 MB for
    300 sessions: 0.46 s) stood the window still while the export ran on the worker thread."""
    parser = ET.XMLParser(target=_NoTree())
    for start in range(0, len(data), PARSED_AT_ONCE):
        parser.feed(data[start:start + PARSED_AT_ONCE])
    parser.close()


def export_qdpx(store: Store, out_path: Path | str, lang: str | None = None, *,
                cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the ``.qdpx`` to ``out_path`` atomically; return the path. ``cancelled`` is asked while the
    project is built, before each file of the archive and once more before the finished archive takes
    its name: it stops the export with InterruptedError and nothing written. ``progress(done, total)``
    counts the steps of both."""
    out = Path(out_path)
    steps = Steps(cancelled, progress)
    with store.session() as s:
        project, files = build_project(s, lang, steps)
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("project.qde", project), *((f"sources/{n}", t.encode("utf-8")) for n, t in files.items())]:
            steps.check()
            zf.writestr(name, data)
            steps.step()
        zf.close()  # the archive whole in the temporary file, before the last check
        steps.check()  # the last moment to stop: past it, the archive takes its name (a Cancel came too late)
    record_or_take_back(store, "qdpx", out)  # an erasure report names the copies it cannot reach
    return out
