"""A new person seated in the session an editor shows, with a pseudonym made from the session's
governorate, number and seat: the focus group's Add participant and the roundtable's New person are
this one action (on the DB worker), and say a refusal in the same words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from desktop.core import participants
from desktop.core.errors import MajlisError
from desktop.core.participants import NewAttendee
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.live_words import Words

# Sessions whose new person is on its way to the worker: a second click (a double-click, a quick
# second press) before it came back made and seated a second person nobody asked for.
_ADDING: set[str] = set()


def add_new_person(ctx: AppContext, session_id: str, *, role: str, added: Callable[[NewAttendee], Any],
                   refused: Callable[[Words], Any], editor: QObject) -> None:
    """Make and seat the person on the worker; ``added`` hears who, ``refused`` why not (one line),
    unless ``editor`` was closed meanwhile (the person is still made and seated).
    Asked again for the same session before that came back: nothing more is done."""
    if session_id in _ADDING:
        return
    _ADDING.add(session_id)

    def done(person: NewAttendee) -> None:
        _ADDING.discard(session_id)
        if shiboken6.isValid(editor):
            added(person)

    def failed(exc: BaseException) -> None:
        _ADDING.discard(session_id)
        if not isinstance(exc, MajlisError):
            raise exc
        if shiboken6.isValid(editor):
            refused(refusal_words(exc))

    CollectionOp(ctx, lambda s: participants.seat_new_person(s, session_id, role=role)) \
        .success(done).failure(failed).run_in_background()


def refusal_words(exc: MajlisError) -> Words:
    """Why nobody was added, made in the interface's language of the moment (the line showing it
    follows a language switch: live_words); of ``exc`` only what the sentence needs is kept."""
    if exc.code == "duplicate_pseudonym":
        value = str(exc.details.get("value", ""))
        return lambda: QCoreApplication.translate(
            "NewPerson", "The pseudonym %1 is already used by another participant.").replace("%1", value)
    if exc.code == "session_read_only":
        return lambda: QCoreApplication.translate("NewPerson", "This session is final: unlock it to edit.")
    # A full disk or another program's lock: said in the interface's language, not SQLite's. The core's
    # own sentence ("the session does not exist") is English: never put in the line.
    if exc.code == "environment":
        reason = reason_of(exc)
        return lambda: QCoreApplication.translate("NewPerson", "Nobody was added: %1").replace(
            "%1", environment_reason(reason))
    if exc.details.get("field") == "session_id":  # deleted meanwhile (another window, a team update)
        return lambda: QCoreApplication.translate("NewPerson", "Nobody was added: %1").replace(
            "%1", QCoreApplication.translate("FocusGroupEditor", "This session is no longer in the database."))
    return lambda: QCoreApplication.translate("NewPerson", "Nobody was added. Try again.")
