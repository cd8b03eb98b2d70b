"""Every Latin run in an Arabic or Kurdish translation stands in a left-to-right isolate (U+2066…U+2069).

A bare Latin run in a right-to-left line ("majlis-cli team update import", "age", "--identity-file",
"Ctrl+K", "REFI-QDA", "YYYY-MM-DD") is laid out by the bidirectional algorithm word by word: the words
of a command line came out in reverse order, its leading dashes and a file extension's dot stood at
the wrong end, and a narrow RTL list wrapped it at a hyphen. In an isolate it is one left-to-right
piece, kept whole and in the order it is typed.

A run: two or more letters or digits joined by "-", ".", "_", "/", "\\", ":", "+" or "…", with a Latin
letter in it or digits joined by "-" or "/" (a date). Left out, with why:
- placeholders (%1, %L1, %n, {file}): what fills them is laid out as it is (a name in its own isolate);
- a lone letter or a plain number: one character cannot be reordered or wrapped, and Arabic-Indic
  digits or European digits alone take the line's direction correctly;
- HTML tags and entities (<b>, &amp;) and a mnemonic's "&": markup, not shown text;
- file-dialog filters ("(*.png *.jpg)"): Qt reads their patterns, and an invisible mark there breaks
  them (as in test_latin_pieces_in_order.py); test_file_dialog_filters_isolated.py checks their names'
  Latin words isolated and their patterns read by a real file dialog.
"""

from __future__ import annotations

import re

import pytest

from tests.i18n_support import APP_TS, read_ts

ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{\w*\}")
MARKUP = re.compile(r"<[^>]*>|&(?:[a-z]+|#\d+);")
RUN = re.compile(r"[A-Za-z0-9](?:[-._/\\:+…]*[A-Za-z0-9])+")
DATE_LIKE = re.compile(r"\d[-/]\d")


def bare_runs(text: str) -> list[str]:
    """The Latin runs of ``text`` outside isolates (see the module's docstring for what is left out)."""
    outside = ISOLATED.sub(" ", text)
    outside = PLACEHOLDER.sub(" ", MARKUP.sub(" ", outside))
    return [run for run in RUN.findall(outside) if re.search("[A-Za-z]", run) or DATE_LIKE.search(run)]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_latin_runs_are_isolated(lang: str) -> None:
    bare = []
    for message in read_ts(APP_TS[lang])[1]:
        if message.unfinished:
            continue
        for form in message.forms:
            if "(*" in form:  # a file-dialog filter
                continue
            bare += [f"{message.context}: {run!r} in {form[:90]!r}" for run in bare_runs(form)]
    assert not bare, f"{len(bare)} Latin runs outside an isolate:\n" + "\n".join(bare)


def test_the_check_sees_a_bare_run_and_passes_an_isolated_one() -> None:
    assert bare_runs("يطبّق (majlis-cli team update import).") == ["majlis-cli", "team", "update", "import"]
    assert bare_runs("ملفّ هويّة age") == ["age"]
    assert bare_runs("(YYYY-MM-DD) ٢٠٢٦-٠١-٠٢ 2026-01-02") == ["YYYY-MM-DD", "2026-01-02"]
    assert bare_runs("يطبّق (\u2066majlis-cli team update import\u2069) و\u2066--identity-file\u2069.") == []
    assert bare_runs("\u200f%1 (\u2066Ctrl+%2\u2069) {file}: X، 3 <b>نص</b> &amp;") == []
