"""The roles a device has on the centre's roster, by the names the sync code and the command line
import them under; spelt once, in desktop/core/roles.py (core does not import sync)."""

from __future__ import annotations

from desktop.core.roles import COORDINATOR as COORDINATOR
from desktop.core.roles import FIELD as FIELD
from desktop.core.roles import ROLES as ROLES
