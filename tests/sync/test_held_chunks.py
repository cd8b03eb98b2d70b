"""A held bundle's archive is kept in pieces (``held_bundle_chunk``), written and read a piece per
statement so the coordinator's window never waits for one long copy (benchmarks/bench_import_stall.py).

Real stores, real bundles from the real writer, real age encryption: a bundle of several pieces
(a paper scan of a few megabytes) comes back byte for byte and is applied on approve; approve and
reject leave no piece behind; a database holding a bundle from before the pieces migrates into them.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, inspect, select, text

from desktop.core import migrate
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, ConsentTemplate, HeldBundle, HeldBundleChunk, Participant
from desktop.sync import envelope, held_archive
from desktop.sync.bundle_stream import open_archive
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.manifest import sha256_hex
from desktop.sync.roster import approve, pending, reject
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, full_digest, make_team

#: A paper scan of a few pieces (random: the ZIP cannot shrink it).
SCAN_BYTES = 3 * held_archive.CHUNK_BYTES + 12_345


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _stranger_bundle(team: Team, name: str, code: str, seed: int) -> tuple[Path, bytes, bytes]:
    """A laptop that joined with the team file but is not on the roster records a consent with a
    large paper scan and exports: (bundle file, its decrypted archive, the scan)."""
    store = fresh_store(team.folder / f"{name}.db", PASSPHRASE, name)
    try:
        join_team(store, team.team_file)
        scan = random.Random(seed).randbytes(SCAN_BYTES)
        with store.transaction() as s:
            template = ConsentTemplate(template_key=f"fg-{seed}", version=1, language="ar", title="t", published=True)
            person = Participant(code=code)
            s.add_all([template, person])
            s.flush()
            s.add(ConsentRecord(participant_id=person.id, template_id=template.id, answers={"participate": True},
                                method="paper", facilitator="F1", recorded_at="2025-10-01T10:00:00+03:00",
                                paper_scan=scan))
        made = export_bundle(store, team.folder / f"{name}.majlis")
        assert made is not None
    finally:
        store.close()
    archive = envelope.decrypt(made.path.read_bytes(), team.identities)
    return made.path, archive, scan


def _pieces(store: Store, held_id: int | None = None) -> list[tuple[int, int, int]]:
    """(held bundle, number, size) of every piece kept (of one held bundle if given)."""
    query = select(HeldBundleChunk.held_bundle_id, HeldBundleChunk.number, func.length(HeldBundleChunk.content))
    if held_id is not None:
        query = query.where(HeldBundleChunk.held_bundle_id == held_id)
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query.order_by(HeldBundleChunk.held_bundle_id,
                                                                  HeldBundleChunk.number))]


def _read_back(conn: Connection, held_id: int) -> bytes:
    with held_archive.load(conn, held_id) as pieces:
        return pieces.read()


def _held_rows(store: Store) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(HeldBundle)).scalar_one()


def test_a_held_bundle_of_many_pieces_comes_back_byte_for_byte_and_is_applied(team: Team) -> None:
    path, archive, scan = _stranger_bundle(team, "scanner laptop", "NIN-FG01-P01", seed=1)
    assert len(archive) > 3 * held_archive.CHUNK_BYTES  # the scan did not shrink: several pieces
    (outcome,) = import_files(team.centre, [path], team.identities)
    assert outcome.status == "held"
    (waiting,) = pending(team.centre)
    pieces = _pieces(team.centre, waiting.id)
    assert [number for _, number, _ in pieces] == list(range(len(pieces))) and len(pieces) >= 4
    assert all(size == held_archive.CHUNK_BYTES for _, _, size in pieces[:-1]) and pieces[-1][2] > 0
    assert sum(size for _, _, size in pieces) == len(archive)
    with team.centre.engine.connect() as conn:
        assert _read_back(conn, waiting.id) == archive
    with team.centre.session() as s:
        assert s.execute(select(Participant).where(Participant.code == "NIN-FG01-P01")).first() is None  # held

    approved = approve(team.centre, waiting.id)
    assert [o.status for o in approved.outcomes] == ["imported"]
    with team.centre.session() as s:
        person = s.execute(select(Participant).where(Participant.code == "NIN-FG01-P01")).scalar_one()
        record = s.execute(select(ConsentRecord).where(ConsentRecord.participant_id == person.id)).scalar_one()
        assert record.paper_scan == scan
    assert _pieces(team.centre) == [] and _held_rows(team.centre) == 0


def test_reject_removes_every_piece_of_that_device_only(team: Team) -> None:
    before = full_digest(team.centre)
    first, _, _ = _stranger_bundle(team, "stranger one", "NIN-FG01-P02", seed=2)
    second, second_archive, _ = _stranger_bundle(team, "stranger two", "NIN-FG01-P03", seed=3)
    assert [o.status for o in import_files(team.centre, [first, second], team.identities)] == ["held", "held"]
    one, two = pending(team.centre)
    assert len(_pieces(team.centre, one.id)) >= 4 and len(_pieces(team.centre, two.id)) >= 4

    assert reject(team.centre, one.id) == 1
    assert _pieces(team.centre, one.id) == []
    assert {held for held, _, _ in _pieces(team.centre)} == {two.id}
    with team.centre.engine.connect() as conn:
        assert _read_back(conn, two.id) == second_archive  # the other device's bundle untouched

    assert reject(team.centre, two.id) == 1
    assert _pieces(team.centre) == [] and _held_rows(team.centre) == 0
    assert full_digest(team.centre, except_state=("held_bundle_last_number",), except_tables=("rejected_device",)) \
        == before


PREVIOUS = "0004_roster"  # the head before the pieces


def _columns(store: Store, table: str) -> set[str]:
    return {c["name"] for c in inspect(store.engine).get_columns(table)}


def test_a_bundle_held_before_the_pieces_migrates_into_them_and_back(team: Team) -> None:
    """A centre at the previous revision holds a bundle in the old one-value column; the upgrade
    cuts it into pieces (same bytes, column gone) and approving it then applies it. The downgrade
    joins the pieces back."""
    path, archive, scan = _stranger_bundle(team, "old laptop", "NIN-FG01-P04", seed=4)
    (outcome,) = import_files(team.centre, [path], team.identities)
    assert outcome.status == "held"
    (waiting,) = pending(team.centre)
    migrate.downgrade(team.centre.engine, PREVIOUS)
    assert migrate.current_revision(team.centre.engine) == PREVIOUS
    assert "archive" in _columns(team.centre, "held_bundle")
    assert "held_bundle_chunk" not in inspect(team.centre.engine).get_table_names()
    with team.centre.engine.connect() as conn:  # the downgrade put the whole archive back in its column
        assert conn.execute(text("SELECT archive FROM held_bundle WHERE id = :id"), {"id": waiting.id}).scalar_one() \
            == archive

    migrate.upgrade(team.centre.engine, "head")
    assert migrate.current_revision(team.centre.engine) == migrate.head_revision()
    assert "archive" not in _columns(team.centre, "held_bundle")
    pieces = _pieces(team.centre, waiting.id)
    assert len(pieces) >= 4 and sum(size for _, _, size in pieces) == len(archive)
    with team.centre.engine.connect() as conn:
        assert _read_back(conn, waiting.id) == archive

    approved = approve(team.centre, waiting.id)
    assert [o.status for o in approved.outcomes] == ["imported"]
    with team.centre.session() as s:
        assert s.execute(select(ConsentRecord.paper_scan)).scalars().all() == [scan]
    assert _pieces(team.centre) == [] and _held_rows(team.centre) == 0


def test_an_old_held_row_written_at_the_previous_revision_migrates(team: Team) -> None:
    """The row as the previous revision's code wrote it (one INSERT with the whole archive), not one
    made by a downgrade."""
    path, archive, scan = _stranger_bundle(team, "older laptop", "NIN-FG01-P05", seed=5)
    digest = sha256_hex(path.read_bytes())
    opened = open_archive(archive, bundle_hash=digest, expected_team_id=None)
    manifest = opened.manifest
    opened.close()
    migrate.downgrade(team.centre.engine, PREVIOUS)
    with team.centre.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO held_bundle (id, bundle_hash, device_id, device_name, public_key, epoch, seq_from, seq_to,"
            " change_count, received_at, archive) VALUES (7, :h, :d, 'older laptop', :k, :e, :f, :t, :c,"
            " '2026-12-01T00:00:00Z', :a)"),
            {"h": digest, "d": manifest.device_id, "k": manifest.device_public_key, "e": manifest.epoch,
             "f": manifest.seq_from, "t": manifest.seq_to, "c": manifest.change_count, "a": archive})
    migrate.upgrade(team.centre.engine, "head")
    pieces = _pieces(team.centre, 7)
    assert [number for _, number, _ in pieces] == list(range(len(pieces))) and len(pieces) >= 4
    with team.centre.engine.connect() as conn:
        assert _read_back(conn, 7) == archive
    (waiting,) = pending(team.centre)
    assert waiting.id == 7 and waiting.name == "older laptop"
    approved = approve(team.centre, 7)
    assert [o.status for o in approved.outcomes] == ["imported"]
    with team.centre.session() as s:
        assert s.execute(select(ConsentRecord.paper_scan)).scalars().all() == [scan]
    assert _pieces(team.centre) == [] and _held_rows(team.centre) == 0


def test_the_pieces_read_as_one_file_as_the_joined_bytes_would() -> None:
    """Every read and seek of the pieces file gives what the same bytes in memory give, across
    pieces of any size (a migrated database may have other sizes; an empty archive is one empty piece)."""
    rng = random.Random(9)
    for sizes in ([0], [1], [5, 0, 7], [held_archive.CHUNK_BYTES, 3], [rng.randrange(1, 300) for _ in range(40)]):
        pieces = [rng.randbytes(size) for size in sizes]
        whole = b"".join(pieces)
        mirror = io.BytesIO(whole)
        with held_archive.ArchivePieces(list(pieces)) as file:
            for _ in range(300):
                whence = rng.choice((io.SEEK_SET, io.SEEK_CUR, io.SEEK_END))
                offset = rng.randrange(-len(whole), len(whole) + 3) if whole else rng.randrange(0, 3)
                if whence == io.SEEK_SET:
                    offset = abs(offset)
                if mirror.seek(0, whence) + offset < 0:
                    continue
                assert file.seek(offset, whence) == mirror.seek(offset, whence)
                count = rng.choice((-1, 0, 1, 2, 13, 256, len(whole) + 1))
                assert file.read(count) == mirror.read(count)
                assert file.tell() == mirror.tell()
        assert file.closed
        with pytest.raises(ValueError):
            file.read(1)


def test_a_held_bundle_missing_a_piece_is_refused_in_one_line_on_approve(team: Team) -> None:
    """A damaged database (a piece lost): approving reports the bundle refused, like any bundle that
    does not match its signed manifest, discards it, and applies nothing."""
    path, _, _ = _stranger_bundle(team, "damaged laptop", "NIN-FG01-P06", seed=6)
    (outcome,) = import_files(team.centre, [path], team.identities)
    assert outcome.status == "held"
    (waiting,) = pending(team.centre)
    with team.centre.engine.begin() as conn:
        conn.execute(text("DELETE FROM held_bundle_chunk WHERE held_bundle_id = :id AND number = 1"),
                     {"id": waiting.id})
    approved = approve(team.centre, waiting.id)
    (refused,) = approved.outcomes
    assert refused.status == "refused" and refused.code and "\n" not in refused.message
    with team.centre.session() as s:
        assert s.execute(select(Participant).where(Participant.code == "NIN-FG01-P06")).first() is None
    assert _pieces(team.centre) == [] and _held_rows(team.centre) == 0
