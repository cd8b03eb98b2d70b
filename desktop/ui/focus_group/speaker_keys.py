"""Who speaks: the speaker keys (Ctrl+1..9 a seat, Ctrl+0 the facilitator), the speaker list, and
Ctrl+Z right after a key re-assigned a turn (speaker_undo).

With the caret at the end of a turn that has text, a speaker key starts a NEW turn for that speaker
(the natural flow while people talk); with the caret inside the text, or in an empty turn, it
RE-ASSIGNS the current turn. A participant without consent to take part is refused with a message
(and a banner offering to record consent), never silently. Said in the ``TranscriptPanel`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.qt_i18n import shown_digits

if TYPE_CHECKING:
    from desktop.ui.focus_group.transcript import TranscriptPanel


def refresh_speakers(panel: TranscriptPanel) -> None:
    """The speaker choices: the facilitator, then each seat (consent missing: shown, not selectable)."""
    combo = panel.speaker_combo
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("TranscriptPanel", "Facilitator (Ctrl+0)"), None)
    for p in panel.people.rows:
        # Ctrl+1..9 only: "(Ctrl+12)" had Ctrl+1 start a turn for seat 1 and "2" typed in it.
        text = QCoreApplication.translate("TranscriptPanel", "%1 (Ctrl+%2)").replace("%1", p.code).replace(
            "%2", str(p.seat)) if p.seat <= 9 else p.code
        if not p.can_speak:
            text = QCoreApplication.translate("TranscriptPanel", "%1 — no consent").replace("%1", text)
        combo.addItem(text, p.participant_id)
    combo.blockSignals(False)
    show_speaker(panel)
    panel.fit_columns()


def show_speaker(panel: TranscriptPanel) -> None:
    """The speaker list shows the current turn's speaker."""
    if not 0 <= panel.current < len(panel.model.rows):
        return
    found = panel.speaker_combo.findData(panel.model.rows[panel.current].participant_id)
    panel.speaker_combo.blockSignals(True)
    panel.speaker_combo.setCurrentIndex(max(found, 0))
    panel.speaker_combo.blockSignals(False)


def request_speaker(panel: TranscriptPanel, seat: int, *, reassign: bool = False) -> None:
    """Ctrl+``seat``: a new turn at the end of a turn with text, else this turn re-assigned.
    ``reassign``: this turn's speaker changes wherever the caret is (the speaker list)."""
    if panel.read_only or not 0 <= panel.current < len(panel.model.rows):
        return
    if not panel.banner.isHidden():  # another key: the banner goes, the caret comes back to the text
        panel.banner.dismiss()
    if seat == 0:
        pid, code = None, ""
    else:
        person = panel.people.by_seat(seat)
        if person is None:
            def nobody() -> str:
                return QCoreApplication.translate(
                    "TranscriptPanel", "No participant sits in seat %1.").replace("%1", shown_digits(str(seat)))

            # Over the text box, as a refused speaker is: the status line is out of sight on a small screen
            # (a laptop at 20 points), and the next words went on in the previous speaker's turn.
            panel.banner.show_problem(nobody(), return_to=panel.edit)
            panel.message.emit(nobody)
            return
        if not person.can_speak:
            code = person.code

            def refusal() -> str:
                return QCoreApplication.translate(
                    "TranscriptPanel",
                    "%1 has no recorded consent and cannot be given speech. Record consent first.").replace("%1", code)

            text = refusal()
            # The caret leaves the previous speaker's turn: nothing typed now lands under their name.
            # (Leaving the text saves it; the refusal is said after, so "Saved." does not hide it.)
            participant_id = person.participant_id
            panel.banner.show_problem(
                text, QCoreApplication.translate("TranscriptPanel", "Record consent for %1…").replace("%1", person.code),
                lambda: panel.consentRequested.emit(participant_id), return_to=panel.edit)
            panel.message.emit(refusal)
            return
        pid, code = person.participant_id, person.code
    turn = panel.model.rows[panel.current]
    if turn.redacted:
        def hidden() -> str:
            return QCoreApplication.translate(
                "TranscriptPanel", "This turn is hidden (consent withdrawn) and cannot be changed.")

        panel.banner.show_problem(hidden(), return_to=panel.edit)
        panel.message.emit(hidden)
        return
    if not reassign and turn.text and panel.edit.at_end() and turn.participant_id != pid:
        panel.insert_after(pid, code)
        speaker = panel.model.speaker_label(panel.model.rows[panel.current])
        panel.message.emit(lambda: QCoreApplication.translate("TranscriptPanel", "New turn: %1").replace("%1", speaker))
    else:
        if turn.participant_id != pid:
            panel.speaker_undo.remember(turn.key, turn.participant_id, turn.speaker_code)
        set_speaker(panel, pid, code)


def set_speaker(panel: TranscriptPanel, pid: str | None, code: str) -> None:
    panel.model.set_speaker(panel.current, pid, code)
    show_speaker(panel)
    panel.edited.emit()
    label = panel.current_turn_label()
    panel.message.emit(lambda: QCoreApplication.translate("TranscriptPanel", "Speaker of this turn: %1").replace(
        "%1", label))


def undo_speaker(panel: TranscriptPanel) -> bool:
    """Ctrl+Z right after a speaker key re-assigned this turn: its speaker back. False: nothing to undo."""
    if panel.read_only or not 0 <= panel.current < len(panel.model.rows) or panel.model.rows[panel.current].redacted:
        return False
    before = panel.speaker_undo.take(panel.model.rows[panel.current].key)
    if before is None:
        return False
    set_speaker(panel, before.participant_id, before.speaker_code)
    return True


def on_combo_speaker(panel: TranscriptPanel, position: int) -> None:
    pid = panel.speaker_combo.itemData(position)
    person = panel.people.by_id(pid)
    # The list re-assigns the current turn, the facilitator too, and leaves the caret where it was:
    # it never starts a new turn (arrowing up past "Facilitator" did, and took the focus away).
    if pid is None:
        request_speaker(panel, 0, reassign=True)
    elif person is not None:
        request_speaker(panel, person.seat, reassign=True)
    show_speaker(panel)
