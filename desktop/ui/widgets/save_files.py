"""Saving a file the person named: where the save dialog starts, and the file's extension; paths shown
left to right.

(Why a write failed is said by ``desktop.ui.widgets.write_failure``.)
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.core.atomic_file import free_name
from desktop.i18n import invisible
from desktop.ui.widgets.plain_copy import plain_copies


def default_path(name: str) -> str:
    """The file name a save dialog offers, in the person's home folder. A bare name would open the
    dialog in the working directory: for an installed app, its own (often read-only) program folder."""
    return str(Path.home() / name)


def with_suffix(chosen: str | Path, suffix: str) -> Path:
    """The chosen name with its extension (``.xlsx``): a file without one opens in nothing on Windows,
    and Qt's own dialog does not add it. The dialog asked "replace?" about the name without it, so a
    file that has the full name already is never replaced: the new one is "name (2).xlsx"."""
    text = str(chosen)
    if text.lower().endswith(suffix.lower()):
        return Path(text)
    named = Path(text + suffix)
    return free_name(named.parent, named.name)


def shown_path(path: str | Path) -> str:
    """A path or file name inside a translated sentence, kept left to right. In an Arabic or Kurdish
    line the bidi algorithm moved its leading "/" to the far end ("home/x/brief.pdf/") and a name's
    ".xlsx" away from it, and a Kurdish or Arabic folder name turned the whole path round
    ("majlis.db/هەولێر/media/usb/"). A left-to-right isolate (LRI…PDI) lays it out as one
    left-to-right piece that neither the sentence's words nor its punctuation run into.

    Inside it, two Arabic or Kurdish parts in a row ("E:\\ڕاپۆرتی هەولێر\\تقرير البصرة.xlsx") and the
    separator between them made one right-to-left run, shown "E:\\تقرير البصرة\\ڕاپۆرتی هەولێر.xlsx": the
    file's name where the folder's stands. A left-to-right mark after such a separator keeps each part
    in its place; a path with at most one right-to-left part in a row is given as it is."""
    return f"\u2066{ordered_path(path)}\u2069"


def ordered_path(path: str | Path) -> str:
    """``path`` with a left-to-right mark after each separator between two right-to-left pieces (see
    ``shown_path``): for a path laid out left to right on its own (a label of its own)."""
    parts = _SEPARATED.split(str(path))  # name, separator, name, separator, …, name
    shown, letter, last = "", "", ""  # the direction of the last letter, of the last letter or digit
    for n, part in enumerate(parts):
        if n % 2:  # a separator: a mark after it when right-to-left pieces stand on both sides
            shown += part
            if last == "R" and _first_direction("".join(parts[n + 1:]), letter) == "R":
                shown, letter, last = shown + "\u200e", "L", "L"
            continue
        for ch in part:
            letter, last = _directions(ch, letter, last)
        shown += part
    return shown


_SEPARATED = re.compile(r"([\\/])")
_ISOLATED = re.compile("\u2066([^\u2066\u2069]*)\u2069")  # what shown_path puts in a sentence
_ROOT = re.compile(r"(?:[A-Za-z]:[\\/]?|[\\/]{1,2})")  # "C:\\", "/", a share's "\\\\"
_NO_BREAK, _BREAK = invisible.WORD_JOINER, invisible.ZWSP  # the app's one list of invisible characters


def breakable_paths(text: str) -> str:
    """``text`` with each path ``shown_path`` put in it made to break, where a word-wrapped line runs out,
    after a separator and nowhere else but at a space or a hyphen of a name: Qt offers no break at a
    backslash, and a Windows path ("C:\\Users\\coordinator\\Documents\\…") longer than the room left was
    cut where the line ran out, in the middle of a folder's name; a path's root ("/", "C:\\") stood alone
    at a line's end. For a label's display only (it adds invisible characters, which a copy would carry)."""
    return _ISOLATED.sub(lambda found: f"\u2066{_breakable(found.group(1))}\u2069", text)


def _breakable(path: str) -> str:
    path = path.replace(_NO_BREAK, "").replace(_BREAK, "")  # made breakable once already: as it was
    if not _SEPARATED.search(path):
        return path  # a file's name alone
    root = _ROOT.match(path)
    head = root.group(0) if root else ""
    shown = head + _NO_BREAK if head else ""  # the root stays with the first name
    for n, part in enumerate(_SEPARATED.split(path[len(head):])):
        shown += _NO_BREAK + part + _BREAK if n % 2 else part  # never before a separator; after it, yes
    return shown


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic and their presentation forms


def _directions(ch: str, letter: str, last: str) -> tuple[str, str]:
    """The last letter's and the last letter's or digit's direction after ``ch``, as the bidi algorithm
    resolves them in a left-to-right path: Arabic-Indic digits and a digit after an Arabic letter go
    with the right-to-left text, any other digit with the left-to-right; punctuation and spaces with neither."""
    if "\u0660" <= ch <= "\u0669":
        return letter, "R"
    if ch.isdigit():
        return letter, "R" if letter == "R" else "L"
    if ch.isalpha():
        side = "R" if _RTL.match(ch) else "L"
        return side, side
    return letter, last


def _first_direction(text: str, letter: str) -> str:
    """The direction of the first letter or digit of ``text`` ("" for none)."""
    for ch in text:
        letter, last = _directions(ch, letter, "")
        if last:
            return last
    return ""


def path_box(edit: QLineEdit) -> QLineEdit:
    """``edit``, a box holding a path or a file's name, laid out left to right whatever the interface's
    direction (as ``shown_path`` keeps one in a sentence): in an Arabic or Kurdish box a path's leading "/"
    or "C:\\" stood at its far end and its folders read in the wrong order. What is copied from it is the
    path without ``put_path``'s marks (``plain_copies``)."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plain_copies(edit)
    return edit


def put_path(edit: QLineEdit, path: str | Path) -> None:
    """Show ``path`` in a ``path_box``, its parts in their order (``ordered_path``'s marks)."""
    edit.setText(ordered_path(path))


# The marks the app puts around and inside a path (desktop/i18n/invisible.py): the implicit marks and the
# isolates. Not the embeddings and overrides: one in a file's own name is part of it (as plain_copy).
_PATH_MARKS = re.compile(f"[{invisible.char_class(invisible.IMPLICIT_MARKS + invisible.ISOLATES)}]")


def path_in(edit: QLineEdit) -> str:
    """The path a ``path_box`` holds, typed, pasted or put there: without the marks that keep a path left to
    right (``put_path``'s, a sentence's isolates, a right-to-left mark) or the spaces around."""
    return _PATH_MARKS.sub("", edit.text()).strip()
