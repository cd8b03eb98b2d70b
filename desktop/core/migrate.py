"""Schema revisions with Alembic, run from inside the package so the frozen app can upgrade too.

Opening a store only needs to know where a database stands (``schema_state``): the revision in its
``alembic_version`` table against the revision ids of the scripts in ``migrations/versions``. That
is read here without Alembic, whose import (with Mako and Pygments) costs a command-line process
like ``bundle import`` more than a tenth of a second; Alembic is imported by the functions that
change a schema (``upgrade``, ``downgrade``), plainly, inside them. A test checks that the
revisions read here are the ones Alembic itself reads.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine, inspect

from desktop.core.errors import NewerDatabase

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@functools.cache
def _script_revisions() -> dict[str, tuple[str, ...]]:
    """Each migration script's ``revision`` -> its ``down_revision``s, read from the scripts' source
    (module-level assignments only: nothing of a script runs)."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
            target, value = None, None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                names[target.id] = ast.literal_eval(value) if value is not None else None
        revision, down = names.get("revision"), names.get("down_revision")
        if not isinstance(revision, str):
            continue  # not a revision script
        if isinstance(down, str):
            found[revision] = (down,)
        elif isinstance(down, tuple | list):  # a merge revision
            found[revision] = tuple(str(d) for d in down)
        else:
            found[revision] = ()
    return found


def head_revision() -> str:
    """The one revision no other script revises."""
    scripts = _script_revisions()
    revised = {down for downs in scripts.values() for down in downs}
    heads = sorted(set(scripts) - revised)
    assert len(heads) == 1, f"the migrations have {len(heads)} heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_script_revisions())


#: Revisions that change only what each database derives or keeps for itself (its search index, the
#: centre's revoked keys and the form texts the laptops say they hold, indexes of its change log and
#: turns), none of the rows that bundles and team updates carry. A bundle is labelled with the newest revision below them (``bundle_revision``): a centre
#: that has not installed this version yet still reads the bundles of a laptop that has, where the
#: bare revision had it refuse them as "from a newer version".
LOCAL_ONLY_REVISIONS = frozenset({"0010_segment_memos_searchable", "0011_kurdish_keyboard_search",
                                  "0012_sorani_vowels_search", "0013_revoked_keys",
                                  "0014_change_log_device_hlc", "0015_transcript_turn_speaker",
                                  "0016_reported_forms"})


def bundle_revision(engine: Engine) -> str:
    """The revision a bundle or team update written from this database is labelled with: the
    database's own, less the local-only revisions on top of it ("" for a database with none)."""
    revision = current_revision(engine)
    while revision in LOCAL_ONLY_REVISIONS:
        below = _script_revisions().get(revision, ())
        revision = below[0] if len(below) == 1 else None
    return revision or ""


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None: no Alembic version table, or an empty one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = [str(r[0]) for r in conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").all()]
    if len(rows) > 1:  # branches: Alembic says what is wrong (Majlis's history is one line)
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


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
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
