"""A withdrawal that arrived with a bundle (at the centre) or a team update (on a laptop) and erased words
here, said after the import: the copies made before, which still hold the words, and at the centre that
the laptops erase them only once a team update is published. Never a participant's data."""

from __future__ import annotations

from desktop.core.db import Store


def arrived_erasure_report(store: Store, erased_before: str) -> None:
    """After a bundle import or a team update: when an erasure that came with it erased words here, say
    so; name the copies made before, which still hold them (a workbook sent to a partner last week)."""
    from desktop.cli.erasure_commands import is_centre, print_report
    from desktop.core import erasure_report

    if erasure_report.erased_at(store) == erased_before:
        return
    report = erasure_report.report(store)
    if report.items:
        print("a withdrawal that arrived erased words here; the copies made before still hold them:")
        print_report(report)
    else:  # said only with copies to list, the coordinator never learnt of it
        print("a withdrawal that arrived erased a participant's words here")
    if is_centre(store):
        print("publish a team update (majlis-cli team update export) so that the laptops erase them too")
