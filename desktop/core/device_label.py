"""A device as people are told about it: ``Basra laptop 2 (1a2b3c4d)``.

One way for every place that names a device (``device list``, ``bundle status`` and its sequence
clash line, ``bundle import``, ``restore`` refusing another device's database, the recorded-on column
of a list or a workbook, a session's audit trail, the Sync page): its
label without any control character (the name may come from a bundle), then the end of its id. A
device with no label (registered without one, or its laptop sent none) is named by its id,
``1a2b3c4d (no name yet)``, as ``device approve`` names it: not ``- (1a2b3c4d)``, not a bare id,
not an empty name nobody can read out on the phone.

The interface says the same in its own language: ``QCoreApplication.translate(CONTEXT, UNNAMED)``
with the pieces :func:`shown_name` and :func:`short_id` give.
"""

from __future__ import annotations

from desktop.core.sanitise import printable
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

CONTEXT = "DeviceLabel"
#: A device with no label (none given, none sent), named by the end of its id.
UNNAMED = QT_TRANSLATE_NOOP("DeviceLabel", "{id} (no name yet)")
#: A device with no label, where its id is shown beside it (a column of its own, a line of its own).
NO_NAME = QT_TRANSLATE_NOOP("DeviceLabel", "(no name yet)")
#: How much of a device id is shown: what a coordinator reads out on the phone.
ID_LENGTH = 8


def short_id(device_id: str) -> str:
    return device_id[-ID_LENGTH:]


def shown_name(name: str | None) -> str:
    """A device's label as it may be shown: control characters replaced (U+FFFD), no outer spaces;
    "" when it has none."""
    return printable(name or "").strip()


def device_label(name: str | None, device_id: str, lang: str = "en") -> str:
    """``Basra laptop 2 (1a2b3c4d)``, or ``1a2b3c4d (no name yet)`` (in ``lang``: ar, ckb or en)."""
    shown, ident = shown_name(name), short_id(device_id)
    if shown:
        return f"{shown} ({ident})"
    return translate(lang, CONTEXT, UNNAMED).format(id=ident)


def no_name(lang: str = "en") -> str:
    """``(no name yet)``: a device name that is empty, where the id is said beside it."""
    return translate(lang, CONTEXT, NO_NAME)
