"""A withdrawal that arrived with a bundle (at the centre) or a team update (on a laptop), said after the
import: of everything, it erased words here and the copies made before still hold them; of quotes only,
a participant is no longer quoted here. At the centre, what is left to do: the laptops follow only once
a team update is published. Never a participant's data."""

from __future__ import annotations

from desktop.core.db import Store


def mark(store: Store) -> tuple[str, frozenset[tuple[str, str]]]:
    """Read before the import: when an erasure last removed something here, and the consent records
    marked withdrawn (record, participant)."""
    from desktop.core import erasure_report, withdrawal

    return erasure_report.erased_at(store), withdrawal.withdrawals_marked(store)


def arrived_erasure_report(store: Store, before: tuple[str, frozenset[tuple[str, str]]]) -> None:
    """After a bundle import or a team update: when a withdrawal came with it, say so; when it erased words
    here, name the copies made before, which still hold them (a workbook sent to a partner last week)."""
    from desktop.cli.erasure_commands import is_centre, print_code_lines, print_codes, print_report
    from desktop.core import erasure_codes, erasure_report, withdrawal

    erased_before, withdrawn_before = before
    now_erased, now_withdrawn = mark(store)
    if now_erased == erased_before:
        if not now_withdrawn <= withdrawn_before:  # of quotes only: nothing erased, said nowhere else
            print("a withdrawal of consent to be quoted arrived: a participant is no longer quoted here")
            if is_centre(store):
                print("publish a team update (majlis-cli team update export) so that the laptops stop quoting "
                      "them too")
            # Never quoted from the speech now; the codebook's own texts still go out with every export,
            # named as after a withdrawal made here (consent withdraw --scope quotes).
            with store.session() as s:
                codes = erasure_codes.codes_used_on(s, withdrawal.newly_withdrawn(withdrawn_before, now_withdrawn))
            print_code_lines(codes, "their words")
        return
    report = erasure_report.report(store)
    if report.items:
        print("a withdrawal that arrived erased words here; the copies made before still hold them:")
        print_report(report)
    else:  # said only with copies to list, the coordinator never learnt of it
        print("a withdrawal that arrived erased a participant's words here")
        print_codes(report)
    if is_centre(store):
        print("publish a team update (majlis-cli team update export) so that the laptops erase them too")
