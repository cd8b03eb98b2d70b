"""One withdrawal flow for the consent and participant pages: ask, confirm, erase on the worker, report.

The erasure itself is ``desktop.core.withdrawal`` (the same service as ``majlis-cli consent
withdraw``); this module only asks, runs it on the database worker, and says what happened. After an
erasure it lists the copies made before that Majlis cannot reach, and offers to rewrite the local
backups without the words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session as OrmSession

from desktop.core import erasure_codes, erasure_file, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.i18n.languages import item_separator
from desktop.sync.team import current_team
from desktop.ui import pending_purge
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from desktop.ui.widgets.live_words import Words

# The withdrawal; after an erasure, its report; after a withdrawal of quotes, the codes to read.
Outcome = tuple[withdrawal.WithdrawalResult, erasure_report.Report | None, tuple[erasure_codes.CodeToReview, ...]]


def refusal_text(exc: BaseException) -> str:
    """One translated line for a refused withdrawal; never the participant's data."""
    if isinstance(exc, EnvironmentProblem):
        return QCoreApplication.translate(
            "WithdrawalFlow",
            "The database is in use by another program or the disk refused the write; nothing was erased.")
    if isinstance(exc, MajlisError):
        return QCoreApplication.translate("Withdrawal", exc.message)
    raise exc


def is_centre(s: OrmSession) -> bool:
    """This database is the team's centre: what changes here reaches the laptops in a team update."""
    team = current_team(s)
    return bool(team is not None and team.is_central)


def start(ctx: AppContext, parent: QWidget, participant_id: str, pseudonym: str,
          say: Callable[[Words], None]) -> bool:
    """Ask, then withdraw on the worker; ``say`` gets the one-line outcome, as a function that makes it
    in the language of the moment (``live_words``: it follows a switch). False when cancelled."""
    if read_now(ctx, lambda s: withdrawal.consent_state(s, participant_id)) == "erased":
        # Refused at once: the date, the reason and the tick were asked for, then refused after OK.
        say(lambda: QCoreApplication.translate("Withdrawal", withdrawal.ALREADY_ERASED))
        return False
    at_centre = read_now(ctx, is_centre)
    earliest = read_now(ctx, lambda s: withdrawal.first_session_day(s, participant_id))
    answer = WithdrawDialog.ask(pseudonym, parent, at_centre=at_centre, earliest=earliest)
    if answer is None:
        return False
    on, scope, *rest = answer
    reason = str(rest[0]) if rest else ""

    def op(store: Store) -> Outcome:
        result = withdrawal.withdraw_participant(store, participant_id=participant_id, scope=scope, on=on,
                                                 reason=reason)
        if scope == "all":
            return result, erasure_report.report(store), ()
        # Never quoted from the speech now, but every export still carries the codebook's own texts.
        with store.session() as s:
            return result, None, tuple(erasure_codes.codes_used_on(s, [result.participant_id]))

    def erased(pseudonym: str) -> str:
        if at_centre:  # nothing reaches the laptops until a team update is published
            return QCoreApplication.translate(
                "WithdrawalFlow", "Erased what %1 said, their signatures and their identity here. Publish a team "
                "update (Sync page) so that the laptops erase them too.").replace("%1", pseudonym)
        return QCoreApplication.translate(
            "WithdrawalFlow", "Erased what %1 said, their signatures and their identity.").replace("%1", pseudonym)

    def failed(exc: BaseException) -> None:
        made = exc.made if isinstance(exc, erasure_file.NotPurged) else None
        if isinstance(made, withdrawal.WithdrawalResult):  # erased all the same: not "nothing was erased"
            say(lambda: f"{erased(made.pseudonym)} {pending_purge.not_purged_words()}")
        else:
            say(lambda: refusal_text(exc))

    def done(outcome: Outcome) -> None:
        result, report, codes = outcome
        if result.scope == "quotes" and at_centre:  # the laptops learn it from the next team update
            say(lambda: QCoreApplication.translate(
                "WithdrawalFlow", "%1 will never be quoted here; the speech stays for analysis. Publish a team "
                "update (Sync page) so that the laptops stop quoting them too.").replace("%1", result.pseudonym)
                + to_read(ctx, codes))
            return
        if result.scope == "quotes":
            say(lambda: QCoreApplication.translate(
                "WithdrawalFlow", "%1 will never be quoted; the speech stays for analysis.").replace("%1", result.pseudonym)
                + to_read(ctx, codes))
            return
        say(lambda: erased(result.pseudonym))
        if report is not None and report.to_show:  # copies to list, or codes to read
            ErasureReportDialog.open_for(ctx, report, parent)

    CollectionOp.on_store(ctx, op).success(done).failure(failed).run_in_background()
    return True


def to_read(ctx: AppContext, codes: tuple[erasure_codes.CodeToReview, ...]) -> str:
    """After a withdrawal of quotes: the codes used on the participant's words whose memo, examples,
    definition or criteria may quote them, named in the interface's language ("" when none)."""
    if not codes:
        return ""
    lang = ctx.language.language
    names = item_separator(lang, ", ").join(f"\u2068{c.name(lang)}\u2069" for c in codes)
    return " " + QCoreApplication.translate(
        "WithdrawalFlow", "The memo, examples or criteria of codes used on their words may quote "
        "them, and exports include them: read them on the Codebook page: %1").replace("%1", names)
