"""REFI-QDA codebook exchange (``.qdc``, namespace urn:QDA-XML:codebook:1.0).

A ``.qdc`` lets a team bring its codebook from NVivo, ATLAS.ti, MAXQDA or QualCoder and take ours
back. The format has one name per code, so export writes the name in one chosen language (falling
back like the interface) and the definition as the description; import puts each name into the
language its script shows (Sorani letters: ckb; other Arabic script: ar; anything else: en).
Code guids become our ids, so importing the same file twice updates instead of duplicating.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook
from desktop.core.atomic_file import write_atomic
from desktop.core.models import Code

NS = "urn:QDA-XML:codebook:1.0"
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


class QdcError(ValueError):
    """The file is not a REFI-QDA codebook we can read."""


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
        attrs = {"guid": _guid(code.id), "name": name(code), "isCodable": "true"}
        colour = _colour_out(code.colour)
        if colour:
            attrs["color"] = colour
        el = ET.SubElement(into, f"{{{ns}}}Code", attrs)
        text = description(code)
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
        raise QdcError("the codebook is empty; REFI-QDA needs at least one code")
    write_code_elements(codes_el, roots, NS, lambda code: codebook.display_name(code, lang),
                        lambda code: code.definition or "")
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def write_codebook(s: OrmSession, path: Path, lang: str = "en") -> None:
    write_atomic(path, export_codebook(s, lang), mode=0o644)  # a codebook names no one: shareable


def import_codebook(s: OrmSession, data: bytes) -> list[Code]:
    """Create (or update, by guid) the codes of a .qdc; returns them in document order."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise QdcError(f"not an XML file: {exc}") from exc
    if root.tag != f"{{{NS}}}CodeBook":
        raise QdcError("not a REFI-QDA codebook (root element is not CodeBook)")
    codes_el = root.find(f"{{{NS}}}Codes")
    if codes_el is None:
        raise QdcError("the codebook has no Codes element")
    out: list[Code] = []

    def visit(el: ET.Element, parent_id: str | None) -> None:
        guid = (el.get("guid") or "").strip("{}").lower()
        name = (el.get("name") or "").strip()
        if not guid or not name:
            raise QdcError("a Code without guid or name")
        desc_el = el.find(f"{{{NS}}}Description")
        description = (desc_el.text or "").strip() if desc_el is not None else ""
        lang = codebook.script_language(name)
        existing = s.get(Code, guid)
        if existing is not None and not existing.deleted:
            codebook.update_code(s, guid, **{f"name_{lang}": name}, colour=_colour_in(el.get("color")),
                                 definition=description or existing.definition)
            if existing.parent_id != parent_id:
                codebook.move(s, guid, parent_id)
            code = existing
        else:
            if existing is not None:  # a tombstone with this id: the imported code gets a fresh id
                guid = str(uuid.uuid4())
            code = codebook.create_code(
                s, parent_id=parent_id, code_id=guid, colour=_colour_in(el.get("color")),
                definition=description, **{f"name_{lang}": name},
            )
        out.append(code)
        for child in el.findall(f"{{{NS}}}Code"):
            visit(child, code.id)

    for el in codes_el.findall(f"{{{NS}}}Code"):
        visit(el, None)
    return out


def read_codebook(s: OrmSession, path: Path) -> list[Code]:
    return import_codebook(s, path.read_bytes())
