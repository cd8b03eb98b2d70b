"""majlis-cli consent withdraw / erasure report name the codes whose memo or examples may quote the
erased participant (never their text), and count the memos emptied on their words."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Code, Memo
from tests.cli_run import run
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_withdraw_and_report_name_the_codes_to_read(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    codes_around(store, study)
    with store.transaction() as s:
        s.add(Memo(target_table="transcript_turn", target_id=study.turns[0], text="قالت إن أخاها اختفى"))
    store.close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30")
    assert (code, err) == (0, "")
    assert "1 memo on their words" in out
    lines = out.splitlines()
    assert "2 codes used on the erased words may quote them in a memo, its examples, definition or criteria" in out
    assert "  code\twater\tmemo" in lines and "  code\tfear\texamples" in lines
    assert "مثل قولها" not in out and "خفت" not in out  # named, never their text
    code, out, _ = run(capsys, "erasure", "report", "--db", str(store.path))
    assert code == 0 and "no copies made before the erasure are known" in out
    assert "  code\twater\tmemo" in out.splitlines()


def test_report_json_lists_the_codes_to_read_after_the_copies(store: Store,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``erasure report --json`` listed only the copies: the codes to read are items of kind "code"
    (names by language, the texts to read; never their text), and a copy's item keeps its keys."""
    study = make_study(store)
    codes_around(store, study)
    store.close()
    code, _, _ = run(capsys, "export", "xlsx", "--db", str(store.path), "--out", str(store.path.parent / "a.xlsx"))
    assert code == 0
    code, _, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                       "--scope", "all", "--date", "2026-11-30")
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "erasure", "report", "--db", str(store.path), "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    copies = [i for i in items if i["kind"] != "code"]
    assert [(i["kind"], sorted(i)) for i in copies] == [("xlsx", ["kind", "made_at", "where"])]
    codes = [i for i in items if i["kind"] == "code"]
    assert [(c["names"]["en"], c["names"]["ar"], c["fields"]) for c in codes] == [
        ("water", "المياه", ["memo"]), ("fear", "الخوف", ["examples"])]
    assert all(c["made_at"] == "" and c["where"] == "" and c["code_id"] for c in codes)
    assert "مثل قولها" not in out and "خفت" not in out


def test_a_withdrawal_of_quotes_names_the_codes_to_read(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """A withdrawal of consent to be quoted kept every code's memo, examples and criteria in the exports
    and said nothing of them: it now names the codes used on the participant's words to read."""
    study = make_study(store)
    codes_around(store, study)
    with store.transaction() as s:  # the criteria are read too
        s.scalars(select(Code).where(Code.name_en == "plain")).one().inclusion = "«قالوا لنا صوّتوا»"
    store.close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                         "--scope", "quotes", "--date", "2026-11-30")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "never quoted" in lines[0]
    assert lines[1:] == ["3 codes used on their words may quote them in a memo, its examples, definition or "
                         "criteria: read them and remove what quotes them:",
                         "  code\twater\tmemo", "  code\tfear\texamples", "  code\tplain\tinclusion"]
    assert "صوّتوا" not in out
