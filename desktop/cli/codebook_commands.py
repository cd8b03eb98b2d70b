"""majlis-cli codebook import: bring a codebook from NVivo, ATLAS.ti, MAXQDA or QualCoder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_db, missing_action, open_from_args
from desktop.core.bounded_read import special_file
from desktop.core.errors import Missing, ValidationError
from desktop.i18n.counts import counted


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    codebook = sub.add_parser("codebook", help="import a REFI-QDA codebook")
    actions = codebook.add_subparsers(dest="action", metavar="ACTION", parser_class=type(codebook))
    p = actions.add_parser(
        "import", help="add (or update, by guid) the codes of a .qdc codebook or of a .qdpx project's codebook"
    )
    add_db(p)
    p.add_argument("file", type=Path, metavar="FILE", help="a .qdc or .qdpx file")
    p.set_defaults(func=cmd_codebook_import)
    codebook.set_defaults(func=missing_action(codebook))


def cmd_codebook_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.is_dir():
        raise Missing(f"{path} is a folder, not a codebook (.qdc or .qdpx)")
    if special_file(path):  # there, but no file: "no such file" misled, and /dev/zero was read for ever
        raise Missing(f"{path} is a device or a pipe, not a codebook (.qdc or .qdpx)")
    if not path.is_file():
        raise Missing(f"no such file: {path}")
    from desktop.cli.passphrase_file import MAX_BYTES, other_kind
    from desktop.exports import refi_qda  # here, not at the top: other commands start without it

    with open(path, "rb") as fh:  # known by its content first: the XML parser's words named no file kind
        other = other_kind(path, fh.read(MAX_BYTES), zips=False)
    if other:
        raise ValidationError(f"{path.name} is {other}, not a codebook (.qdc or .qdpx); nothing was imported")

    try:
        data = refi_qda.codebook_file_bytes(path)
    except refi_qda.QdcError as exc:
        raise ValidationError(f"{path.name} is not a codebook Majlis can read: {exc}; nothing was imported") from exc

    store = open_from_args(args)
    try:
        with store.transaction() as s:
            try:
                codes = refi_qda.import_codebook(s, data)
            except refi_qda.QdcError as exc:
                raise ValidationError(f"{path.name} is not a codebook Majlis can read: {exc}") from exc
    finally:
        store.close()
    print(f"imported {counted(len(codes), 'code')} from {path.name}")
    return 0
