"""Organisations: CSOs, federations, media and authorities that attend roundtables."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import team_rows
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.field_text import one_line
from desktop.core.models import Organisation
from desktop.core.reference import GOVERNORATE_BY_KEY, ORGANISATION_KINDS
from desktop.i18n.normalise import clean_text, normalise_for_search


@dataclass(frozen=True)
class OrgRow:
    id: str
    name: str
    kind: str
    governorate: str


def _check(name: str, kind: str, governorate: str) -> None:
    if not one_line(name):
        raise ValidationError("the organisation needs a name", field="name")
    if kind not in ORGANISATION_KINDS:
        raise ValidationError(f"unknown organisation kind {kind!r}", field="kind")
    if governorate and governorate not in GOVERNORATE_BY_KEY:
        raise ValidationError(f"unknown governorate {governorate!r}", field="governorate")


def create(store: Store, name: str, kind: str = "cso", governorate: str = "") -> str:
    _check(name, kind, governorate)
    with store.transaction() as s:
        org = Organisation(name=one_line(name), kind=kind, governorate=governorate)
        s.add(org)
        s.flush()
        return org.id


def update(store: Store, org_id: str, name: str, kind: str, governorate: str) -> None:
    _check(name, kind, governorate)
    with store.transaction() as s:
        org = s.get(Organisation, org_id)
        if org is None or org.deleted:
            raise ValidationError("no such organisation", field="id")
        if team_rows.is_the_teams(s, org.origin_device):
            raise ValidationError("this organisation is the team's: it is changed at the centre", field="team")
        for key, value in (("name", one_line(name)), ("kind", kind), ("governorate", governorate)):
            if getattr(org, key) != value:
                setattr(org, key, value)


def is_teams(s: OrmSession, org_id: str) -> bool:
    """An organisation the centre published, seen on a laptop in its team (``update`` refuses it)."""
    org = s.get(Organisation, org_id)
    return org is not None and team_rows.is_the_teams(s, org.origin_device)


def count(s: OrmSession, text: str = "") -> int:
    q = select(func.count()).select_from(Organisation).where(Organisation.deleted.is_(False))
    return int(s.execute(_matching(s, q, text)).scalar_one())


def _matching(s: OrmSession, q: Any, text: str) -> Any:
    """``q`` narrowed to the organisations whose name holds ``text``. Latin text as typed (a "%" or
    "_" is that character, not a wildcard: either matched every organisation). Arabic or Kurdish as
    people spell it ("جمعيه" for "جمعية", "الاعلام" for "الإعلام", ك/ي for Kurdish ک/ی), folded as the
    Participants filter and the full-text search fold it: compared as typed, the name was not found."""
    needle = clean_text(text).strip()
    if not needle:
        return q
    if needle.isascii():
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return q.where(Organisation.name.ilike(f"%{escaped}%", escape="\\"))
    folded = normalise_for_search(needle).strip()
    if not folded:  # marks alone (harakat, tatweel, direction marks): nothing to look for
        return q.where(false())
    rows = s.execute(select(Organisation.id, Organisation.name).where(Organisation.deleted.is_(False)))
    return q.where(Organisation.id.in_([i for i, name in rows if folded in normalise_for_search(name or "")]))


def page(s: OrmSession, offset: int, limit: int, text: str = "", leave_out: Collection[str] = ()) -> list[OrgRow]:
    """One page of organisations in name order, for a model that fetches more as it scrolls;
    ``leave_out``: ids not wanted."""
    q = _matching(s, select(Organisation).where(Organisation.deleted.is_(False)), text)
    if leave_out:
        q = q.where(Organisation.id.not_in(list(leave_out)))
    q = q.order_by(Organisation.name, Organisation.id).offset(offset).limit(limit)
    return [OrgRow(o.id, o.name, o.kind, o.governorate) for o in s.execute(q).scalars()]


def names(s: OrmSession, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {r[0]: r[1] for r in s.execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids)))}


def choices(s: OrmSession, text: str = "", limit: int = 200,
            leave_out: Collection[str] = ()) -> list[tuple[str, str]]:
    """(id, name) of the first ``limit`` live organisations whose name holds ``text`` (folded as the
    Organisations page's filter folds it), for a picker that narrows as a person types: it held the
    first 5,000 and a centre's others could never be chosen. ``leave_out``: ids not offered (those
    attending already)."""
    return [(o.id, o.name) for o in page(s, 0, limit, text, leave_out)]
