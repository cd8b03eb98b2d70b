"""A chat exported from WhatsApp read as a transcript (desktop/core/transcript_chat.py through
transcript_text.parse): the sender is the label, each message's time its stamp counted from the first
message kept, WhatsApp's own lines left out, a message of many lines one turn. Before, the lines were
read as any text: «[12/05/2026, 10:15:32] Ahmed: …» started no turn (the whole chat one turn of text
before the first speaker), and an Android line gave the label «12/05/2026, 10» or none."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import transcript_chat
from desktop.core import transcript_text as tt

RLM, LRM, NNBSP = "\u200f", "\u200e", "\u202f"

IPHONE = (f"{LRM}[12/05/2026, 10:15:32] Basra FG 3: {LRM}Messages and calls are end-to-end encrypted. "
          "No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
          f"{LRM}[12/05/2026, 10:15:40] Ahmed: {LRM}Ahmed created this group\n"
          "[12/05/2026, 10:16:02] Ahmed: Welcome, everyone\n"
          "The first question: what do you expect?\n"
          "P2: this line is still Ahmed's\n"
          f"{LRM}[12/05/2026, 10:16:30] Sara: {LRM}image omitted\n"
          f"{LRM}[12/05/2026, 10:16:31] Sara: {LRM}<attached: 00000012-PHOTO-2026-05-12-10-16-31.jpg>\n"
          f"[12/05/2026, 10:17:02{NNBSP}PM] Sara: نريد قانوناً عادلاً\n"
          "[13/05/2026, 9:00:00 AM] \u202a+964 770 123 4567\u202c: next morning\n")

ANDROID = ("12/05/2026, 10:15 - Messages and calls are end-to-end encrypted. No one outside of this chat, "
           "not even WhatsApp, can read or listen to them. Tap to learn more.\n"
           "12/05/2026, 10:15 - Ahmed created group \"Basra: focus group 3\"\n"
           "12/05/2026, 10:15 - Ahmed added Sara\n"
           "12/05/2026, 10:16 - Ahmed: Welcome\n"
           "12/05/2026, 10:17 - Sara: <Media omitted>\n"
           "12/05/2026, 10:18 - Sara: This message was deleted\n"
           "12/05/2026, 10:19 - Sara: I said it again <This message was edited>\n"
           "\n"
           "12/05/2026, 10:45 pm - Ahmed: thanks\n")

ARABIC_ANDROID = (f"١٢{RLM}/٥{RLM}/٢٠٢٦، ١٠:١٥ ص - الرسائل والمكالمات مشفرة تماماً بين الطرفين.\n"
                  f"١٢{RLM}/٥{RLM}/٢٠٢٦، ١٠:١٥ ص - أحمد: مرحباً بكم\n"
                  f"١٢{RLM}/٥{RLM}/٢٠٢٦، ١٠:٢٠ ص - سارة: <تم استبعاد الوسائط>\n"
                  f"١٢{RLM}/٥{RLM}/٢٠٢٦، ١٢:٠٥ م - سارة: شكراً\n"
                  f"١٢{RLM}/٥{RLM}/٢٠٢٦، ١٢:٣٠ ص - ئاسانکار: ئەمە دوای نیوەشەوە\n")


def _turns(text: str, not_speakers: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    parsed = tt.parse(text, not_speakers)
    tt.settle_stamps(parsed.turns)
    return [(t.label, t.text, t.timestamp) for t in parsed.turns]


def test_an_iphone_chat() -> None:
    assert _turns(IPHONE) == [
        ("Ahmed", "Welcome, everyone\nThe first question: what do you expect?\nP2: this line is still Ahmed's",
         "0:00:00"),
        ("Sara", "نريد قانوناً عادلاً", "12:01:00"),  # 10:17:02 PM
        ("+964 770 123 4567", "next morning", "22:43:58"),
    ]
    # The group's name, which "said" only WhatsApp's lines, is no label to choose a speaker for.
    assert tt.parse(IPHONE).labels == ["Ahmed", "Sara", "+964 770 123 4567"]


def test_an_android_chat() -> None:
    assert _turns(ANDROID) == [("Ahmed", "Welcome", "0:00:00"), ("Sara", "I said it again", "0:03:00"),
                               ("Ahmed", "thanks", "12:29:00")]


def test_an_arabic_android_chat_with_arabic_indic_digits_and_a_twelve_hour_clock() -> None:
    assert _turns(ARABIC_ANDROID) == [("أحمد", "مرحباً بكم", "0:00:00"), ("سارة", "شكراً", "1:50:00"),
                                      ("ئاسانکار", "ئەمە دوای نیوەشەوە", "1:50:00")]  # 12:30 AM was earlier: held
    parsed = tt.parse(ARABIC_ANDROID)
    assert [tt.guess(label).kind for label in parsed.labels] == [tt.NAME, tt.NAME, tt.FACILITATOR]


def test_a_caption_under_a_media_file_left_out_is_the_senders() -> None:
    text = ("12/05/2026, 10:16 - Ahmed: hi\n12/05/2026, 10:17 - Sara: <Media omitted>\n"
            "the poster of the council\n12/05/2026, 10:18 - Ahmed: yes")
    assert _turns(text) == [("Ahmed", "hi", "0:00:00"), ("Sara", "the poster of the council", "0:01:00"),
                            ("Ahmed", "yes", "0:02:00")]


def test_dates_month_first_or_year_first_and_days_apart() -> None:
    us = "5/12/26, 11:59 PM - Ann: late\n5/13/26, 12:01 AM - Bo: after midnight"
    assert _turns(us) == [("Ann", "late", "0:00:00"), ("Bo", "after midnight", "0:02:00")]
    iso = "[2026-05-12 10:00:00] Ann: a\n[2026-05-14 10:00:00] Bo: b"
    assert _turns(iso) == [("Ann", "a", "0:00:00"), ("Bo", "b", "48:00:00")]
    dotted = "12.05.26, 10:00 - Ann: a\n12.05.26, 10:00 - Bo: b"
    assert _turns(dotted) == [("Ann", "a", "0:00:00"), ("Bo", "b", "0:00:00")]


def test_a_sender_said_to_be_no_speaker_and_one_beyond_the_label_cap() -> None:
    text = "12/05/2026, 10:16 - Ahmed: hi\n12/05/2026, 10:17 - Bot: reminder\n12/05/2026, 10:18 - Sara: yes"
    assert _turns(text, ("Bot",)) == [("Ahmed", "hi\n12/05/2026, 10:17 - Bot: reminder", "0:00:00"),
                                      ("Sara", "yes", "0:02:00")]
    crowd = "\n".join(f"12/05/2026, 10:{i:02d} - Person {i}: hi" for i in range(tt.MAX_LABELS + 1))
    with pytest.raises(tt.TextRefused):
        tt.preview(crowd)


@pytest.mark.parametrize("line", [
    "12/05/2026, 25:00 - Ahmed: no such hour",
    "12/05/2026, 13:00 PM - Ahmed: no such hour",
    "12/05 10:00 - Ahmed: no year",
    "P1: we meet on 12/05/2026, 10:00 - Ahmed: said so",
])
def test_lines_that_are_no_message_are_read_as_before(line: str) -> None:
    assert transcript_chat.header(line) is None


def test_an_impossible_date_leaves_the_turn_unstamped() -> None:
    assert _turns("31/02/2026, 10:00 - Ann: a\n01/03/2026, 10:00 - Bo: b") == [("Ann", "a", ""),
                                                                              ("Bo", "b", "0:00:00")]


def test_a_normal_transcript_above_a_chat_keeps_its_stamps() -> None:
    text = "[00:01:00] P1: typed\n12/05/2026, 10:00 - Ann: a\nmore of Ann\n12/05/2026, 10:05 - Bo: b"
    assert _turns(text) == [("P1", "typed", "0:01:00"), ("Ann", "a\nmore of Ann", "0:01:00"),
                            ("Bo", "b", "0:05:00")]


# --- round trips --------------------------------------------------------------------------------------
_WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf"),
                              exclude_characters=":：\ufffd\ufffe\uffff\x85<>"), min_size=1, max_size=12)
_PARAGRAPH = (st.lists(_WORD, min_size=1, max_size=6).map(" ".join).map(tt.tidy)
              .filter(lambda p: bool(p) and not transcript_chat.is_system(p)))
_SENDER = (st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Zs"),
                                 exclude_characters=":：\ufffd\ufffe\uffff\x85\"“”«»[]"), min_size=1, max_size=12)
           | st.sampled_from(["Ahmed", "سارة", "بەشداربوو ٤", "+964 770 123 4567"])
           # «~ Name» is WhatsApp's mark of a sender not in the contacts, read as Name (its own test).
           ).filter(lambda name: not name.startswith("~") or name == "~")
_MESSAGE = st.tuples(st.integers(0, 3), st.lists(_PARAGRAPH, min_size=1, max_size=3), st.integers(0, 4 * 3600))
_DIGITS_OF = {"latin": str.maketrans("", ""), "arabic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")}


def _render(style: str, digits: str, moment: dt.datetime) -> str:
    """A message's header as WhatsApp writes it in ``style``."""
    if style == "iphone":
        head = f"[{moment:%d/%m/%Y}, {moment:%H:%M:%S}] "
    elif style == "android12":
        hour = moment.hour % 12 or 12
        half = ("م" if moment.hour >= 12 else "ص") if digits == "arabic" else ("PM" if moment.hour >= 12 else "AM")
        head = f"{moment.day}{RLM}/{moment.month}{RLM}/{moment:%y}، {hour}:{moment:%M} {half} - "
    else:
        head = f"{moment:%d/%m/%Y}, {moment:%H:%M} - "
    return head.translate(_DIGITS_OF[digits])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MESSAGE, min_size=1, max_size=10), st.lists(_SENDER, min_size=4, max_size=4, unique=True),
       st.sampled_from(["iphone", "android", "android12"]), st.sampled_from(["latin", "arabic"]),
       st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31)), st.booleans())
def test_a_rendered_chat_parses_back(messages: list[tuple[int, list[str], int]], senders: list[str], style: str,
                                     digits: str, start: dt.datetime, marks: bool) -> None:
    precise = style == "iphone"
    start = start.replace(microsecond=0) if precise else start.replace(second=0, microsecond=0)
    lines, moment, said = [], start, []
    for who, paragraphs, gap in messages:
        moment += dt.timedelta(seconds=gap if precise else gap // 60 * 60)
        sender = senders[who]
        lines.append((LRM if marks else "") + _render(style, digits, moment) + f"{sender}: {paragraphs[0]}")
        lines.extend(paragraphs[1:])
        said.append((tt.tidy(sender), "\n".join(paragraphs), moment))
    first = said[0][2]  # the first message is 0:00:00, not WhatsApp's line above it
    expected = [(sender, text, int((when - first).total_seconds())) for sender, text, when in said]
    head = _render(style, digits, start) + "Messages and calls are end-to-end encrypted. Tap to learn more."
    parsed = tt.parse("\n".join([head, *lines]))
    assert [(t.label, t.text, t.seconds) for t in parsed.turns] == expected


def test_a_dated_line_without_a_sender_is_text_when_the_text_is_no_chat() -> None:
    """Only in a chat is «12/05/2026, 10:00 - Basra session» WhatsApp's own line, left out: in a typed
    transcript it is its heading, kept."""
    assert _turns("12/05/2026, 10:00 - Basra session\nP1: hi") == [
        ("", "12/05/2026, 10:00 - Basra session", ""), ("P1", "hi", "")]


def test_a_caption_after_a_blank_line_and_kurdish_and_persian_clocks() -> None:
    text = ("12/05/2026, 10:16 ب.ن - Ahmed: hi\n12/05/2026, 10:17 ب.ن - Sara: <Media omitted>\n\n"
            "the poster\n12/05/2026, 1:18 د.ن - Ahmed: yes\n12/05/2026, 2:18 ب.ظ - Sara: later\n"
            "13/05/2026, 10:16 ق.ظ - Ahmed: next day")
    assert _turns(text) == [("Ahmed", "hi", "0:00:00"), ("Sara", "the poster", "0:01:00"),
                            ("Ahmed", "yes", "3:02:00"), ("Sara", "later", "4:02:00"),
                            ("Ahmed", "next day", "24:00:00")]


@pytest.mark.parametrize("line", [
    "12/05/2026" + " " * 100_000 + "x",
    "12/05/2026, 10:15" + " \u200f" * 100_000 + "x",
    "[12/05/2026, 10:15:02" + " " * 100_000,
])
def test_a_line_of_spaces_is_read_at_once(line: str) -> None:
    """A date and 20,000 spaces took the message pattern 12 s (two runs of spaces side by side: every
    place between them tried), and a message's next line of 100,000 spaces the edited mark's 20 s, on
    the parse's thread, which stops only between lines."""
    text = "12/05/2026, 10:00 - Ann: a\n" + line + "\n" + " " * 100_000 + "x <This message was edited>"
    started = time.perf_counter()
    parsed = tt.parse(text)
    assert time.perf_counter() - started < 2
    assert {t.label for t in parsed.turns} == {"Ann"} and parsed.turns[-1].text.endswith("x")  # cut if too long


def test_a_sender_not_in_the_phones_contacts_is_named_without_the_tilde() -> None:
    chat = (f"[12/05/2026, 10:16:02] ~{NNBSP}Zainab: first\n"
            "[12/05/2026, 10:16:09] ~ Zainab: second\n"
            "[12/05/2026, 10:16:30] Ahmed: third\n")
    assert tt.parse(chat).labels == ["Zainab", "Ahmed"]


def test_a_sender_named_by_the_contacts_mark_alone_keeps_the_message() -> None:
    """Found by the round trip above: a sender shown as «~» alone was read as no sender, and the message
    was dropped as one of WhatsApp's own lines. «~ Name» is still read as Name."""
    chat = "\n".join(["[01/01/2020, 00:00:00] Ahmed: أهلاً", "[01/01/2020, 00:00:05] ~: نعم",
                      "[01/01/2020, 00:00:09] ~ Sara: لا"])
    parsed = tt.parse(chat)
    assert [(t.label, t.text, t.seconds) for t in parsed.turns] == [("Ahmed", "أهلاً", 0), ("~", "نعم", 5),
                                                                      ("Sara", "لا", 9)]
