"""The main window's pages, imported lazily by name so a missing (not yet written) page is skipped."""

from __future__ import annotations

import importlib
from typing import Any

PAGES: list[tuple[str, str]] = [
    ("sessions", "desktop.ui.sessions.page:SessionsPage"),
    ("participants", "desktop.ui.participants.page:ParticipantsPage"),
    ("organisations", "desktop.ui.organisations.page:OrganisationsPage"),
    ("codebook", "desktop.ui.coding.codebook_page:CodebookPage"),
    ("consent", "desktop.ui.consent.page:ConsentPage"),
    ("sync", "desktop.ui.sync.page:SyncPage"),
    ("reports", "desktop.ui.reports.page:ReportsPage"),
    ("recommendations", "desktop.ui.advocacy.page:RecommendationsPage"),
    ("settings", "desktop.ui.settings.page:SettingsPage"),
]


def load(spec: str) -> Any | None:
    """The class named by ``"module:Class"``, or None if exactly that module (or a parent package)
    does not exist yet. Any other import error is a bug in the page and propagates."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing and (module_name == missing or module_name.startswith(missing + ".")):
            return None
        raise
    return getattr(module, attr)


def available_pages() -> list[tuple[str, Any]]:
    out = []
    for key, spec in PAGES:
        cls = load(spec)
        if cls is not None:
            out.append((key, cls))
    return out
