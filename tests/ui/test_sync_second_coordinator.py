"""A second coordinator merges bundles on its Sync page, not only with `majlis-cli bundle import`.

Its laptop joined the team with the team file, and the centre has it on the roster as a coordinator.
Once a team update has carried the roster there, its Sync page has the centre's Receive and merge
section (without the roster's approvals, and without Publish: those stay at the centre), and it merges
a field laptop's bundle with the team key `majlis-cli team key export` wrote (protected by a passphrase
of its own, asked masked, never kept). A field laptop applying the same update has no such section. A
wrong key, a wrong passphrase, another team's bundle: one translated line, nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import IDENTITY_STATE, SyncPage
from tests.sync_helpers import Team, full_digest, make_team, new_team_file
from tests.sync_key_helpers import choose_key, when_asked
from tests.sync_page_helpers import drag_enters, open_page
from tests.team_copies import exported_key_of_copy, team_copy_fixture

# One team made, and its centre's key exported by the CLI, per test process; each test a copy (tests/team_copies.py).
team = team_copy_fixture(devices=2, roles=("coordinator", "field"))

KEY_PASSPHRASE = "the second coordinator's key 4"


@pytest.fixture
def protected_key(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """The centre's key as the real `majlis-cli team key export` writes it by default."""
    return exported_key_of_copy(team, tmp_path, KEY_PASSPHRASE, capsys, monkeypatch)[0]


def field_bundle(team: Team, tmp_path: Path, code: str = "BAS-P11") -> Path:
    """The field laptop's work, written by the real exporter."""
    field = team.devices[1]
    with field.transaction() as s:
        s.add(Participant(code=code))
    made = export_bundle(field, tmp_path / f"{code}.majlis")
    assert made is not None
    return made.path


def codes(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.execute(select(Participant.code)).scalars())


def roster_arrives(page: SyncPage, team: Team, tmp_path: Path, qtbot: QtBot) -> None:
    """The centre publishes a team update (the roster in it) and the laptop's page applies it."""
    update = write_team_update(team.centre, tmp_path / f"update-{page.ctx.store.device_id[-4:]}.majlis").path
    assert page.team_updates.apply_team_updates([update])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=30_000)


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_a_second_coordinator_merges_a_field_laptops_bundle(team: Team, protected_key: Path, tmp_path: Path,
                                                            qtbot: QtBot, make_ctx: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    second = team.devices[0]
    bundle = field_bundle(team, tmp_path)
    page = open_page(make_ctx(second), qtbot)
    assert not page.is_coordinator_view()  # joined; no team update has said what it is yet
    roster_arrives(page, team, tmp_path, qtbot)

    assert page.is_coordinator_view() and page.receive_box.isVisibleTo(page)
    assert page.second_note.isVisibleTo(page)
    # Approving laptops and publishing team updates stay at the centre; team updates are applied here.
    assert not page.roster_panel.isVisibleTo(page) and not page.publish_button.isVisibleTo(page)
    assert page.update_button.isVisibleTo(page)
    assert page.key_label.text() == "Team key: none chosen (needed to import)"
    assert drag_enters(page, [bundle])  # bundles and folders are taken, as at the centre

    assert choose_key(page, protected_key, [KEY_PASSPHRASE], monkeypatch, qtbot)[0]
    assert protected_key.name in page.key_label.text()
    assert page.ctx.store.get_state(IDENTITY_STATE) == str(protected_key)  # the path only
    assert page.import_paths([bundle])
    assert page.progress_row.isVisibleTo(page) and page.cancel_button.isEnabled()  # the bar and Cancel, as at the centre
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1 and page.is_loaded(), timeout=30_000)
    assert [o.status for o in page.last_outcomes] == ["imported"]
    assert codes(second) == ["BAS-P11"]
    assert page.import_summary.isVisibleTo(page) and page.import_summary.text()
    assert not page.progress_row.isVisibleTo(page) and page.cancel_button.isEnabled() is False
    assert page.devices_model.rowCount() >= 2  # the field laptop's changes are listed as received
    assert not any(KEY_PASSPHRASE in line for line in lines(page))


def test_a_field_laptop_has_no_receive_and_merge(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any) -> None:
    field = team.devices[1]
    bundle = field_bundle(team, tmp_path)
    page = open_page(make_ctx(field), qtbot)
    roster_arrives(page, team, tmp_path, qtbot)
    assert not page.is_coordinator_view()
    assert not page.receive_box.isVisibleTo(page) and not page.second_note.isVisibleTo(page)
    assert not drag_enters(page, [bundle])  # a bundle of changes is the centre's (or a coordinator's)


def _wait_idle(page: SyncPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and page.results.count() > 0, timeout=30_000)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize("case", ["wrong key", "wrong passphrase", "another team"])
def test_refused_in_one_translated_line_and_nothing_written(case: str, lang: str, team: Team,
                                                            tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                            manager: Any, monkeypatch: pytest.MonkeyPatch,
                                                            request: pytest.FixtureRequest) -> None:
    second = team.devices[0]
    # The centre's protected key only where the case uses it (writing one is seconds of scrypt).
    protected_key: Path = request.getfixturevalue("protected_key") if case != "wrong key" else Path()
    if case == "another team":  # a laptop of another team, with its own centre and key
        (tmp_path / "other").mkdir()
        other = make_team(tmp_path / "other", devices=1)
        try:
            with other.devices[0].transaction() as s:
                s.add(Participant(code="ERB-P01"))
            made = export_bundle(other.devices[0], tmp_path / "other.majlis")
            assert made is not None
            bundle = made.path
        finally:
            other.close()
    else:
        bundle = field_bundle(team, tmp_path)
    page = open_page(make_ctx(second, lang=manager), qtbot)
    roster_arrives(page, team, tmp_path, qtbot)
    assert page.is_coordinator_view()
    manager.set_language(lang)
    if case == "wrong key":  # another team's key file (plain, as `team create --identity-file` writes it)
        new_team_file(tmp_path / "keys")
        assert choose_key(page, tmp_path / "keys" / "team.key", [], monkeypatch, qtbot)[0]
    elif case == "another team":
        assert choose_key(page, protected_key, [KEY_PASSPHRASE], monkeypatch, qtbot)[0]
    else:  # the key chosen in an earlier session: the passphrase is asked at the import
        page.set_identity_path(protected_key)
    page.results.clear()
    before = full_digest(second)
    if case == "wrong passphrase":
        seen: list[str] = []
        when_asked(page, ["not this one", ""], seen)
    assert page.import_paths([bundle])
    _wait_idle(page, qtbot)
    said = lines(page)
    if case == "wrong passphrase":
        assert seen and seen[0] and not seen[0].isascii()  # "does not open the key file", translated
        assert len(said) == 1, said
        translated = QCoreApplication.translate(
            "SyncPage", "Team key file: its passphrase was not given, so no bundle was imported.")
        assert said == [translated]
    else:
        assert [o.status for o in page.last_outcomes] == ["refused"]
        refusal = [line for line in said if bundle.name in line]
        assert len(refusal) == 1, said  # one line for the file, beside the run's summary
    for line in said:
        assert not line.replace(bundle.name, "").isascii(), (lang, line)  # no English left
    assert full_digest(second) == before
    assert codes(second) == []


def device_rows(page: SyncPage) -> dict[str, list[str]]:
    """The devices table as shown: each device's id (as its column shows it) and its four cells."""
    model = page.devices_model
    return {model.index(r, 1).data(): [str(model.index(r, c).data() or "") for c in range(4)]
            for r in range(model.rowCount())}


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_centre_is_named_in_the_devices_table_not_counted_as_silent(lang: str, team: Team, tmp_path: Path,
                                                                       qtbot: QtBot, make_ctx: Any,
                                                                       manager: Any) -> None:
    """On a second coordinator's laptop the centre was "(no name yet)" with "nothing yet", and counted
    in "nothing received yet": it never sends bundles to be merged. At the centre the table is as it was."""
    second, field = team.devices
    page = open_page(make_ctx(second, lang=manager), qtbot)
    roster_arrives(page, team, tmp_path, qtbot)
    manager.set_language(lang)
    qtbot.waitUntil(page.is_loaded)
    rows = device_rows(page)
    centre = rows[team.centre.device_id[-8:]]
    named = QCoreApplication.translate("DevicesModel", "The centre")
    assert centre[0] == named and centre[3] == ""
    assert centre[2] == QCoreApplication.translate("DevicesModel", "sends team updates, not bundles")
    if lang != "en":
        assert not named.isascii() and not centre[2].isascii()
    assert rows[field.device_id[-8:]][2] == QCoreApplication.translate("DevicesModel", "nothing yet")
    fmt = page.ctx.language.format_number
    said = QCoreApplication.translate(
        "SyncPage", "Devices on the roster: {devices}; with changes missing: {missing}; nothing received yet: "
        "{silent}.").format(devices=fmt(2), missing=fmt(0), silent=fmt(1))  # the field laptop only
    qtbot.waitUntil(lambda: page.devices_status.text() == said)  # the language change arrives in the next turn

    # At the centre: its own row is this computer, the two laptops have sent nothing: as before.
    at_centre = open_page(make_ctx(team.centre, lang=manager), qtbot)
    rows = device_rows(at_centre)
    assert rows[team.centre.device_id[-8:]][0].endswith(QCoreApplication.translate("DevicesModel",
                                                                                   " (this computer)"))
    assert named not in [cells[0] for cells in rows.values()]
    assert at_centre.devices_model.tally() == (2, 0, 2)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_role_an_applied_update_changes_is_said_and_shown_at_once(lang: str, team: Team, tmp_path: Path,
                                                                      qtbot: QtBot, make_ctx: Any,
                                                                      manager: Any) -> None:
    """Apply team update's line said nothing when the update made this laptop a coordinator or no longer
    one. It says so on the file's line, and Receive and merge comes and goes with it, without a restart
    (the second update opened as a file given to the page, as the file association gives it)."""
    from desktop.sync.devices import preregister
    from desktop.sync.keys import public_key_b64
    from desktop.sync.team import device_signing_key

    second = team.devices[0]
    page = open_page(make_ctx(second, lang=manager), qtbot)
    manager.set_language(lang)
    page.results.clear()
    roster_arrives(page, team, tmp_path, qtbot)
    made = QCoreApplication.translate("SyncTexts", "The centre's roster now names this laptop a coordinator: it "
                                      "receives and merges bundles (Receive and merge, below).")
    (line,) = lines(page)
    assert line.endswith(" \u2014 " + made), line
    assert page.is_coordinator_view()
    if lang != "en":
        assert not made.isascii()

    page.results.clear()  # an update that changes no role says nothing of it
    again = tmp_path / "again"
    again.mkdir()
    roster_arrives(page, team, again, qtbot)
    (line,) = lines(page)
    assert " \u2014 " not in line and page.is_coordinator_view()

    preregister(team.centre, second.device_id, public_key_b64(device_signing_key(second)[0]), "", role="field")
    update = write_team_update(team.centre, tmp_path / "demoted.majlis").path
    page.results.clear()
    assert page.import_paths([update])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and page.results.count() > 0, timeout=30_000)
    no_longer = QCoreApplication.translate("SyncTexts", "The centre's roster no longer names this laptop a "
                                           "coordinator: bundles are no longer merged here.")
    assert any(said.endswith(" \u2014 " + no_longer) for said in lines(page)), lines(page)
    assert not page.is_coordinator_view() and not page.receive_box.isVisibleTo(page)
