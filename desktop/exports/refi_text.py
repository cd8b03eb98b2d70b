"""Text as REFI-QDA files can hold it, and the convention that keeps a code's three names.

XML 1.0 cannot hold most control characters, U+FFFE/U+FFFF or lone surrogates, all of which a bundle
or a pasted text can carry; ElementTree would write them and produce a malformed project.qde. Each
is replaced by U+FFFD, one code point for one, so selection offsets (code points) stay exact.

REFI-QDA gives a code one name. Majlis codes have three (ar, ckb, en) and inclusion/exclusion
criteria and examples. The code's ``name`` is its name in the export's language (falling back to
the others), and its ``Description`` holds everything, in this order, in blocks that start with a
fixed English label so that any tool shows them readably and Majlis reads them back on import::

    <definition>

    Include when: <inclusion criteria>
    Exclude when: <exclusion criteria>
    Examples: <examples>

    [ar] <Arabic name>
    [ckb] <Sorani name>
    [en] <English name>

Any block may be missing; a description without these labels is all definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
NAME_LANGS = ("ar", "ckb", "en")
CRITERIA = (("inclusion", "Include when:"), ("exclusion", "Exclude when:"), ("examples", "Examples:"))
_NAME_LINE = re.compile(r"^\[(ar|ckb|en)\] (.*)$")


def xml_safe(value: object) -> str:
    """Any stored value as XML text, one code point for one (offsets stay exact)."""
    text = "" if value is None else value if isinstance(value, str) else str(value)
    return _ILLEGAL_XML.sub("\ufffd", text)


@dataclass
class CodeText:
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    examples: str = ""
    name_ar: str = ""
    name_ckb: str = ""
    name_en: str = ""

    def names(self) -> dict[str, str]:
        return {lang: getattr(self, f"name_{lang}") for lang in NAME_LANGS if getattr(self, f"name_{lang}")}


def describe(code: object) -> str:
    """A code's description by the convention above."""
    def field(name: str) -> str:
        return xml_safe(getattr(code, name, "") or "").strip()

    blocks = []
    if field("definition"):
        blocks.append(field("definition"))
    criteria = [f"{label} {field(name)}" for name, label in CRITERIA if field(name)]
    if criteria:
        blocks.append("\n".join(criteria))
    names = [f"[{lang}] {field(f'name_{lang}')}" for lang in NAME_LANGS if field(f"name_{lang}")]
    if names:
        blocks.append("\n".join(names))
    return "\n\n".join(blocks)


def parse(description: str) -> CodeText:
    """Read a description back: labelled blocks into their fields, names into their languages."""
    out = CodeText()
    current = "definition"
    parts: dict[str, list[str]] = {"definition": [], "inclusion": [], "exclusion": [], "examples": []}
    for line in description.replace("\r\n", "\n").split("\n"):
        name = _NAME_LINE.match(line.strip())
        if name:
            setattr(out, f"name_{name[1]}", name[2].strip())
            current = "names"
            continue
        for field, label in CRITERIA:
            if line.startswith(label):
                current = field
                line = line[len(label):].strip()
                break
        if current in parts:
            parts[current].append(line)
    for field, lines in parts.items():
        setattr(out, field, "\n".join(lines).strip())
    return out
