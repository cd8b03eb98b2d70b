"""A laptop upgraded before its centre still sends bundles the centre reads.

Revisions 0010, 0011 and 0012 change only each database's own search index (what it finds), none of
the rows a bundle carries. Bundles were labelled with the database's bare revision, so a laptop that
installed the new version sent "0011_kurdish_keyboard_search", and a centre still on the version
before refused every one as "from a newer version" until it upgraded too: in the field the laptops
and the centre are upgraded on different days, from a USB stick. A bundle is now labelled with the
newest revision that changed what bundles carry (``migrate.bundle_revision``). A second test holds
that promise: every table but the search index is the same at that revision and at the top of the
local-only revisions. Since 0017_erasure_kept (a retention run carries the participants it keeps), the
head changes what bundles carry again: the local-only revisions are tested where they stand, under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from desktop.core import migrate
from desktop.core.models import Session
from desktop.sync import importer
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team


def revisions_up_to(revision: str) -> set[str]:
    """The revisions a Majlis whose newest migration is ``revision`` knows."""
    scripts, known, todo = migrate._script_revisions(), set(), [revision]
    while todo:
        rev = todo.pop()
        if rev not in known:
            known.add(rev)
            todo.extend(scripts.get(rev, ()))
    return known


def local_top() -> str:
    """The newest local-only revision: the head, until a revision that changes what bundles carry came on top."""
    revision = migrate.head_revision()
    while revision not in migrate.LOCAL_ONLY_REVISIONS:
        (revision,) = migrate._script_revisions()[revision]
    return revision


def below_head() -> list[str]:
    """The revisions under the newest local-only one down to the newest that changed what bundles carry:
    where a centre a version (or more) behind a laptop at that revision may stand, newest first."""
    revision, found = local_top(), []
    while revision in migrate.LOCAL_ONLY_REVISIONS:
        (revision,) = migrate._script_revisions()[revision]
        found.append(revision)
    return found


def below_local_only() -> str:
    return below_head()[-1]


def test_the_centres_one_version_behind_are_tested() -> None:
    assert {"0011_kurdish_keyboard_search", "0010_segment_memos_searchable", "0009_rejected_devices"} <= set(
        below_head())


# The centre's newest revision: each local-only one under the head (a centre one version behind, two...)
# and the last one that changed what bundles carry (a centre on the version before them all).
@pytest.mark.parametrize("centre_at", below_head())
def test_a_centre_on_the_version_before_reads_an_upgraded_laptops_bundle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, centre_at: str) -> None:
    assert local_top() in migrate.LOCAL_ONLY_REVISIONS  # else this test shows nothing
    team = make_team(tmp_path, devices=1)
    try:
        (laptop,) = team.devices
        migrate.downgrade(laptop.engine, local_top())  # the laptop's Majlis: the local-only revisions on top
        assert migrate.current_revision(laptop.engine) == local_top()
        with laptop.transaction() as s:
            s.add(Session(kind="roundtable", title="طاولة البصرة"))
        made = export_bundle(laptop, tmp_path / "laptop.majlis")
        assert made is not None
        # The centre's Majlis is a version before: it knows the revisions up to the last one that
        # changed what bundles carry, and perhaps some of the local-only ones on top, not the newest.
        older = revisions_up_to(centre_at)
        assert local_top() not in older
        monkeypatch.setattr(importer, "_known_revisions", lambda: older)
        (outcome,) = import_files(team.centre, [made.path], team.identities)
        assert outcome.status == "imported", (outcome.code, outcome.message)
        with team.centre.session() as s:
            assert s.query(Session).filter_by(title="طاولة البصرة").count() == 1
    finally:
        team.close()


#: Tables a database keeps for itself alone, which no bundle or team update carries: the centre's
#: revoked keys (0013_revoked_keys), the form texts the laptops say they hold (0016_reported_forms).
KEPT_HERE = frozenset({"revoked_key", "reported_form"})


def tables(engine: Engine) -> dict[str, list[tuple[str, str, bool]]]:
    """Every table but the search index's and those kept here alone, with its columns (name, type, nullable)."""
    found = inspect(engine)
    return {name: [(c["name"], str(c["type"]), bool(c["nullable"])) for c in found.get_columns(name)]
            for name in found.get_table_names()
            if not name.startswith("fts_") and name != migrate.VERSION_TABLE and name not in KEPT_HERE}


def test_the_local_only_revisions_change_no_table_a_bundle_carries(tmp_path: Path) -> None:
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "field laptop")
    try:
        migrate.downgrade(store.engine, local_top())
        at_head = tables(store.engine)
        assert migrate.bundle_revision(store.engine) == below_local_only()
        for revision in below_head():
            migrate.downgrade(store.engine, revision)  # a local-only revision at a time
            assert migrate.current_revision(store.engine) == revision
            assert migrate.bundle_revision(store.engine) == below_local_only()
            assert tables(store.engine) == at_head, revision
    finally:
        store.close()


def test_the_kept_participants_of_a_retention_run_change_what_bundles_carry(tmp_path: Path) -> None:
    """0017_erasure_kept adds a field bundles and team updates carry: a bundle is labelled with it, and a
    Majlis without it refuses the bundle as from a newer version rather than erase whom the run keeps."""
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "field laptop")
    try:
        assert "0017_erasure_kept" not in migrate.LOCAL_ONLY_REVISIONS
        assert "0017_erasure_kept" in revisions_up_to(migrate.bundle_revision(store.engine))
    finally:
        store.close()
