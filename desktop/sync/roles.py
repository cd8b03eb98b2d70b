"""The roles a device has on the centre's roster, in a module of their own so that the command line
can offer them as choices without importing the ownership rules (and SQLAlchemy with them)."""

from __future__ import annotations

FIELD = "field"  # changes only the rows it created
COORDINATOR = "coordinator"  # may change any row except what the centre publishes
ROLES = (FIELD, COORDINATOR)
