"""The encrypted store: models with Arabic and Kurdish text, keys, migrations, backups."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from desktop.core import backups, migrate
from desktop.core.db import Store, create_store, make_engine, open_store, rekey
from desktop.core.errors import (
    DatabaseExists,
    DatabaseMissing,
    NewerDatabase,
    NotADatabase,
    WrongPassphrase,
)
from desktop.core.models import ChangeLog, Participant, Session, TranscriptTurn
from tests.conftest import PASSPHRASE

KURDISH = "ڕێکخراوەکانی کۆمەڵگەی مەدەنی دەبێت چاودێریی هەڵبژاردن بکەن"
ARABIC = "نطالب بنشر نتائج الفرز في كل مركز اقتراع"


def files_digest(path: Path) -> dict[str, str]:
    """Digest of the database and any companion files, to prove a failed open changed nothing."""
    out = {}
    for p in sorted(path.parent.glob(path.name + "*")):
        if p.is_file():
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def add_session(store: Store, title: str = ARABIC) -> str:
    with store.transaction() as s:
        row = Session(kind="focus_group", title=title, governorate="erbil", language="ckb")
        s.add(row)
        s.flush()
        return row.id


def test_arabic_and_kurdish_round_trip(store: Store, db_path: Path) -> None:
    sid = add_session(store, KURDISH)
    with store.transaction() as s:
        s.add(TranscriptTurn(session_id=sid, text=ARABIC + " 👍🏽 " + KURDISH, position=1))
    store.close()
    again = open_store(db_path, PASSPHRASE)
    with again.session() as s:
        assert s.get(Session, sid).title == KURDISH
        turn = s.scalars(select(TranscriptTurn)).one()
        assert turn.text == ARABIC + " 👍🏽 " + KURDISH
    again.close()


def test_no_readable_text_in_the_file(store: Store, db_path: Path) -> None:
    add_session(store, ARABIC)
    add_session(store, KURDISH)
    store.close()  # checkpoint the WAL into the main file
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    for needle in ("نطالب", "هەڵبژاردن", "focus_group", "erbil"):
        assert needle.encode("utf-8") not in raw
    assert not raw.startswith(b"SQLite format 3")


def test_wrong_passphrase_is_refused_and_changes_nothing(store: Store, db_path: Path) -> None:
    add_session(store)
    store.close()
    before = files_digest(db_path)
    with pytest.raises(WrongPassphrase):
        open_store(db_path, "not the passphrase")
    assert files_digest(db_path) == before


def test_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database at all" * 10)
    with pytest.raises(NotADatabase):
        open_store(text, PASSPHRASE)  # text, not the random bytes an encrypted database is
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        open_store(junk, PASSPHRASE)  # indistinguishable from a wrong key: both are random bytes
    plain = tmp_path / "plain.sqlite"
    con = sqlcipher.connect(str(plain))
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(NotADatabase):
        open_store(plain, PASSPHRASE)
    with pytest.raises(DatabaseMissing):
        open_store(tmp_path / "missing.db", PASSPHRASE)
    with pytest.raises(NotADatabase):
        open_store(tmp_path, PASSPHRASE)


def test_create_refuses_existing_file(store: Store, db_path: Path) -> None:
    with pytest.raises(DatabaseExists):
        create_store(db_path, PASSPHRASE, "again")


def test_change_log_records_every_write_with_sequence_numbers(store: Store) -> None:
    sid = add_session(store)
    with store.transaction() as s:
        p = Participant(code="EBL-FG01-P01", gender="female")
        s.add(p)
        s.flush()
        turn = TranscriptTurn(session_id=sid, participant_id=p.id, text=KURDISH)
        s.add(turn)
    with store.transaction() as s:
        turn = s.scalars(select(TranscriptTurn)).one()
        first_version = turn.created_at
        turn.text = KURDISH + "."
    with store.transaction() as s:
        s.get(Session, sid).deleted = True
    # a rolled-back transaction leaves no change behind
    with pytest.raises(RuntimeError), store.transaction() as s:
        s.get(Session, sid).title = "never saved"
        raise RuntimeError("boom")
    with store.session() as s:
        log = s.scalars(select(ChangeLog).order_by(ChangeLog.seq)).all()
    assert [c.seq for c in log] == [1, 2, 3, 4, 5]
    assert [(c.entity, c.op) for c in log] == [
        ("session", "insert"),
        ("participant", "insert"),
        ("transcript_turn", "insert"),
        ("transcript_turn", "update"),
        ("session", "delete"),
    ]
    assert log[3].data == {"text": KURDISH + "."}
    assert log[3].base == {"text": first_version}  # the version the edit started from
    assert all(c.device_id == store.device_id and c.epoch == store.epoch for c in log)
    assert [c.hlc for c in log] == sorted(c.hlc for c in log)
    assert len({c.hlc for c in log}) == 5


def test_synced_rows_are_never_hard_deleted(store: Store) -> None:
    sid = add_session(store)
    with pytest.raises(RuntimeError, match="tombstoned"), store.transaction() as s:
        s.delete(s.get(Session, sid))
    with store.session() as s:
        assert s.get(Session, sid) is not None


def test_migrate_from_empty_and_from_previous_revision(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path, PASSPHRASE, create=True)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO participant (id, code, gender, age_band, governorate, district, setting, occupation,"
            " language, attributes, created_at, updated_at, origin_device, deleted, versions)"
            " VALUES ('p1', 'BSR-FG01-P01', 'female', '25-34', 'basra', '', 'urban', 'معلمة', 'ar', '{}',"
            " '', '', 'dev', 0, '{}')"
        )
        conn.exec_driver_sql("INSERT INTO local_state (key, value) VALUES ('device_id', 'dev'), ('epoch', 'e1')")
    engine.dispose()
    store = open_store(path, PASSPHRASE)  # upgrades, after a backup
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.session() as s:
            p = s.get(Participant, "p1")
            assert p.occupation == "معلمة" and p.reconsent_needed is False
    finally:
        store.close()
    saved = backups.list_backups(path)
    assert len(saved) == 1 and "pre-upgrade" in saved[0].name
    old = make_engine(saved[0], PASSPHRASE)
    assert migrate.current_revision(old) == "0001"  # the backup is the database as it was
    old.dispose()


def test_downgrade_and_upgrade_again(store: Store) -> None:
    migrate.downgrade(store.engine, "0001")
    migrate.downgrade(store.engine, "base")
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_newer_database_is_refused(store: Store, db_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    before = files_digest(db_path)
    with pytest.raises(NewerDatabase, match="newer version"):
        open_store(db_path, PASSPHRASE)
    assert files_digest(db_path) == before


def test_backup_rotation_and_restore_starts_new_epoch(store: Store, db_path: Path) -> None:
    add_session(store, "before backup")
    first = backups.backup(store.engine, db_path, PASSPHRASE, keep=3)
    for _ in range(4):
        backups.backup(store.engine, db_path, PASSPHRASE, keep=3)
    kept = backups.list_backups(db_path)
    assert len(kept) == 3 and first not in kept
    add_session(store, "after backup")
    old_epoch = store.epoch
    store.close()
    backups.restore(kept[-1], db_path, PASSPHRASE)
    restored = open_store(db_path, PASSPHRASE)
    try:
        with restored.session() as s:
            titles = sorted(s.scalars(select(Session.title)).all())
        assert titles == ["before backup"]
        assert restored.epoch != old_epoch
        add_session(restored, "new work")
        with restored.session() as s:
            newest = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        assert newest.epoch == restored.epoch and newest.seq == 1
    finally:
        restored.close()


def test_rekey(store: Store, db_path: Path) -> None:
    add_session(store, KURDISH)
    rekey(store, "a new passphrase")
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(db_path, PASSPHRASE)
    again = open_store(db_path, "a new passphrase")
    with again.session() as s:
        assert s.scalars(select(Session.title)).one() == KURDISH
    again.close()


def test_migrations_match_the_models(store: Store) -> None:
    """Autogenerate finds nothing to do: every model change came with its Alembic revision."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.core.models import Base

    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # Tables owned by the SQLite search module (FTS5 virtual tables and their shadows) are not models.
    diffs = [d for d in diffs if not (d[0] == "remove_table" and d[1].name.startswith("fts"))]
    assert diffs == []


def test_open_derives_the_key_once_and_keys_the_pool_with_it(tmp_path: Path, real_key_derivation: None) -> None:
    """The unlock derives the key once; the connections the UI thread opens later skip it."""
    from desktop.core.sqlcipher_file import derive_key, raw_connect, verify_key

    path = tmp_path / "field.db"
    create_store(path, PASSPHRASE, "laptop").close()
    key = derive_key(path, PASSPHRASE)
    assert key is not None and len(key) == 32
    assert verify_key(path, PASSPHRASE) == key
    # The raw key alone (no passphrase) reads the file: it really is the page key.
    conn = raw_connect(path, "not the passphrase", raw_key=key)
    assert conn.execute("SELECT count(*) FROM session").fetchone() == (0,)
    conn.close()
    store = open_store(path, PASSPHRASE)
    try:
        sid = add_session(store)
        with store.engine.connect() as a, store.engine.connect() as b:  # two pooled connections at once
            assert a.exec_driver_sql("SELECT title FROM session").scalar() == ARABIC
            assert b.exec_driver_sql("SELECT id FROM session").scalar() == sid
    finally:
        store.close()
    with pytest.raises(WrongPassphrase):
        verify_key(path, "wrong passphrase")
    with pytest.raises(WrongPassphrase):
        open_store(path, "wrong passphrase")


def test_a_library_with_other_default_settings_still_opens_the_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Should SQLCipher's built-in derivation ever differ from the one ``derive_key`` repeats (another
    build of the library), the passphrase is not refused as wrong: SQLCipher's own derivation opens it."""
    from desktop.core import sqlcipher_file

    path = tmp_path / "field.db"
    create_store(path, PASSPHRASE, "laptop").close()
    monkeypatch.setattr(sqlcipher_file, "_KDF_ROUNDS", 64_000)  # no longer what the library does
    assert sqlcipher_file.verify_key(path, PASSPHRASE) is None
    store = open_store(path, PASSPHRASE)
    try:
        assert add_session(store)
        with store.engine.connect() as a, store.engine.connect() as b:
            assert a.exec_driver_sql("SELECT title FROM session").scalar() == ARABIC
            assert b.exec_driver_sql("SELECT count(*) FROM session").scalar() == 1
    finally:
        store.close()
    with pytest.raises(WrongPassphrase):
        sqlcipher_file.verify_key(path, "wrong passphrase")
