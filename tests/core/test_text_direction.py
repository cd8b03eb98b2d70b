"""The direction a session's paragraph reads in (desktop/core/text_direction.py), Qt-free.

The rule moved out of the focus-group editor (desktop/ui/focus_group/turn_direction.py) so that the
coding window, the session PDF and the workbook lay a turn out as the editor does. Checked here
against the editor's rule as it was written before the move, against the first-strong-letter rule
the rest of the interface keeps (desktop/ui/widgets/free_text.is_right_to_left) for English sessions,
and against the rule said in words.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.core.text_direction import language_is_rtl, text_direction
from desktop.ui.focus_group.turn_direction import turn_alignment, turn_direction
from desktop.ui.widgets.free_text import is_right_to_left

# Latin, Arabic and Kurdish letters, Hebrew, European and Arabic-Indic digits, signs, spaces, marks
# and isolates: the pieces a turn is made of, the letters that decide and the signs that do not.
_PIECES = "aZéUNDPگوتیڵێکعربיש0123456789٠١٢٣٤٥٦٧٨٩%.,:;!?()«» \n\u200f\u200e\u2066\u2067\u2068\u2069\u064e"
texts = st.text(alphabet=st.sampled_from(_PIECES) | st.characters(), max_size=40)


def editor_rule_before_the_move(text: str, rtl_session: bool) -> Qt.LayoutDirection | None:
    """desktop/ui/focus_group/turn_direction.turn_direction as it was (568586e), word for word."""
    first: Qt.LayoutDirection | None = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft if rtl_session or first is None else first
        if kind == "L" and first is None:
            first = Qt.LayoutDirection.LeftToRight
            if not rtl_session:
                return first
    return first


_AS_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight, None: None}


@given(texts, st.booleans())
@example("UNDP گوتی 35%", True)
@example("WhatsApp لە گروپەکە", True)
@example("35% ی پرۆژەکە", True)
@example("Thank you, see you at 10:00", True)
@example("UNDP گوتی 35%", False)
@example("", True)
@example("35% 2024", True)
def test_the_core_rule_is_the_editors_rule(text: str, rtl_session: bool) -> None:
    expected = editor_rule_before_the_move(text, rtl_session)
    assert _AS_QT[text_direction(text, rtl_session)] == expected
    assert turn_direction(text, rtl_session) == expected  # the editor's adapter over the core rule


@given(texts, st.booleans())
def test_the_rule_in_words(text: str, rtl_session: bool) -> None:
    kinds = [unicodedata.bidirectional(ch) for ch in text]
    has_rtl = any(k in ("R", "AL") for k in kinds)
    has_ltr = "L" in kinds
    got = text_direction(text, rtl_session)
    if rtl_session:
        # Any Arabic-script (or Hebrew) letter makes the paragraph right to left; else a Latin one left to right.
        assert got == ("rtl" if has_rtl else "ltr" if has_ltr else None)
    else:
        # An English session: the first strong letter, as everywhere else in the interface.
        shown = is_right_to_left(text)
        assert got == (None if shown is None else "rtl" if shown else "ltr")


@given(texts, st.booleans())
def test_the_alignment_sits_on_the_rules_side(text: str, rtl_session: bool) -> None:
    align = turn_alignment(text, rtl_session)
    direction = text_direction(text, rtl_session)
    if direction is None:
        assert align == Qt.AlignmentFlag.AlignLeading
    else:
        side = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
        assert align == side | Qt.AlignmentFlag.AlignAbsolute


def test_which_session_languages_read_right_to_left() -> None:
    assert language_is_rtl("ar") and language_is_rtl("ckb")
    for code in ("en", "", None, "ku", "fa", "AR"):
        assert not language_is_rtl(code), code
