"""What one import run tells the coordinator: how many files went where, in one sentence, and the
per-file lines with the ones that need a person first.

A coordinator imports a couple of hundred files from USB sticks at once; a list of 200 lines in the
order of the file names hides the two refused files somewhere in the middle. So each run gets a
summary (imported / already present / held / refused, and how far a cancelled run got), and its
lines list the refused files, then the held ones, then the rest.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.sync.importer import ImportOutcome
from desktop.ui.widgets.environment_words import environment_reason

# The order of a run's lines: what a person must act on first.
STATUS_ORDER = {"refused": 0, "held": 1, "imported": 2, "already_present": 3}
# ``ImportTally.stopped_by`` for a failure that is no EnvironmentProblem (no reason of the disk's to give).
UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class ImportTally:
    chosen: int  # files the coordinator chose
    done: int  # files looked at before the run ended (fewer than chosen when cancelled)
    imported: int
    already_present: int
    held: int
    refused: int
    cancelled: bool
    # Held bundles that were on the waiting list before this run (not in ``held``): the same stick
    # chosen again must not read as more files waiting. A default: a tally kept by an earlier version.
    already_waiting: int = 0
    # Why the run stopped before its last file ("disk_full", "locked"…: EnvironmentProblem's reason),
    # "" when it did not.
    stopped_by: str = ""
    # Conflicts the imported bundles brought (long texts two laptops changed differently).
    conflicts: int = 0

    @classmethod
    def of(cls, outcomes: Sequence[ImportOutcome], chosen: int, cancelled: bool, stopped_by: str = "",
           refused_updates: int = 0) -> ImportTally:
        """``refused_updates``: the team updates among the files that were refused (applied before the
        bundles are read): files of the run and refused ones, as their lines with the red mark say. The
        heading counted the bundles alone ("refused: 0" over a refused update's line)."""
        counts = Counter("already_waiting" if o.status == "held" and o.already_waiting else o.status
                         for o in outcomes)
        # Cancelled with none chosen: a dropped folder's search was stopped before it found any.
        return cls(chosen + refused_updates, len(outcomes) + refused_updates, counts["imported"],
                   counts["already_present"], counts["held"], counts["refused"] + refused_updates,
                   cancelled and (len(outcomes) < chosen or chosen == 0), counts["already_waiting"], stopped_by,
                   sum(o.conflicts for o in outcomes if o.status == "imported"))

    @property
    def needs_attention(self) -> bool:
        return bool(self.held or self.refused)


def stop_reason(stopped_by: str) -> str:
    """Why a run stopped before its last file, in one translated sentence: the disk's answer in the
    words every screen uses, or, for an error not foreseen ("unexpected"), that one happened (its
    details are no help to a coordinator, and may hold a participant's words)."""
    if stopped_by == UNEXPECTED:
        return QCoreApplication.translate("ImportReport", "Majlis met an error it did not expect.")
    return environment_reason(stopped_by)


def problems_first(outcomes: Sequence[ImportOutcome]) -> list[ImportOutcome]:
    """Refused, then held, then imported, then already present; by file otherwise (a stable sort)."""
    return sorted(outcomes, key=lambda o: STATUS_ORDER.get(o.status, 0))


def distinct_names(sources: Sequence[str]) -> dict[str, str]:
    """Each file of a run as its line names it: its name alone, or, when another file of the run has
    that name in another folder (a folder per laptop on a USB stick, each export saved as
    "export.majlis"), with as many of its folders as tell them apart: "export.majlis: refused"
    beside two "export.majlis: imported" did not say which laptop's file to ask for again."""
    parts = {source: Path(source).parts for source in set(sources)}
    by_name: defaultdict[str, list[str]] = defaultdict(list)
    for source, pieces in parts.items():
        by_name[pieces[-1] if pieces else source].append(source)
    shown: dict[str, str] = {}
    for name, group in by_name.items():
        if len(group) == 1:
            shown[group[0]] = name
            continue
        longest = max(len(parts[s]) for s in group)
        depth = 2
        while depth < longest and len({parts[s][-depth:] for s in group}) < len(group):
            depth += 1
        for source in group:
            shown[source] = str(Path(*parts[source][-depth:]))
    return shown


def summary(tally: ImportTally, number: Callable[[int], str] = str, *, listed: bool = True) -> str:
    """One or two sentences; counts in a form that needs no plural (translations/glossary.md).
    ``listed``: the run's files are listed under Results (not so for the tally an import stopped by
    closing Majlis kept, counts only: the next start points to choosing the files again instead)."""
    translate = QCoreApplication.translate
    if tally.cancelled and tally.done == 0:
        # Stopped before the first file, often while a dropped folder was still being searched: not "no
        # bundle in the folder" (the search had found none yet), and no counts of files not looked at.
        return translate("ImportReport", "Import cancelled before any file was read: nothing was imported. Choose "
                         "the files or the folder again to import them.")
    if tally.chosen == 0:
        return translate("ImportReport", "No bundle files were found in the folder.")
    if tally.already_waiting:
        counts = translate(
            "ImportReport", "Imported: {imported}, already present: {present}, held for approval: {held}, "
            "already waiting for approval: {waiting}, refused: {refused}."
        )
    else:  # the usual run: no count of a kind that did not happen
        counts = translate(
            "ImportReport", "Imported: {imported}, already present: {present}, held for approval: {held}, "
            "refused: {refused}."
        )
    counts = counts.format(imported=number(tally.imported), present=number(tally.already_present),
                           held=number(tally.held), waiting=number(tally.already_waiting),
                           refused=number(tally.refused))
    if tally.stopped_by:
        head = translate(
            "ImportReport", "Import stopped: {reason} The files imported before it are kept. Files read: {done} of "
            "{chosen}; not read yet: {left} (import them again once this is put right: the files already imported "
            "are recognised)."
        ).format(reason=stop_reason(tally.stopped_by), done=number(tally.done), chosen=number(tally.chosen),
                 left=number(tally.chosen - tally.done))
    elif tally.cancelled:
        head = translate(
            "ImportReport", "Import cancelled. Files read: {done} of {chosen}; not read yet: {left} (choose them "
            "again to go on: the files already imported are recognised)."
        ).format(done=number(tally.done), chosen=number(tally.chosen), left=number(tally.chosen - tally.done))
    else:
        head = translate("ImportReport", "Import finished. Files: {chosen}.").format(chosen=number(tally.chosen))
    lines = [head, counts]
    if tally.conflicts:
        # Said here, not only in a file's own line further down Results and in the list below the fold.
        lines.append(translate("ImportReport", "New conflicts: {conflicts}. Two laptops changed the same text: "
                               "decide each under Open conflicts.").format(conflicts=number(tally.conflicts)))
    if tally.needs_attention and listed:
        lines.append(translate("ImportReport", "The refused and held files are listed first under Results."))
    elif tally.needs_attention:
        lines.append(translate("ImportReport", "Which files were refused or held is said again when they are "
                               "chosen again."))
    return " ".join(lines)
