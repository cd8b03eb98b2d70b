"""Survey import: real-shaped KoboToolbox and ODK Central exports with their XLSForm, and the bad cases."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core import survey_stats
from desktop.core.db import Store
from desktop.core.models import ChangeLog, Survey, SurveyChoice, SurveyQuestion, SurveyResponseBlock
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_import import age_band, import_survey
from desktop.i18n.catalogue import translate
from tests.kobo_export import kobo_columns, write_kobo_xlsx, write_odk_csv
from tests.sync_helpers import full_digest


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_kobo_export_imports_with_labels_in_three_languages(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 250)
    result = import_survey(store, gen.data, gen.form)
    assert result.responses == 250 and result.source == "xlsx"
    # identifying: the device, the name and phone questions, the location and its parts, who submitted
    assert result.dropped_identifying == sorted([
        "deviceid", "demographics/respondent_name", "demographics/phone", "demographics/location",
        "_demographics/location_latitude", "_demographics/location_longitude", "_demographics/location_altitude",
        "_demographics/location_precision", "_submitted_by",
    ])
    with store.session() as s:
        survey = s.get(Survey, result.survey_id)
        assert survey is not None and survey.response_count == 250
        assert survey.title == "Voter survey 2022" and survey.form_id == "voter_survey_2022"
        assert "demographics/phone" not in survey.columns and "household/member_age" not in survey.columns
        q = survey_stats.question(s, survey.id, "opinions/q_biometric")
        assert (q.label_ar, q.label_ckb, q.label_en) == (
            "هل تؤيد البطاقة البايومترية؟", "ئایا پشتگیری لە کارتی بایۆمەتری دەکەیت؟",
            "Do you support biometric voter cards?")
        assert (q.group, q.group_label_ckb, q.group_label_en) == ("opinions", "بۆچوونەکان", "Opinions")
        yes = s.scalars(select(SurveyChoice).where(SurveyChoice.list_name == "yes_no", SurveyChoice.name == "yes")).one()
        assert (yes.label_ar, yes.label_ckb, yes.label_en) == ("نعم", "بەڵێ", "Yes")
        roles = {q.name: q.role for q in survey_stats.questions(s, survey.id) if q.role}
        assert roles == {"demographics/governorate": "governorate", "demographics/gender": "gender",
                         "demographics/age": "age"}
        # no respondent's name or phone anywhere, not even in the change log
        blob = " ".join(str(r) for r in s.execute(select(ChangeLog.data)).scalars())
        assert "Respondent 1" not in blob and "07700000001" not in blob


def test_distributions_match_the_generated_truth(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 400)
    result = import_survey(store, gen.data, gen.form)
    with store.session() as s:
        dist = survey_stats.distribution(s, result.survey_id, "opinions/q_biometric", "governorate",
                                         support=["yes"])
        by_band = survey_stats.distribution(s, result.survey_id, "opinions/q_results", "age_band",
                                            support=["fast", "transparent"])
    basra = [t for t in gen.truth if t["governorate"] == "basra"]
    yes = sum(1 for t in basra if t["q_biometric"] == "yes")
    share = dist.support_share("basra")
    assert (share.count, share.n) == (yes, len(basra))
    p = yes / len(basra)
    assert share.margin == pytest.approx(100 * 1.96 * math.sqrt(p * (1 - p) / len(basra)), rel=1e-3)
    assert dist.n[""] == 400 and dist.choices[:3] == ["yes", "no", "dont_know"]
    assert dist.counts[("", "no")] == sum(1 for t in gen.truth if t["q_biometric"] == "no")
    # select_multiple, by age band: respondents under 18 have no band; empty answers are not counted
    answered = [t for t in gen.truth if t["q_results"]]
    bands = Counter(age_band(str(t["age"])) for t in answered)
    assert by_band.n["25-34"] == bands["25-34"]
    wanted = sum(1 for t in answered if age_band(str(t["age"])) == "25-34" and {"fast", "transparent"} & set(t["q_results"]))
    assert by_band.support_share("25-34").count == wanted


def test_odk_central_csv_in_each_encoding(store: Store, tmp_path: Path) -> None:
    for n, encoding in enumerate(("utf-8", "utf-8-sig", "utf-16", "cp1256")):
        folder = tmp_path / encoding
        folder.mkdir()
        gen = write_odk_csv(folder, 40, seed=n, encoding=encoding)
        if encoding == "cp1256":  # cp1256 cannot hold the Kurdish form labels, but the data is Arabic
            pass
        result = import_survey(store, gen.data, gen.form)
        assert result.responses == 40 and result.encoding.replace("-le", "") in (encoding, "utf-16")
        with store.session() as s:
            survey = s.get(Survey, result.survey_id)
            assert survey is not None and survey.source == "odk"
            dist = survey_stats.distribution(s, survey.id, "opinions/q_biometric", "gender")
            comments = survey_stats.distribution(s, survey.id, "opinions/q_comment")
        assert dist.n[""] == 40
        assert comments.counts.get(("", "ملاحظة")) == sum(1 for i in range(40) if i % 3 == 0)
    assert _count(store, Survey) == 4


def test_mixed_encodings_are_refused(store: Store, tmp_path: Path) -> None:
    gen = write_odk_csv(tmp_path, 10)
    lines = gen.data.read_bytes().split(b"\n")
    lines[4] = lines[4].decode("utf-8").encode("cp1256")  # respondent 3 commented in Arabic
    gen.data.write_bytes(b"\n".join(lines))
    before = full_digest(store)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, gen.data, gen.form)
    assert err.value.reason == "mixed_encoding" and "line 5 " in err.value.message
    assert full_digest(store) == before


def test_duplicate_submissions_leave_nothing_behind(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 2500, duplicate_row=2100)
    before = full_digest(store)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, gen.data, gen.form)
    assert err.value.reason == "duplicate_submission"
    assert err.value.params == {"first": 2, "row": 2102, "file": gen.data.name}
    assert full_digest(store) == before  # two blocks had been written: rolled back with the rest


def test_unknown_columns_and_missing_form(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, gen.data, None)
    assert err.value.reason == "missing_form"
    other = tmp_path / "other"
    other.mkdir()
    wider = write_kobo_xlsx(other, 5, extra_questions=3)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, wider.data, gen.form)  # the data has questions this form version lacks
    assert err.value.reason == "unknown_columns" and err.value.params["count"] == 3
    assert err.value.params["column"] == "extra/x000"
    assert _count(store, Survey) == 0
    # the message exists in the catalogue in Arabic and Kurdish
    assert translate("ar", "Survey", err.value.template) != err.value.template
    assert translate("ckb", "Survey", err.value.template) != err.value.template


def test_keep_identifying_keeps_them(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 3)
    result = import_survey(store, gen.data, gen.form, keep_identifying=True)
    assert result.dropped_identifying == []
    with store.session() as s:
        survey = s.get(Survey, result.survey_id)
        assert survey is not None and "demographics/respondent_name" in survey.columns
        block = s.scalars(select(SurveyResponseBlock)).one()
        at = survey.columns.index("demographics/respondent_name")
        assert [row[at] for row in block.rows] == [t["name"] for t in gen.truth]


def test_missing_kurdish_labels_are_reported(store: Store, tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 3, drop_ckb_choice="dont_know")
    result = import_survey(store, gen.data, gen.form)
    assert ("ckb", "yes_no", 1) in result.missing_labels
    with store.session() as s:
        choice = s.scalars(select(SurveyChoice).where(SurveyChoice.name == "dont_know")).one()
        assert choice.label_ckb == "" and survey_stats.label(choice, "ckb") == "Don't know"
        assert s.scalars(select(SurveyQuestion)).first() is not None


def test_the_generator_follows_the_kobo_header_shape(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    gen = write_kobo_xlsx(tmp_path, 2, extra_questions=2)
    wb = CalamineWorkbook.from_path(str(gen.data))
    assert wb.sheet_names == ["Voter survey 2022", "household"]
    header = next(wb.get_sheet_by_index(0).iter_rows())
    assert header == kobo_columns(2) and header[-10:][:2] == ["_id", "_uuid"]


def test_chosen_questions_only_and_the_form_preview(store: Store, tmp_path: Path) -> None:
    from desktop.core.survey_import import preview_form

    gen = write_kobo_xlsx(tmp_path, 120)
    preview = preview_form(gen.form)
    by_name = {q.name: q for q in preview.questions}
    assert by_name["demographics/phone"].identifying and not by_name["opinions/q_biometric"].identifying
    assert by_name["demographics/governorate"].role == "governorate"
    assert by_name["opinions/q_biometric"].labels["ckb"] == "ئایا پشتگیری لە کارتی بایۆمەتری دەکەیت؟"
    chosen = {"demographics/governorate", "demographics/gender", "demographics/age", "opinions/q_biometric"}
    result = import_survey(store, gen.data, gen.form, questions=chosen)
    with store.session() as s:
        survey = s.get(Survey, result.survey_id)
        assert survey is not None
        assert set(survey.columns) == chosen  # the comment, the multiple choice and the rest left out
        assert {q.name for q in survey_stats.questions(s, survey.id)} == chosen
    with pytest.raises(SurveyImportError) as err:
        preview_form(None)
    assert err.value.reason == "missing_form"


@pytest.mark.parametrize(("sheet", "column", "field"), [("settings", 1, "title"), ("choices", 2, "name")])
def test_a_form_text_a_centre_would_refuse_is_refused_here(
    store: Store, tmp_path: Path, sheet: str, column: int, field: str
) -> None:
    """A form title over 300 characters or a choice name over 200 was saved, and the centre then
    refused the laptop's whole bundle (a gap for ever): the import refuses the form instead."""
    from openpyxl import load_workbook

    gen = write_kobo_xlsx(tmp_path, 5)
    book = load_workbook(gen.form)
    book[sheet].cell(row=2, column=column).value = "س" * 301
    book.save(gen.form)
    before = full_digest(store)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, gen.data, gen.form)
    assert err.value.reason == "too_long" and err.value.params["field"] == field
    assert "س" * 10 not in err.value.message  # names the field, never its content
    assert full_digest(store) == before


def test_the_same_export_imported_again_is_refused(store: Store, tmp_path: Path) -> None:
    """A coordinator imports the export twice (the same file, or downloaded again): the Surveys tab
    would list the survey twice for good. Refused in one line, nothing written; a later export of the
    same form with new responses is still a survey of its own."""
    gen = write_kobo_xlsx(tmp_path, 30)
    import_survey(store, gen.data, gen.form)
    before = full_digest(store)
    with pytest.raises(SurveyImportError) as err:
        import_survey(store, gen.data, gen.form)
    assert err.value.reason == "already_imported"
    assert err.value.params == {"file": gen.data.name, "title": "Voter survey 2022"}
    assert full_digest(store) == before and _count(store, Survey) == 1
    for lang in ("ar", "ckb"):
        assert translate(lang, "Survey", err.value.template) != err.value.template
    odk = tmp_path / "odk"
    odk.mkdir()
    other = write_odk_csv(odk, 12)  # other submissions of the same form
    assert import_survey(store, other.data, gen.form).responses == 12
    assert _count(store, Survey) == 2
