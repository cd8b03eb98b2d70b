"""Where a database stands is read without Alembic (migrate.py): it must say what Alembic says."""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.core import migrate
from desktop.core.db import Store


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_the_current_revision_is_alembics_before_and_after_a_downgrade(store: Store) -> None:
    def alembic_says() -> str | None:
        with store.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    assert migrate.current_revision(store.engine) == alembic_says() == migrate.head_revision()
    assert migrate.schema_state(store.engine) == "current"
    migrate.downgrade(store.engine, "base")
    assert migrate.current_revision(store.engine) == alembic_says() is None
    migrate.upgrade(store.engine, "0001")
    assert migrate.current_revision(store.engine) == alembic_says() == "0001"
    assert migrate.schema_state(store.engine) == "older"


def test_a_revision_no_script_knows_is_newer(store: Store, tmp_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert migrate.schema_state(store.engine) == "newer"
