"""majlis-cli export: workbooks (``export xlsx``), REFI-QDA projects (``export qdpx``), PDFs (``export pdf``)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli.common import UsageError, add_db, missing_action, open_from_args, out_path
from desktop.core.bounded_read import special_file
from desktop.core.errors import Missing, OutputExists, StoreError
from desktop.core.sanitise import shown_path
from desktop.i18n.counts import counted

# The exports, the store and the backups are imported by the commands that use them (plain imports
# inside the functions): building the parser loads none of them.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    export = sub.add_parser("export", help="write exports from a database (xlsx, qdpx, brief, qdc, pdf)")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", parser_class=type(export))
    p = formats.add_parser("xlsx", help="Excel workbook: sessions, participants, transcripts, codings, consent")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="the .xlsx file to write (replaced atomically)")
    _add_overwrite(p)
    p.add_argument("--lang", choices=("ar", "ckb", "en"), default="en", help="headings and sheet direction")
    p.add_argument("--include-identities", action="store_true",
                   help="also write real names and phone numbers (never without a reason)")
    p.set_defaults(func=cmd_export_xlsx)
    q = formats.add_parser(
        "qdpx", help="REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder): sources, codes, codings"
    )
    add_db(q)
    q.add_argument("--out", required=True, type=out_path, help="the .qdpx file to write (replaced atomically)")
    _add_overwrite(q)
    q.add_argument("--lang", choices=("ar", "ckb", "en"),
                   help="language of code names, variables and the 'Facilitator:'/'Decision:' labels; "
                        "default: the language most sessions are held in")
    q.set_defaults(func=cmd_export_qdpx)
    b = formats.add_parser("brief", help="evidence brief: recommendation, support figures, survey figure, quotes")
    add_db(b)
    b.add_argument("--out", required=True, type=out_path, help="the brief to write: .pdf (with a searchable text layer) or .xlsx; replaced atomically")
    _add_overwrite(b)
    b.add_argument("--recommendation", metavar="ID", help="one recommendation (default: all of them)")
    b.add_argument("--lang", choices=("ar", "ckb", "en"), default="en", help="the language of the brief")
    b.add_argument("--digits", choices=("latn", "arab"), default="latn",
                   help="Latin (0-9, the default) or Arabic-Indic (٠-٩) digits in dates and numbers")
    b.set_defaults(func=cmd_export_brief)
    c = formats.add_parser("qdc", help="REFI-QDA codebook: every code with its three names and criteria")
    add_db(c)
    c.add_argument("--out", required=True, type=out_path, help="the .qdc file to write (replaced atomically)")
    _add_overwrite(c)
    c.add_argument("--lang", choices=("ar", "ckb", "en"), default="en",
                   help="the language of each code's name (all three names are kept in its description)")
    c.set_defaults(func=cmd_export_qdc)
    r = formats.add_parser(
        "pdf", help="PDF of a session (minutes, summary, consent register) or of one consent record"
    )
    add_db(r)
    r.add_argument("--out", required=True, type=out_path, help="the .pdf file to write (replaced atomically)")
    _add_overwrite(r)
    which = r.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="a session id (see 'majlis-cli sessions list')")
    which.add_argument("--consent-record", metavar="ID", help="a consent record id")
    r.add_argument("--document", choices=("minutes", "summary", "consent-register"),
                   help="with --session: minutes (a focus group's transcript), summary or consent-register; "
                        "default: minutes for a roundtable, summary for a focus group")
    r.add_argument("--lang", choices=("ar", "ckb", "en"),
                   help="default: the session's language (a consent record: its form's language)")
    r.add_argument("--digits", choices=("latn", "arab"), default="latn",
                   help="Latin (0-9, the default) or Arabic-Indic (٠-٩) digits in dates and numbers")
    r.set_defaults(func=cmd_export_pdf)
    export.set_defaults(func=missing_action(export))


def _add_overwrite(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overwrite", action="store_true",
                   help="replace --out even when it is not an earlier Majlis export (another program's file, "
                        "or an export changed since); never a database, a bundle or a key")


#: What each export writes, by the extensions of the formats Majlis writes (``args.format``).
WRITES = {"xlsx": ((".xlsx",), "a workbook"), "pdf": ((".pdf",), "a PDF"),
          "qdpx": ((".qdpx",), "a REFI-QDA project"), "qdc": ((".qdc",), "a codebook"),
          "brief": ((".pdf", ".xlsx"), "a PDF or a workbook")}


def _export_target(args: argparse.Namespace) -> Path:
    """``--out`` of an export. An export is made again from the database at will, so an earlier
    export there is replaced (atomically, as ``--help`` says), and any other file only with
    ``--overwrite``: but never the database itself, its
    companion files or its backups, which nothing could make again; and never under the extension of
    another format (``export xlsx --out brief.pdf``: a workbook no PDF reader opens, or last week's
    workbook replaced by a PDF)."""
    from desktop.core.sqlcipher_file import may_be_a_database
    from desktop.sync.sniff import is_sync_or_key_file

    out: Path = args.out
    if not out.parent.is_dir():
        raise Missing(f"the folder {out.parent} does not exist; nothing was written")
    if out.is_dir():
        raise OutputExists(f"{out} is a folder; an export needs a file name in it; nothing was written")
    if special_file(out):  # replaced by a regular file, as /dev/null itself was when run as root
        raise OutputExists(f"{out} is a device or a pipe, not a file; an export needs a file name; nothing was written")
    if _belongs_to_the_database(out, args.db):
        raise OutputExists(f"{out} is the database or one of its files or backups; an export never replaces "
                           "it: give another file name; nothing was written")
    if out.is_file() and is_sync_or_key_file(out):  # a mistyped name must not cost an unsent bundle or a key
        raise OutputExists(f"{out} is a Majlis bundle, team update, team file or team key; an export never "
                           "replaces it: give another file name; nothing was written")
    companion = _companion_of_a_database(out)
    if companion is not None:
        raise OutputExists(f"{out} is a companion file of the database {companion} (its lock or its SQLite log); "
                           "an export never replaces it: give another file name; nothing was written")
    if out.is_file() and may_be_a_database(out):  # another laptop's database, a copy kept by hand
        raise OutputExists(f"{out} is a database (an encrypted Majlis database or backup, or an SQLite file); an "
                           "export never replaces it: give another file name; nothing was written")
    extensions, what = WRITES[args.format]
    ext = out.suffix.lower()
    if ext not in extensions and any(ext in other for other, _ in WRITES.values()):
        raise StoreError(f"{out} ends in {ext}, but export {args.format} writes {what}: give --out a name ending "
                         f"in {' or '.join(extensions)}; nothing was written")
    if not args.overwrite and _somebody_elses(out):
        raise OutputExists(f"{out} is a file Majlis did not write, or one changed since it wrote it: an export "
                           "replaces only an earlier Majlis export; give another file name, or add --overwrite to "
                           "replace it; nothing was written")
    return out


def _somebody_elses(out: Path) -> bool:
    """Whether ``out`` holds a file an export must not replace unasked: anything but an earlier Majlis
    export (a survey's XLSForm, a colleague's workbook or report that has the name typed) or an empty
    file (a script's ``mktemp``). See :mod:`desktop.exports.own_file` for how an export is known."""
    from desktop.exports.own_file import is_majlis_export

    try:
        if not out.is_file() or out.stat().st_size == 0:
            return False
    except OSError:
        return False  # cannot be looked at: the write says why
    return not is_majlis_export(out)


def _companion_of_a_database(out: Path) -> Path | None:
    """The database beside ``out`` when ``out`` is named as one of its companions (``basra.db.lock``,
    ``basra.db-wal``, ``-shm``, ``-journal``): replacing its log loses the commits a crash left
    there, and replacing its lock file lets a second program take the database another one holds.
    The database given as --db is checked by name above, whether its companions are there or not."""
    from desktop.core.companion_names import COMPANION_SUFFIXES

    name = out.name.lower()
    suffix = next((s for s in COMPANION_SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return None
    database = out.with_name(out.name[: -len(suffix)])
    return database if database.is_file() else None


def _belongs_to_the_database(out: Path, db: Path) -> bool:
    from desktop.core.backups import backup_dir
    from desktop.core.store_lock import lock_path

    def same(a: Path, b: Path) -> bool:
        return a.exists() and b.exists() and os.path.samefile(a, b)

    def named(a: Path, b: Path) -> bool:
        # By name too: a companion not there now (no program has the database open) is made when
        # the export opens it, and the export would then be renamed over it: over the lock file
        # the app holds (a restore could then replace the database under the app), over the log.
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())

    companions = (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"), lock_path(db))
    return (any(same(out, path) or named(out, path) for path in companions)
            or (out.exists() and same(out.parent, backup_dir(db))))


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    # Imported here, not at the top: every majlis-cli command would otherwise pay for openpyxl.
    from desktop.exports.xlsx import export_xlsx

    out = _export_target(args)
    store = open_from_args(args)
    try:
        summary = export_xlsx(store, out, lang=args.lang, include_identities=args.include_identities)
    finally:
        store.close()
    print(
        f"wrote {shown_path(out)}: {counted(summary.sessions, 'session')}, {counted(summary.participants, 'participant')}, "
        f"{counted(summary.turns, 'turn')} ({summary.redacted_turns} redacted), "
        f"{counted(summary.segments, 'coded segment')} ({counted(summary.withheld_quotes, 'quote')} withheld), "
        f"{counted(summary.consents, 'consent record')}"
    )
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    # Imported here, not at the top: fpdf2, Pillow and fontTools take a while to import, and no
    # other command needs them.
    from desktop.exports.pdf_consent import write_record_pdf
    from desktop.exports.pdf_sessions import write_session_pdf

    # An empty id (a script's lookup that came back empty) names nothing: said as any id not there.
    if args.session is not None and not args.session.strip():
        raise Missing("no session with that id (see majlis-cli sessions list); nothing was written")
    if args.consent_record is not None and not args.consent_record.strip():
        raise Missing("no consent record with that id; nothing was written")
    out = _export_target(args)
    if args.document and args.session is None:
        raise UsageError("--document goes with --session")
    store = open_from_args(args)
    try:
        if args.session is not None:
            written = write_session_pdf(store, args.session, out, args.document, args.lang, args.digits)
        else:
            written = write_record_pdf(store, args.consent_record, out, args.lang, args.digits)
    finally:
        store.close()
    print(f"wrote {shown_path(out)}")
    say_unprinted(written)
    return 0


def say_unprinted(written: object) -> None:
    """After ``wrote FILE``, a line with how many distinct characters the PDF could not print (letters no
    bundled font has: Hebrew, Syriac, CJK…, left out of the page), never silently; nothing when all were."""
    missing = getattr(written, "unprinted", 0)
    if missing:
        print(f"{counted(missing, 'character')} could not be printed (no font for them; see README, PDF limits)")


def cmd_export_qdpx(args: argparse.Namespace) -> int:
    from desktop.exports.qdpx import export_qdpx

    out = _export_target(args)
    store = open_from_args(args)
    try:
        export_qdpx(store, out, args.lang)
    finally:
        store.close()
    print(f"wrote {shown_path(out)}")
    return 0


def cmd_export_brief(args: argparse.Namespace) -> int:
    from desktop.exports.brief_pdf import write_brief_pdf
    from desktop.exports.brief_xlsx import write_brief_xlsx

    if args.recommendation is not None and not args.recommendation.strip():
        # An empty id (a script's lookup that came back empty) named no recommendation, and all were written.
        raise Missing("no recommendation with that id (see majlis-cli recommendations list); nothing was written")
    out = _export_target(args)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise StoreError("the brief is a PDF or a workbook: give --out a name ending in .pdf or .xlsx")
    from desktop.core.recommendations import RecommendationError

    store = open_from_args(args)
    try:
        write = write_brief_pdf if suffix == ".pdf" else write_brief_xlsx
        items = write(store, out, rec_id=args.recommendation, lang=args.lang, digits=args.digits)
    except RecommendationError as exc:
        if exc.code != "unknown_recommendation":
            raise
        # As export pdf's unknown session: an id that is not there is "missing" (exit 3).
        raise Missing("no recommendation with that id (see majlis-cli recommendations list); nothing was "
                      "written") from exc
    finally:
        store.close()
    quotes = sum(len(b.quotes) for b in items)
    print(f"wrote {shown_path(out)}: {counted(len(items), 'recommendation')}, {counted(quotes, 'quote')}")
    say_unprinted(items)  # a PDF's briefs: what it could not print, as export pdf says it
    return 0


def cmd_export_qdc(args: argparse.Namespace) -> int:
    from desktop.core.atomic_file import write_atomic
    from desktop.exports import refi_qda

    out = _export_target(args)
    store = open_from_args(args)
    try:
        with store.session() as s:
            try:
                data = refi_qda.export_codebook(s, args.lang, origin=f"Majlis {__version__}")
            except refi_qda.QdcError as exc:
                raise StoreError(str(exc)) from exc
    finally:
        store.close()
    write_atomic(out, data)
    print(f"wrote {shown_path(out)}")
    return 0
