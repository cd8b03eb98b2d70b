"""The roster on the Sync page: devices waiting for approval, and the devices whose bundles count.

A bundle from a device not on the roster is held. The coordinator phones the facilitator, both read
the key fingerprint (shown large here, and on the laptop's own Sync page as "this computer"), and
the coordinator approves (the held bundles are applied, under every rule of an import) or rejects
(they are discarded). Every read and write runs on the DB worker; this panel only asks and shows.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import device_label, erasure_report
from desktop.core.db import Store
from desktop.sync import rejections, roster
from desktop.sync.ownership import COORDINATOR, FIELD
from desktop.ui.context import AppContext
from desktop.ui.operations import Reloader
from desktop.ui.sync import texts
from desktop.ui.sync.register_device import RegisterButton
from desktop.ui.sync.role_list import RoleList
from desktop.ui.sync.roster_decide import RosterDecisions, say_failure
from desktop.ui.sync.roster_reject_all import RejectAllButton
from desktop.ui.sync.roster_revoke import RevokeButton, revoked_mark
from desktop.ui.sync.roster_take import TakeButton
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.device_name import device_name, isolated_device_name
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.whole_rows_list import WholeRowsList
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

# Rows of the roster list always in sight (more scroll).
ROSTER_ROWS = 6


_ltr = texts.isolated_fingerprint


def _row_of(keys: list[Any], chosen: Any, row: int) -> int:
    """Where the device ``chosen`` before a read is now listed; with none chosen, or gone (approved,
    rejected), the row chosen before, as near as the list now allows."""
    if chosen is not None and chosen in keys:
        return keys.index(chosen)
    return row


class _Read(NamedTuple):
    waiting: list[roster.PendingDevice]
    entries: list[roster.RosterEntry]
    own_fingerprint: str
    erased: bool  # this database has an erasure: a waiting bundle may hold erased words
    rejected: list[rejections.Rejected]


def _read_roster(store: Store) -> _Read:
    return _Read(roster.pending(store), roster.roster(store), roster.own_fingerprint(store),
                 erasure_report.has_erasure(store), rejections.listing(store))


class RosterPanel(QWidget):
    # A device was approved or rejected: the page reads its devices and conflicts again.
    decided = Signal()
    # Which device, under the key of which fingerprint, and what its held bundles became: their outcomes when
    # approved, None when rejected; True: an approval stopped partway, the others still wait (the page's
    # Results lines that said them held say it: held_lines.HeldLines.decided).
    held_decided = Signal(str, str, object, bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.waiting: list[roster.PendingDevice] = []
        self.entries: list[roster.RosterEntry] = []
        self.own_fingerprint = ""
        self.erased = False
        self.rejected: list[rejections.Rejected] = []
        # What was chosen in the waiting, roster and rejected lists before a read (_loaded): chosen again.
        self._chosen: tuple[int | None, str | None, int | None] = (None, None, None)
        # The waiting (or rejected) device the role box was last set for: set again only for another one.
        self._role_for: tuple[str, int] | None = None
        # An import is running: an approval or a rejection would wait behind it on the one DB worker.
        self.held = False
        self._reader = Reloader(ctx, self, _read_roster, self._loaded,
                                failure=lambda exc: say_failure(self.result_label, exc))
        self.heading, self.roster_heading = WordWrapLabel(), WordWrapLabel()
        self.waiting_list, self.roster_list = QListWidget(), WholeRowsList()  # no device's row cut at its foot
        self.fingerprint_label, self.own_label, self.result_label = WordWrapLabel(), WordWrapLabel(), WordWrapLabel()
        # It names devices by their bundles' names (anyone's choosing): never drawn as markup.
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        # Said without any participant data (the erasure report names the bundles; see erasure_report).
        self.erasure_note = WordWrapLabel()
        self.erasure_note.setObjectName("waiting_erasure_note")
        self.role_box = RoleList()
        self.approve_button, self.reject_button = QPushButton(), QPushButton()
        # A rejection sticks (its bundles are refused at import); these undo one, shown only when
        # there is one. No mnemonic: the Sync page's letters are taken in every language.
        self.rejected_heading, self.rejected_list = WordWrapLabel(), QListWidget()
        self.rejected_heading.setBuddy(self.rejected_list)
        self.rejected_list.setMaximumHeight(70)
        self.unreject_button = QPushButton()
        self.busy = BusyState(self, words=lambda: self.tr("Recording the decision…"))
        # An approval or a rejection being recorded: the buttons wait for it (roster_decide.py).
        self.decisions = RosterDecisions(self)
        # Every waiting device rejected at once (a list an outsider filled): roster_reject_all.py.
        self.reject_all_button = RejectAllButton(self)
        # A device on the roster taken off it (lost or stolen): roster_revoke.py.
        revoking = (ctx, self.roster_list, self.selected_entry, self.result_label, self.busy, self._after_revoke,
                    lambda: not self.held and not self.deciding)
        self.revoke_button, self.take_button = RevokeButton(*revoking), TakeButton(*revoking)  # roster_take.py
        self.register_button = RegisterButton(ctx, lambda text: say(self.result_label, lambda: text), self._after_revoke,
                                              revoking[-1], self.decisions.said_applied,
                                              self.decisions.stopped_partway)  # register_device.py
        keep_relative_font(self.fingerprint_label, self, scale=2.0, minimum=18.0, bold=True, monospace=True)
        # Hex digits read left to right in every interface language, like a phone number.
        self.fingerprint_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Larger text on a laptop: these lines, and the role list with its buttons, made the page scroll
        # sideways; they wrap (the fingerprint between its groups), the buttons go under the list.
        self.heading.setBuddy(self.waiting_list)
        self.roster_heading.setBuddy(self.roster_list)
        # A device's line wraps: a waiting laptop's id and counts, and a key fingerprint, read out on the
        # phone, were out of sight behind a sideways scroll bar after a long name at a larger text size.
        for listing in (self.waiting_list, self.roster_list, self.rejected_list):
            listing.setWordWrap(True)
            listing.setResizeMode(QListWidget.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._size_roster_list()

        buttons = FlowRow([self.role_box, self.approve_button, self.reject_button, self.reject_all_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.waiting_list)
        layout.addWidget(self.erasure_note)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.rejected_heading)
        layout.addWidget(self.rejected_list)
        unreject = QHBoxLayout()
        unreject.addWidget(self.unreject_button)
        unreject.addStretch(1)
        layout.addLayout(unreject)
        layout.addWidget(self.roster_heading)
        layout.addWidget(self.roster_list)
        layout.addWidget(FlowRow([self.revoke_button, self.take_button, self.register_button]))  # wraps at a larger text size
        layout.addWidget(self.own_label)

        self.waiting_list.currentRowChanged.connect(self.show_selected)
        ctx.events.changed.connect(self._data_changed)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.rejected_list.currentRowChanged.connect(self.show_selected)
        self.unreject_button.clicked.connect(self.approve_rejected)
        self.retranslate()
        self.show_selected()

    # --- texts ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # bigger text: the rows are taller
            self._size_roster_list()
        super().changeEvent(event)

    def _size_roster_list(self) -> None:
        """Room for several devices, counted in rows of the list's font: with two hundred on the roster
        and the rejected list shown, the page in its scroll area squeezed the roster to two rows."""
        listing = self.roster_list
        row = listing.fontMetrics().height() + 4  # an item's margins
        frame = 2 * listing.frameWidth()
        listing.setMinimumHeight(ROSTER_ROWS * row + frame)
        listing.setMaximumHeight(max(110, 2 * ROSTER_ROWS * row + frame))
        self.waiting_list.setMaximumHeight(max(90, 4 * row + frame))  # a wrapped line or two in sight

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Devices &waiting for approval:"))
        self.roster_heading.setText(self.tr("Devices on the ro&ster (their bundles are applied):"))
        self.approve_button.setText(self.tr("&Approve…"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.rejected_heading.setText(self.tr("Rejected devices (their bundles are refused):"))
        self.unreject_button.setText(self.tr("Approve after all…"))
        self.revoke_button.retranslate()
        self.take_button.retranslate()
        self.reject_all_button.retranslate()
        current = self.role_box.currentIndex()
        self.role_box.clear()
        self.role_box.addItem(self.tr("as a field laptop (changes only its own rows)"), FIELD)
        self.role_box.addItem(self.tr("as a coordinator (may change any row)"), COORDINATOR)
        self.role_box.setCurrentIndex(max(0, current))
        # The held archives are not opened to tell (signed, possibly large): once anything was erased
        # here, any waiting bundle may bring the words back, whenever it arrived.
        erased_words = self.erased and bool(self.waiting)
        self.erasure_note.setText(self.tr(
            "Words erased here may be in these waiting bundles: approve or reject each one to finish the "
            "erasure (approving applies the erasure to its rows; rejecting discards it).") if erased_words else "")
        self.erasure_note.setVisible(erased_words)
        self.own_label.setText(
            self.tr("This computer's key fingerprint: {fingerprint}").format(fingerprint=_ltr(self.own_fingerprint))
            if self.own_fingerprint else ""
        )
        for widget, name in {
            self.waiting_list: self.tr("Devices waiting for approval"), self.roster_list: self.tr("Roster"),
            self.fingerprint_label: self.tr("Key fingerprint to compare"), self.role_box: self.tr("Role"),
            self.approve_button: self.tr("Approve device"), self.reject_button: self.tr("Reject device"),
            self.rejected_list: self.tr("Rejected devices"),
            self.unreject_button: self.tr("Approve a rejected device after all"),
        }.items():
            widget.setAccessibleName(name)
        self._fill()

    # --- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._reader.request()

    def _data_changed(self, tables: set[str]) -> None:
        if "erasure" in tables:  # a withdrawal on another page: the waiting bundles' note may now apply
            self.refresh()

    def _loaded(self, result: _Read) -> None:
        # The devices chosen are chosen again by who they are, not by their row: an approved laptop is
        # listed on the roster in its name's place, and the row chosen there (Basra laptop 7) went to the
        # laptop before it (Basra laptop 6), a click away from Revoke…; a waiting device decided elsewhere
        # moved the choice, and the fingerprint shown, to another laptop.
        waiting, entry, rejected = self.selected(), self.selected_entry(), self.selected_rejected()
        self._chosen = (waiting.id if waiting else None, entry.device_id if entry else None,
                        rejected.id if rejected else None)
        self.waiting, self.entries, self.own_fingerprint, self.erased, self.rejected = result
        self.retranslate()
        self._chosen = (None, None, None)

    def _label(self, name: str, device_id: str) -> str:
        """The device's label without control characters (it may come from a bundle), or for one with
        no label (registered without one, or its laptop sent none) its id, as majlis-cli names it
        ("1a2b3c4d (no name yet)"), not a dash nobody can read out on the phone."""
        return device_name(name, device_id)

    def _named(self, name: str, device_id: str) -> str:
        """``_label`` isolated for a sentence: "laptop X" in an Arabic or Kurdish line stood jumbled
        with the parentheses and digits beside it."""
        return isolated_device_name(name, device_id)

    def _fill(self) -> None:
        fmt = self.ctx.language.format_number
        waiting_id, entry_id, rejected_id = self._chosen
        selected = _row_of([w.id for w in self.waiting], waiting_id, self.waiting_list.currentRow())
        self.waiting_list.clear()
        for w in self.waiting:
            # Counts in a form that needs no plural ("1 bundles" read wrong): translations/glossary.md.
            counts = {"bundles": fmt(w.bundles), "changes": fmt(w.changes)}
            if device_label.shown_name(w.name):
                text = self.tr("{name} ({id}): bundles: {bundles}, changes: {changes}").format(
                    name=f"\u2068{device_label.shown_name(w.name)}\u2069",
                    id=f"\u2066{device_label.short_id(w.device_id)}\u2069", **counts)
            else:
                text = self.tr("{device}: bundles: {bundles}, changes: {changes}").format(
                    device=self._label(w.name, w.device_id), **counts)
            self.waiting_list.addItem(QListWidgetItem(text))
        if self.waiting:
            self.waiting_list.setCurrentRow(min(max(selected, 0), len(self.waiting) - 1))
        on_roster = _row_of([e.device_id for e in self.entries], entry_id, self.roster_list.currentRow())
        self.roster_list.clear()
        roles = {FIELD: self.tr("field laptop"), COORDINATOR: self.tr("coordinator")}
        for e in self.entries:
            me = self.tr(" (this computer)") if e.is_self else ""
            revoked = f" \u2014 {revoked_mark()}" if e.revoked else ""
            self.roster_list.addItem(f"{self._named(e.name, e.device_id)}{me} \u2014 {roles.get(e.role, e.role)} \u2014 "
                                     f"{_ltr(e.fingerprint or '-')}{revoked}")
        self.roster_list.updateGeometry()  # the whole rows it asks room for
        if 0 <= on_roster < len(self.entries):
            self.roster_list.setCurrentRow(on_roster)
        chosen = _row_of([r.id for r in self.rejected], rejected_id, self.rejected_list.currentRow())
        self.rejected_list.clear()
        for r in self.rejected:  # no name kept for a rejected device: its id (read first, as a roster
            # line's name) and key fingerprint, each left to right in its own isolate
            self.rejected_list.addItem(f"{_ltr(device_label.short_id(r.device_id))} \u2014 {_ltr(r.fingerprint)}")
        if self.rejected:
            self.rejected_list.setCurrentRow(min(max(chosen, 0), len(self.rejected) - 1))
        for widget in (self.rejected_heading, self.rejected_list, self.unreject_button):
            widget.setVisible(bool(self.rejected))
        self.show_selected()

    def selected(self) -> roster.PendingDevice | None:
        row = self.waiting_list.currentRow()
        return self.waiting[row] if 0 <= row < len(self.waiting) else None

    def selected_rejected(self) -> rejections.Rejected | None:
        row = self.rejected_list.currentRow()
        return self.rejected[row] if 0 <= row < len(self.rejected) else None

    def selected_entry(self) -> roster.RosterEntry | None:
        row = self.roster_list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _after_revoke(self) -> None:
        self.refresh()
        self.decided.emit()

    def set_held(self, held: bool) -> None:
        """An import is running (``held``): Approve and Reject wait for it, greyed."""
        self.held = held
        self.show_selected()

    def show_selected(self, *_: Any) -> None:
        chosen = self.selected()
        self.fingerprint_label.setText(chosen.fingerprint if chosen else "")
        self.fingerprint_label.setVisible(chosen is not None)
        free = not self.held and not self.deciding
        for widget in (self.approve_button, self.reject_button):
            widget.setEnabled(chosen is not None and free)
        self.unreject_button.setEnabled(self.selected_rejected() is not None and free)
        self.revoke_button.update_state()
        self.take_button.update_state()
        self.reject_all_button.update_state()
        rejected = self.selected_rejected()
        self.role_box.setEnabled(chosen is not None or rejected is not None)
        self._start_role(("waiting", chosen.id, chosen.device_id) if chosen is not None else
                         ("rejected", rejected.id, rejected.device_id) if rejected is not None else None)

    def _start_role(self, device: tuple[str, int, str] | None) -> None:
        """The role box, when another device is chosen, at its role on the roster (a revoked coordinator's
        new key: coordinator; a device new to the roster: field), so that approving keeps it unless changed."""
        key = device[:2] if device is not None else None
        if device is None or key == self._role_for:
            return
        self._role_for = (device[0], device[1])
        role = next((e.role for e in self.entries if e.device_id == device[2]), FIELD)
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(role)))

    # --- deciding: roster_decide.py --------------------------------------------------------------
    # Its %n lines are said here: lupdate reads a plural only in a tr() of the class whose context it is.

    def approve_question(self, chosen: roster.PendingDevice) -> str:
        return self.ctx.language.count_digits(self.tr(
            "Approve {name}? Only if the facilitator read you this same fingerprint:\n{fingerprint}\n"
            "Its %n waiting bundle(s) will be applied.", "", chosen.bundles), chosen.bundles
        ).format(name=self._named(chosen.name, chosen.device_id), fingerprint=_ltr(chosen.fingerprint))

    def reject_question(self, chosen: roster.PendingDevice) -> str:
        return self.ctx.language.count_digits(self.tr(
            "Reject {name}? Its %n waiting bundle(s) will be discarded.", "", chosen.bundles), chosen.bundles
        ).format(name=self._named(chosen.name, chosen.device_id))

    def rejected_line(self, count: int) -> str:
        return self.ctx.language.count_digits(self.tr("Rejected: %n bundle(s) discarded.", "", count), count)

    def role(self) -> str:
        """The role chosen for an approval."""
        return str(self.role_box.currentData() or FIELD)

    @property
    def deciding(self) -> bool:
        return self.decisions.deciding or self.reject_all_button.rejecting

    def approve_selected(self) -> bool:
        return self.decisions.approve_selected()

    def reject_selected(self) -> bool:
        return self.decisions.reject_selected()

    def approve_rejected(self) -> bool:
        """Undo a rejection: the device goes on the roster (its bundles, imported again, are applied)."""
        return self.decisions.approve_rejected()
