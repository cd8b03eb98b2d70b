"""How devices are listed wherever a coordinator reads them (the roster, bundle status, the Sync page).

A module of its own: ``device pending`` and ``bundle status`` each load only what they need
(tests/cli/test_cli_startup_imports.py), and both list devices in this order.
"""

from __future__ import annotations

from desktop.core.models import Device
from desktop.i18n.name_order import name_key


def device_order(device: Device) -> tuple[bool, str, str]:
    """This database first, then by label as a person reads it ("Basra laptop 9" before "Basra
    laptop 10"), then by id."""
    return (not device.is_self, name_key(device.name or ""), device.id)
