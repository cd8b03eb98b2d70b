"""The roster's roles are spelt once, in desktop/core/roles.py (desktop/sync/roles.py re-exports them):
a core query that asked for "coordinator" under a spelling of its own would silently find no one if
the roles were ever renamed."""

import re
from pathlib import Path

from desktop.core import roles as core_roles
from desktop.sync import roles as sync_roles

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
# The role as a string in code: not in a comment, not a translated label (self.tr("coordinator")).
SPELT = re.compile(r"""(?<!tr\()(["'])coordinator\1""")


def test_sync_roles_are_the_core_roles() -> None:
    assert (sync_roles.FIELD, sync_roles.COORDINATOR, sync_roles.ROLES) == (
        core_roles.FIELD, core_roles.COORDINATOR, core_roles.ROLES)
    assert core_roles.ROLES == ("field", "coordinator")  # stored in the roster's role column: never renamed


def test_coordinator_is_spelt_only_in_roles() -> None:
    spelt = []
    for path in sorted(DESKTOP.rglob("*.py")):
        if path == DESKTOP / "core" / "roles.py" or "migrations" in path.parts:  # a migration keeps its words
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SPELT.search(line.split("#", 1)[0]):
                spelt.append(f"{path.relative_to(DESKTOP)}:{number}")
    assert spelt == []
