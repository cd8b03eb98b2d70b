"""The erasure report names the codes whose memo or examples may quote the erased participant.

A code's memo and its "Examples" are the researcher's own text, written from what was coded: they may
quote the participant, and no rule can find a quote reliably. Before, an erasure said nothing of them.
Now the report names the live codes used on the erased participant's words that have a memo or
examples (never their text), the same after an erasure made here and after one that arrived at the
centre in a laptop's bundle.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core import code_memos, coding, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.core.models import Code, CodedSegment, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.erasure_helpers import SPEECH_KU, Study, make_study
from tests.sync_helpers import make_team


def codes_around(store: Store, study: Study) -> None:
    """The study's code (on the withdrawn words) gets a memo; "fear" (on them too) has examples;
    "plain" (on them) has neither; "trust" (only on the other's words) has a memo."""
    with store.transaction() as s:
        water = s.get(CodedSegment, study.segment).code_id
        code_memos.set_memo(s, water, "مثل قولها إن الماء المالح قتل الجاموس")
        fear = Code(name_ar="الخوف", name_en="fear", examples="«خفت أن أتكلم»", position=2.0)
        plain = Code(name_ar="عادي", name_en="plain", position=3.0)
        trust = Code(name_ar="الثقة", name_en="trust", position=4.0)
        s.add_all([fear, plain, trust])
        s.flush()
        other_turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
        coding.apply_code(s, fear.id, "transcript_turn", study.turns[1], "text", 0, len(SPEECH_KU) // 2, "coder A")
        coding.apply_code(s, plain.id, "transcript_turn", study.turns[1], "text", 0, 5, "coder A")
        coding.apply_code(s, trust.id, "transcript_turn", other_turn.id, "text", 0, 5, "coder A")
        code_memos.set_memo(s, trust.id, "ملاحظة على الثقة")


def named(report: erasure_report.Report) -> list[tuple[str, bool, bool]]:
    return [(c.name("en"), c.memo, c.examples) for c in report.codes]


def test_the_report_names_the_codes_used_on_the_erased_words_that_have_a_memo_or_examples(store: Store) -> None:
    study = make_study(store)
    codes_around(store, study)
    assert erasure_report.report(store).codes == ()  # nothing erased yet
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    report = erasure_report.report(store)
    assert named(report) == [("water", True, False), ("fear", False, True)]
    assert report.to_show and [c.name("ar") for c in report.codes] == ["المياه", "الخوف"]
    with store.session() as s:  # the memo is the researcher's: named, never changed
        assert code_memos.memo_of(s, report.codes[0].code_id).startswith("مثل قولها")


def test_an_erasure_arriving_at_the_centre_names_the_codes_there(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        codes_around(laptop, study)
        first = export_bundle(laptop, tmp_path / "a1.majlis")
        assert first is not None
        assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
        assert erasure_report.report(team.centre).codes == ()
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
        second = export_bundle(laptop, tmp_path / "a2.majlis")
        assert second is not None
        assert [o.status for o in import_files(team.centre, [second.path], team.identities)] == ["imported"]
        assert named(erasure_report.report(team.centre)) == [("water", True, False), ("fear", False, True)]
    finally:
        team.close()


def test_the_definition_and_criteria_are_read_too(store: Store) -> None:
    """A code's definition and its inclusion/exclusion criteria go out with it in every export, as its
    examples do, and may quote what was coded: a code with only those is named, with what to read; one
    whose criteria are blank is not."""
    study = make_study(store)
    codes_around(store, study)
    with store.transaction() as s:
        plain = s.scalars(select(Code).where(Code.name_en == "plain")).one()
        plain.definition, plain.exclusion = "كلام عام", "«قالوا لنا صوّتوا»"
        blank = Code(name_ar="فارغ", name_en="blank", inclusion="  \n", position=5.0)
        s.add(blank)
        s.flush()
        coding.apply_code(s, blank.id, "transcript_turn", study.turns[1], "text", 0, 5, "coder A")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    report = erasure_report.report(store)
    assert [(c.name("en"), c.fields) for c in report.codes] == [
        ("water", ("memo",)), ("fear", ("examples",)), ("plain", ("definition", "exclusion"))]
