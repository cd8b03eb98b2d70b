"""Register a device… on the centre's Sync page roster: a device put on the roster before it sends.

A laptop freshly joined (a second coordinator's, a laptop handed over) has nothing to send, so no
bundle waits at the centre to approve. The coordinator types its id and pastes its public key (read
off the laptop: ``majlis-cli status`` or its Sync page), compares the fingerprint shown large by
phone, and registers it: the same core as ``majlis-cli device register`` (``devices.preregister``,
then the bundles held under that key are applied, ``roster.approve_registered``), on the DB worker.
Every refusal the CLI knows is one translated line in the dialog, nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.local_tables import Device
from desktop.core.sanitise import printable
from desktop.sync import devices, roster
from desktop.sync.keys import key_fingerprint, load_verify_key, same_public_key
from desktop.sync.ownership import COORDINATOR, FIELD
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.sync.role_list import RoleList
from desktop.ui.sync.roster_decide import Told
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class NotCentre(Exception):
    """Registering is the centre's: another database (a laptop, a second coordinator) refuses it."""


class Registered(NamedTuple):
    added: bool  # False: it was already on the roster with this key (role and label updated)
    applied: list[roster.Approved]  # the bundles it sent before, held, applied now


class RegisteredPartway(Exception):
    """The device was registered, then applying the bundles it sent before stopped (the disk full): said
    as Approve's stopped-partway line says it (roster_decide.RosterDecisions.stopped_partway), not as
    "Failed: …", read as nothing done while the device was on the roster and some bundles applied."""

    def __init__(self, cause: Exception, told: Told) -> None:
        super().__init__(str(cause))
        self.cause, self.told = cause, told


def register(store: Store, device_id: str, public_key: str, name: str, role: str) -> Registered:
    """What ``majlis-cli device register`` does, for the dialog (on the DB worker)."""
    from desktop.sync.team import current_team

    with store.session() as s:
        team = current_team(s)
        if team is None or not team.is_central or not team.central_signing_key:
            raise NotCentre()
    added = devices.preregister(store, device_id, public_key, name, role=role)
    told = Told(0)
    try:  # on the roster from here: a failure is said with what was applied before it
        told.waiting = sum(w.bundles for w in roster.pending(store)
                           if w.device_id == device_id and same_public_key(w.public_key, public_key))
        return Registered(added, roster.approve_registered(store, device_id, public_key,
                                                           decided=told.decided.append, done=told.done.append))
    except Exception as exc:
        if not told.decided:  # stopped before its approval was recorded: on the roster, nothing applied
            told.decided.append(roster.Approved(device_id, printable(name), [], False, key_fingerprint(public_key)))
        raise RegisteredPartway(exc, told) from exc


def fingerprint_of(key: str) -> str:
    """The key's fingerprint, or "" while the text is not (yet) a public key."""
    try:
        load_verify_key(key)
    except ValueError:
        return ""
    return key_fingerprint(key)


def refusal(exc: BaseException, device_id: str) -> str:
    """One translated line for every refusal ``device register`` knows."""
    translate = QCoreApplication.translate
    if isinstance(exc, NotCentre):
        return translate("RegisterDevice", "Devices are registered at the centre: nothing was registered.")
    if isinstance(exc, devices.NotADeviceId):
        return translate("RegisterDevice", "Not a device id: at most 36 letters, digits and '-'. Nothing was "
                                           "registered.")
    if isinstance(exc, devices.RevokedKeyConflict):  # by its type: the message is English, and an id may say "revoked"
        return translate("RegisterDevice", "This key was revoked: it cannot be registered again. Read the new "
                                           "key off the laptop.")
    if isinstance(exc, devices.DeviceKeyConflict):
        return translate("RegisterDevice", "Device {id} is already on the roster with another key: nothing was "
                                           "registered.").format(id=texts.isolated_fingerprint(device_id))
    if isinstance(exc, ValueError):
        return translate("RegisterDevice", "Not a public key: copy the whole key from the laptop. Nothing was "
                                           "registered.")
    return translate("RegisterDevice", "Failed: {reason}").format(reason=texts.error_message(exc))


class RegisterDialog(QDialog):
    """The id, the key (pasted), a label and a role; the fingerprint shown large; Register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done_result: Registered | None = None
        self.partway: RegisteredPartway | None = None  # registered, and applying its bundles stopped
        self.working = False
        self.setObjectName("register_device_dialog")
        self.setWindowTitle(self.tr("Register a device"))
        self.intro = WordWrapLabel(self.tr(
            "Read the device id and public key off the laptop (on its Sync page), then compare the fingerprint "
            "by phone before you register it."))
        self.id_box, self.key_box, self.name_box = QLineEdit(), QLineEdit(), QLineEdit()
        for box in (self.id_box, self.key_box):  # ids and keys read left to right in every language
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            box.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        digit = self.key_box.fontMetrics().horizontalAdvance("0")  # a whole key in sight, to compare
        self.key_box.setMinimumWidth(46 * digit)
        self.id_box.setMinimumWidth(38 * digit)
        self.id_box.setObjectName("register_id")
        self.key_box.setObjectName("register_key")
        self.name_box.setObjectName("register_name")
        limit_line(self.name_box, Device, "name")  # a paste of a page is cut to what the roster keeps
        self.role_box = RoleList()
        self.role_box.addItem(self.tr("field laptop (changes only its own rows)"), FIELD)
        self.role_box.addItem(self.tr("coordinator (may change any row)"), COORDINATOR)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("register_fingerprint")
        keep_relative_font(self.fingerprint_label, self, scale=2.0, minimum=18.0, bold=True, monospace=True)
        self.fingerprint_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label = WordWrapLabel()
        self.result_label.setObjectName("register_result")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.setObjectName("register_button")
        buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.clicked.connect(self.register)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Device &id:"), self.id_box)
        form.addRow(self.tr("Public &key:"), self.key_box)
        form.addRow(self.tr("&Label:"), self.name_box)
        form.addRow(self.tr("&Role:"), self.role_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.key_box.textChanged.connect(self._key_changed)
        self.id_box.textChanged.connect(self._key_changed)
        self._key_changed()

    def fields(self) -> tuple[str, str, str]:
        # A paste from a chat app or a document brings invisible marks around the id and the key.
        return (devices.pasted_id(self.id_box.text()), devices.pasted_key(self.key_box.text()),
                self.name_box.text().strip())

    def _key_changed(self) -> None:
        device_id, key, _ = self.fields()
        fingerprint = fingerprint_of(key)
        self.fingerprint_label.setText(fingerprint)
        self.fingerprint_label.setVisible(bool(fingerprint))
        self.register_button.setEnabled(bool(device_id and key) and not self.working)

    def register(self) -> bool:
        device_id, key, name = self.fields()
        if self.working or not device_id or not key:
            return False
        if not fingerprint_of(key):  # refused before the worker: nothing written
            self.result_label.setText(refusal(ValueError(), device_id))
            self.key_box.setFocus()
            return False
        role = self.role_box.currentData() or FIELD
        self.working = True
        self._key_changed()
        self.result_label.setText(self.tr("Registering…"))
        CollectionOp.on_store(self.ctx, lambda store: register(store, device_id, key, name, role)).success(
            self._registered).failure(lambda exc: self._failed(exc, device_id)).run_in_background()
        return True

    def _registered(self, done: Registered) -> None:
        self.working = False
        self.done_result = done
        self.accept()

    def _failed(self, exc: BaseException, device_id: str) -> None:
        self.working = False
        if isinstance(exc, RegisteredPartway):  # registered: said on the roster panel, as Approve's would be
            self.partway = exc
            self.accept()
            return
        self._key_changed()
        self.result_label.setText(refusal(exc, device_id))
        # The keyboard on what the line names, what was typed kept: an id that is not one, or on the roster
        # with another key, the id; a key revoked or not a key, the key.
        at_fault = self.key_box if isinstance(exc, devices.RevokedKeyConflict | ValueError) else (
            self.id_box if isinstance(exc, devices.NotADeviceId | devices.DeviceKeyConflict) else None)
        if at_fault is not None:
            at_fault.setFocus()


class RegisterButton(QPushButton):
    """Register a device… on the roster panel; ``said(text)`` shows the result on the panel,
    ``applied(approvals)`` says what the bundles it sent before became and announces what they wrote, as
    Approve does (``roster_decide.RosterDecisions.said_applied``), ``stopped(cause, told)`` says a
    registration whose bundles stopped partway as Approve's (``RosterDecisions.stopped_partway``), and
    ``done()`` reads the roster again."""

    def __init__(self, ctx: AppContext, said: Callable[[str], None], done: Callable[[], None],
                 free: Callable[[], bool], applied: Callable[[list[roster.Approved]], None],
                 stopped: Callable[[BaseException, Told], None]) -> None:
        super().__init__()
        self.ctx, self.said, self.done, self.free, self.applied = ctx, said, done, free, applied
        self.stopped = stopped
        self.dialog: RegisterDialog | None = None
        self.setObjectName("register_device")
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("RosterPanel", "Register a device…"))

    def open_dialog(self) -> RegisterDialog | None:
        if not self.free():
            return None
        self.dialog = RegisterDialog(self.ctx, self.window())
        self.dialog.accepted.connect(self._registered)
        self.dialog.open()
        return self.dialog

    def _registered(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.partway is not None:
            self.stopped(dialog.partway.cause, dialog.partway.told)
            self.done()
            return
        if dialog is None or dialog.done_result is None:
            return
        device_id, key, _ = dialog.fields()
        applied = sum(len(a.outcomes) for a in dialog.done_result.applied)
        text = QCoreApplication.translate("RosterPanel", "Registered: {id}, key fingerprint {fingerprint}.").format(
            id=texts.isolated_fingerprint(device_id), fingerprint=texts.isolated_fingerprint(key_fingerprint(key)))
        if applied:
            # A count in a form that needs no plural (translations/glossary.md).
            text += "\n" + QCoreApplication.translate("RosterPanel", "Bundles it sent before, applied now: {count}").format(
                count=self.ctx.language.format_number(applied))
        self.said(text)
        if dialog.done_result.applied:
            self.applied(dialog.done_result.applied)
        self.done()
