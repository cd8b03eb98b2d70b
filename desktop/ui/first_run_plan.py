"""What the first-run wizard makes once Finish is pressed: the folder, the database, the person's name,
the built-in consent form and the team, on a worker thread (no widget is touched here).

A database whose making fails part way (a full disk) is taken away whole (core/new_database.py): the
next start never finds a half-made one, and Finish once there is room makes majlis.db itself.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class FolderNotMade(Exception):
    """The data folder cannot be made because ``path`` (the folder itself, or one above it) is a file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a file, not a folder")
        self.path = path


def make_folder(folder: Path) -> None:
    """The folder the new database goes in, made if it is not there; a read-only place is an
    ``EnvironmentProblem`` ("read_only") and a file in the way a ``FolderNotMade``, each said in one
    line (both were a traceback out of Finish, and the wizard did nothing)."""
    from desktop.core.errors import EnvironmentProblem

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        in_the_way = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise FolderNotMade(in_the_way) from exc
    except OSError as exc:  # EACCES/EPERM, or EROFS (a read-only disk: not a PermissionError)
        reason = {errno.ENOSPC: "disk_full"}.get(exc.errno or 0, "read_only" if exc.errno in (
            errno.EACCES, errno.EPERM, errno.EROFS) else "io")
        raise EnvironmentProblem("the folder for the database cannot be made here", reason=reason) from exc


@dataclass(frozen=True)
class Plan:
    """What the wizard's pages say, read on the UI thread before the work starts elsewhere."""

    choice: str
    path: Path
    passphrase: str
    device: str
    person: str
    team_file: str
    team_name: str
    # The central key whose fingerprint the facilitator confirmed: joining enrols this key or none.
    team_key: str = ""


@dataclass(frozen=True)
class Created:
    store: Any
    demo: bool
    team_file: Path | None = None  # a new team's file and key (to hand out and to back up)
    identity: Path | None = None
    team_error: BaseException | None = None


def create_from_plan(plan: Plan) -> Created:
    """Create the database the wizard describes (any thread; no widget is touched)."""
    if plan.choice == "demo":
        from desktop.ui.demo_store import create_demo_store

        return Created(create_demo_store(), True)
    from desktop.core import new_database
    from desktop.core.db import create_store

    make_folder(plan.path.parent)
    store = create_store(plan.path, plan.passphrase, plan.device)
    try:
        return _fill(store, plan)
    except BaseException as exc:  # a full disk: no database without its form for the next start to open
        store.close()
        new_database.given_up(plan.path, exc)
        raise


def _fill(store: Any, plan: Plan) -> Created:
    """The new database's person, consent form and team (a team that cannot be set up is reported)."""
    from desktop.core import builtin_consent
    from desktop.sync import team
    from desktop.ui.context import PERSON_NAME_STATE

    if plan.person:
        store.set_state(PERSON_NAME_STATE, plan.person)
    # A form before anything else, so that a lone facilitator can record consent at once and a
    # new team hands it to its facilitators; one who joins gets the team's forms instead.
    if plan.choice != "join":
        builtin_consent.install(store)
    team_file = identity = None
    team_error: BaseException | None = None
    try:
        if plan.choice == "join":
            team.join_team(store, plan.team_file, shown_central_key=plan.team_key or None)
        elif plan.choice == "start":
            # Never over another team's files in that folder (create_team refuses them): free names.
            from desktop.core.atomic_file import free_name

            team_file = free_name(plan.path.parent, "team.majlis-team")
            identity = free_name(plan.path.parent, "team-identity.key")
            team.create_team(store, name=plan.team_name, team_file=team_file, identity_file=identity)
    except Exception as exc:  # the database stands; the team part is reported and can be retried
        team_error, team_file, identity = exc, None, None
    if plan.choice == "join":
        builtin_consent.install(store)  # only if the team file brought no form
    return Created(store, False, team_file, identity, team_error)
