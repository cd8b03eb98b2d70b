"""The roles a device has on the centre's roster, spelt once for every layer: the ownership rules and
the team updates (desktop/sync, which re-exports them from desktop/sync/roles.py), and the core queries
that ask who is a coordinator (form publishers, erasure, outreach, recommendations). A module of its
own, importing nothing, so that the command line can offer them as choices without importing the
ownership rules (and SQLAlchemy with them)."""

from __future__ import annotations

FIELD = "field"  # changes only the rows it created
COORDINATOR = "coordinator"  # may change any row except what the centre publishes
ROLES = (FIELD, COORDINATOR)
