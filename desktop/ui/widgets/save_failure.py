"""What a session editor says when its text could not be saved yet: one translated line.

A full disk, another program holding the database, a read-only folder: the environment's problems
(``EnvironmentProblem``), which may pass. The text stays on screen and the editor tries again; the
line says so in the interface's language, never in SQLite's English words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.live_words import Words


def save_failure_text(exc: BaseException | str) -> str:
    """The line for ``exc`` (or its reason), in the language of the moment."""
    return QCoreApplication.translate(
        "SaveFailure", "Not saved yet: %1 Majlis tries again by itself; your text stays on screen.").replace(
        "%1", environment_reason(exc))


def save_failure_words(exc: BaseException) -> Words:
    """The line for ``exc`` made again in each language switched to (``live_words.say``); only its
    reason is kept, not the exception and the frames its traceback holds."""
    reason = reason_of(exc)
    return lambda: save_failure_text(reason)


def session_gone_words(exc: BaseException) -> Words | None:
    """The line for a save refused because the session changed elsewhere meanwhile (another window,
    majlis-cli, a team update): made final, or deleted. None for any other refusal."""
    from desktop.core import sessions

    if isinstance(exc, sessions.SessionReadOnly):
        return lambda: QCoreApplication.translate(
            "SaveFailure", "Not saved: this session was made final elsewhere meanwhile, and is read-only now. "
            "Copy what you typed before you leave it.")
    if isinstance(exc, sessions.SessionNotFound):
        return lambda: QCoreApplication.translate(
            "SaveFailure", "Not saved: this session is no longer in the database (it was deleted elsewhere "
            "meanwhile). Copy what you typed before you leave it.")
    return None


def session_deleted_words() -> Words:
    """The line when Unlock or Finalise finds the session deleted elsewhere meanwhile: neither can be done
    to a session that is no longer in the database."""
    return lambda: QCoreApplication.translate(
        "SaveFailure", "This session is no longer in the database: it was deleted elsewhere meanwhile "
        "(another window, majlis-cli or a team update).")


def lose_unsaved_question() -> tuple[str, str]:
    """Title and question before an editor whose last changes could not be saved goes away."""
    translate = QCoreApplication.translate
    return (translate("SaveFailure", "Changes not saved"),
            translate("SaveFailure", "Your last changes could not be saved. Close anyway and lose them?"))
