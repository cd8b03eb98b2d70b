"""The file dialogs' filters in Arabic and Kurdish: their Latin names isolated, their patterns read as
typed, and still read by Qt.

A filter such as "مصنّف Excel (*.xlsx)" is shown in the dialog's file-type list, a right-to-left line
with a bare Latin word in it ("Excel", "PDF", "REFI-QDA", "XLSForm"), as every other bare Latin run in a
translation was (tests/i18n/test_latin_runs_isolated.py leaves the filters out). Now the name's Latin
word stands in a left-to-right isolate (U+2066…U+2069), as everywhere else. With the word isolated (and
in every filter named in Arabic or Kurdish alone: "صور (*.png *.jpg)"), the pattern after it was laid out
right to left: "(xlsx.*)", "(png *.jpg.*)", its dot and star at the wrong end. A LEFT-TO-RIGHT MARK
before its parenthesis lays it out as typed: "(*.xlsx)" (checked with the bidirectional algorithm of
tests/bidi_order.py, which agrees with Qt's on these lines; screenshots compared by hand).

Qt reads the pattern out of the filter's text (QPlatformFileDialogHelper's filterRegExp: the last
parenthesised part, plain ASCII, at the very end): an isolate around the pattern, or any mark inside
or after it, makes Qt take the whole text as patterns and the dialog shows no file at all. So the mark
stands before the parenthesis, and every filter of both catalogues is given to a real (non-native)
QFileDialog with the compiled .qm installed: the patterns Qt then filters by must be the English
filter's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.bidi_order import shown_order
from tests.i18n_support import APP_TS, ROOT, read_ts

#: Qt 6's QPlatformFileDialogHelper::filterRegExp (qplatformdialoghelper.cpp).
QT_FILTER = re.compile(r"^(.*)\(([a-zA-Z0-9_.,*? +;#\-\[\]@{}/!<>$%&=^~:|]*)\)$", re.DOTALL)
ISOLATED = re.compile("\u2066[^\u2066-\u2069]*\u2069")
LITERAL = re.compile(r"\"([^\"\n]*\(\*[^\"\n]*)\"")


def filter_messages() -> list[tuple[str, str]]:
    """(context, source) of every file-dialog filter in the catalogue."""
    return sorted({(m.context, m.source) for m in read_ts(APP_TS["ar"])[1] if "(*" in m.source})


def patterns(one_filter: str) -> list[str] | None:
    """The patterns Qt reads out of one filter (None: it reads none, and takes the whole text)."""
    match = QT_FILTER.match(one_filter)
    return match.group(2).split() if match else None


def bare_latin(one_filter: str) -> list[str]:
    """Latin words in the filter's name (before its pattern) outside an isolate."""
    match = QT_FILTER.match(one_filter)
    name = match.group(1) if match else one_filter
    return re.findall(r"[A-Za-z][A-Za-z0-9-]*", ISOLATED.sub(" ", name))


def qt_filters_by(qtbot: QtBot, filters: list[str], chosen: str) -> list[str]:
    """The name filters a real QFileDialog applies to its files once ``chosen`` is selected."""
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(chosen)
    assert dialog.selectedNameFilter() == chosen
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    return list(model.nameFilters())


def test_every_filter_in_the_code_is_in_the_catalogue() -> None:
    # The checks below walk the catalogue: a filter the code has and the catalogue lacks would go unchecked.
    in_code = {text for path in (ROOT / "desktop" / "ui").rglob("*.py")
               for text in LITERAL.findall(path.read_text(encoding="utf-8"))}
    assert in_code, "no filter found in the code"
    assert in_code <= {source for _, source in filter_messages()}, in_code - {s for _, s in filter_messages()}


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_filter_keeps_its_patterns_and_isolates_its_latin_words(
        manager: LanguageManager, qtbot: QtBot, lang: str) -> None:
    manager.set_language(lang)
    wrong: list[str] = []
    for context, source in filter_messages():
        translated = QCoreApplication.translate(context, source)
        if translated == source:
            wrong.append(f"{context}: {source!r} not translated")
            continue
        english, shown = source.split(";;"), translated.split(";;")
        if len(english) != len(shown):
            wrong.append(f"{context}: {translated!r} has {len(shown)} filters, the English {len(english)}")
            continue
        for one_english, one in zip(english, shown, strict=True):
            wanted = patterns(one_english)
            assert wanted, one_english
            if patterns(one) != wanted:
                wrong.append(f"{context}: {one!r}: Qt reads the patterns {patterns(one)}, not {wanted}")
            elif qt_filters_by(qtbot, shown, one) != wanted:
                wrong.append(f"{context}: {one!r}: the dialog filters by {qt_filters_by(qtbot, shown, one)}")
            if bare_latin(one):
                wrong.append(f"{context}: {one!r}: {bare_latin(one)} outside an isolate")
            if " ".join(wanted) not in shown_order(one):
                wrong.append(f"{context}: {one!r}: the pattern shows as {shown_order(one)!r}")
    assert not wrong, "\n".join(wrong)


def test_the_checks_see_a_bare_word_a_pattern_turned_round_and_a_broken_pattern(qtbot: QtBot) -> None:
    assert bare_latin("مصنّف Excel (*.xlsx)") == ["Excel"]
    assert bare_latin("مصنّف \u2066Excel\u2069 (*.xlsx)") == []
    assert bare_latin("\u200fاستمارات \u2066XLSForm\u2069 (*.xlsx *.xls)") == []
    assert patterns("مصنّف \u2066Excel\u2069 \u200e(*.xlsx)") == ["*.xlsx"]
    # Without the mark, the pattern after an isolate or an Arabic name is turned round; with it, as typed.
    assert "*.xlsx" not in shown_order("مصنّف \u2066Excel\u2069 (*.xlsx)")
    assert "*.png *.jpg" not in shown_order("صور (*.png *.jpg)")
    assert "(*.xlsx)" in shown_order("مصنّف \u2066Excel\u2069 \u200e(*.xlsx)")
    assert "(*.png *.jpg)" in shown_order("صور \u200e(*.png *.jpg)")
    # The isolate around the pattern too: Qt reads no pattern, and filters by the words themselves.
    broken = "مصنّف \u2066Excel (*.xlsx)\u2069"
    assert patterns(broken) is None
    assert qt_filters_by(qtbot, [broken], broken) != ["*.xlsx"]
    fixed = "مصنّف \u2066Excel\u2069 \u200e(*.xlsx)"
    assert qt_filters_by(qtbot, [fixed], fixed) == ["*.xlsx"]
