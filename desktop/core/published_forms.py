"""The consent form versions a centre's team updates carried (remembered outside its database) and those
the laptops hold (kept in it): a centre restored from an older backup never numbers a version twice.

A centre restored from a backup made before it published version 3 of a form no longer holds version 3,
while the laptops do and participants consented on it. Without a record of it the centre showed those
consents on an unknown form, never asked their participants again, and numbered its next version 3 again:
a second "version 3" with other words. So each team update written also notes, in the per-user state
folder beside the exported positions (``exported_position.state_dir``), which form texts it carried: their
ids, form keys, version numbers and languages. No words, nothing about people. A restore (or a copy of an
older database file) does not bring this back, so the centre numbers its next version above every version
it ever sent, and reads the version of a consent whose form text it lost.

A centre restored onto another computer has no such file. There it learns what it lost from the laptops:
each bundle's manifest names the team's form texts its device holds (``held_forms``: ids, keys, versions,
languages), and the centre keeps them in its database (``reported_form``, ``note_reported``; so in its
backups too). Once a laptop's bundle is imported the centre numbers above every version it names and shows
the version of a consent on a lost one (:func:`lost_forms`), signed or not. Before that (or from laptops
of an older Majlis, whose manifests name none) a version published again under a lost number still
harms no consent: a laptop holding the lost one takes the centre's text under that number in its place and
asks its signers again (``consent_forms.flag_reconsent_for_arrived_versions``). So a restore marks a centre's
database (:data:`RESTORED_UNHEARD`, :func:`mark_restored`) until it applies a device's bundle
(:func:`heard_from_a_device`): while the mark is there the consent form editor asks before it publishes,
once (a Yes holds until the next restore), and not at all when restored on the computer whose note names
every version the database made.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session as OrmSession

from desktop.core.exported_position import read_state_file, save_state_file, state_dir
from desktop.core.field_text import BAD_IN_LINE
from desktop.core.form_publishers import TEAM, publishers
from desktop.core.models import ConsentTemplate, Device, LocalState, ReportedForm

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SentForm:
    """A form text a team update of this centre carried: which form, which version, which language."""

    template_key: str
    version: int
    language: str


def _file(device_id: str) -> Path:
    return state_dir() / "published-forms" / f"{device_id}.json"


#: The highest version number a note may give: the highest a bundle or team update carries
#: (``desktop/sync/values.py``'s INT_MAX; ``consent_forms.VERSION_LIMIT``, past which none is published).
VERSION_MAX = 2**31 - 1


#: The most form texts a bundle's manifest may name as held by its device (a laptop holds a few dozen).
FORMS_MAX = 5_000
_KEY_MAX, _LANGUAGE_MAX = 60, 8  # the consent_template columns


def fits(form: SentForm) -> bool:
    """A form text as Majlis numbers one: key and language one line within their columns, the version a
    whole number from 1 to VERSION_MAX. What a bundle's manifest may name (``sync/manifest.py``)."""
    return (isinstance(form.template_key, str) and isinstance(form.language, str) and type(form.version) is int
            and len(form.template_key) <= _KEY_MAX and len(form.language) <= _LANGUAGE_MAX
            and not BAD_IN_LINE.search(form.template_key) and not BAD_IN_LINE.search(form.language)
            and 0 < form.version <= VERSION_MAX)


def held_forms(s: OrmSession, device_id: str) -> dict[str, SentForm]:
    """The team's form texts this database holds, not made here (from team updates and the team file),
    by id, the highest versions first, at most FORMS_MAX: what its bundles name, so a centre that lost
    some of them learns their numbers (:func:`lost_forms`). Never another field laptop's own forms,
    which a coordinator's laptop merges from their bundles: they are not the team's numbers."""
    here = publishers(s)
    rows = s.execute(select(ConsentTemplate.id, ConsentTemplate.template_key, ConsentTemplate.version,
                            ConsentTemplate.language, ConsentTemplate.origin_device)
                     .where(ConsentTemplate.origin_device != device_id)
                     .order_by(ConsentTemplate.version.desc(), ConsentTemplate.id)).all()
    forms = ((str(tid), SentForm(key, version, language))
             for tid, key, version, language, origin in rows if here.of(origin) == TEAM)
    return dict(itertools.islice(((tid, f) for tid, f in forms if fits(f)), FORMS_MAX))


def sent_forms(device_id: str) -> dict[str, SentForm]:
    """Every form text this centre's team updates carried, by id; empty when none or unreadable. An
    entry that is not one this centre wrote (the file edited or damaged: a version that is not a
    whole number from 1 to VERSION_MAX, such as ``Infinity`` or one too large for the database) is
    left out, the others kept."""
    raw = read_state_file(_file(device_id))  # bounded, never a pipe: None when missing or not one Majlis wrote
    try:
        forms = raw.get("forms", {}) if isinstance(raw, dict) and raw.get("device_id") == device_id else {}
        read = {str(tid): _sent(f) for tid, f in forms.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("the file of the form versions sent could not be read")
        return {}
    if None in read.values():
        log.warning("the file of the form versions sent holds entries that are not form versions")
    return {tid: form for tid, form in read.items() if form is not None}


def _sent(entry: Any) -> SentForm | None:
    if not isinstance(entry, dict):
        return None
    form = SentForm(entry.get("key"), entry.get("version"), entry.get("language"))  # type: ignore[arg-type]
    return form if fits(form) else None


def remember_sent(device_id: str, forms: Iterable[tuple[str, SentForm]]) -> None:
    """Add the form texts a team update just written carried (never forgets one). Never fails the update."""
    known = sent_forms(device_id)
    new = {tid: form for tid, form in forms if known.get(tid) != form}
    if not new:
        return
    known.update(new)
    payload = {"device_id": device_id, "forms": {
        tid: {"key": f.template_key, "version": f.version, "language": f.language} for tid, f in known.items()}}
    if not save_state_file(_file(device_id), payload):
        log.warning("the form versions sent could not be written outside the database")


def carried(payload: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[tuple[str, SentForm]]:
    """The form texts a team update's or team file's payload carries (its ``consent_template`` rows)."""
    return [(str(row["id"]), SentForm(str(row["data"]["template_key"]), int(row["data"]["version"]),
                                      str(row["data"]["language"])))
            for row in payload.get("consent_template", ())]


def highest_sent(device_id: str, template_key: str) -> int:
    """The highest version of ``template_key`` this centre ever sent in a team update (0: none)."""
    return max((f.version for f in sent_forms(device_id).values() if f.template_key == template_key), default=0)


def lost_forms(s: OrmSession | Connection) -> dict[str, SentForm]:
    """The form texts this database no longer holds (restored from a backup made before them) that its
    team updates carried or that the laptops' bundles named as held there: consents recorded on them are
    on these versions. Empty on a field laptop (it neither publishes the team's forms nor merges bundles)."""
    device = s.execute(select(Device.id).where(Device.is_self.is_(True))).scalar()
    sent = sent_forms(str(device)) if device else {}
    lost: dict[str, SentForm] = {}
    if sent:
        held = set(s.execute(select(ConsentTemplate.id).where(ConsentTemplate.id.in_(list(sent)))).scalars())
        lost = {tid: form for tid, form in sent.items() if tid not in held}
    for tid, form in reported_forms(s).items():
        lost.setdefault(tid, form)
    return lost


def reported_forms(s: OrmSession | Connection) -> dict[str, SentForm]:
    """The form texts the devices' bundles named as held there (``note_reported``) that this database
    does not hold, by id. Should two devices name one id with two versions (one of them lying), the
    lower counts: a laptop cannot raise what honest laptops said of a lost version."""
    reported: dict[str, SentForm] = {}
    for tid, key, version, language in s.execute(
            select(ReportedForm.id, ReportedForm.template_key, ReportedForm.version, ReportedForm.language)
            .where(ReportedForm.id.not_in(select(ConsentTemplate.id)))
            .order_by(ReportedForm.version.desc())):
        reported[str(tid)] = SentForm(str(key), int(version), str(language))  # the lowest is put last
    return reported


#: How far above the versions a centre knows of (held, or noted as sent) a version the laptops' bundles
#: name may take its numbering. A restored centre lost the few versions it published after its backup;
#: a laptop on the roster that names version 2**31-1 must not leave the centre unable to publish that
#: form again. The centre cannot tell a lost version from one a laptop made up, so a lying laptop can
#: still make a new version skip this many numbers (never repeat one): kept small.
REPORT_REACH = 20


def highest_reported(s: OrmSession, template_key: str, known: int) -> int:
    """The highest version of ``template_key`` the laptops' bundles named and this database does not
    hold, among those at most REPORT_REACH above ``known`` (the highest the centre knows itself); 0 if
    none. A version past the reach is a laptop's claim no restore explains: it does not count."""
    return max((f.version for f in reported_forms(s).values()
                if f.template_key == template_key and f.version <= known + REPORT_REACH), default=0)


#: local_state key: this centre's database was restored from a backup and has applied no device's bundle
#: since, so it may not know the form versions it published after that backup (set by ``backups.restore``).
#: Its value says whether the consent form editor asks before Publish: ASK_BEFORE_PUBLISHING until the
#: coordinator answers Yes once (ANSWERED: not asked again until another restore); NOTED when restored on
#: the computer whose note of the versions sent names every version the database made (not asked).
RESTORED_UNHEARD = "restored_unheard"
ASK_BEFORE_PUBLISHING, ANSWERED, NOTED = "1", "answered", "noted"


def mark_restored(conn: sqlcipher.Connection) -> None:
    """Mark a database just restored (``conn``: a DB-API connection, uncommitted) when it is a team's centre;
    a laptop's is never marked (its forms' versions are the centre's to number).

    Restored on the computer (the user's state folder) that keeps this centre's note of the versions its
    team updates sent (:func:`sent_forms`), a note naming every form version the restored database made,
    no version can be numbered twice: the next is numbered above every version sent from here, and one
    published after the backup but never sent is on no laptop. Marked NOTED there: the editor does not ask.
    Anywhere else (another computer; here, but a note missing one: the database came from another
    computer) it asks. Nothing is stored that names the computer or the person: the note is the sign."""
    if conn.execute("SELECT 1 FROM team WHERE is_central").fetchone() is None:
        return
    own = conn.execute("SELECT id FROM device WHERE is_self").fetchone()
    sent = sent_forms(str(own[0])) if own is not None else {}
    made = {str(tid) for (tid,) in conn.execute(
        "SELECT id FROM consent_template WHERE origin_device = ?", (own[0],))} if own is not None else set()
    noted = bool(sent) and made <= set(sent)
    conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                 (RESTORED_UNHEARD, NOTED if noted else ASK_BEFORE_PUBLISHING))


def restored_unheard(s: OrmSession) -> bool:
    """The mark :func:`mark_restored` left is there: restored, and no device's bundle applied since."""
    return s.get(LocalState, RESTORED_UNHEARD) is not None


def asks_before_publishing(s: OrmSession) -> bool:
    """The consent form editor asks before Publish: restored elsewhere than on the computer that noted every
    version sent, no device's bundle applied since, and the question not answered Yes since the restore."""
    mark = s.get(LocalState, RESTORED_UNHEARD)
    return mark is not None and mark.value == ASK_BEFORE_PUBLISHING


def answered_yes(s: OrmSession) -> None:
    """The coordinator answered Yes to the editor's question (in ``s``'s transaction, the one publishing the
    version: ``consent_forms.publish_version``, so a refused Publish answered nothing): not asked again
    until the database is restored again (or the mark goes with a device's bundle)."""
    mark = s.get(LocalState, RESTORED_UNHEARD)
    if mark is not None:
        mark.value = ANSWERED


def heard_from_a_device(conn: Connection) -> None:
    """A device's bundle is being applied (in its transaction): the mark of a restore goes, since its
    manifest's ``forms`` (:func:`note_reported`) names the versions that device holds."""
    conn.execute(delete(LocalState).where(LocalState.key == RESTORED_UNHEARD))


def note_reported(conn: Connection, device_id: str, forms: Mapping[str, SentForm]) -> None:
    """Keep the form texts a bundle's device holds (its manifest's ``forms``, checked), under that device:
    those it had not named yet (a form text's number never changes; its first word stays, so a bundle
    imported late, naming fewer, takes nothing back). A device whose forms would pass FORMS_MAX (ever new
    ids, bundle after bundle: no laptop holds that many) keeps only its latest bundle's."""
    if not forms:  # a bundle of an older Majlis names none: it says nothing, not "none"
        return
    rows = [{"device_id": device_id, "id": tid, "template_key": f.template_key, "version": f.version,
             "language": f.language} for tid, f in forms.items()]
    conn.execute(sqlite_insert(ReportedForm).on_conflict_do_nothing(), rows)
    named = conn.execute(select(func.count()).select_from(ReportedForm)
                         .where(ReportedForm.device_id == device_id)).scalar_one()
    if named > FORMS_MAX:
        conn.execute(delete(ReportedForm).where(ReportedForm.device_id == device_id))
        conn.execute(sqlite_insert(ReportedForm), rows)
