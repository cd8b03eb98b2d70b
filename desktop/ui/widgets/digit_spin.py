"""Spin box and date edit that show the digits the user chose and read any kind back.

Qt's own QSpinBox and QDateEdit always print Arabic-Indic digits for ar_IQ and ckb_IQ and Latin for
en, whatever the digit setting says; these go through desktop.i18n.digits. Pages showing
numbers or dates in editable fields should use them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QSpinBox, QWidget

from desktop.i18n import month_box
from desktop.i18n.digits import Digits, apply_digits, parse_int, to_arabic_digits, to_latin_digits
from desktop.i18n.formatting import misspelt_months, month_spelling, qt_date_format
from desktop.ui.qt_i18n import active_digits, active_language
from desktop.ui.widgets.digit_calendar import DigitCalendar
from desktop.ui.widgets.wheel_guard import passes_wheel_on, wheel_needs_focus

_E = TypeVar("_E", QKeyEvent, QContextMenuEvent)


class DigitSpinBox(QSpinBox):
    def __init__(self, digits: Callable[[], Digits], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits
        wheel_needs_focus(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not passes_wheel_on(self, event):
            super().wheelEvent(event)

    def textFromValue(self, value: int) -> str:
        return apply_digits(str(value), self._digits())

    def valueFromText(self, text: str) -> int:
        try:
            return parse_int(self._strip(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._strip(text)
        if not body:
            return (QValidator.State.Intermediate, text, pos)
        try:
            value = parse_int(body)
        except ValueError:
            return (QValidator.State.Invalid, text, pos)
        if self.minimum() <= value <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def redisplay(self) -> None:
        """Show the current value again (after the digit setting changed); at the minimum, the
        special value text ("never", "any") as Qt itself would, never the number behind it."""
        if self.specialValueText() and self.value() == self.minimum():
            self.lineEdit().setText(self.specialValueText())
            return
        self.lineEdit().setText(self.prefix() + self.textFromValue(self.value()) + self.suffix())

    def changeEvent(self, event: QEvent) -> None:
        # The digit setting travels with LanguageChange (LanguageManager.set_digits).
        if event.type() == QEvent.Type.LanguageChange:
            self.redisplay()
        super().changeEvent(event)

    def _strip(self, text: str) -> str:
        body = text
        if self.prefix() and body.startswith(self.prefix()):
            body = body[len(self.prefix()) :]
        if self.suffix() and body.endswith(self.suffix()):
            body = body[: -len(self.suffix())]
        return body.strip()


class DigitDateEdit(QDateEdit):
    """A date edit that shows the digits the user chose (Qt's own follows the locale only).

    Qt parses what is typed with the locale's digits, so text is converted to those before
    Qt sees it: either kind of digits can be typed. The display format is the app's one date
    format for the interface language (``formatting.qt_date_format``), so a date box reads like
    every date in the tables next to it; the calendar pop-up picks a day without typing a month name.
    Month names are spelt as in those tables, not as Qt's (the Kurdish December, see ``month_box``).
    """

    #: A digit typed into the year was refused: the year it begins is before the box's first (Qt keeps
    #: the key and says nothing, then puts the year back when the focus leaves).
    yearTooEarly = Signal()
    #: A digit typed into the year was refused: the year it begins is after the box's last (a session's
    #: box ends ten years ahead: 2062 typed for 2026).
    yearTooLate = Signal()

    _lang: str = "en"  # until the language is followed (Qt may ask for the text while it is being built)
    _format: str = ""
    _stepped_on = False  # the last key typed a part whole and Qt went on to the next part
    _year_said = False  # a refused year was said since the last key the box took: said once ("1999": "1")

    def __init__(self, digits: Callable[[], Digits] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits or active_digits
        wheel_needs_focus(self)
        self.setCalendarPopup(True)
        self._calendar: DigitCalendar | None = None  # made when first wanted: see calendarWidget
        self._follow_language()

    def _follow_language(self) -> None:
        self._lang = active_language()
        self._format = month_box.box_format(qt_date_format(self._lang), self._lang)  # in the order shown
        # Qt reverses the order of a date edit's parts when the application is right-to-left: "d MMMM
        # yyyy" would show the year first. Handing it the parts already reversed makes it show the same
        # order as every other date on screen.
        self.setDisplayFormat(_fields_reversed(self._format) if QGuiApplication.isRightToLeft() else self._format)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
            self.redisplay()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not passes_wheel_on(self, event):
            super().wheelEvent(event)

    def calendarWidget(self) -> DigitCalendar:
        """Its pop-up, in the same digits (Qt's writes the locale's: "٥", "٢٠٢٣" beside "5 آذار 2023").

        Made when first asked for (a click on the arrow opens it, through ``mousePressEvent``; Qt has no
        key for it), not with the box: a calendar is some twenty widgets, made, and styled again each time
        the box moved into a row or a page, with every page, editor and dialog that has a date box, and most
        boxes never open it (the Sessions page's two made a sixth of that page's build)."""
        if self._calendar is None:
            self._calendar = DigitCalendar(self._digits, self, no_date_yet=self._no_date_yet)
            self.setCalendarWidget(self._calendar)
        return self._calendar

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.calendarWidget()  # Qt opens the pop-up from here: ours, not a plain QCalendarWidget of its own
        super().mousePressEvent(event)

    def _native(self, text: str, pos: int = 0) -> tuple[str, int]:
        """What is shown or typed as Qt reads it: in the locale's digits, with Qt's month names."""
        return month_box.for_qt(self._locale_digits(text), pos, self._lang, self._format)

    def _locale_digits(self, text: str) -> str:
        return to_arabic_digits(text) if self.locale().zeroDigit() == "٠" else to_latin_digits(text)

    def _whole_month_selected(self) -> None:
        """Qt selects a month by the length of its own name: the last letter of the right, longer one
        (the Kurdish December) was left out, and a month typed over it kept that letter."""
        edit = self.lineEdit()
        if not edit.hasSelectedText():
            return
        start, size, text = edit.selectionStart(), len(edit.selectedText()), edit.text()
        for wrong, right in misspelt_months(self._lang):
            if size == len(wrong) and text.startswith(right, start):
                # Unheard by the box: it would take the cursor after the month for one in the year.
                blocker = QSignalBlocker(edit)
                if edit.cursorPosition() == start:  # selected backwards
                    edit.setSelection(start + len(right), -len(right))
                else:
                    edit.setSelection(start, len(right))
                blocker.unblock()
                return

    def _no_date_yet(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def _select_section(self, index: int) -> None:
        self.setCurrentSectionIndex(index)
        self.setSelectedSection(self.sectionAt(index))
        self._whole_month_selected()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._stepped_on = False
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            self._copying(super().keyPressEvent, event)
            return
        if self._no_date_yet() and event.text().isdigit() and not self.isReadOnly() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            # A day typed into a box with no date yet ("No date", blank, "any"): the digits went after
            # those words and the box was left with no date. Today to start from, as Up gives, on the
            # day (first in reading order), which takes the digit.
            self.stepBy(1)
        section = self.currentSectionIndex()
        edit = self.lineEdit()
        before, year_before = edit.text(), self._year_typed_over()
        if self._typed_into_month(event):
            self._type_into_month(event)
        else:
            super().keyPressEvent(event)
            self._whole_month_selected()
        if event.text().isdigit() and edit.text() == before and year_before is not None:
            year = to_latin_digits(year_before + event.text())
            if year.isascii() and year.isdigit() and len(year) <= 4 and not self._year_said:
                # Said once: the "9"s of "1999" after its refused "1" begin a year after a session's box's end.
                if int(year.ljust(4, "9")) < self.minimumDate().year():
                    self._year_said = True
                    self.yearTooEarly.emit()
                elif int(year.ljust(4, "0")) > self.maximumDate().year():
                    self._year_said = True
                    self.yearTooLate.emit()
        elif edit.text() != before:
            self._year_said = False
        # A part typed whole (a day of two digits, a month's name) takes Qt on to the next part by itself.
        self._stepped_on = bool(event.text().strip()) and event.text().isprintable() \
            and self.currentSectionIndex() > section

    def _year_typed_over(self) -> str | None:
        """What a digit typed now goes after in the year ("" where the whole year is chosen); None
        outside the year."""
        if self.isReadOnly() or self.currentSection() != QDateEdit.Section.YearSection or self._no_date_yet():
            return None
        year = self.sectionText(QDateEdit.Section.YearSection)
        return "" if self.lineEdit().selectedText() == year else year

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._stepped_on = self._year_said = False
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._copying(super().contextMenuEvent, event)  # its Copy and Cut

    def _copying(self, handle: Callable[[_E], None], event: _E) -> None:
        """Copy or Cut (by key or from the context menu) puts the text as shown on the clipboard: without
        the joiner Qt's count needs after the month (``month_box``), which a user pasting the date into a
        document or a message got as an invisible character."""
        raw = self.lineEdit().selectedText()
        handle(event)
        text = month_box.copied(raw, self._lang)
        if not raw or text == raw:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == raw:
                clipboard.setText(text, mode)

    def _typed_into_month(self, event: QKeyEvent) -> bool:
        """A letter (or Backspace, Delete) typed into the month of a box whose language Qt misspells a
        month in (the Kurdish December, ``month_box``)."""
        extra = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if (extra or not self._month_typed_here() or self._no_date_yet()
                or self.currentSection() != QDateEdit.Section.MonthSection):
            return False
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return True
        if event.text() != " ":
            return event.text().isprintable() and bool(event.text().strip())
        # Qt takes any space typed in the month for the step to the year: one that goes on in a month of
        # two words (کانوونی دووەم) is typed into it.
        edit = self.lineEdit()
        typed = month_box.month_typed(edit.text(), edit.selectionStart() if edit.hasSelectedText()
                                      else edit.cursorPosition(), self._format)
        return bool(typed) and any(name.startswith(f"{typed} ") for name in self._month_names())

    def _month_names(self) -> list[str]:
        """The long month names a person may type: Qt's, and the right spelling where it differs."""
        names = [self.locale().monthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13)]
        return names + [month_spelling(name, self._lang) for name in names]

    def _month_typed_here(self) -> bool:
        """Whether a month typed into this box goes through ``_type_into_month``: in a box whose Qt
        spelling is wrong (the Kurdish December), and in one whose month names have a space in them
        (the Arabic «كانون الثاني», «تشرين الأول»: Qt refused the letter that ends «كانون», and took the
        space for the step to the year)."""
        return month_box.PAD in self._format or any(" " in name for name in self._month_names())

    def _partly_typed_month(self, text: str, pos: int) -> bool:
        """Whether ``text`` (a box's text being typed, the cursor at ``pos``) holds the first letters of
        a month name that ends a word, where Qt, seeing a whole word, reads no month («كانون» of
        «كانون الثاني»)."""
        typed = month_box.month_typed(text, pos, self._format)
        return bool(typed) and self._month_typed_here() and any(
            name.startswith(f"{typed} ") for name in self._month_names())

    def _type_into_month(self, event: QKeyEvent) -> None:
        """Typed into the month as into a line: Qt reads the text shown as it spells the months, and the
        right spelling of the Kurdish December parts from its own («کانوونی ی» against «کانونی ی»), so with
        each key it put the month back as it was. The box's ``validate`` reads the text rightly; the date
        is taken when a whole name is typed, and the year is next (as Qt goes on after a month typed)."""
        edit = self.lineEdit()
        blocker = QSignalBlocker(edit)
        QAbstractSpinBox.keyPressEvent(self, event)
        blocker.unblock()
        if self.validate(edit.text(), edit.cursorPosition())[0] == QValidator.State.Acceptable:
            self.interpretText()
            if self.currentSectionIndex() + 1 < self.sectionCount():
                self._select_section(self.currentSectionIndex() + 1)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Right-to-left, Qt puts a date edit reached by Tab on its last section, and steps Tab through
        # the sections backwards (focusNextPrevChild): it assumes a date that reads left to right. Ours
        # reads in the language's order ("11 كانون الأول 2022": the day at the right, where an Arabic
        # or Kurdish reader starts), so Tab then Up changed the year. Tab (or a shortcut) lands on the
        # first section in reading order, Shift+Tab on the last, as in English.
        if (self.isRightToLeft() and event.reason() in _SECTION_CHOSEN and not self._no_date_yet()
                and self.sectionCount() > 0):
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._select_section(self.sectionCount() - 1 if backwards else 0)
        self._whole_month_selected()

    def stepBy(self, steps: int) -> None:
        # Showing its special value ("any" in a filter, blank for no date yet) the box holds its minimum
        # date as a stand-in (1 January 2000): Up gave 2 January 2000, and a keyboard user needed
        # thousands of presses to reach this year. The first Up, Down, Page Up or Page Down from there
        # gives today, on the day (first in reading order); the next ones step from it as usual.
        if self._no_date_yet():
            today = QDate.currentDate()
            self.setDate(min(max(today, self.minimumDate().addDays(1)), self.maximumDate()))
            if self.sectionCount() > 0:
                self._select_section(0)
            return
        super().stepBy(steps)
        self._whole_month_selected()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        # At its minimum Qt would take Down (and Page Down) for a step below it and ignore it.
        if self._no_date_yet() and not self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab right after Qt went on to the next part by itself is that step (the help: Tab from the day to
        # the month): it skipped a part, the month typed into the year, the year into the next field.
        if next and self._stepped_on and self.hasFocus():
            self._stepped_on = False
            return True
        # Showing its special value (no date yet) the box has no day, month or year for Tab to step
        # through, and QDateTimeEdit kept the Tab key for ever: a keyboard trap. Tab leaves it then.
        if self._no_date_yet():
            return QWidget.focusNextPrevChild(self, next)
        if self.isRightToLeft() and self.hasFocus():
            # Tab to the next section in reading order (Qt goes backwards right-to-left, see focusInEvent);
            # past the last one (or before the first, with Shift+Tab) on to the next field.
            index = self.currentSectionIndex() + (1 if next else -1)
            if 0 <= index < self.sectionCount():
                self._select_section(index)
                return True
            return QWidget.focusNextPrevChild(self, next)
        moved = super().focusNextPrevChild(next)
        self._whole_month_selected()
        return moved

    def textFromDateTime(self, dt: QDateTime) -> str:
        return apply_digits(month_box.shown(super().textFromDateTime(dt), self._lang), self._digits())

    def dateTimeFromText(self, text: str) -> QDateTime:
        return super().dateTimeFromText(self._native(text)[0])

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed, typed_pos = month_box.joined(self._locale_digits(text), pos, self._lang, self._format)
        state, fixed, new_pos = super().validate(*month_box.qt_spelling(typed, typed_pos, self._lang))
        if state == QValidator.State.Intermediate and month_box.typed_partly(typed, self._lang):
            fixed, new_pos = typed, typed_pos  # the right name's first letters, which Qt has not: as typed
        elif state == QValidator.State.Invalid and self._partly_typed_month(text, pos):
            state, fixed, new_pos = QValidator.State.Intermediate, typed, typed_pos  # as typed, too
        else:
            fixed, new_pos = month_box.shown_at(fixed, new_pos, self._lang)
        return (state, apply_digits(fixed, self._digits()), new_pos)

    def redisplay(self) -> None:
        """Show the current date again (after the digit setting or the language changed).

        At the minimum date the special value text stays ("any" in a filter, blank for "no date
        yet"): the minimum is a stand-in, and showing it would tell a person "1 January 2000"."""
        if self.specialValueText() and self.date() == self.minimumDate():
            self.lineEdit().setText(self.specialValueText())
            return
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))


# How the focus came for a date edit to choose the section it starts on (Qt's own list; a mouse click
# chooses by where it lands, a window brought back keeps what was chosen in it).
_SECTION_CHOSEN = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                   Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


def _fields_reversed(fmt: str) -> str:
    """"dی MMMM\u2060ی yyyy" -> "yyyy\u2060ی MMMMی d": the date's parts and the text between them in
    reverse order, each piece of text as it is (Qt reverses both; the joiner after the month stays there)."""
    return "".join(reversed(re.split(r"(d+|M+|y+)", fmt)))
