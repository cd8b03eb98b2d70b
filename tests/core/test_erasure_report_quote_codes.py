"""The erasure report's codes to read after a withdrawal of consent to be quoted (``Report.quote_codes``):
named by every report, not only when the withdrawal was made; a code the erasure names already is not
named twice; a participant later erased of everything is the erasure's, not the quotes'."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import code_memos, coding, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.core.erasure_codes import CodeToReview
from desktop.core.models import Code
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study


def _names(codes: tuple[CodeToReview, ...]) -> list[str]:
    return [c.name("en") for c in codes]


def test_the_codes_of_a_withdrawal_of_quotes_stay_on_the_report(store: Store) -> None:
    study = make_study(store)
    codes_around(store, study)
    assert erasure_report.report(store).quote_codes == ()
    withdrawal.withdraw_participant(store, participant_id=study.other, scope="quotes", on="2026-11-29")
    report = erasure_report.report(store)
    assert (_names(report.quote_codes), report.codes, report.any_erasure) == (["trust"], (), False)
    assert report.to_show
    with store.transaction() as s:  # its memo emptied: nothing left to read
        trust = s.scalars(select(Code).where(Code.name_en == "trust")).one()
        code_memos.set_memo(s, trust.id, "")
    assert erasure_report.report(store).quote_codes == ()


def test_a_code_of_both_is_the_erasures_and_the_erased_are_not_the_quotes(store: Store) -> None:
    study = make_study(store)
    codes_around(store, study)
    with store.transaction() as s:  # "trust" on the erased participant's words too
        trust = s.scalars(select(Code).where(Code.name_en == "trust")).one()
        coding.apply_code(s, trust.id, "transcript_turn", study.turns[1], "text", 0, 4, "coder A")
    withdrawal.withdraw_participant(store, participant_id=study.other, scope="quotes", on="2026-11-28")
    withdrawal.withdraw_participant(store, participant_id=study.withdrawn, scope="quotes", on="2026-11-29")
    assert _names(erasure_report.report(store).quote_codes) == ["water", "fear", "trust"]
    withdrawal.withdraw_participant(store, participant_id=study.withdrawn, scope="all", on="2026-11-30")
    report = erasure_report.report(store)
    assert _names(report.codes) == ["water", "fear", "trust"]
    assert report.quote_codes == ()  # trust: named as the erasure's, once
