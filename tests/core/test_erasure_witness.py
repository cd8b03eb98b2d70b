"""The witness's name on a consent record goes with the participant's identity.

A participant who cannot sign consents verbally or by thumbprint before an impartial witness, whose
name is written on the record: often a relative or the village's mukhtar, who points straight at the
participant. A withdrawal of everything, and the end of a study (retention), erased the participant's
name, phone, signatures and scans but left the witness's name in the records, their history and
every later bundle.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core import consent, erasure, retention, withdrawal
from desktop.core.db import Store
from desktop.core.models import ChangeLog, ConsentRecord, Participant
from tests.consent_helpers import all_yes
from tests.erasure_helpers import Study, make_study, plaintext_copy

WITNESS = "حسين علوان الخفاجي"  # the participant's brother
OTHER_WITNESS = "مختار قرية الصادقية"


def witnessed(store: Store) -> Study:
    study = make_study(store)
    with store.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    for pid, name in ((study.withdrawn, WITNESS), (study.other, OTHER_WITNESS)):
        consent.record_consent(store, pid, study.session_id, template_id, all_yes(template_id, store),
                               "thumbprint_witness", witness=name, facilitator="F1")
    return study


def witnesses(store: Store, pid: str) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(ConsentRecord.witness).where(ConsentRecord.participant_id == pid)))


def test_a_withdrawal_of_everything_erases_the_witness_name(store: Store, tmp_path: Path) -> None:
    study = witnessed(store)
    assert WITNESS.encode() in plaintext_copy(store.path, tmp_path / "before.db")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    assert witnesses(store, study.withdrawn) == {""}
    assert witnesses(store, study.other) == {"", OTHER_WITNESS}  # nobody else's witness is touched
    with store.session() as s:
        records = set(s.scalars(select(ConsentRecord.id).where(ConsentRecord.participant_id == study.withdrawn)))
        logged = [c.data for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "consent_record",
                                                                      ChangeLog.row_id.in_(records)))]
    assert logged and all(d.get("witness", "") == "" for d in logged)
    data = plaintext_copy(store.path, tmp_path / "after.db")
    assert WITNESS.encode() not in data and WITNESS.split()[1].encode() not in data
    assert OTHER_WITNESS.encode() in data


def test_the_end_of_a_study_erases_every_witness_name(store: Store, tmp_path: Path) -> None:
    study = witnessed(store)  # its session took place in 2023: a 12-month period has passed
    retention.set_months(store, 12)
    run = retention.apply(store)
    assert run.applied
    assert witnesses(store, study.withdrawn) == {""} and witnesses(store, study.other) == {""}
    with store.session() as s:
        assert {p.code for p in s.scalars(select(Participant))} >= {study.pseudonym}  # pseudonyms stay
    data = plaintext_copy(store.path, tmp_path / "after.db")
    assert WITNESS.encode() not in data and OTHER_WITNESS.encode() not in data


def test_a_record_erased_by_an_earlier_version_with_its_witness_is_still_accepted() -> None:
    """A laptop that erased before witnesses were erased kept them in its flagged changes: the centre
    does not refuse its next bundle for that (it empties the name itself as the change lands)."""
    flagged = {"signature_png": None, "paper_scan": None, "witness": "شاهد", erasure.ERASED_FLAG: True}
    assert erasure.is_scrubbed("consent_record", flagged)
    assert not erasure.is_scrubbed("consent_record", {**flagged, "signature_png": "iVBORw0KGgo="})
