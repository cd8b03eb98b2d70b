"""The codebook: hierarchical codes with names in three languages, merging, usage and a version.

Codes are synced rows: nothing here hard-deletes, and a merge leaves the absorbed code as a tombstone
pointing at the survivor (``merged_into``), so a segment that arrives later from a field laptop still
finds its code through :func:`resolve`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import team_rows
from desktop.core.field_text import blank_line
from desktop.core.models import Code, CodedSegment, LocalState, Team
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.normalise import fold_name

LANGS = ("ar", "ckb", "en")
EDITABLE = frozenset(
    {"name_ar", "name_ckb", "name_en", "colour", "definition", "inclusion", "exclusion", "examples"}
)
VERSION_KEY = "codebook_version"
# Letters Sorani uses and Arabic does not: enough to tell a Kurdish name from an Arabic one.
_SORANI_LETTERS = frozenset("ڕڵۆێەڤژگچپ")


# The catalogue context of the messages below: the interface shows ``translate(CONTEXT, str(exc))``.
CONTEXT = "Codebook"


class CodebookError(ValueError):
    """A codebook change that would break the tree (a cycle, an unknown or deleted code). The message
    a person can meet is marked for the catalogue; the others name a programming mistake."""


def display_name(code: Code, lang: str) -> str:
    """The name in ``lang``, else the first of ar, ckb, en that is set."""
    for key in (lang, *LANGS):
        value = getattr(code, f"name_{key}", "") or ""
        if value.strip():
            return str(value)
    return ""


def script_language(text: str) -> str:
    """'ckb' for Sorani, 'ar' for other Arabic script, else 'en' (the fallback for Latin and others)."""
    letters = [ch for ch in text if ch.isalpha()]
    arabic = [ch for ch in letters if "ARABIC" in unicodedata.name(ch, "")]
    if not letters or len(arabic) * 2 < len(letters):
        return "en"
    return "ckb" if any(ch in _SORANI_LETTERS for ch in arabic) else "ar"


def live_codes(s: OrmSession) -> list[Code]:
    return list(s.scalars(select(Code).where(Code.deleted.is_(False)).order_by(Code.position, Code.id)))


def get_live(s: OrmSession, code_id: str) -> Code:
    code = s.get(Code, code_id)
    if code is None or code.deleted:
        raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "this code no longer exists (it was deleted or merged)"))
    return code


# --- the team's codes, on a laptop ---------------------------------------------------------------------

_TEAM_CODE = QT_TRANSLATE_NOOP(
    "Codebook", "this code is the team's: it is changed at the centre and reaches this laptop in team updates "
    "(ask your coordinator); you can still code with it, or make a code of your own")


def _laptop_device(s: OrmSession) -> str | None:
    return team_rows.laptop_device(s)


def is_team_code(s: OrmSession, code: Code, laptop: str | None = None) -> bool:
    """A code the centre published, seen on a laptop of its team: it changes only at the centre
    (``desktop.core.team_rows``), so a renamed, moved, merged or deleted team code would have kept
    every later piece of the laptop's work from the centre."""
    return team_rows.is_the_teams(s, code.origin_device, laptop)


def get_editable(s: OrmSession, code_id: str) -> Code:
    """A live code this database may change (not a team code on a laptop)."""
    code = get_live(s, code_id)
    if is_team_code(s, code):
        raise CodebookError(_TEAM_CODE)
    return code


def resolve(s: OrmSession, code_id: str) -> str:
    """Follow ``merged_into`` to the code that now stands for ``code_id``."""
    seen: set[str] = set()
    current = code_id
    while current not in seen:
        seen.add(current)
        code = s.get(Code, current)
        if code is None or not code.merged_into:
            return current
        current = code.merged_into
    return current


@dataclass
class CodeNode:
    code: Code
    children: list[CodeNode] = field(default_factory=list)
    parent: CodeNode | None = None


def tree(s: OrmSession) -> list[CodeNode]:
    """Live codes as a forest, siblings by position. A code whose parent is gone becomes a root."""
    codes = live_codes(s)
    nodes = {c.id: CodeNode(c) for c in codes}
    roots: list[CodeNode] = []
    for c in codes:
        node = nodes[c.id]
        parent = nodes.get(c.parent_id or "")
        if parent is None or _creates_cycle(nodes, c.id, c.parent_id):
            roots.append(node)
        else:
            node.parent = parent
            parent.children.append(node)
    return roots


def _creates_cycle(nodes: dict[str, CodeNode], code_id: str, parent_id: str | None) -> bool:
    seen = {code_id}
    current = parent_id
    while current is not None and current in nodes:
        if current in seen:
            return True
        seen.add(current)
        current = nodes[current].code.parent_id
    return False


def descendants(s: OrmSession, code_id: str) -> set[str]:
    """Ids of every live code below ``code_id`` (not including it)."""
    children: dict[str, list[str]] = {}
    for c in live_codes(s):
        if c.parent_id:
            children.setdefault(c.parent_id, []).append(c.id)
    out: set[str] = set()
    stack = list(children.get(code_id, []))
    while stack:
        current = stack.pop()
        if current not in out:
            out.add(current)
            stack.extend(children.get(current, []))
    return out


def _siblings(s: OrmSession, parent_id: str | None, exclude: str | None = None) -> list[Code]:
    query = select(Code).where(Code.deleted.is_(False))
    query = query.where(Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id)
    return [c for c in s.scalars(query.order_by(Code.position, Code.id)) if c.id != exclude]


def bump_version(s: OrmSession) -> int:
    """Count one more codebook change: in the team if this database belongs to one, else locally."""
    team = s.scalars(select(Team).limit(1)).first()
    if team is not None:
        team.codebook_version = (team.codebook_version or 0) + 1
        return team.codebook_version
    row = s.get(LocalState, VERSION_KEY)
    if row is None:
        row = LocalState(key=VERSION_KEY, value="0")
        s.add(row)
    row.value = str(int(row.value or 0) + 1)
    return int(row.value)


def version(s: OrmSession) -> int:
    team = s.scalars(select(Team).limit(1)).first()
    if team is not None:
        return int(team.codebook_version or 0)
    row = s.get(LocalState, VERSION_KEY)
    return int(row.value) if row and row.value else 0


def create_code(
    s: OrmSession,
    *,
    name_ar: str = "",
    name_ckb: str = "",
    name_en: str = "",
    parent_id: str | None = None,
    colour: str = "#f4b400",
    code_id: str | None = None,
    **details: str,
) -> Code:
    if all(blank_line(name) for name in (name_ar, name_ckb, name_en)):
        raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "a code needs a name in at least one language"))
    if parent_id is not None:
        get_live(s, parent_id)
    unknown = set(details) - EDITABLE
    if unknown:
        raise CodebookError(f"unknown code fields {sorted(unknown)}")
    siblings = _siblings(s, parent_id)
    code = Code(
        name_ar=name_ar.strip(), name_ckb=name_ckb.strip(), name_en=name_en.strip(),
        parent_id=parent_id, colour=colour,
        position=(siblings[-1].position + 1.0) if siblings else 0.0,
        **details,
    )
    if code_id:
        code.id = code_id
    s.add(code)
    s.flush()
    bump_version(s)
    return code


def update_code(s: OrmSession, code_id: str, **fields: Any) -> Code:
    """Change names (``name_ar``…), colour, definition, inclusion, exclusion or examples."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise CodebookError(f"these code fields cannot be edited here: {sorted(unknown)}")
    code = get_editable(s, code_id)
    changed = False
    for key, value in fields.items():
        value = str(value).strip() if key.startswith("name_") else str(value)
        if getattr(code, key) != value:
            setattr(code, key, value)
            changed = True
    if all(blank_line(getattr(code, f"name_{lang}") or "") for lang in LANGS):
        raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "a code needs a name in at least one language"))
    if changed:
        bump_version(s)
    return code


_SAME_NAME = QT_TRANSLATE_NOOP("Codebook", "another code at the same place in the codebook has this name: choose another name, or merge the two codes")
#  The refusals about a code's names (the edit panel puts the keyboard on a name for them).
NAME_REFUSALS = frozenset({"a code needs a name in at least one language", _SAME_NAME})


def _shown_names(names: dict[str, str]) -> dict[str, str]:
    """The name a code shows in each language (with display_name's fallback), folded as the
    Participants filter folds: ك/ک, ي/ی, alef forms, case and invisible marks do not tell codes apart;
    ڕ ڵ ە ێ ۆ ڤ do (fold_name): پەڕ and پەر, بێ and بي are two names, though a search finds both."""
    out = {}
    for lang in LANGS:
        name = next((names.get(key, "") or "" for key in (lang, *LANGS) if (names.get(key, "") or "").strip()), "")
        out[lang] = fold_name(name.strip())
    return out


def _names_of(code: Code) -> dict[str, str]:
    return {lang: getattr(code, f"name_{lang}") or "" for lang in LANGS}


def check_names_free(s: OrmSession, parent_id: str | None, names: dict[str, str], *,
                     code_id: str | None = None, before: dict[str, str] | None = None) -> None:
    """Refuse a name a person typed when a sibling already shows it (in any language, folded).

    Only where a person names or places a code (the codebook editor): a team update or a bundle may
    still bring two codes of one name, and sync must take them as they are. ``before``: the names the
    code had; a language whose shown name does not change is not checked, so a code that arrived
    beside its namesake can still have its definition saved (or be renamed away from it)."""
    wanted = _shown_names(names)
    unchanged = _shown_names(before) if before is not None else {}
    checked = {lang: name for lang, name in wanted.items() if name and unchanged.get(lang) != name}
    if not checked:
        return
    for sibling in _siblings(s, parent_id, exclude=code_id):
        theirs = _shown_names(_names_of(sibling))
        if any(theirs[lang] == name for lang, name in checked.items()):
            raise CodebookError(_SAME_NAME)


def sibling_named(s: OrmSession, parent_id: str | None, name: str) -> Code | None:
    """The code under ``parent_id`` that already shows ``name`` in some language (folded as
    :func:`check_names_free` folds), if any."""
    wanted = fold_name(name.strip())
    if not wanted:
        return None
    return next((c for c in _siblings(s, parent_id) if wanted in _shown_names(_names_of(c)).values()), None)


def edit_code(s: OrmSession, code_id: str, **fields: Any) -> Code:
    """:func:`update_code` for what a person typed in the codebook editor: a name a sibling already
    has is refused (see :func:`check_names_free`)."""
    code = get_live(s, code_id)
    before = _names_of(code)
    after = {lang: str(fields.get(f"name_{lang}", before[lang])).strip() for lang in LANGS}
    check_names_free(s, code.parent_id, after, code_id=code_id, before=before)
    return update_code(s, code_id, **fields)


def new_code_named(s: OrmSession, parent_id: str | None, lang: str, names: Iterable[str]) -> Code:
    """A new code from the editor's New code button: the first of ``names`` ("New code", "New code 2"…)
    that no sibling shows yet, so pressing the button twice never makes two codes of one name."""
    taken = {n for sibling in _siblings(s, parent_id) for n in _shown_names(_names_of(sibling)).values()}
    candidates = list(names)
    name = next((n for n in candidates if fold_name(n.strip()) not in taken), candidates[-1])
    return create_code(s, parent_id=parent_id, **{f"name_{lang}": name})


def move_checked(s: OrmSession, code_id: str, new_parent_id: str | None, index: int | None = None) -> Code:
    """:func:`move` for a code a person dragged: refused where a code of the same name already is
    (merge the two instead)."""
    code = get_live(s, code_id)
    if new_parent_id != code.parent_id:
        check_names_free(s, new_parent_id, _names_of(code), code_id=code_id)
    return move(s, code_id, new_parent_id, index)


def rename(s: OrmSession, code_id: str, lang: str, name: str) -> Code:
    if lang not in LANGS:
        raise CodebookError(f"unknown language {lang}")
    return update_code(s, code_id, **{f"name_{lang}": name})


def move(s: OrmSession, code_id: str, new_parent_id: str | None, index: int | None = None) -> Code:
    """Put a code under another parent (None: top level) at ``index`` among its new siblings."""
    code = get_editable(s, code_id)
    if new_parent_id is not None:
        get_live(s, new_parent_id)
        if new_parent_id == code_id or new_parent_id in descendants(s, code_id):
            raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "a code cannot be moved under itself or one of its sub-codes"))
    siblings = _siblings(s, new_parent_id, exclude=code_id)
    index = len(siblings) if index is None else max(0, min(index, len(siblings)))
    code.parent_id = new_parent_id
    laptop = _laptop_device(s)
    if any(is_team_code(s, sibling, laptop) for sibling in siblings):
        # Among the team's codes a laptop changes only its own: placed between its neighbours,
        # the others keep their numbers.
        before = siblings[index - 1].position if index > 0 else None
        after = siblings[index].position if index < len(siblings) else None
        code.position = (before + after) / 2 if before is not None and after is not None else \
            (after - 1.0 if after is not None else (before or 0.0) + 1.0)
        bump_version(s)
        return code
    siblings.insert(index, code)
    # Renumber only what moved, so an unrelated sibling's change does not travel in bundles.
    for pos, sibling in enumerate(siblings):
        if sibling.position != float(pos):
            sibling.position = float(pos)
    bump_version(s)
    return code


def reorder(s: OrmSession, code_id: str, index: int) -> Code:
    code = get_editable(s, code_id)
    return move(s, code_id, code.parent_id, index)


def merge(s: OrmSession, absorbed_id: str, survivor_id: str) -> Code:
    """Fold ``absorbed`` into ``survivor``: its segments and sub-codes move over, it becomes a tombstone."""
    if absorbed_id == survivor_id:
        raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "a code cannot be merged into itself"))
    absorbed, survivor = get_editable(s, absorbed_id), get_live(s, survivor_id)
    if survivor_id in descendants(s, absorbed_id):
        raise CodebookError(QT_TRANSLATE_NOOP("Codebook", "merge a sub-code into its parent, not the other way round"))
    laptop = _laptop_device(s)
    theirs = {_span(seg): seg for seg in s.scalars(select(CodedSegment).where(
        CodedSegment.code_id == survivor_id, CodedSegment.deleted.is_(False)))}
    for seg in s.scalars(select(CodedSegment).where(CodedSegment.code_id == absorbed_id)):
        seg.code_id = survivor_id  # tombstoned ones too, so an undelete elsewhere still lands right
        twin = None if seg.deleted else theirs.get(_span(seg))
        if twin is not None and _memo_kept(twin, seg):
            seg.deleted = True  # the same words by the same coder: one coding of the survivor, not two
    for child in _siblings(s, absorbed_id):
        if not is_team_code(s, child, laptop):  # the team's stay as the centre placed them
            child.parent_id = survivor_id
            child.position = child.position + 1000.0  # after the survivor's own sub-codes
    if not is_team_code(s, survivor, laptop):  # merged into a team code: that one is the centre's to describe
        for key in ("definition", "inclusion", "exclusion", "examples"):
            if not getattr(survivor, key) and getattr(absorbed, key):
                setattr(survivor, key, getattr(absorbed, key))
    absorbed.merged_into = survivor_id
    absorbed.deleted = True
    bump_version(s)
    return survivor


def _span(seg: CodedSegment) -> tuple[str, str, str, int, int, str]:
    return seg.doc_table, seg.doc_id, seg.doc_field, seg.start, seg.end, seg.coder or ""


def _memo_kept(twin: CodedSegment, seg: CodedSegment) -> bool:
    """Whether ``seg``'s memo lives on in ``twin`` (given to it when it had none); two memos that
    differ are both the researcher's words: the two codings then stay side by side."""
    mine, kept = (seg.memo or "").strip(), (twin.memo or "").strip()
    if mine and not kept:
        twin.memo = seg.memo
    return not mine or not kept or mine == kept


def delete(s: OrmSession, code_id: str) -> None:
    """Tombstone a code and its segments; its sub-codes move up to its parent."""
    code = get_editable(s, code_id)
    laptop = _laptop_device(s)
    for seg in s.scalars(
        select(CodedSegment).where(CodedSegment.code_id == code_id, CodedSegment.deleted.is_(False))
    ):
        seg.deleted = True
    for child in _siblings(s, code_id):
        if not is_team_code(s, child, laptop):
            child.parent_id = code.parent_id
    code.deleted = True
    bump_version(s)


def with_subcodes(s: OrmSession, code_ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for code_id in code_ids:
        out.add(code_id)
        out |= descendants(s, code_id)
    return out
