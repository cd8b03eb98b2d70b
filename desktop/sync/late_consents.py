"""At the centre: a consent recorded on a laptop on an older version of a form than one the centre
has published since (the laptop had not applied the team update yet) marks its participant "re-consent
needed", as publishing that version marked the participants the centre held then (``consent
.publish_version``). Without it the centre's register and workbook showed such a participant as
consented on the current form. A consent on the newest version, arriving later, clears the mark as
the laptop's own change (only changed fields travel, so nothing else touches it).

Versions are compared within one form: its key AND its publisher (``desktop.core.form_publishers``). A
field laptop's own form under a key the centre publishes too (``session-consent``) arrives in its bundle
like any of its rows: its v3 does not make the team's v1 older (every consent on the team's current form
marked), nor the team's v2 the laptop's own v1.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select, update

from desktop.core import consent_order, published_forms
from desktop.core.form_publishers import TEAM, publishers
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant

_CHUNK = 500  # ids bound per statement


def mark_older_forms(conn: Connection, participant_ids: Iterable[str]) -> int:
    """Mark the participants (of the consent records just applied) whose latest live consent is on an
    older version of its form than the newest published here; how many were marked."""
    ids = sorted(set(participant_ids))
    if not ids:
        return 0
    of = publishers(conn).of
    newest: dict[tuple[str, str], int] = {}  # by form: (key, publisher)
    forms: dict[str, tuple[tuple[str, str], int]] = {}
    for tid, key, version, origin, published in conn.execute(
            select(ConsentTemplate.id, ConsentTemplate.template_key, ConsentTemplate.version,
                   ConsentTemplate.origin_device, ConsentTemplate.published)
            .where(ConsentTemplate.deleted.is_(False))).all():
        form = (str(key), of(origin))
        forms[str(tid)] = (form, int(version or 0))
        if published:
            newest[form] = max(newest.get(form, 0), int(version or 0))
    # A team form text this centre sent and lost since (restored from an older backup): its number is known.
    for tid, lost in published_forms.lost_forms(conn).items():
        forms.setdefault(tid, ((lost.template_key, TEAM), lost.version))
    latest: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        for r in consent_order.oldest_first(conn.execute(
            select(ConsentRecord.participant_id, ConsentRecord.template_id, ConsentRecord.recorded_at,
                   ConsentRecord.created_at)
            .where(ConsentRecord.participant_id.in_(ids[start:start + _CHUNK]), ConsentRecord.deleted.is_(False))
        )):  # the one that counts last
            latest[str(r.participant_id)] = str(r.template_id)
    older = sorted(pid for pid, tid in latest.items()
                   if tid in forms and forms[tid][1] < newest.get(forms[tid][0], 0))
    marked = 0
    for start in range(0, len(older), _CHUNK):
        marked += conn.execute(
            update(Participant)
            .where(Participant.id.in_(older[start:start + _CHUNK]), Participant.reconsent_needed.is_(False))
            .values(reconsent_needed=True)
        ).rowcount or 0
    return marked
