"""The words a help page quotes are the words on the screen, in each language.

A help page puts in bold (``<b>``) only what the app shows: a button, a menu, a tab, a box's title, a
choice, a label. A menu path is written ``File > Lock`` (en) and ``ملف ← قفل`` (ar, ckb). Each piece
must be one of the app's own strings in that language (``translations/majlis_<lang>.ts``; the English
source for en), whole, or up to the bracket or colon that follows it on screen ("Work alone for now"
of "Work alone for now (join a team later)", "Unsent changes" of "Unsent changes: %1").

And every piece the English page quotes is quoted by the Arabic and the Kurdish page of the same
topic, in the app's own translation of it: the three pages send the reader to the same buttons.
Emphasis that is no word on the screen is ``<strong>`` (it looks the same), a key is ``<kbd>``.

Help pages said "Settings > Passphrase > Change passphrase…" in English while the Kurdish page named
the box otherwise, and named buttons the app no longer has; this test fails on either.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.help import topics

ROOT = Path(__file__).resolve().parents[2]
BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)
PATH_STEP = re.compile(r"\s*[>←]\s*")  # "File > Lock"; "ملف ← قفل" (the arrow points the reading way)
BIDI = re.compile("[\u200e\u200f\u061c\u2066-\u2069]")
# On screen a label may go on after the words quoted: "(join a team later)", ": %1", "…"
TAIL = (" (", ":", "…", " —")
LEADING_NAME = re.compile(r"^(?:%\d|\{\w+\})\s+")  # a name the app puts before the words quoted


def plain(text: str) -> str:
    """A string as it reads on screen: no mnemonic '&', no invisible direction marks, one space."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = BIDI.sub("", text).replace("...", "…")
    return re.sub(r"\s+", " ", text).strip()


def catalogue(lang: str) -> dict[str, set[str]]:
    """English source → what the app shows for it in ``lang`` (every context, every plural form)."""
    file = ROOT / "translations" / f"majlis_{'ar' if lang == 'en' else lang}.ts"
    found: dict[str, set[str]] = {}
    for message in ET.parse(file).getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        if lang == "en":
            found.setdefault(source, set()).add(source)
            continue
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found.setdefault(source, set()).update(plain(f) for f in forms if f)
    return found


def quotes(topic: str, lang: str) -> list[str]:
    """The pieces of the page's bold words: each a string of the screen."""
    page = (topics.help_dir(lang) / f"{topic}.html").read_text(encoding="utf-8")
    pieces = []
    for bold in BOLD.findall(page):
        pieces += [p for p in PATH_STEP.split(plain(html.unescape(re.sub(r"<[^>]+>", "", bold)))) if p]
    return pieces


def shown_as(piece: str, screen: str) -> bool:
    """``piece`` is how ``screen`` reads, whole or up to its bracket, colon or ellipsis."""
    piece, screen = piece.casefold(), LEADING_NAME.sub("", screen.casefold())  # "%1 (words edited: check)"
    return screen == piece or any(screen.startswith(piece.rstrip("…") + tail) for tail in TAIL) or (
        piece.endswith("…") and screen == piece[:-1])


def cut_like(piece: str, source: str, translation: str) -> set[str]:
    """The translation cut where the English piece cuts the source (whole, or before its tail)."""
    if plain(source).casefold() == piece.casefold():
        return {translation}
    cuts = {translation}
    for tail in TAIL:
        if tail in translation:
            cuts.add(translation.split(tail, 1)[0].strip())
    return cuts


@pytest.fixture(scope="module")
def screens() -> dict[str, dict[str, set[str]]]:
    return {lang: catalogue(lang) for lang in ("en", "ar", "ckb")}


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_every_bold_word_is_on_the_screen(lang: str, screens: dict[str, dict[str, set[str]]]) -> None:
    shown = {s for forms in screens[lang].values() for s in forms}
    wrong = [f"{topic}: {piece!r}" for topic in topics.TOPICS for piece in quotes(topic, lang)
             if not any(shown_as(piece, s) for s in shown)]
    assert wrong == [], "help words that are no words of the app in " + lang + ":\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_translated_pages_quote_the_same_buttons(lang: str, screens: dict[str, dict[str, set[str]]]) -> None:
    missing = []
    for topic in topics.TOPICS:
        theirs = quotes(topic, lang)
        for piece in quotes(topic, "en"):
            sources = [s for s in screens["en"] if shown_as(piece, s)]
            expected = {cut for s in sources for t in screens[lang].get(s, ()) for cut in cut_like(piece, s, t)}
            if not any(shown_as(mine, e) or mine.casefold() == e.casefold() for mine in theirs for e in expected):
                missing.append(f"{topic}: {piece!r} (expected one of {sorted(expected)[:3]})")
    assert missing == [], f"the {lang} pages do not name these buttons as the app does:\n" + "\n".join(missing)


# Each topic names every way the app offers into what it explains: (context, source) of the button.
# The help had no word of the roundtable's Add participant…, the Participants page's Withdraw consent…,
# team updates (the way a withdrawal at the centre, a new codebook or consent form reaches a laptop),
# the clock's Re-date waiting work…, nor the coding window's Remove coding and Move coding.
# Nor the consent form's Cancel and its question before dropping answers, the roundtable's Decisions and
# Action items tabs, a protected team key's passphrase window, or how evidence is linked to a recommendation.
# Nor the wizard's Open an existing database… or the unlock window's Open another database…, the Agreement
# tab's Compare coders and Change coders, or Session actions (a narrow window's menu of a session's buttons).
# Nor the transcript's turn buttons (in a '…' menu where the window is narrow) and Import text….
# Nor the exports that show their steps and Cancel in the status bar (the Matrix's Excel, a session's PDF),
# the Sync page's Results copied (Copy, Copy all, Show the refused and held files), New signing key… on a
# laptop whose key was revoked, the register's re-consent mark and its printouts (session 34).
WAYS_IN: dict[str, list[tuple[str, str]]] = {
    "index": [("RecommendationView", "Link whole &code"), ("RecommendationView", "Link this seg&ment"),
              ("BriefButton", "Evidence &brief…"), ("AgreementTab", "Compare coders"),
              ("AgreementTab", "Change coders"), ("ActionsOrMenu", "Session actions"),
              ("MatrixTab", "Matrix and chart to &Excel…"), ("PdfButton", "PDF"),
              ("TeamKeyExport", "Export team ke&y…"), ("MainWindow", "Cancel")],
    "first-run": [("OpenExistingButton", "&Open an existing database…"), ("UnlockWidget", "&Open another database…")],
    "consent": [("FocusGroupEditor", "&Add participant"), ("FocusGroupEditor", "Record &consent…"),
                ("RoundtableEditor", "Add &participant…"), ("RoundtableEditor", "Ne&w person"),
                ("ConsentPage", "&Withdraw…"), ("ParticipantsPage", "&Withdraw consent…"),
                ("WithdrawDialog", "I understand that this cannot be undone"), ("ConsentDialog", "Cancel"),
                ("ConsentDialog", "Close the form? The answers given in it are not saved."),
                ("ConsentPage", "&Record consent again…"), ("ConsentPage", "&Print consent record…"),
                ("ConsentPage", "Print &session register…")],
    "transcript-keys": [("SessionsPage", "New focus &group"), ("LifecycleBar", "Finalise"),
                        ("LifecycleBar", "&Unlock…"), ("LifecycleBar", "Audit t&rail"),
                        ("FocusGroupEditor", "Back"), ("RoundtableEditor", "D&ecisions"),
                        ("RoundtableEditor", "Action ite&ms"), ("TranscriptPanel", "Stamp &time"),
                        ("TranscriptPanel", "&New turn"), ("TranscriptPanel", "Delete turn"),
                        ("TranscriptPanel", "Shortcuts"), ("TranscriptPanel", "Import te&xt…"),
                        ("ImportTextDialog", "Choose a &file…"), ("ActionsOrMenu", "Session actions")],
    "sending-bundle": [("OutboxPanel", "&Export bundle…"), ("OutboxPanel", "&Open the folder"),
                       ("OutboxPanel", "&Join a team…"), ("OutboxPanel", "Re-da&te waiting work…"),
                       ("TeamUpdates", "&Apply team update…"), ("NewKeyButton", "New signing key…")],
    "importing": [("SyncPage", "&Import bundles…"), ("SyncPage", "Import a folder…"), ("SyncPage", "Team &key file…"),
                  ("SyncPage", "&Cancel"), ("KeyPassphraseDialog", "Team key passphrase"),
                  ("TeamUpdates", "&Publish team update…"), ("ImportSummary", "Show the refused and held files"),
                  ("ResultsLog", "&Copy"), ("ResultsLog", "Copy &all")],
    "coding-keys": [("SessionsPage", "&Code this session…"), ("ActionsOrMenu", "Session actions"),
                    ("CodingWorkspace", "&Save memo"), ("CodingWorkspace", "Remove coding"),
                    ("CodingWorkspace", "Move coding to the selection")],
}


@functools.cache
def _translations(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of one .ts file, read once per test process (a .ts file is
    several megabytes: read again for every button, the topics test spent a minute parsing)."""
    found: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(ROOT / "translations" / f"majlis_{lang}.ts").getroot().iter("context"):
        for message in ctx.iter("message"):  # the first of a source said twice, as Qt's lookup
            found.setdefault((ctx.findtext("name") or "", message.findtext("source") or ""),
                             message.findtext("translation") or "")
    return found


def in_context(lang: str, context: str, source: str) -> str:
    translations = _translations("ar" if lang == "en" else lang)  # English: a source the app has
    if (context, source) not in translations:
        raise AssertionError(f"no {context}: {source!r} in the app (renamed? then the help too)")
    return plain(source if lang == "en" else translations[(context, source)])


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_topics_name_every_way_in(lang: str) -> None:
    missing = [f"{topic}: {in_context(lang, context, source)!r}" for topic, ways in WAYS_IN.items()
               for context, source in ways
               if not any(shown_as(piece, in_context(lang, context, source)) for piece in quotes(topic, lang))]
    assert missing == [], f"buttons the {lang} help does not name:\n" + "\n".join(missing)


BLOCKS = re.compile(r"<(h1|h2|p|li|tr|img|kbd|a)\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_translated_pages_have_the_english_shape(lang: str) -> None:
    """Same headings, paragraphs, list items, table rows, pictures, keys and links as the English page:
    a paragraph added to one language only (a new box, a new step) shows here."""
    for topic in topics.TOPICS:
        shape = {}
        for one in ("en", lang):
            page = (topics.help_dir(one) / f"{topic}.html").read_text(encoding="utf-8")
            shape[one] = sorted(t.lower() for t in BLOCKS.findall(page))
        assert shape[lang] == shape["en"], f"{lang}/{topic}"
