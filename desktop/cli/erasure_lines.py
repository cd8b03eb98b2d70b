"""What ``consent withdraw``, ``retention apply``, ``erasure report`` and ``bundle import`` print of an
erasure: the copies it cannot reach, the bundles on hold, and the codes whose texts may quote the
participant (named, never their text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.core.erasure_codes import CodeToReview
    from desktop.core.erasure_report import Report
    from desktop.core.withdrawal import WithdrawalResult


def print_report(report: Report, erased: str = "words") -> None:
    """The erasure report as ``erasure report`` prints it; ``erased``: what was erased, in the
    lines' words ("words" after a withdrawal, "identities" after a retention run)."""
    copies = [i for i in report.items if i.kind != "held"]
    held = [i for i in report.items if i.kind == "held"]
    if not report.any_erasure:
        if not report.quote_codes:
            print("no erasure has been made in this database (no withdrawal of everything, no retention run): "
                  "there is nothing to report")
            return
        # A withdrawal of quotes erases nothing, but leaves codes to read: the report is what is left to check.
        print("no erasure has been made in this database (no withdrawal of everything, no retention run)")
        print_quote_codes(report)
        return
    if not report.items:
        print("no copies made before the erasure are known")
    if copies:
        print(f"{counted(len(copies), 'copy', 'copies')} made while the erased {erased} existed "
              "(Majlis cannot reach them):")
        for item in copies:
            print(f"  {item.kind}\t{item.made_at}\t{shown_path(item.where)}")
    if held:
        from desktop.core.device_label import device_label

        print(f"{counted(len(held), 'bundle')} on hold may hold erased {erased} (unapplied, inside this database):")
        for item in held:
            print(f"  held\t{item.made_at}\tdevice {device_label(item.device, item.device_id)}\tnumber {item.held}")
        print("approve or reject each to finish the erasure (majlis-cli device approve|reject --db PATH NUMBER): "
              "approving applies the erasure to its rows; rejecting discards it")
    print_codes(report)


def print_codes(report: Report) -> None:
    """The codes used on erased words whose texts may quote the participant (never their text), then those
    used on the words of participants who withdrew consent to be quoted."""
    print_code_lines(report.codes, "the erased words")
    print_quote_codes(report)


def print_quote_codes(report: Report) -> None:
    """The codes used on the words of participants who withdrew consent to be quoted, still to be read:
    said when the withdrawal was made or arrived, and by every report since."""
    print_code_lines(report.quote_codes, "the words of participants who withdrew consent to be quoted")


def print_code_lines(codes: Sequence[CodeToReview], used_on: str) -> None:
    """One line, then each code with the texts to read (memo, examples, definition, inclusion, exclusion)."""
    if codes:
        print(f"{counted(len(codes), 'code')} used on {used_on} may quote them in a memo, its examples, "
              "definition or criteria: read them and remove what quotes them:")
        for code in codes:  # a laptop's own code is named as its bundle named it: nothing steers the terminal
            name = code.name("en")
            print(f"  code\t{printable(name, len(name))}\t{', '.join(code.fields)}")


def quoted_codes(store: Store, result: WithdrawalResult) -> list[CodeToReview]:
    """After a withdrawal of consent to be quoted: the codes used on the participant's words whose
    memo, examples, definition or criteria may quote them (every export carries those texts)."""
    from desktop.core import erasure_codes

    with store.session() as s:
        return erasure_codes.codes_used_on(s, [result.participant_id])
