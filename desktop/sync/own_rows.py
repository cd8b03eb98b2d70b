"""A team update never changes what a field laptop made itself.

The centre publishes its own rows and its coordinators' (``team_snapshot.snapshot``'s publishers): a field laptop's
in-vivo codes and the consent forms it made while working alone reach the centre in its bundles and are
never signed again and sent back. So an update that would change one of them here, or that brings a row in
this laptop's name, is not the centre's publishing (a central key misused, or a hand-made file): the whole
update is refused (``OwnRowsInUpdateError``), nothing applied. A laptop's own codes the centre merged or
deleted still follow it, as retired codes (``retired_codes``), checked apart. A coordinator laptop's rows
are published with the centre's, so they come back to it: not checked there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from desktop.sync.errors import OwnRowsInUpdateError
from desktop.sync.rows import load_rows
from desktop.sync.team_snapshot import TEAM_UPDATE_ENTITIES

Named = dict[str, dict[str, dict[str, Any]]]  # entity -> row id -> the row here before the update
_FORM, _CLAUSE = "consent_template", "consent_clause"


def named_in(s: OrmSession, payload: Mapping[str, Any], own_device: str) -> Named:
    """Before applying: this laptop's own rows the update names, as they are here. Raise at once for a
    row the update brings in this laptop's name that is not here, and for a clause it would add to (or
    move into) one of this laptop's own consent forms."""
    named: Named = {}
    for entity in TEAM_UPDATE_ENTITIES:
        items = [item for item in payload.get(entity) or () if isinstance(item, dict)]
        existing = load_rows(s, entity, [str(item.get("id")) for item in items]) if items else {}
        for item in items:
            row = existing.get(str(item.get("id")))
            if row is None:
                if str(item.get("origin_device") or "") == own_device:
                    raise OwnRowsInUpdateError()
            elif str(row.get("origin_device") or "") == own_device:
                named.setdefault(entity, {})[str(row["id"])] = row
    _refuse_clauses_of_own_forms(s, payload, own_device, named)
    return named


def _refuse_clauses_of_own_forms(s: OrmSession, payload: Mapping[str, Any], own_device: str, named: Named) -> None:
    """A clause is made with its form, by the form's publisher (``consent.publish_version``): the centre
    never sends one of a field laptop's own forms. One in an update that names such a form (a clause
    added to what the laptop's participants were asked, or a team clause moved there) changes that form."""
    own = named.get(_CLAUSE, {})
    forms = {str(data["template_id"]) for item in payload.get(_CLAUSE) or ()
             if isinstance(item, dict) and str(item.get("id")) not in own
             and isinstance(data := item.get("data"), dict) and isinstance(data.get("template_id"), str)}
    if forms and any(str(form.get("origin_device") or "") == own_device
                     for form in load_rows(s, _FORM, sorted(forms)).values()):
        raise OwnRowsInUpdateError()


def refuse_if_changed(s: OrmSession, named: Named) -> None:
    """After the update's rows are written (in its transaction): raise if any of these rows changed."""
    for entity, rows in named.items():
        if load_rows(s, entity, rows) != rows:
            raise OwnRowsInUpdateError()
