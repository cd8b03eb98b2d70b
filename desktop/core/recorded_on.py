"""Which device recorded each participant, and the pseudonyms that several participants share.

A pseudonym is numbered on the laptop that recorded it (BSR-FG01-P01: the first seat of that
laptop's first focus group in Basra), so at the centre two laptops' BSR-FG01-P01 can both be there:
two people under one name. Nothing renames them here (the pseudonym is written on a paper consent
form; a coordinator changes one on purpose, ``participants.update``). Instead every list says which
device recorded each person (the centre's own label of that device, as ``device list`` shows it),
and what names people in an export where the name is the key (a REFI-QDA Case, a speaker column an
analyst pivots by) adds that label to a pseudonym that is shared, and only to such a one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.device_label import device_label
from desktop.core.models import Device, Participant


@dataclass(frozen=True)
class RecordingDevice:
    """The device that recorded a participant, kept as its pieces so that a list on screen can say
    it again in the language chosen now (a device with no label is named in words of the language)."""

    name: str  # this database's label of it, "" when it has none
    device_id: str  # "" for no device

    def label(self, lang: str = "en") -> str:
        """``Basra laptop 2 (0cc7d80d)``, ``0cc7d80d (no name yet)`` in ``lang``; "" for no device."""
        return device_label(self.name, self.device_id, lang) if self.device_id else ""


def device_names(s: OrmSession) -> dict[str, str]:
    """Device id -> the label this database gives it (at the centre: the roster's names)."""
    return {str(k): str(v or "") for k, v in s.execute(select(Device.id, Device.name)).all()}


def recording_devices(s: OrmSession, ids: Iterable[str] | None = None) -> dict[str, RecordingDevice]:
    """Participant id -> the device that recorded them (all participants, or ``ids``)."""
    names = device_names(s)
    query = select(Participant.id, Participant.origin_device)
    if ids is not None:
        query = query.where(Participant.id.in_(list(ids)))
    return {pid: RecordingDevice(names.get(origin or "", ""), origin or "") for pid, origin in s.execute(query)}


def recorded_on(s: OrmSession, ids: Iterable[str] | None = None, lang: str = "en") -> dict[str, str]:
    """Participant id -> the label of the device that recorded them (all participants, or ``ids``);
    a device with no label is named in ``lang`` (the workbook's, the interface's)."""
    return {pid: device.label(lang) for pid, device in recording_devices(s, ids).items()}


@dataclass(frozen=True)
class SharedPseudonym:
    """A pseudonym held by several live participants: (participant id, recorded on) of each."""

    code: str
    participants: tuple[tuple[str, str], ...]

    def as_dict(self) -> dict[str, object]:
        return {"pseudonym": self.code,
                "participants": [{"id": pid, "device": device} for pid, device in self.participants]}


_LIVE = Participant.deleted.is_(False)
#: The pseudonyms that more than one live participant has.
_SHARED_CODES = select(Participant.code).where(_LIVE).group_by(Participant.code).having(func.count() > 1)


def shared_codes(s: OrmSession) -> set[str]:
    """The pseudonyms that more than one live participant has."""
    return {str(code) for code in s.scalars(_SHARED_CODES)}


def shared_count(s: OrmSession) -> int:
    """How many pseudonyms are shared (``status``), counted without naming anyone's device."""
    return int(s.execute(select(func.count()).select_from(_SHARED_CODES.subquery())).scalar_one())


def shared(s: OrmSession, lang: str = "en") -> list[SharedPseudonym]:
    """Every pseudonym that more than one live participant has, by pseudonym."""
    rows = s.execute(select(Participant.code, Participant.id, Participant.origin_device)
                     .where(_LIVE, Participant.code.in_(_SHARED_CODES))
                     .order_by(Participant.code, Participant.created_at, Participant.id)).all()
    names = device_names(s)
    found: dict[str, list[tuple[str, str]]] = {}
    for code, pid, origin in rows:
        device = RecordingDevice(names.get(origin or "", ""), origin or "")
        found.setdefault(code, []).append((pid, device.label(lang)))
    return [SharedPseudonym(code, tuple(people)) for code, people in found.items()]


def distinct_names(s: OrmSession, lang: str = "en") -> dict[str, str]:
    """Participant id -> a name no other live participant has: the pseudonym itself, or where it is
    shared, the pseudonym with the recording device's label ("BSR-FG01-P01 [Basra laptop 2 (0cc7d80d)]")
    and, should even that be shared, the end of the participant's id."""
    names = {pid: code for pid, code in s.execute(select(Participant.id, Participant.code))}
    for group in shared(s, lang):
        labels = [device for _, device in group.participants]
        for pid, device in group.participants:
            suffix = device or "-"
            if labels.count(device) > 1:
                suffix = f"{suffix}, {pid[-8:]}"
            names[pid] = f"{group.code} [{suffix}]"
    return names
