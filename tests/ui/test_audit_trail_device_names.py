"""A session's audit trail ("Who") named a device its own way: the bare label ("field laptop 1", so
two laptops both called "laptop" were one), an empty cell for a device without a name (and "Huda"
alone for the person who finalised there), and a device the database had no name for by the FIRST
eight characters of its id, where every other place shows the last eight (ids are time-ordered:
laptops made the same week share their first characters). It now names each device as every other
place does (desktop/core/device_label), ``field laptop 1 (1a2b3c4d)`` or ``1a2b3c4d (no name yet)``
in the interface's language, with the person beside it for a finalise or an unlock. Real SQLCipher
stores, a real bundle from a laptop to the centre, the real dialog offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_dialogs import AuditDialog
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture

team = team_fixture(devices=1)


def _who(make_ctx: Callable[..., Any], store: Store, session_id: str, qtbot: QtBot) -> tuple[AuditDialog, list[tuple[str, str]]]:
    dialog = AuditDialog.open_for(make_ctx(store), session_id)
    qtbot.addWidget(dialog)
    return dialog, _rows(dialog)


def _rows(dialog: AuditDialog) -> list[tuple[str, str]]:
    """(action code, Who) of every line."""
    model = dialog.model
    return [(model.rows[r].action, str(model.data(model.index(r, 1)))) for r in range(model.rowCount())]


def _session(store: Store, actor: str) -> str:
    sid = sessions.create_session(store, "roundtable", title="Basra roundtable", governorate="basra",
                                  date=dt.date(2026, 11, 5), start_time="10:00", end_time="12:00", venue="Hall",
                                  facilitator="F", note_taker="N")
    sessions.finalise(store, sid, actor)
    return sid


def test_the_centre_names_a_laptops_changes_as_the_roster_does(
        team: Team, tmp_path: Path, make_ctx: Callable[..., Any], qtbot: QtBot, manager: LanguageManager) -> None:
    laptop = team.devices[0]
    sid = _session(laptop, "Huda")
    made = export_bundle(laptop, tmp_path / "laptop.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    sessions.unlock(team.centre, sid, "date corrected", "Salam")
    laptop_label = f"field laptop 1 ({laptop.device_id[-8:]})"
    centre_label = f"centre ({team.centre.device_id[-8:]})"
    _, rows = _who(make_ctx, team.centre, sid, qtbot)
    assert rows == [("insert", laptop_label), ("finalise", f"Huda ({laptop_label})"), ("update", laptop_label),
                    ("unlock", f"Salam ({centre_label})"), ("update", centre_label)], rows


def test_a_device_without_a_name_is_named_by_the_end_of_its_id(
        tmp_path: Path, make_ctx: Callable[..., Any], qtbot: QtBot, manager: LanguageManager) -> None:
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    try:
        sid = _session(store, "Huda")
        end = store.device_id[-8:]
        dialog, rows = _who(make_ctx, store, sid, qtbot)
        assert rows and {who for action, who in rows if action != "finalise"} == {f"{end} (no name yet)"}, rows
        assert ("finalise", f"Huda ({end} (no name yet))") in rows, rows
        assert store.device_id[:8] not in "".join(who for _, who in rows)
        # The same dialog, after a switch of language: the words of the interface's language.
        manager.set_language("ckb")
        assert ("finalise", f"Huda (\u200f{end} (هێشتا ناوی نییە))") in _rows(dialog), _rows(dialog)
        manager.set_language("ar")
        assert {who for action, who in _rows(dialog) if action != "finalise"} == {f"\u200f{end} (لا اسم له بعد)"}
    finally:
        store.close()
