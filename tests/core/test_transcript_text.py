"""Reading a transcript typed elsewhere into turns (desktop/core/transcript_text.py): the labels of
Arabic, Kurdish and English note-takers, time stamps, encodings, and input that is not a transcript.
Property tests: a transcript rendered from turns parses back to the same turns; nothing raises."""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import transcript_text as tt
from desktop.core.field_text import BAD_IN_TEXT, TEXT_LIMIT


def _turns(text: str, not_speakers: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    parsed = tt.parse(text, not_speakers)
    tt.settle_stamps(parsed.turns)
    return [(t.label, t.text, t.timestamp) for t in parsed.turns]


def test_labels_of_every_kind_start_turns_and_lines_without_one_continue() -> None:
    text = ("\u200fالمیسر: ما رأيكم؟\r\n"
            "[00:12:34] P3: نحن نريد قانوناً عادلاً\r\n"
            "وهذا مهم\r\n\r\n"
            "٣: کەس نەبوو\n"
            "00:13:05 بەشداربوو ٤: ڕاستە\n"
            "Facilitator: thanks\n")
    assert _turns(text) == [
        ("المیسر", "ما رأيكم؟", ""),
        ("P3", "نحن نريد قانوناً عادلاً\nوهذا مهم", "0:12:34"),
        ("٣", "کەس نەبوو", ""),
        ("بەشداربوو ٤", "ڕاستە", "0:13:05"),
        ("Facilitator", "thanks", ""),
    ]


@pytest.mark.parametrize(("label", "kind", "seat"), [
    ("P3", tt.SEAT, 3), ("p 12", tt.SEAT, 12), ("٣", tt.SEAT, 3), ("۴", tt.SEAT, 4), ("پ٥", tt.SEAT, 5),
    ("م٢", tt.SEAT, 2), ("بەشداربوو ٤", tt.SEAT, 4), ("المشارك 7", tt.SEAT, 7), ("Participant 2", tt.SEAT, 2),
    ("المیسر", tt.FACILITATOR, 0), ("الميسّر", tt.FACILITATOR, 0), ("ئاسانکار", tt.FACILITATOR, 0),
    ("Facilitator", tt.FACILITATOR, 0), ("0", tt.FACILITATOR, 0),
    ("BSR-FG01-P02", tt.NAME, 0), ("Note", tt.NAME, 0),
])
def test_what_a_label_names(label: str, kind: str, seat: int) -> None:
    found = tt.guess(label)
    assert (found.kind, found.seat) == (kind, seat)


def test_a_pseudonym_label_matches_its_code_folded() -> None:
    assert tt.guess("bsr-fg01-p02 ").key == tt.name_key("BSR-FG01-P02")


def test_a_label_that_is_no_speaker_leaves_its_line_in_the_turn_above() -> None:
    text = "P1: first\nNote: the room was noisy\nP2: second"
    assert [t[0] for t in _turns(text)] == ["P1", "Note", "P2"]
    assert _turns(text, ("Note",)) == [("P1", "first\nNote: the room was noisy", ""), ("P2", "second", "")]
    assert tt.parse(text, ("Note",)).labels == ["P1", "Note", "P2"]  # still listed, to be changed back


def test_sentences_with_colons_are_not_labels() -> None:
    text = "P1: we met at 12:30 today\nat 12:30 we met\nsee http://example.org: here\nHe said, loudly: no"
    assert _turns(text) == [("P1", "we met at 12:30 today\nat 12:30 we met\nsee http://example.org: here\n"
                                   "He said, loudly: no", "")]


def test_text_before_the_first_label_is_its_own_turn() -> None:
    parsed = tt.parse("Basra, 12 May\nP1: hello")
    assert parsed.labels == ["", "P1"]
    assert [(t.label, t.text) for t in parsed.turns] == [("", "Basra, 12 May"), ("P1", "hello")]


def test_stamps_never_go_back_nor_before_the_transcript_so_far() -> None:
    parsed = tt.parse("[0:10:00] P1: a\n[0:05:00] P2: b\nP1: c\n[1:00:00] P2: d\n[0:99:00] P1: e")
    tt.settle_stamps(parsed.turns, floor=11 * 60)
    assert [t.timestamp for t in parsed.turns] == ["0:11:00", "0:11:00", "", "1:00:00"]
    assert parsed.turns[-1].text == "d\n[0:99:00] P1: e"  # not a time: the line is words of the turn above


def test_control_characters_become_spaces_and_a_long_turn_is_cut() -> None:
    parsed = tt.parse("P1: a\x0bb\x07c\x00d\n")
    assert parsed.turns[0].text == "a b c d"
    long = "P2: " + ("كلمة " * (TEXT_LIMIT // 4))
    pieces = tt.parse(long).turns
    assert len(pieces) == 2 and all(len(t.text) <= TEXT_LIMIT for t in pieces)
    assert {t.label for t in pieces} == {"P2"}


@pytest.mark.parametrize(("data", "encoding"), [
    ("P1: سلام".encode(), tt.UTF8),
    (codecs.BOM_UTF8 + "P1: سلام".encode(), tt.UTF8),
    ("\ufeffP1: سلام".encode("utf-16-le"), tt.UTF16),
    ("\ufeffP1: سلام".encode("utf-16-be"), tt.UTF16),
    ("P1: سلام".encode("cp1256"), tt.CP1256),
])
def test_encodings(data: bytes, encoding: str) -> None:
    decoded = tt.decode(data)
    assert decoded.encoding == encoding
    assert _turns(decoded.text) == [("P1", "سلام", "")]


_CKB_NOTES = ("ئاسانکار: بەخێربێن بۆ دانیشتنەکە\r\n[00:01:10] ١: سڵاو، من لە بەسرەوە هاتووم\r\n"
              "\u200f٢: منیش هەمان بیرم هەیە\r\nالميسر: ما رأيكم في القانون؟\r\nم2: نريد قانوناً عادلاً\r\n")


@pytest.mark.parametrize(("codec", "encoding"), [("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")])
@pytest.mark.parametrize("text", [_CKB_NOTES, "P1: hello\nFacilitator: thanks\n", "P1: سلام"])
def test_utf16_without_its_bom_is_read_and_said_so(codec: str, encoding: str, text: str) -> None:
    """Some exports write UTF-16 without a byte order mark: it was refused as "not a text file"."""
    decoded = tt.decode(text.encode(codec))
    assert decoded.encoding == encoding
    assert decoded.text == text


@pytest.mark.parametrize("data", [
    b"P1: a\x00b\x00c\n" * 40,  # zero bytes in UTF-8 text: binary, whatever their places
    "P1: سلام".encode("utf-16-le")[:-1],  # an odd number of bytes is no UTF-16
    "P1: \ud800 سلام".encode("utf-16-le", "surrogatepass"),  # a lone surrogate does not decode cleanly
    bytes(range(256)) * 10,
])
def test_zero_bytes_that_are_not_utf16_are_still_refused(data: bytes) -> None:
    with pytest.raises(tt.TextRefused) as refused:
        tt.decode(data)
    assert refused.value.code == "not_text"


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"), (b"  \r\n\t\n", "empty"),
    (bytes(range(256)) * 10, "not_text"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text"),
    (b"a" * (tt.MAX_BYTES + 1), "too_big"),
])
def test_refused(data: bytes, code: str) -> None:
    with pytest.raises(tt.TextRefused) as refused:
        tt.decode(data)
    assert refused.value.code == code


def test_a_preview_refuses_as_check_text_and_stops_at_its_checkpoint() -> None:
    parsed = tt.preview("[0:01:00] P1: a\nP2: b", floor=120)
    assert [(t.label, t.timestamp) for t in parsed.turns] == [("P1", "0:02:00"), ("P2", "")]
    with pytest.raises(tt.TextRefused):
        tt.preview("  \n")
    calls: list[int] = []

    def stop() -> None:  # what a cancelled parse's checkpoint does
        calls.append(1)
        if len(calls) > 3:
            raise InterruptedError

    with pytest.raises(InterruptedError):
        tt.preview("P1: a\n" * 100_000, checkpoint=stop)
    assert len(calls) == 4  # stopped within its first few hundred lines, not after 100,000


# --- properties -------------------------------------------------------------------------------------
# Not U+FFFE/U+FFFF: no text field may hold a noncharacter, the import makes it U+FFFD (field_text).
_WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf"),
                              exclude_characters=":：\ufffd\ufffe\uffff\x85"), min_size=1, max_size=12)
_PARAGRAPH = st.lists(_WORD, min_size=1, max_size=6).map(" ".join).map(str.strip).filter(bool)
_TURN = st.tuples(st.integers(0, 40), st.lists(_PARAGRAPH, min_size=1, max_size=3),
                  st.none() | st.integers(0, 5 * 3600))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TURN, min_size=1, max_size=12))
def test_rendered_turns_parse_back(turns: list[tuple[int, list[str], int | None]]) -> None:
    lines = []
    for seat, paragraphs, seconds in turns:
        stamp = f"[{tt.format_stamp(seconds)}] " if seconds is not None else ""
        lines.append(f"{stamp}P{seat}: {paragraphs[0]}")
        lines.extend(paragraphs[1:])
    parsed = tt.parse("\r\n".join(lines))
    assert [(t.label, t.text, t.seconds) for t in parsed.turns] == [
        (f"P{seat}", "\n".join(tt.tidy(p) for p in paragraphs), seconds) for seat, paragraphs, seconds in turns]
    assert all(tt.guess(t.label) in (tt.Guess(tt.SEAT, seat), tt.Guess(tt.FACILITATOR))
               for t, (seat, _p, _s) in zip(parsed.turns, turns, strict=True))


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_no_bytes_raise_anything_but_a_refusal(data: bytes) -> None:
    try:
        decoded = tt.decode(data)
    except tt.TextRefused:
        return
    parsed = tt.parse(decoded.text)
    tt.settle_stamps(parsed.turns, 0)
    for turn in parsed.turns:
        assert turn.text and not BAD_IN_TEXT.search(turn.text)
        assert turn.label in parsed.labels


@settings(max_examples=200)
@given(st.text(max_size=300), st.sets(st.text(max_size=5), max_size=3))
def test_no_text_raises(text: str, not_speakers: set[str]) -> None:
    parsed = tt.parse(text, not_speakers)
    tt.settle_stamps(parsed.turns, 0)
    assert all(t.text.strip() for t in parsed.turns)
    assert all(t.timestamp == "" or tt.stamp_seconds(t.timestamp) is not None for t in parsed.turns)


_EDGE_AS_IT_WAS = re.compile(f"^{tt._MARKS}|{tt._MARKS}$")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab ١:\t\n\u00a0\u2003\u200f\u2066\u2069\u200b\u00ad\u3000\u0640ە")))
def test_tidy_takes_off_what_the_edge_pattern_took(line: str) -> None:
    """tidy strips the characters the edge pattern matched (white space and display-only marks), and
    only those: the same line, at a fraction of the parse."""
    assert tt.tidy(line) == _EDGE_AS_IT_WAS.sub("", line)


def test_a_text_with_more_labels_than_speakers_is_refused_early() -> None:
    """A log of sixty thousand "userN:" lines stops being read once it has more different labels than
    ``MAX_LABELS``: before, each line looked its label up in a list of all those met (23 s, 1.3 MB)."""
    log = "\n".join(f"user{i}: logged in" for i in range(60_000))
    checks: list[int] = []
    with pytest.raises(tt.TextRefused) as refused:
        tt.preview(log, checkpoint=lambda: checks.append(1))
    assert refused.value.code == "many_labels"
    assert len(checks) < 10  # stopped within the first few hundred lines
    cap = "\n".join(f"user{i}: hi\nmore words" for i in range(tt.MAX_LABELS))
    parsed = tt.preview("before any label\n" + cap)
    assert len(parsed.labels) == tt.MAX_LABELS + 1 and parsed.labels[0] == ""  # text before any label is no label
    with pytest.raises(tt.TextRefused):
        tt.preview(cap + "\nuserX: one too many")
    # Labels said to be no speaker's are still labels found.
    with pytest.raises(tt.TextRefused):
        tt.preview(cap + "\nuserX: one too many", not_speakers={"user1"})


@pytest.mark.parametrize(("line", "label", "stamp"), [
    ("00:01:02 - P1: hello", "P1", "0:01:02"),
    ("[00:01:02] - P1: hello", "P1", "0:01:02"),
    ("00:01:02 – المیسر: hello", "المیسر", "0:01:02"),
    ("٠٠:٠١:٠٢ - ١: hello", "١", "0:01:02"),
    ("(00:01:02) P1: hello", "P1", "0:01:02"),
    ("( 00:01:02 ) \u200f٢: hello", "٢", "0:01:02"),
    ("- P1: hello", "P1", ""),
    ("• Facilitator: hello", "Facilitator", ""),
])
def test_a_dash_or_bullet_before_the_label_and_a_stamp_in_brackets_are_no_part_of_it(
        line: str, label: str, stamp: str) -> None:
    """Before, «00:01:02 - P1: …» gave the label «- P1», which named no seat: each waited for a speaker
    to be chosen by hand; «(00:01:02) P1: …» was no turn at all, its line added to the turn above."""
    assert _turns(line) == [(label, "hello", stamp)]
    assert tt.guess(label).kind in (tt.SEAT, tt.FACILITATOR)  # matched to its seat without a choice


# --- short stamps and a stamp alone on its line ------------------------------------------------------
def test_a_short_stamp_in_brackets_is_minutes_and_seconds() -> None:
    """«[01:02] P1: …» (a phone recorder's minutes and seconds) was no stamp: the line started no turn
    and was added, stamp and label, to the turn above."""
    text = "[00:05] P1: hello\n[01:02] P2: yes\n(٠٢:٣٠) ٣: بەڵێ\n[75:10] Facilitator: late\n[01:99] P1: no"
    assert _turns(text) == [("P1", "hello", "0:00:05"), ("P2", "yes", "0:01:02"), ("٣", "بەڵێ", "0:02:30"),
                            ("Facilitator", "late\n[01:99] P1: no", "1:15:10")]
    # Not in brackets, hh:mm is a time in a sentence as before, not a stamp.
    assert _turns("P1: we met\n12:30 we met") == [("P1", "we met\n12:30 we met", "")]


def test_a_stamp_alone_on_its_line_stamps_the_next_turn() -> None:
    """Before, «[00:01:03]» on a line of its own was words of the turn above it, and the turn below had
    no stamp."""
    text = ("P1: first\n[00:01:03]\nP2: second\n\n\u200f(00:02:00)\u200f\n\nالمیسر: سێیەم\n"
            "٠٠:٠٣:٠٠\n[00:04:00] P1: its own stamp wins\n[05:00]\nP2: fifth\nP1: sixth")
    assert _turns(text) == [("P1", "first", ""), ("P2", "second", "0:01:03"), ("المیسر", "سێیەم", "0:02:00"),
                            ("P1", "its own stamp wins", "0:04:00"), ("P2", "fifth", "0:05:00"),
                            ("P1", "sixth", "")]
    # A label said to be no speaker's starts no turn: the stamp waits for the next one that does.
    assert _turns("[00:01:00]\nNote: noisy\nP1: a", ("Note",)) == [("", "Note: noisy", ""), ("P1", "a", "0:01:00")]


_STAMP_STYLE = st.sampled_from(["inline", "alone", "short"])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TURN, _STAMP_STYLE), min_size=1, max_size=12))
def test_stamps_inline_alone_or_short_parse_back(turns: list[tuple[tuple[int, list[str], int | None], str]]) -> None:
    lines = []
    for (seat, paragraphs, seconds), style in turns:
        if seconds is None:
            lines.append(f"P{seat}: {paragraphs[0]}")
        elif style == "alone":
            lines.extend([f"[{tt.format_stamp(seconds)}]", f"P{seat}: {paragraphs[0]}"])
        elif style == "short":
            lines.append(f"[{seconds // 60:02d}:{seconds % 60:02d}] P{seat}: {paragraphs[0]}")
        else:
            lines.append(f"[{tt.format_stamp(seconds)}] P{seat}: {paragraphs[0]}")
        lines.extend(paragraphs[1:])
    parsed = tt.parse("\n".join(lines))
    assert [(t.label, t.text, t.seconds) for t in parsed.turns] == [
        (f"P{seat}", "\n".join(tt.tidy(p) for p in paragraphs), seconds) for (seat, paragraphs, seconds), _s in turns]
