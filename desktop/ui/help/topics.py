"""Which help topics exist, where their files are, and which topic belongs to what is on screen.

Help texts are long, so they are not UI strings in the .ts files: each topic is one HTML file per
language in ``desktop/resources/help/<lang>/<topic>.html``, with the app's own screenshots beside
it (made by ``.ci/help_screenshots``). The folder is package data and ships in the PyInstaller
folder, found the same way as the fonts (``resources_dir()``).
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from desktop.i18n.languages import SUPPORTED, coerce_language
from desktop.ui.qt_i18n import resources_dir

log = logging.getLogger(__name__)

INDEX = "index"
# In reading order: what a facilitator meets first, then what a coordinator does.
TOPICS: tuple[str, ...] = (
    INDEX,
    "first-run",
    "consent",
    "transcript-keys",
    "sending-bundle",
    "importing",
    "approving-device",
    "conflicts",
    "coding-keys",
)
CODING_TOPIC = "coding-keys"  # the coding window (its own F1) and the codebook page
FACILITATOR_SYNC, COORDINATOR_SYNC = "sending-bundle", "importing"

# The main window's pages (desktop/ui/registry.py keys) and the topic F1 opens on each.
PAGE_TOPICS: dict[str, str] = {
    "sessions": "transcript-keys",
    "participants": "consent",
    "organisations": INDEX,
    "codebook": CODING_TOPIC,
    "consent": "consent",
    "sync": FACILITATOR_SYNC,  # a coordinator's Sync page opens COORDINATOR_SYNC (topic_for_page)
    "reports": INDEX,
    "recommendations": INDEX,
    "settings": "first-run",
}
EDITOR_TOPIC = "transcript-keys"  # a session editor (focus group or roundtable) in the central area

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_PICTURE = re.compile(r"<img[^>]*\ssrc=\"([^\"]+)\"", re.IGNORECASE)


def help_dir(lang: str | None = None) -> Path:
    """``desktop/resources/help`` (or one language's folder in it)."""
    base = resources_dir() / "help"
    return base if lang is None else base / coerce_language(lang)


def topic_path(topic: str, lang: str) -> Path:
    """The file of ``topic`` in ``lang``; the English one if that language lacks it (never blank)."""
    if topic not in TOPICS:
        raise KeyError(topic)
    path = help_dir(lang) / f"{topic}.html"
    if not path.is_file():
        log.warning("help topic %s missing in %s; showing English", topic, lang)
        path = help_dir("en") / f"{topic}.html"
    return path


def topic_title(topic: str, lang: str) -> str:
    """The topic's title as its file gives it (the <title> element), for the list of topics."""
    match = _TITLE.search(topic_path(topic, lang).read_text(encoding="utf-8"))
    return html.unescape(match.group(1).strip()) if match else topic


def pictures(topic: str, lang: str) -> list[Path]:
    """The pictures ``topic`` shows in ``lang`` (paths relative to its file, as QTextBrowser reads them)."""
    path = help_dir(lang) / f"{topic}.html"
    return [path.parent / src for src in _PICTURE.findall(path.read_text(encoding="utf-8"))]


def missing_files(lang: str) -> list[str]:
    """Topics and pictures of ``lang`` that are not where the app looks (a frozen folder without
    its help, a picture left out of the package data); empty when all is there."""
    missing = []
    for topic in TOPICS:
        path = help_dir(lang) / f"{topic}.html"
        if not path.is_file():
            missing.append(f"{lang}/{topic}.html")
            continue
        missing += [f"{lang}/{p.name}" for p in pictures(topic, lang) if not p.is_file()]
    return missing


def topic_of_path(path: str | Path) -> str | None:
    stem = Path(path).stem
    return stem if stem in TOPICS else None


def topic_for_page(key: str, coordinator: bool = False) -> str:
    """The topic F1 opens on page ``key``; the Sync page depends on who uses it."""
    if key == "sync":
        return COORDINATOR_SYNC if coordinator else FACILITATOR_SYNC
    return PAGE_TOPICS.get(key, INDEX)


def languages() -> tuple[str, ...]:
    return SUPPORTED
