"""The evidence brief workbook: figures, survey line and quotes in the chosen language; never a withdrawn quote."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from desktop.cli import main
from desktop.core import recommendations, survey_stats
from desktop.core.db import Store, open_store
from desktop.core.survey_import import import_survey
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.i18n.catalogue import translate
from desktop.i18n.digits import apply_digits
from tests.advocacy_fixture import WITHDRAWN_WORDS, World, build
from tests.conftest import PASSPHRASE
from tests.kobo_export import write_kobo_xlsx
from tests.stores import fresh_store


def _cells(path: Path) -> dict[str, list[list[object]]]:
    wb = load_workbook(path)
    return {ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def _value(rows: list[list[object]], label: str) -> object:
    for row in rows:
        if row and row[0] == label:
            return row[1]
    raise AssertionError(f"no row {label!r}")


def _recommendation(store: Store, world: World, folder: Path) -> str:
    gen = write_kobo_xlsx(folder, 300)
    survey = import_survey(store, gen.data, gen.form)
    with store.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "بطاقة بايومترية", "title_ckb": "کارتی بایۆمەتری",
                                         "title_en": "Biometric cards", "text_ckb": "تەنها کارتی بایۆمەتری."},
                                     date=dt.date(2022, 12, 1))
        recommendations.add_status(s, rec.id, "adopted", date=dt.date(2023, 3, 27), source="Gazette")
        recommendations.link_code(s, rec.id, world.codes["A"])
        recommendations.link_survey(s, rec.id, survey.survey_id, "opinions/q_biometric", ["yes"],
                                    group_by="governorate", group_value="basra")
        return rec.id


# The world (and, for the tests that ask for ``rec_id``, the survey and the recommendation) made once per
# process in a store as the conftest's ``store`` makes it, closed, and copied per test: a real SQLCipher
# file of the test's own, opened by its passphrase (tests/demo_stores.py does the same with the demo).
_templates: dict[bool, tuple[Path, World, str | None]] = {}


def _template(tmp_path_factory: pytest.TempPathFactory, with_recommendation: bool) -> tuple[Path, World, str | None]:
    if with_recommendation not in _templates:
        folder = tmp_path_factory.mktemp("brief-world")
        made = fresh_store(folder / "template.db", PASSPHRASE, "test laptop")
        try:
            world = build(made)
            rec = _recommendation(made, world, folder) if with_recommendation else None
        finally:
            made.close()
        assert not Path(f"{made.path}-wal").exists(), "the template kept its write-ahead log"
        _templates[with_recommendation] = (Path(made.path), world, rec)
    return _templates[with_recommendation]


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, db_path: Path) -> Iterator[Store]:
    path, _world, _rec = _template(tmp_path_factory, "rec_id" in request.fixturenames)
    shutil.copyfile(path, db_path)
    opened = open_store(db_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, store: Store) -> World:
    return copy.deepcopy(_template(tmp_path_factory, "rec_id" in request.fixturenames)[1])


@pytest.fixture
def rec_id(tmp_path_factory: pytest.TempPathFactory, store: Store) -> str:
    rec = _template(tmp_path_factory, True)[2]
    assert rec is not None
    return rec


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_brief_workbook_in_each_language(store: Store, rec_id: str, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.xlsx"
    (brief,) = write_brief_xlsx(store, out, rec_id=rec_id, lang=lang)
    sheets = _cells(out)
    rows = sheets["R1"]
    t = lambda text: translate(lang, "Brief", text)  # noqa: E731
    # code A (and A1): P1, P2, P4, P6 speak (P3 withdrew); O1 at S1, O1 and O2 at S3
    assert _value(rows, t("Participants")) == 4 and _value(rows, t("Organisations")) == 2
    assert _value(rows, t("Status")) == t("adopted")
    text = "\n".join(str(c) for row in rows for c in row if c is not None)
    assert WITHDRAWN_WORDS not in text
    assert t("One linked segment is left out: its speaker withdrew their consent.") in text  # P3, once
    with store.session() as s:
        share = survey_stats.share(s, brief.survey_lines and _survey_id(store) or "", "opinions/q_biometric",
                                   ["yes"], "governorate", "basra")
    n_text = f"n = {share.n};" if lang == "en" else f" {share.n}؛"
    assert n_text in text and f"{share.percent:.0f}%" in text  # Latin digits (the default), Latin sign
    # seg1, seg6, seg7 quotable; P2 never agreed, P4 withdrew quotes; seg8 is the facilitator's question
    assert len(brief.quotes) == 3
    wb = load_workbook(out)
    assert wb["R1"].sheet_view.rightToLeft is (lang != "en")
    _check_charts(wb["R1"], brief)
    if lang != "en":
        assert t("Participants") != "Participants"


def _check_charts(ws, brief) -> None:  # type: ignore[no-untyped-def]
    """The charts read back: each one's bars are the cells that hold the brief's numbers."""
    def values(ref: str) -> list[object]:
        min_col, min_row, max_col, max_row = range_boundaries(ref.split("!")[1].replace("$", ""))
        return [row[0] for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col,
                                                  max_col=max_col, values_only=True)]

    assert len(ws._charts) == 4  # support figures, by gender, by age band, the survey figure
    bars = [values(chart.series[0].val.numRef.f) for chart in ws._charts]
    assert [brief.participants, brief.sessions, len(brief.governorates), brief.organisations] in bars
    assert [n for _, n in brief.by_gender] in bars and [n for _, n in brief.by_age_band] in bars
    (survey_chart,) = [c for c in ws._charts if c.series[0].errBars is not None]
    (bar,) = brief.survey_bars
    assert values(survey_chart.series[0].val.numRef.f) == [bar.percent] and 0 < bar.percent < 100
    assert values(survey_chart.series[0].errBars.plus.numRef.f) == [bar.margin] and bar.n > 0


def _survey_id(store: Store) -> str:
    with store.session() as s:
        return survey_stats.surveys(s)[0].id


def test_brief_from_the_command_line(store: Store, rec_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    store.close()
    out = tmp_path / "brief.xlsx"
    code = main(["export", "brief", "--db", str(store.path), "--out", str(out), "--lang", "ckb"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert ": 1 recommendation, " in captured.out
    assert "کارتی بایۆمەتری" in str(_cells(out)["R1"][0][0])
    before = out.read_bytes()
    code = main(["export", "brief", "--db", str(store.path), "--out", str(out), "--recommendation", "nope"])
    err = capsys.readouterr().err
    assert code == 3 and err.count("\n") == 1 and "no recommendation with that id" in err  # as export pdf's ids
    assert out.read_bytes() == before  # nothing written
    code = main(["export", "brief", "--db", str(store.path), "--out", str(tmp_path / "b.docx")])
    assert code == 1


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_brief_pdf_has_a_text_layer_and_no_withdrawn_words(store: Store, rec_id: str, tmp_path: Path,
                                                           lang: str) -> None:
    from desktop.exports.brief_pdf import write_brief_pdf
    from tests.pdf_helpers import missing_words, page_count, pdf_words, rasterise

    out = tmp_path / f"brief-{lang}.pdf"
    (brief,) = write_brief_pdf(store, out, rec_id=rec_id, lang=lang)
    assert page_count(out) >= 1
    title = "کارتی بایۆمەتری" if lang == "ckb" else "بطاقة بايومترية"
    heading = translate(lang, "Brief", "What participants said")
    assert missing_words(out, title, heading, *(q.text for q in brief.quotes)) == []
    assert "المنسحبة" not in pdf_words(out)  # the one word only the withdrawn participant said
    assert brief.quotes and all(WITHDRAWN_WORDS not in q.text for q in brief.quotes)
    pngs = rasterise(out, tmp_path / f"brief-{lang}")
    assert pngs and all(p.stat().st_size > 1000 for p in pngs)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_brief_pdf_age_bands_read_in_order_and_in_the_briefs_digits(store: Store, world: World, rec_id: str,
                                                                    tmp_path: Path, lang: str) -> None:
    """The brief's age-band chart in Arabic or Kurdish showed "+65" for 65+ (the right-to-left line
    moved the sign), and its bands in Latin digits beside Arabic-Indic counts ("25-34  ٢")."""
    from desktop.core.models import Participant
    from desktop.exports.brief_pdf import write_brief_pdf
    from tests.pdf_helpers import normalise, pdf_text

    with store.transaction() as s:
        p6 = s.get(Participant, world.people["P6"])
        assert p6 is not None
        p6.age_band = "65+"
    out = tmp_path / f"brief-{lang}.pdf"
    write_brief_pdf(store, out, rec_id=rec_id, lang=lang, digits="latn")
    text = normalise(pdf_text(out))
    assert "65+" in text and "+65" not in text and "18-24" in text, text
    write_brief_pdf(store, out, rec_id=rec_id, lang=lang, digits="arab")
    text = normalise(pdf_text(out))
    assert "١٨" in text and "٦٥" in text, text
    assert not any(band in text for band in ("18", "24", "65")), text


def test_brief_from_the_command_line_in_arabic_indic_digits(store: Store, rec_id: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`export pdf` took --digits and `export brief` did not: a coordinator could not make a Kurdish
    brief for a ministry in the digits its letters use."""
    from tests.pdf_helpers import normalise, pdf_text

    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    store.close()
    out = tmp_path / "brief.pdf"
    assert main(["export", "brief", "--db", str(store.path), "--out", str(out), "--lang", "ckb",
                 "--digits", "arab"]) == 0
    text = normalise(pdf_text(out))
    assert "٢٠٢٣" in text and "2023" not in text  # the status date


def test_the_brief_quotes_the_same_words_once(store: Store, world: World, tmp_path: Path) -> None:
    """Two participants who said exactly the same sentence filled the brief with it twice (the demo's
    brief showed one sentence four times in six quotes): to a reader at a ministry it looks copied."""
    from desktop.core import coding
    from desktop.core.models import TranscriptTurn
    from desktop.exports.brief_pdf import write_brief_pdf

    same = "نريد بطاقة بايومترية لكل ناخب."
    with store.transaction() as s:
        turn = TranscriptTurn(session_id=world.sessions["S2"], participant_id=world.people["P5"], text=same,
                              position=10.0)
        s.add(turn)
        s.flush()
        again = coding.apply_code(s, world.codes["A1"], "transcript_turn", turn.id, "text", 0, len(same), "t")
        assert again is not None
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        for key in ("seg1", "seg5"):
            recommendations.link_segment(s, rec.id, world.segments[key])
        recommendations.link_segment(s, rec.id, again.id)
        rec_id = rec.id
    (brief,) = write_brief_pdf(store, tmp_path / "brief.pdf", rec_id=rec_id, lang="ar")
    texts = [q.text for q in brief.quotes]
    assert texts.count(same) == 1 and len(texts) == 2, texts
    assert brief.participants == 2  # both still count as support


def test_brief_workbook_dates_its_quotes_in_the_briefs_digits(store: Store, rec_id: str, tmp_path: Path) -> None:
    """A workbook brief in Arabic-Indic digits dated its quotes in Latin digits ('10ی کانوونی دووەمی
    2023') beside a survey line in Arabic-Indic ones."""
    out = tmp_path / "brief.xlsx"
    (brief,) = write_brief_xlsx(store, out, rec_id=rec_id, lang="ckb", digits="arab")
    rows = _cells(out)["R1"]
    sources = [str(row[0]) for row in rows if len(row) > 1 and isinstance(row[1], str) and row[1].startswith("«")]
    assert len(sources) == len(brief.quotes) > 0
    assert all("٢٠٢٣" in source and "2023" not in source for source in sources), sources


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_survey_line_writes_its_percent_sign_in_the_briefs_digits(store: Store, rec_id: str, tmp_path: Path,
                                                                    lang: str) -> None:
    """The survey line wrote the Arabic percent sign after Latin digits ("84٪ … بثقة 95٪") and a Latin
    decimal point between Arabic-Indic ones ("± ٨.٣"): each number, its sign and separator now follow
    the brief's digits ("84%" or "٨٤٪", "8.3" or "٨٫٣")."""
    with store.session() as s:
        share = survey_stats.share(s, _survey_id(store), "opinions/q_biometric", ["yes"], "governorate", "basra")
    latin = write_brief_xlsx(store, tmp_path / "latn.xlsx", rec_id=rec_id, lang=lang, digits="latn")[0]
    (line,) = latin.survey_lines
    assert "٪" not in line and "%" in line, line
    assert f"{share.percent:.0f}%" in line and "95%" in line and f"{share.margin:.1f}" in line, line
    assert not any(ch in line for ch in "٠١٢٣٤٥٦٧٨٩٫"), line
    arabic = write_brief_xlsx(store, tmp_path / "arab.xlsx", rec_id=rec_id, lang=lang, digits="arab")[0]
    (line,) = arabic.survey_lines
    assert "%" not in line and "٩٥٪" in line, line
    whole, tenth = f"{share.margin:.1f}".split(".")
    assert apply_digits(f"{whole}٫{tenth}", "arab") in line, line
    assert not any(ch in line for ch in "0123456789"), line


def test_two_recommendations_with_one_number_get_sheets_that_say_so(store: Store, world: World, tmp_path: Path) -> None:
    """Two recommendations numbered 1 (typed so, or a laptop's draft beside the team's): the workbook
    named the second sheet 'R11', which reads as recommendation 11."""
    with store.transaction() as s:
        for title in ("Cards", "Results"):
            recommendations.create(s, {"title_en": title, "number": 1}, date=dt.date(2022, 12, 1))
        recommendations.create(s, {"title_en": "Eleven", "number": 11}, date=dt.date(2022, 12, 1))
    out = tmp_path / "briefs.xlsx"
    write_brief_xlsx(store, out)
    assert sorted(load_workbook(out).sheetnames) == ["R1", "R1 (2)", "R11"]


def test_workbooks_name_majlis_as_their_author(store: Store, rec_id: str, tmp_path: Path) -> None:
    """Excel's File › Info showed 'Author: openpyxl' on every workbook handed over (the export, a
    brief): the name of a Python library in front of a ministry."""
    from desktop.exports.xlsx import export_xlsx

    export_xlsx(store, tmp_path / "export.xlsx", lang="ar")
    write_brief_xlsx(store, tmp_path / "brief.xlsx", rec_id=rec_id, lang="ckb")
    for name in ("export.xlsx", "brief.xlsx"):
        assert load_workbook(tmp_path / name).properties.creator == "Majlis"


def test_the_facilitators_question_is_not_what_participants_said(store: Store, rec_id: str, tmp_path: Path) -> None:
    """The brief's 'What participants said' quoted the facilitator's own question to the group
    («ما رأيكم في بطاقة الناخب؟», a turn with no participant), with no speaker, to a ministry."""
    (brief,) = write_brief_xlsx(store, tmp_path / "brief.xlsx", rec_id=rec_id, lang="ar")
    assert "ما رأيكم في بطاقة الناخب؟" not in [q.text for q in brief.quotes]
    assert brief.participants == 4  # the quotes' speakers still all count
