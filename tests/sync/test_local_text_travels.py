"""What a laptop saves, the centre accepts: text pasted into a field (a line break in a one-line
field such as a venue, Word's vertical tab, a stray escape or bell) is made to fit its column when
it enters the database, so the laptop never makes a bundle that the centre's value checks refuse
(a refused bundle holds back the whole day's work). Same length, so coding offsets stay true."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.models import ChangeLog, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


PASTED_VENUE = "Hall A\nBasra\x0bGate 2"
PASTED_TITLE = "Budget\r\nhearing\x07\x1b[1m"
PASTED_TURN = "First line\nsecond\x0bthird\x0c\tend\ufffe"


def test_pasted_control_characters_never_make_a_bundle_the_centre_refuses(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    sid = sessions.create_session(laptop, "roundtable", title=PASTED_TITLE)
    sessions.update_session(laptop, sid, {"venue": PASTED_VENUE})
    with laptop.transaction() as s:
        s.add(TranscriptTurn(session_id=sid, position=1.0, text=PASTED_TURN))
    with laptop.session() as s:
        row = s.get(Session, sid)
        assert row is not None
        assert row.venue == "Hall A Basra Gate 2"  # one line, each character kept in its place
        assert len(row.title) == len(PASTED_TITLE)
        assert "\n" not in row.title and "\x1b" not in row.title
        turn = s.scalars(select(TranscriptTurn)).one()
        assert turn.text == "First line\nsecond third \tend\ufffd"  # line breaks and tabs stay in long text
        logged = [c.data for c in s.scalars(select(ChangeLog).order_by(ChangeLog.seq))]
    assert any(d.get("venue") == "Hall A Basra Gate 2" for d in logged)  # what travels is what is stored
    bundle = export_bundle(laptop, tmp_path / "day.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome.message
    with team.centre.session() as s:
        got = s.get(Session, sid)
        assert got is not None and got.venue == "Hall A Basra Gate 2"


@pytest.mark.slow  # a 1,000-response survey of 258 questions written, imported and sent: .ci/test runs it
def test_a_wide_survey_travels_in_blocks_the_centre_accepts(team: Team, tmp_path: Path) -> None:
    """A block of a thousand responses of a wide form (258 questions) held more JSON values than a
    bundle's field may carry (200,000): the laptop's bundle was refused at the centre, whole."""
    from desktop.core.survey_import import import_survey
    from tests.kobo_export import write_kobo_xlsx

    laptop = team.devices[0]
    gen = write_kobo_xlsx(tmp_path, 1000, extra_questions=250, keep_truth=False)
    assert import_survey(laptop, gen.data, gen.form).responses == 1000
    bundle = export_bundle(laptop, tmp_path / "survey.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome.message


def test_half_typed_times_a_draft_saved_still_travel(team: Team, tmp_path: Path) -> None:
    """A draft keeps a time as typed (the editor autosaves "10:3" on the way to "10:30", "9.30", or a
    lone "9" when the person leaves the field; finalising is what checks it): every such change is
    in the change log, so the centre must accept them, or the laptop's whole bundle is refused."""
    laptop = team.devices[0]
    sid = sessions.create_session(laptop, "focus_group", title="draft")
    for typed in ("1", "10:3", "10:30", "9.30", "٩:٣٠", ""):
        sessions.update_session(laptop, sid, {"start_time": typed, "end_time": typed[:4]})
    bundle = export_bundle(laptop, tmp_path / "times.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome.message


def test_a_csv_survey_with_control_characters_travels(team: Team, tmp_path: Path) -> None:
    """An ODK Central CSV whose answers hold control characters (a vertical tab or a bell pasted
    into a comment): the responses go into blocks through Core, not the ORM, and must still fit."""
    from desktop.core.survey_import import import_survey
    from tests.kobo_export import write_odk_csv

    laptop = team.devices[0]
    gen = write_odk_csv(tmp_path, 30)
    text = gen.data.read_text(encoding="utf-8")
    assert "ملاحظة" in text
    gen.data.write_text(text.replace("ملاحظة", "ملا\x0bحظة\x07", 3), encoding="utf-8")
    assert import_survey(laptop, gen.data, gen.form).responses == 30
    bundle = export_bundle(laptop, tmp_path / "csv.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome.message


def test_an_xlsx_survey_with_escaped_control_characters_travels(team: Team, tmp_path: Path) -> None:
    """Excel keeps a control character in a cell as an OOXML escape (``_x000B_``), and the reader
    decodes it into the character itself. Only the CSV path was cleaned: such a survey imported, and
    the laptop's next bundle was refused at the centre, whole. The XLSX path now cleans the same way."""
    import openpyxl

    from desktop.core.models import SurveyResponseBlock
    from desktop.core.survey_import import import_survey
    from tests.kobo_export import write_kobo_xlsx

    laptop = team.devices[0]
    gen = write_kobo_xlsx(tmp_path, 30, keep_truth=False)
    book = openpyxl.load_workbook(gen.data)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    comment, governorate = header.index("opinions/q_comment") + 1, header.index("demographics/governorate") + 1
    for row in (2, 5, 9):  # written as Excel writes them: the reader gives back \x0b, \x07 and ESC
        sheet.cell(row=row, column=comment, value="ملا_x000B_حظة_x0007_ _x001B_[1m")
    sheet.cell(row=3, column=governorate, value="basra_x000C_")  # a select_one answer with a page break
    book.save(gen.data)
    assert import_survey(laptop, gen.data, gen.form).responses == 30
    with laptop.session() as s:
        rows = [row for block in s.scalars(select(SurveyResponseBlock)) for row in block.rows]
    texts = [value for row in rows for value in row if isinstance(value, str)]
    assert "ملا حظة   [1m" in texts and "basra " in texts  # one space for one character: lengths stay
    assert not any(ch in value for value in texts for ch in "\x0b\x07\x1b\x0c")
    bundle = export_bundle(laptop, tmp_path / "xlsx.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome.message
