"""A small team for sync tests: a centre and field devices, each a real encrypted database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.core import codebook, coding, consent
from desktop.core.db import Store
from desktop.core.models import SYNCED_MODELS, Conflict, Device, Participant, Session, TranscriptTurn
from desktop.sync import importer
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.keys import load_identity_file, public_key_b64
from desktop.sync.team import (
    apply_team_update,
    create_team,
    current_team,
    device_signing_key,
    import_team_update,
    join_team,
    write_team_update,
)
from desktop.sync.team_snapshot import snapshot
from tests.consent_helpers import template_texts
from tests.stores import fresh_store

from .conftest import PASSPHRASE


@dataclass
class Team:
    centre: Store
    devices: list[Store]
    team_file: Path
    identity_file: Path
    folder: Path

    @property
    def identities(self):  # type: ignore[no-untyped-def]
        return load_identity_file(self.identity_file)

    def close(self) -> None:
        for store in [self.centre, *self.devices]:
            store.close()


def team_recipients(store: Store) -> list[str]:
    """The recipients ``store``'s team encrypts its bundles to, as stored."""
    with store.session() as s:
        team = current_team(s)
        assert team is not None
        return list(team.recipients)


def make_team(tmp: Path, devices: int = 2, name: str = "Elections law cohort", *,
              roles: tuple[str, ...] = (), told: bool = False) -> Team:
    """A centre and field devices, each on the centre's roster (pre-registered, as at hand-over);
    ``roles`` gives a role per device (field by default); ``told``: each laptop also knows its role (set
    at hand-over), which the laptop's own refusals read (a field laptop changing another's record)."""
    centre = fresh_store(tmp / "centre.db", PASSPHRASE, "centre")
    team_file, identity_file = tmp / "team.majlis-team", tmp / "team.key"
    create_team(centre, name=name, team_file=team_file, identity_file=identity_file)
    stores = []
    for n in range(devices):
        store = fresh_store(tmp / f"field{n}.db", PASSPHRASE, f"field laptop {n + 1}")
        join_team(store, team_file)
        key, _ = device_signing_key(store)
        role = roles[n] if n < len(roles) else "field"
        preregister(centre, store.device_id, public_key_b64(key), f"field laptop {n + 1}", role=role)
        if told:
            with store.transaction() as s:
                s.execute(update(Device).where(Device.is_self.is_(True)).values(role=role))
        stores.append(store)
    return Team(centre, stores, team_file, identity_file, tmp)


def team_told_a_form_and_a_code(tmp: Path) -> Team:
    """A team of one laptop that has applied the centre's first update: a team consent form and a code."""
    made = make_team(tmp, devices=1)
    consent.publish_version(made.centre, consent.TEAM_FORM_KEY, template_texts())
    with made.centre.transaction() as s:
        codebook.create_code(s, name_ar="الماء", name_en="Water")
    apply_team_update(made.devices[0], write_team_update(made.centre, tmp / "u1.majlis").path)
    return made


def published(team: Team, entity: str) -> list[dict[str, Any]]:
    """The centre's rows of ``entity`` as its team update publishes them."""
    with team.centre.session() as s:
        return snapshot(s, (entity,))[entity]


def content_digest(store: Store) -> str:
    """A digest of every synced row's content and versions, plus the conflict set."""
    h = hashlib.sha256()
    with store.session() as s:
        for model in SYNCED_MODELS:
            if model.__tablename__ == "audit_event":
                continue
            table = model.__table__
            for row in s.execute(select(table).order_by(table.c.id)).mappings():
                h.update(json.dumps({k: _plain(v) for k, v in row.items()}, sort_keys=True).encode())
        for c in s.execute(select(Conflict).order_by(Conflict.entity, Conflict.row_id, Conflict.field,
                                                     Conflict.version_a, Conflict.version_b)).scalars():
            h.update(json.dumps([c.entity, c.row_id, c.field, c.version_a, c.value_a, c.version_b, c.value_b,
                                 c.status]).encode())
    return h.hexdigest()


def full_digest(store: Store, *, except_state: tuple[str, ...] = (), except_tables: tuple[str, ...] = ()) -> str:
    """Every row of every table: a refused import must leave this unchanged. ``except_state``:
    local_state keys left out (a counter that must move on even when what it counted is gone);
    ``except_tables``: tables left out (what a decision keeps, as the rejected keys)."""
    h = hashlib.sha256()
    with store.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()]
        for name in names:
            if name in except_tables:
                continue
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1').fetchall():
                if name == "local_state" and row[0] in except_state:
                    continue
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def new_team_file(folder: Path, name: str = "Elections law cohort") -> Path:
    """The team file of a new centre made in ``folder`` (its database closed): what a coordinator hands out."""
    folder.mkdir(parents=True, exist_ok=True)
    centre = fresh_store(folder / "centre.db", PASSPHRASE, "Centre")
    try:
        create_team(centre, name=name, team_file=folder / "team.majlis-team", identity_file=folder / "team.key")
    finally:
        centre.close()
    return folder / "team.majlis-team"


def bundles_of_laptops(tmp: Path, record: Callable[[int, Store], None], devices: int = 2) -> list[Path]:
    """A team of ``devices`` laptops (``make_team``; the centre is ``tmp``/centre.db), each with what
    ``record(n, laptop)`` records, exported as one bundle each (closed): the bundles."""
    team = make_team(tmp, devices=devices)
    bundles = []
    try:
        for n, laptop in enumerate(team.devices):
            record(n, laptop)
            made = export_bundle(laptop, tmp / f"laptop-{n}.majlis")
            assert made is not None
            bundles.append(made.path)
    finally:
        team.close()
    return bundles


def laptop_turn(laptop: Store, text: str) -> str:
    """A new focus group on ``laptop`` with one facilitator's turn of ``text``: the turn's id."""
    with laptop.transaction() as s:
        session = Session(kind="focus_group", title="FG Basra 1")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=text)
        s.add(turn)
    return turn.id


def session_bundle(laptop: Store, out: Path, title: str) -> Path:
    """A laptop's ordinary bundle of one new roundtable: the file after a refused one must still apply."""
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title=title))
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


class NotForeseen(RuntimeError):
    """An error type no part of Majlis knows."""


def fail_third_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real importer's ``_write``, raising an error nobody foresaw at the third file after writing
    the first two for real (its text quotes a participant, as an error's text may)."""
    real_write = importer._write
    written: list[Any] = []

    def write_then_fail(*args: Any) -> Any:
        if len(written) == 2:
            raise NotForeseen("participant BSR-FG02-P0001 said something private")
        written.append(real_write(*args))
        return written[-1]

    monkeypatch.setattr(importer, "_write", write_then_fail)


def three_participant_bundles(laptop: Store, folder: Path) -> list[Path]:
    """Three bundles from ``laptop``, each adding one participant (BSR-FG00-P0001, ...)."""
    folder.mkdir(exist_ok=True)
    made = []
    for n in range(3):
        with laptop.transaction() as s:
            s.add(Participant(code=f"BSR-FG{n:02d}-P0001", occupation="teacher"))
        bundle = export_bundle(laptop, folder / f"bundle-{n}.majlis")
        assert bundle is not None
        made.append(bundle.path)
    return made


def coded_then_retired(team: Team, tmp_path: Path) -> tuple[Path, Path]:
    """Update 1 brings three team codes, the laptop codes with two of them (three codings); update 2
    deletes one (two codings) and merges the other into the third (one coding): the two updates."""
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        power = codebook.create_code(s, name_ar="الكهرباء", name_ckb="کارەبا", name_en="Electricity").id
        water = codebook.create_code(s, name_ar="الماء", name_ckb="ئاو", name_en="Water").id
        drinking = codebook.create_code(s, name_ar="مياه الشرب", name_ckb="ئاوی خواردنەوە", name_en="Drinking water").id
    first = write_team_update(team.centre, tmp_path / "u1.majlis").path
    import_team_update(laptop, first)
    turn = laptop_turn(laptop, "الكهرباء تنقطع كل يوم والماء لا يصل")
    with laptop.transaction() as s:
        coding.apply_code(s, power, "transcript_turn", turn, "text", 0, 8, "amal")
        coding.apply_code(s, power, "transcript_turn", turn, "text", 9, 14, "amal")
        coding.apply_code(s, water, "transcript_turn", turn, "text", 23, 28, "amal")
    with team.centre.transaction() as s:
        codebook.delete(s, power)
        codebook.merge(s, water, drinking)
    return first, write_team_update(team.centre, tmp_path / "u2.majlis").path
