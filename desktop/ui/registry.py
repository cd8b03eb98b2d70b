"""The main window's pages, in navigation order.

Plain imports on purpose: PyInstaller follows only the imports it can see, and a page whose module
is missing must stop the start with an ImportError, never vanish from the window.
"""

from __future__ import annotations

from typing import Any

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.consent.page import ConsentPage
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.reports.page import ReportsPage
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.settings.page import SettingsPage
from desktop.ui.sync.page import SyncPage

PAGES: list[tuple[str, Any]] = [
    ("sessions", SessionsPage),
    ("participants", ParticipantsPage),
    ("organisations", OrganisationsPage),
    ("codebook", CodebookPage),
    ("consent", ConsentPage),
    ("sync", SyncPage),
    ("reports", ReportsPage),
    ("recommendations", RecommendationsPage),
    ("settings", SettingsPage),
]


def available_pages() -> list[tuple[str, Any]]:
    return list(PAGES)


def page_keys() -> list[str]:
    return [key for key, _cls in PAGES]

