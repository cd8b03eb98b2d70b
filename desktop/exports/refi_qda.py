"""REFI-QDA codebook exchange (``.qdc``, namespace urn:QDA-XML:codebook:1.0), and the codebook of
a ``.qdpx`` project.

A ``.qdc`` lets a team bring its codebook from NVivo, ATLAS.ti, MAXQDA or QualCoder and take ours
back. The format has one name per code: export writes the name in one chosen language (falling
back like the interface) and keeps all three names, the definition and the criteria in the
description (the convention in :mod:`desktop.exports.refi_text`). Import reads that convention
back; a foreign code's single name goes into the language its script shows (Sorani letters: ckb;
other Arabic script: ar; anything else: en). Code guids become our ids, so importing the same file
twice updates instead of duplicating; a code whose name a code under the same parent already shows is
taken as that code (a codebook imported over ours, with other guids, doubled every code), and a code
matched by guid keeps its name, or its place, where the file's would make it such a twin.
``import_codebook`` also takes a ``.qdpx`` project (a ZIP holding ``project.qde``) and imports its
codebook, nothing else.
"""

from __future__ import annotations

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook
from desktop.core.atomic_file import write_atomic
from desktop.core.bounded_read import NotAFile, read_at_most
from desktop.core.field_text import too_long
from desktop.core.models import Code
from desktop.core.zip_errors import DAMAGED_ARCHIVE
from desktop.exports.refi_text import describe, parse, xml_safe
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
MAX_PROJECT_XML = 200 * 1024 * 1024  # project.qde read into memory: refuse a zip bomb
# Codes nested deeper than this are refused: no codebook goes near it, and a hostile file nested a
# thousand deep ran the import (and every tree walk after it) out of Python's recursion.
MAX_CODE_DEPTH = 50
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_CODE_COLUMNS = Code.__table__.columns


class QdcError(ValueError):
    """The file is not a REFI-QDA codebook we can read. Messages a person meets in the interface are
    marked for the catalogue (context "Qdc"); one with facts added (an XML parser's position, a
    field name) has no translation, and the interface says the general sentence instead."""


def _colour_out(colour: str) -> str | None:
    colour = (colour or "").strip()
    if len(colour) == 9 and colour.startswith("#"):  # #RRGGBBAA: the format has no alpha
        colour = colour[:7]
    return colour if _RGB.match(colour) else None


def _colour_in(colour: str | None) -> str:
    if not colour or not _RGB.match(colour.strip()):
        return "#f4b400"
    colour = colour.strip().lower()
    if len(colour) == 4:
        colour = "#" + "".join(ch * 2 for ch in colour[1:])
    return colour


def _guid(code_id: str) -> str:
    try:
        return str(uuid.UUID(code_id))
    except ValueError:  # ids are UUIDs; anything else still gets a stable guid
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:code:{code_id}"))


def write_code_elements(
    parent: ET.Element,
    roots: list[codebook.CodeNode],
    ns: str,
    name: Callable[[Code], str],
    description: Callable[[Code], str],
) -> None:
    """Append a ``<Code>`` per node (children nested) under ``parent``, in namespace ``ns``.

    Shared by the ``.qdc`` codebook and the ``.qdpx`` project (whose CodeType is the same shape).
    """

    def add(into: ET.Element, node: codebook.CodeNode) -> None:
        code = node.code
        attrs = {"guid": _guid(code.id), "name": xml_safe(name(code)) or code.id, "isCodable": "true"}
        colour = _colour_out(code.colour)
        if colour:
            attrs["color"] = colour
        el = ET.SubElement(into, f"{{{ns}}}Code", attrs)
        text = xml_safe(description(code))
        if text:
            ET.SubElement(el, f"{{{ns}}}Description").text = text
        for child in node.children:
            add(el, child)

    for node in roots:
        add(parent, node)


def code_guid(code_id: str) -> str:
    """The REFI-QDA guid written for a code (the same in .qdc and .qdpx)."""
    return _guid(code_id)


def export_codebook(s: OrmSession, lang: str = "en", origin: str = "Majlis") -> bytes:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}CodeBook", {"origin": origin})
    codes_el = ET.SubElement(root, f"{{{NS}}}Codes")
    roots = codebook.tree(s)
    if not roots:
        raise QdcError(QT_TRANSLATE_NOOP("Qdc", "the codebook is empty; REFI-QDA needs at least one code"))
    write_code_elements(codes_el, roots, NS, lambda code: codebook.display_name(code, lang), describe)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def write_codebook(s: OrmSession, path: Path, lang: str = "en") -> None:
    write_atomic(path, export_codebook(s, lang), mode=0o644)  # a codebook names no one: shareable


def _codes_element(data: bytes) -> tuple[ET.Element, str]:
    """The ``Codes`` element of a .qdc, or of the project.qde inside a .qdpx, and its namespace."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                info = zf.getinfo("project.qde")
                if info.file_size > MAX_PROJECT_XML:
                    raise QdcError(QT_TRANSLATE_NOOP("Qdc", "the project is too large to read"))
                data = zf.read(info)
        except QdcError:
            raise
        except KeyError as exc:
            raise QdcError(QT_TRANSLATE_NOOP("Qdc", "not a REFI-QDA project (no project.qde inside)")) from exc
        except DAMAGED_ARCHIVE as exc:  # a zlib.error went up as a traceback (a crash dialog in the app)
            raise QdcError(QT_TRANSLATE_NOOP(
                "Qdc", "the project file is damaged or incomplete (cut short or altered); ask for it again")) from exc
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise QdcError(f"not an XML file: {exc}") from exc
    if root.tag == f"{{{NS}}}CodeBook":
        ns = NS
        codes_el = root.find(f"{{{NS}}}Codes")
    elif root.tag == f"{{{PROJECT_NS}}}Project":
        ns = PROJECT_NS
        codes_el = root.find(f"{{{PROJECT_NS}}}CodeBook/{{{PROJECT_NS}}}Codes")
    else:
        raise QdcError(QT_TRANSLATE_NOOP("Qdc", "not a REFI-QDA codebook or project (root element is not CodeBook or Project)"))
    if codes_el is None:
        raise QdcError(QT_TRANSLATE_NOOP("Qdc", "the file has no codebook (no Codes element)"))
    return codes_el, ns


def import_codebook(s: OrmSession, data: bytes) -> list[Code]:
    """Create (or update, by guid) the codes of a .qdc or of a .qdpx project's codebook; returns them
    in document order."""
    codes_el, ns = _codes_element(data)
    out: list[Code] = []

    def visit(el: ET.Element, parent_id: str | None, depth: int = 1) -> None:
        if depth > MAX_CODE_DEPTH:
            raise QdcError(QT_TRANSLATE_NOOP("Qdc", "codes are nested deeper than Majlis keeps (50 levels)"))
        guid = (el.get("guid") or "").strip("{}").lower()
        name = (el.get("name") or "").strip()
        if not guid or not name:
            raise QdcError(QT_TRANSLATE_NOOP("Qdc", "a Code without guid or name"))
        if not _GUID.match(guid):  # it becomes the code's id, which travels in every bundle
            raise QdcError(QT_TRANSLATE_NOOP("Qdc", "a Code whose guid is not a GUID"))
        desc_el = el.find(f"{{{ns}}}Description")
        text = parse((desc_el.text or "").strip() if desc_el is not None else "")
        names = text.names() or {codebook.script_language(name): name}
        fields = {f"name_{lang}": value for lang, value in names.items()}
        criteria = {k: getattr(text, k) for k in ("inclusion", "exclusion", "examples") if getattr(text, k)}
        for key, value in {**fields, **criteria, "definition": text.definition or ""}.items():
            if too_long(_CODE_COLUMNS[key].type, value):  # a centre would refuse the laptop's bundle
                raise QdcError(f"a Code whose {key.replace('_', ' ')} is longer than Majlis keeps")
        existing = s.get(Code, guid)
        if existing is not None and not existing.deleted and codebook.is_team_code(s, existing):
            code = existing  # the team's: as the centre has it (a laptop changes only its own codes)
        elif existing is not None and not existing.deleted:
            place, fields = _no_twin(s, existing, parent_id, fields)
            codebook.update_code(s, guid, **fields, **criteria, colour=_colour_in(el.get("color")),
                                 definition=text.definition or existing.definition)
            if existing.parent_id != place:
                codebook.move(s, guid, place)
            code = existing
        elif (namesake := _namesake(s, parent_id, [name, *names.values()])) is not None:
            # A code of this name is already under this parent (the same codebook from another program or
            # another centre, with its own guids, or the file's own twin): that code, kept as it is, as in
            # vivo coding takes it. Two codes of one name side by side split an analyst's codings between
            # twins nobody can tell apart; every code of a codebook imported over ours was doubled.
            code = namesake
        else:
            if existing is not None:  # a tombstone with this id: the imported code gets a fresh id
                guid = str(uuid.uuid4())
            code = codebook.create_code(
                s, parent_id=parent_id, code_id=guid, colour=_colour_in(el.get("color")),
                definition=text.definition, **fields, **criteria,
            )
        out.append(code)
        for child in el.findall(f"{{{ns}}}Code"):
            visit(child, code.id, depth + 1)

    for el in codes_el.findall(f"{{{ns}}}Code"):
        visit(el, None)
    return out


def _no_twin(s: OrmSession, code: Code, parent_id: str | None,
             fields: dict[str, str]) -> tuple[str | None, dict[str, str]]:
    """Where a code matched by guid goes, and the names it takes: the file's, unless that makes it the
    twin of a code already under that parent (renamed or moved, in the other program, to a name one
    of ours has since): then it keeps its name, or its place, as the editor keeps them."""
    before = {lang: getattr(code, f"name_{lang}") or "" for lang in codebook.LANGS}
    after = {lang: fields.get(f"name_{lang}", before[lang]) for lang in codebook.LANGS}

    def free(place: str | None, names: dict[str, str]) -> bool:
        try:  # a language whose name stays is not checked where the code stays (a twin it already had)
            codebook.check_names_free(s, place, names, code_id=code.id,
                                      before=before if place == code.parent_id else None)
        except codebook.CodebookError:
            return False
        return True

    place = parent_id if free(parent_id, after) or free(parent_id, before) else code.parent_id
    if free(place, after):
        return place, fields
    return place, {key: value for key, value in fields.items() if not key.startswith("name_")}


def _namesake(s: OrmSession, parent_id: str | None, names: list[str]) -> Code | None:
    """The live code under ``parent_id`` that already shows one of ``names``, if any."""
    for name in names:
        found = codebook.sibling_named(s, parent_id, name)
        if found is not None:
            return found
    return None


# A codebook (.qdc) is kilobytes; a project (.qdpx) carries its sources too. Past this, none is read.
CODEBOOK_FILE_LIMIT = 500_000_000


def read_codebook(s: OrmSession, path: Path) -> list[Code]:
    """Import the codebook of a .qdc file or of a .qdpx project."""
    return import_codebook(s, codebook_file_bytes(path))


def codebook_file_bytes(path: Path) -> bytes:
    """The bytes of a codebook or project file; a folder, a pipe or a device (read for ever, or until
    memory ran out) or a file past CODEBOOK_FILE_LIMIT is refused unread."""
    try:
        data = read_at_most(path, CODEBOOK_FILE_LIMIT)
    except NotAFile:
        raise QdcError(QT_TRANSLATE_NOOP("Qdc", "this is a folder, a device or a pipe, not a codebook file")) from None
    if len(data) > CODEBOOK_FILE_LIMIT:
        raise QdcError(QT_TRANSLATE_NOOP("Qdc", "the file is larger than any codebook or project Majlis reads (500 MB)"))
    return data
