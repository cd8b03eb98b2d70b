"""Latin pieces in an Arabic or Kurdish sentence stand on screen in the order they are typed.

A keyboard shortcut or a file extension is neutral at its edges ("+↑/↓", a leading "."), and the
bidirectional algorithm hands those characters to the right-to-left sentence around them: the
transcript hint showed "Alt+↑/↓" as "↓/↑+Alt", the team-update refusal ".majlis-team" as
"majlis-team.", the survey import ".xls" and ".xlsx" as "xls." and "xlsx.". The ar and ckb
translations isolate such a piece (LRI…PDI); this walks every translation of both catalogues.
File-dialog filters ("(*.png *.jpg)") are left out: Qt reads their patterns and an invisible mark
inside the parentheses would break them.
"""

from __future__ import annotations

import re

import pytest

from tests.bidi_order import shown_order
from tests.i18n_support import APP_TS, read_ts

PIECE = re.compile(r"(?:Ctrl|Alt|Shift)(?:\+[A-Za-z0-9↑↓←→…/]+)+|(?<![\w*])\.[a-z]{2,}(?:-[a-z]+)?\b")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_shortcuts_and_extensions_read_as_typed(lang: str) -> None:
    wrong = []
    for message in read_ts(APP_TS[lang])[1]:
        for form in message.forms:
            if "(*" in form:  # a file-dialog filter
                continue
            for line in form.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n"):
                shown = shown_order(line)
                wrong += [f"{piece!r} in {line[:100]!r}" for piece in PIECE.findall(line) if piece not in shown]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_a_broken_piece() -> None:
    assert "Alt+↑/↓" not in shown_order("Alt+↑/↓: المداخلة السابقة")
    assert "Alt+↑/↓" in shown_order("\u2066Alt+↑/↓\u2069: المداخلة السابقة")
    assert ".xls" not in shown_order("مصنّف Excel قديم (.xls).")
