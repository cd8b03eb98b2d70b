"""``majlis-cli erasure report`` is the coordinator's list of what must still be checked. After a withdrawal
of consent to be quoted, the codes used on the participant's words whose memo, examples, definition or
criteria may quote them were named once, by ``consent withdraw`` (or the import that brought it), and by no
report after: "there is nothing to report", and the JSON had no item for them. The report now names them,
as items of their own kind (``quotes_code``) after the copies and the erasure's codes, whose keys stay."""

from __future__ import annotations

import json

import pytest

from desktop.core import withdrawal
from desktop.core.db import Store
from tests.cli_run import run
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")

QUOTES_LINE = ("1 code used on the words of participants who withdrew consent to be quoted may quote them in a "
               "memo, its examples, definition or criteria: read them and remove what quotes them:")


def test_a_later_report_names_the_codes_of_a_withdrawal_of_quotes(store: Store,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    codes_around(store, study)  # "trust" (a memo) is used on the other participant's words only
    withdrawal.withdraw_participant(store, participant_id=study.other, scope="quotes", on="2026-11-29")
    store.close()
    db = str(store.path)

    code, out, err = run(capsys, "erasure", "report", "--db", db)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "no erasure has been made in this database (no withdrawal of everything, no retention run)",
        QUOTES_LINE, "  code\ttrust\tmemo"]
    assert "ملاحظة" not in out  # named, never their text
    code, out, err = run(capsys, "erasure", "report", "--db", db, "--json")
    assert (code, err) == (0, "")
    [item] = json.loads(out)
    assert item["kind"] == "quotes_code" and item["code_id"]
    assert (item["made_at"], item["where"], item["names"]["ar"], item["fields"]) == ("", "", "الثقة", ["memo"])

    # Then an erasure, with a copy made before it: the copies and the erasure's codes as they were, the
    # withdrawal of quotes' code after them, once.
    code, _, err = run(capsys, "export", "xlsx", "--db", db, "--out", str(store.path.parent / "a.xlsx"))
    assert code == 0, err
    code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30")
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "erasure", "report", "--db", db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines.index("  code\twater\tmemo") < lines.index(QUOTES_LINE) < lines.index("  code\ttrust\tmemo")
    assert lines[-1] == "  code\ttrust\tmemo" and out.count("\ttrust\t") == 1
    code, out, err = run(capsys, "erasure", "report", "--db", db, "--json")
    items = json.loads(out)
    assert [(i["kind"], i.get("names", {}).get("en")) for i in items] == [
        ("xlsx", None), ("code", "water"), ("code", "fear"), ("quotes_code", "trust")]
    assert sorted(items[0]) == ["kind", "made_at", "where"]
    assert sorted(items[1]) == sorted(items[3]) == ["code_id", "fields", "kind", "made_at", "names", "where"]
