"""Schema revisions with Alembic, run from inside the package so the frozen app can upgrade too."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from desktop.core.errors import NewerDatabase

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


SchemaState = Literal["empty", "older", "current", "newer", "not_majlis"]


def schema_state(engine: Engine) -> SchemaState:
    rev = current_revision(engine)
    if rev is None:
        tables = inspect(engine).get_table_names()
        return "empty" if not tables else "not_majlis"
    if rev == head_revision():
        return "current"
    return "older" if rev in known_revisions() else "newer"


def newer_error(engine: Engine) -> NewerDatabase:
    return NewerDatabase(
        "this database was written by a newer version of Majlis: update Majlis to open it",
        revision=current_revision(engine),
    )


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
