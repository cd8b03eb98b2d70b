"""The calendar that pops up under a date box, with the digits the user chose.

Qt's QCalendarWidget writes its day numbers and the year above them in the digits of its locale:
Arabic-Indic for ar_IQ and ckb_IQ whatever the digit setting (Latin by default), so a date box that
read "5 آذار 2023" opened on "٥" and "٢٠٢٣". Its locale cannot simply be swapped for a Latin-digit one:
the weekday names come from the same locale. Each day is drawn here instead, in the chosen digits,
with the colours Qt gives it (selected, another month, weekend, a date's own format); the year button
and the year box follow too. In the locale's own digits Qt draws the day itself. The month button and
its menu spell the months as every date does (Qt's Kurdish December is CLDR's «کانونی یەکەم»).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QSpinBox, QTableView, QToolButton, QWidget

from desktop.i18n.digits import Digits, apply_digits, to_latin_digits
from desktop.i18n.formatting import month_spelling
from desktop.ui.qt_i18n import active_language


class DigitCalendar(QCalendarWidget):
    def __init__(self, digits: Callable[[], Digits], parent: QWidget | None = None, *,
                 no_date_yet: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self._digits = digits
        self._no_date_yet = no_date_yet
        # No week numbers: Qt writes them in the locale's digits too, and nobody here counts in weeks.
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # After Qt has written the year in its own digits (it does so as the page changes); the timer
        # belongs to the calendar, so it never fires into a calendar deleted meanwhile (a date box closed).
        self.currentPageChanged.connect(lambda *_: QTimer.singleShot(0, self, self._show_year))
        self._show_year()

    def event(self, event: QEvent) -> bool:
        # Escape in the pop-up is the pop-up's (it closes, nothing chosen): the session editor's Escape
        # (Back to the list, a shortcut for the editor and its children, pop-ups included) took it, the
        # calendar stayed open over a page that had gone, and opened again it showed January 2000.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self.window().windowType() == Qt.WindowType.Popup):
            event.accept()
            return True
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_year()
        # A box showing "any" (a filter) or blank holds its minimum date as a stand-in (1 January 2000),
        # and the pop-up opened on that month: a date of this year was 26 years of pages away. It opens
        # on this month instead; nothing is chosen until a day is clicked.
        if self._no_date_yet():
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())
            self._keys_start_on(today.day())

    def _keys_start_on(self, day: int) -> None:
        """The arrow keys move from the days table's current cell, which ``setCurrentPage`` left on the
        stand-in's day of the month (the 1st): Right gave the 2nd, whatever today was. The cell of ``day``
        of the month shown becomes the current one, unselected: nothing is chosen until a key moves (the
        selection is the stand-in's, on another page). The table lists the page's dates row by row, this
        month's from its first "1" (the days before it are the previous month's last ones)."""
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is None or view.selectionModel() is None:
            return
        model = view.model()
        this_month = False
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = to_latin_digits(str(index.data() or ""))
                if not text.isdigit():  # the weekday names
                    continue
                this_month = this_month or int(text) == 1
                if this_month and int(text) == day:
                    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                    return

    def own_digits(self) -> bool:
        """True when Qt's locale already writes the chosen digits."""
        native: Digits = "arab" if self.locale().zeroDigit() == "٠" else "latn"
        return native == self._digits()

    def day_text(self, date: QDate) -> str:
        return apply_digits(str(date.day()), self._digits())

    def year_text(self) -> str:
        return apply_digits(str(self.yearShown()), self._digits())

    def _show_year(self) -> None:
        """The year button and box in the chosen digits, the month button and menu in the right spelling
        (Qt writes them again as the page or the language changes)."""
        button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if button is not None:
            button.setText(self.year_text())
        month = self.findChild(QToolButton, "qt_calendar_monthbutton")
        if month is not None:
            lang = active_language()
            month.setText(month_spelling(month.text(), lang))
            for action in month.menu().actions() if month.menu() is not None else ():
                action.setText(month_spelling(action.text(), lang))
        year_box = self.findChild(QSpinBox, "qt_calendar_yearedit")
        if year_box is not None:  # typed years are read in the same digits
            latin = self._digits() == "latn"
            year_box.setLocale(QLocale.c() if latin else QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        if self.own_digits():
            super().paintCell(painter, rect, date)
            return
        palette = self.palette()
        selected = date == self.selectedDate()
        shown = date.month() == self.monthShown() and date.year() == self.yearShown()
        shown = shown and self.minimumDate() <= date <= self.maximumDate()  # outside the range: greyed too
        own = self.dateTextFormat(date)
        weekday = self.weekdayTextFormat(Qt.DayOfWeek(date.dayOfWeek()))
        painter.save()
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
            colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        else:
            background = own.background() if own.background().style() != Qt.BrushStyle.NoBrush else None
            painter.fillRect(rect, background or palette.brush(QPalette.ColorRole.Base))
            if not shown:  # the days of the months before and after, greyed as Qt greys them (and days out of range)
                colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            elif own.hasProperty(own.Property.ForegroundBrush):
                colour = own.foreground().color()
            elif weekday.hasProperty(weekday.Property.ForegroundBrush):
                colour = weekday.foreground().color()  # the weekend in red
            else:
                colour = palette.color(QPalette.ColorRole.Text)
        if own.fontWeight() > 0 or own.hasProperty(own.Property.FontWeight):
            font = painter.font()
            font.setBold(own.fontWeight() >= 600)
            painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.day_text(date))
        painter.restore()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._show_year()  # the digit setting rides on LanguageChange
            self.updateCells()
