"""What a roundtable's Attendance, Decisions and Action items tables say while they hold no rows.

A new roundtable's tables were a row of headings over a blank box, its Add buttons above: nothing said
what the table was for. Each pair: the words while the minutes are a draft, and once they are final
(read-only: nothing to add, so the words say that nothing was recorded). See ``EmptyWords``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets.live_words import Words

EmptyPair = tuple[Words, Words]

ATTENDANCE: EmptyPair = (
    lambda: QCoreApplication.translate(
        "RoundtableEditor", "No one is on the attendance list yet. Add the organisations and participants who "
        "came with the buttons above."),
    lambda: QCoreApplication.translate("RoundtableEditor", "No attendance was recorded for this roundtable."),
)
DECISIONS: EmptyPair = (
    lambda: QCoreApplication.translate("RoundtableEditor", "No decisions yet. Press Add decision to record one."),
    lambda: QCoreApplication.translate("RoundtableEditor", "No decisions were recorded."),
)
ACTION_ITEMS: EmptyPair = (
    lambda: QCoreApplication.translate(
        "RoundtableEditor", "No action items yet. Press Add action item to record who does what, and by when."),
    lambda: QCoreApplication.translate("RoundtableEditor", "No action items were recorded."),
)
