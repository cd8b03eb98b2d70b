"""An error nobody foresaw, in any ``majlis-cli`` command, is one line naming only its kind.

Before, only ``bundle import`` said it so (tests/cli/test_import_unexpected_error.py); every other
command let it out as a Python traceback whose last line is the error's own text, which may quote a
participant's name or phone number (a coordinator's script logs stderr). Now every command says
``majlis-cli: [unexpected] an error not foreseen (ValueError) stopped the command``, exit 70
(EX_SOFTWARE), and a developer sees the traceback with ``MAJLIS_DEBUG=1``.

An error "not foreseen" has no real way to happen on purpose, so a step of the real workbook writer
(its participants sheet) is made to raise with a real participant's name and phone in its text, inside
a real ``export xlsx`` on a real SQLCipher database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.models import Participant
from desktop.exports import xlsx
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def failing_export(tmp_path: Path, new_store: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The argv of an ``export xlsx`` whose participants sheet fails with a participant's words."""
    db = tmp_path / "centre.db"
    store = new_store(db)
    with store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01", real_name="Fatima", phone="0770 123 4567"))
    store.close()

    def participants_then_fail(*_args: Any) -> None:
        raise ValueError("Fatima 0770 123 4567")

    monkeypatch.setattr(xlsx, "_participants", participants_then_fail)
    monkeypatch.delenv("MAJLIS_DEBUG", raising=False)
    return ["export", "xlsx", "--db", str(db), "--out", str(tmp_path / "out.xlsx")]


def test_an_unforeseen_error_is_one_line_naming_its_kind_only(
        failing_export: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(failing_export)
    out, err = capsys.readouterr()

    assert code == 70, (out, err)
    assert err == "majlis-cli: [unexpected] an error not foreseen (ValueError) stopped the command\n", err
    assert "Fatima" not in err + out and "0770" not in err + out
    assert "Traceback" not in err
    assert not (tmp_path / "out.xlsx").exists()


def test_majlis_debug_shows_the_developer_the_traceback(
        failing_export: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_DEBUG", "1")
    code = main(failing_export)
    _out, err = capsys.readouterr()

    assert code == 70
    assert "Traceback (most recent call last):" in err
    assert "participants_then_fail" in err and "ValueError: Fatima 0770 123 4567" in err
    # the one line still ends the output, as without the traceback
    assert err.splitlines()[-1] == "majlis-cli: [unexpected] an error not foreseen (ValueError) stopped the command"


def test_other_values_of_majlis_debug_show_no_traceback(
        failing_export: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_DEBUG", "0")
    assert main(failing_export) == 70
    assert "Traceback" not in capsys.readouterr().err


def test_an_unforeseen_error_in_another_modules_command_is_said_the_same(
        tmp_path: Path, new_store: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # `status`, another module's command: the rule is run_guarded's, not the export's.
    from desktop.cli import store_commands

    new_store(tmp_path / "field.db").close()
    monkeypatch.delenv("MAJLIS_DEBUG", raising=False)

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise TypeError(f"unsupported operand: {PASSPHRASE!r}")

    monkeypatch.setattr(store_commands, "print_json", fail)
    code = main(["status", "--db", str(tmp_path / "field.db"), "--json"])
    out, err = capsys.readouterr()
    assert code == 70, (out, err)
    assert err == "majlis-cli: [unexpected] an error not foreseen (TypeError) stopped the command\n"
    assert PASSPHRASE not in err


def test_ctrl_c_keeps_its_own_line_and_exit_code(
        failing_export: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*_args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "_participants", interrupted)
    assert main(failing_export) == 130
    assert capsys.readouterr().err == "majlis-cli: interrupted\n"
