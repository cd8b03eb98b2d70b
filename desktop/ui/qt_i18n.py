"""Qt side of internationalisation: bundled fonts, translators, direction, QLocale.

Switching language at runtime works through Qt's own mechanism: installing or removing
a QTranslator makes Qt post a ``QEvent.LanguageChange`` to every widget, and widgets
re-run their ``retranslate()`` from ``changeEvent``. ``LanguageManager`` additionally
sets the layout direction itself, because Qt flips to right-to-left only through the
``QT_LAYOUT_DIRECTION`` entry of qtbase_ar.qm and knows nothing for Kurdish.

Where files live:
- fonts: ``desktop/resources/fonts`` (package data, so a wheel and the PyInstaller folder carry them);
- compiled translations: ``desktop/ui/translations/*.qm`` (package data, built from the
  ``translations/*.ts`` sources by ``.ci/build_translations``);
- Qt's own Arabic: ``qtbase_ar.qm`` from ``QLibraryInfo``'s translations path.
"""

from __future__ import annotations

import logging
import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

# No ``Qt`` namespace here: PySide6 builds all of its enums on first use (tens of milliseconds,
# several times that on a busy laptop), and this module runs before the unlock window shows
# (start-up budget: within 1.3x of a bare window). Code that runs later imports it where needed.
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.i18n.digits import DEFAULT_DIGITS, Digits, apply_digits, coerce_digits
from desktop.i18n.languages import DEFAULT_LANGUAGE, Lang, coerce_language, is_rtl, qt_locale_name

if TYPE_CHECKING:
    from datetime import date, datetime, time

    from PySide6.QtWidgets import QTableView

    from desktop.i18n.formatting import DateFormat, Number, TimeFormat

log = logging.getLogger(__name__)

# Naskh is the book hand Arabic and Sorani readers expect for running text, and the
# Debian build covers every Sorani letter (ڕ ڵ ۆ ێ ە ڤ).
ARABIC_FAMILY = "Noto Naskh Arabic"
ARABIC_UI_FAMILY = "Noto Sans Arabic"
# Bundled too: the Latin letters and the punctuation Noto Naskh Arabic lacks (the hyphen above all).
LATIN_FAMILY = "Noto Sans"
APP_TRANSLATION_PREFIX = "majlis"
# Arabic script looks about a point smaller than Latin at the same size.
RTL_SIZE_BONUS = 1.0
# Qt::LayoutDirection's values (qnamespace.h), written through QGuiApplication's property.
_LEFT_TO_RIGHT = 0
_RIGHT_TO_LEFT = 1

_font_families: list[str] | None = None


_active_manager: weakref.ReferenceType[LanguageManager] | None = None


def active_digits() -> Digits:
    """The digit setting of the application's language manager, for widgets built without a context
    (item delegates, small dialogs). Like QLocale's default, it is application-wide state."""
    manager = _active_manager() if _active_manager is not None else None
    return manager.digits if manager is not None else DEFAULT_DIGITS


def active_language() -> Lang:
    """The interface language of the application's language manager (see ``active_digits``)."""
    manager = _active_manager() if _active_manager is not None else None
    return manager.language if manager is not None else DEFAULT_LANGUAGE


def shown_number(value: Number, *, decimals: int | None = None) -> str:
    """A number as the screen shows it: the interface language's separators, the chosen digits.

    For models and delegates without a context; a row number, a count, a matrix cell all go here
    (Qt itself would print Arabic-Indic digits for ar/ckb whatever the setting)."""
    from desktop.i18n import formatting  # not before the unlock window: nothing is formatted there

    return formatting.format_number(value, active_language(), active_digits(), decimals=decimals)


def shown_count(text: str, n: int) -> str:
    """A ``translate(..., n)`` message with its count in the chosen digits, for code without a context
    (a line made after its widget may be gone): ``LanguageManager.count_digits`` of the active manager."""
    manager = _active_manager() if _active_manager is not None else None
    return manager.count_digits(text, n) if manager is not None else text


def shown_digits(text: str) -> str:
    """Text made only of numbers and signs (an age band "25-34", a clock time) in the chosen digits."""
    return apply_digits(text, active_digits())


def manager_for_models() -> LanguageManager | None:
    """The running language manager, for item models that repaint themselves when digits change."""
    return _active_manager() if _active_manager is not None else None


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "desktop" / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """Where the compiled majlis_*.qm, qtbase_ckb.qm and qtbase_ar_extra.qm live (package data)."""
    return Path(__file__).resolve().with_name("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def load_fonts(directory: Path | None = None) -> list[str]:
    """Register every bundled .ttf with Qt once; return the font families now available.

    Needs a QGuiApplication. Raises RuntimeError if no font could be loaded, because
    without them Kurdish letters turn into boxes on a stock Windows.
    """
    global _font_families
    if _font_families is not None and directory is None:
        return list(_font_families)
    families: list[str] = []
    for path in sorted((directory or fonts_dir()).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load bundled font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        raise RuntimeError(f"no bundled fonts could be loaded from {directory or fonts_dir()}")
    if directory is None:
        _font_families = families
    return list(families)


def default_point_size(lang: str) -> float:
    size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    if size <= 0:
        size = 9.0
    return size + (RTL_SIZE_BONUS if is_rtl(lang) else 0.0)


def ui_font(lang: str, point_size: float | None = None) -> QFont:
    """The application font for ``lang``: our Arabic-script family first for ar/ckb.

    For English the system family comes first and ours are the fallback, so Arabic or
    Kurdish names inside English screens still render.

    In every language our Latin family comes before Noto Sans Arabic: Noto Naskh Arabic has no
    hyphen, and Noto Sans Arabic's lines are a quarter taller than Naskh's, so a line holding a
    hyphen (a bundle's file name, "2023-2024", a participant code) came out taller than the
    others, and Qt's item views, drawing each line as tall as the first, cut a wrapped item after
    its first line. Noto Sans's lines are shorter than Naskh's: every line is a Naskh line.
    English too: where the system family is only a name for others ("Sans Serif" on a Linux
    without a desktop's settings) Qt passes over it, Naskh is the first family it finds and sets
    the line, and a hyphen came from Noto Sans Arabic there as well (Sync's results, the Codebook's
    tree, the Recommendations list, the erasure report: rows with a hyphen a quarter taller, 58
    pixels against 46 at 20 points). Naskh stays before Noto Sans in English, so a row holding an
    Arabic name is no taller than one without.
    """
    system_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    if is_rtl(lang):
        families = [ARABIC_FAMILY, LATIN_FAMILY, ARABIC_UI_FAMILY, system_family]
    else:
        families = [system_family, ARABIC_FAMILY, LATIN_FAMILY, ARABIC_UI_FAMILY]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size if point_size and point_size > 0 else default_point_size(lang))
    return font


class LanguageManager(QObject):
    """Owns the interface language, the digit choice and the font size at runtime.

    ``languageChanged`` fires after translators, QLocale, direction and font are in
    place; widgets themselves retranslate on ``QEvent.LanguageChange``, which Qt posts
    (delivered on the next event-loop turn). ``digitsChanged`` is ours alone: Qt
    sends nothing for it, so views showing numbers or dates must listen to it.
    """

    languageChanged = Signal(str)
    # The person went on with the language shown (the first-run wizard's first page): a choice to keep
    # even when nothing changed, as a first start shows the system's language unasked.
    languageConfirmed = Signal(str)
    digitsChanged = Signal(str)
    fontSizeChanged = Signal(float)

    def __init__(
        self,
        app: QCoreApplication | None = None,
        *,
        app_translations: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        instance = app or QCoreApplication.instance()
        if instance is None:
            raise RuntimeError("LanguageManager needs a QApplication")
        self._app = instance
        self._dir = app_translations or translations_dir()
        self._translators: list[QTranslator] = []  # kept referenced while installed
        self._language: Lang | None = None
        self._digits: Digits = DEFAULT_DIGITS
        self._font_size: float | None = None  # None: follow the system size
        global _active_manager
        _active_manager = weakref.ref(self)

    # --- state ---------------------------------------------------------------
    @property
    def language(self) -> Lang:
        return self._language or DEFAULT_LANGUAGE

    @property
    def digits(self) -> Digits:
        return self._digits

    @property
    def font_size(self) -> float | None:
        return self._font_size

    def installed_translators(self) -> list[QTranslator]:
        return list(self._translators)

    # --- switching -------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        code = coerce_language(lang)
        # Locale and direction first: widgets retranslating on LanguageChange then
        # already see the new QLocale (for %Ln) and the new direction.
        QLocale.setDefault(QLocale(qt_locale_name(code)))
        self._refresh_widget_locales()
        if isinstance(self._app, QGuiApplication):
            # Through the Q_PROPERTY, with Qt::LayoutDirection's value (1 RightToLeft, 0 LeftToRight),
            # so that the Qt namespace is not built before the unlock window shows (see imports).
            self._app.setProperty("layoutDirection", _RIGHT_TO_LEFT if is_rtl(code) else _LEFT_TO_RIGHT)
        self._swap_translators(code)
        self._language = code
        self._apply_font()
        self.languageChanged.emit(code)

    def confirm_language(self) -> None:
        """Say that the language shown is the person's choice (``languageConfirmed``); nothing changes on screen."""
        self.languageConfirmed.emit(self.language)

    def set_digits(self, digits: str) -> None:
        value = coerce_digits(digits)
        if value != self._digits:
            self._digits = value
            self.digitsChanged.emit(value)
            # Every widget already re-renders its texts on LanguageChange (retranslate()); the digit
            # setting rides on the same event so that it reaches every number shown, not only the
            # views that remembered to listen to digitsChanged.
            QCoreApplication.postEvent(self._app, QEvent(QEvent.Type.LanguageChange))

    def set_font_size(self, point_size: float | None) -> None:
        """Set the interface font size in points; None or 0 follows the system size."""
        self._font_size = point_size if point_size and point_size > 0 else None
        self._apply_font()
        self.fontSizeChanged.emit(float(self._font_size or 0.0))

    def _refresh_widget_locales(self) -> None:
        # Widgets copy the default QLocale when created and never look again; unsetting
        # re-reads it and propagates to children (spin boxes, date edits re-render).
        if not isinstance(self._app, QApplication):
            return
        widgets = self._app.topLevelWidgets()
        if not widgets:
            return  # at start-up: nothing to refresh, and no reason to build the Qt namespace
        from PySide6.QtCore import Qt

        for widget in widgets:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()

    def _swap_translators(self, code: Lang) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if code == "en":
            # English is the source language: majlis_en holds only the plural forms of the
            # %n messages ("%n session(s)" -> "1 session", "5 sessions"); optional.
            self._install(f"{APP_TRANSLATION_PREFIX}_en", self._dir, required=False)
            return
        candidates = [(f"{APP_TRANSLATION_PREFIX}_{code}", self._dir)]
        if code == "ar":
            # Ours first, then Qt's: Qt asks the last installed translator first, so qtbase_ar answers
            # all it has and qtbase_ar_extra only what it lacks (Qt 6's file dialog labels).
            candidates.append(("qtbase_ar_extra", self._dir))
            candidates.append(("qtbase_ar", qt_translations_dir()))
        else:
            # Qt ships no Kurdish; ours covers standard buttons and context menus.
            candidates.append((f"qtbase_{code}", self._dir))
        for name, directory in candidates:
            self._install(name, directory)

    def _install(self, name: str, directory: Path, *, required: bool = True) -> None:
        translator = QTranslator(self)
        if translator.load(name, str(directory)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        elif required:
            log.warning("translation %s not found in %s", name, directory)

    def _apply_font(self) -> None:
        if not isinstance(self._app, QGuiApplication) or _font_families is None:
            return  # fonts not loaded (e.g. a headless test): leave the font alone
        self._app.setFont(ui_font(self.language, self._font_size))
        if isinstance(self._app, QApplication) and self._app.topLevelWidgets():  # at start-up: no table yet
            QTimer.singleShot(0, self, self._fit_table_rows)

    def _fit_table_rows(self) -> None:
        """Every table's rows as tall as the new font needs. Qt measures a table's row height once,
        from the font the table had when it was made: after Settings → Font size (or a language whose
        font is taller) every table already made, on every page, kept rows of the old height, and their
        words were cut at the top and bottom (seen at 24 points on the Recommendations page) until a
        restart. A row sized on purpose (a transcript's rows fit their words) keeps its size. Called
        in the turn after the font changed: the widgets hear of the new font from posted events."""
        assert isinstance(self._app, QApplication)
        import shiboken6
        from PySide6.QtWidgets import QHeaderView, QStyle

        for widget in self._tables():
            if not shiboken6.isValid(widget):  # gone while an earlier table was resized
                continue
            header = widget.verticalHeader()
            if header.count() and header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents:
                continue  # Qt sizes these rows itself
            old = header.defaultSectionSize()
            # As Qt sizes them when a table is made (QHeaderViewPrivate::updateDefaultSectionSizeFromStyle).
            new = max(header.minimumSectionSize(), header.style().pixelMetric(
                QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical, None, header))
            if new == old:
                continue
            own = {row: header.sectionSize(row) for row in range(header.count()) if header.sectionSize(row) != old}
            header.setDefaultSectionSize(new)
            for row, size in own.items():
                header.resizeSection(row, size)

    def _tables(self) -> list[QTableView]:
        """The tables of every window, found from the windows down (``findChildren``), each still alive.

        Not ``QApplication.allWidgets()``: that makes a Python object for every widget of the
        application, Qt's own parts and widgets whose memory was just given back among them, and the
        test suite met a segmentation fault in it (in the turn after a language change, with the
        previous test's windows being deleted)."""
        import gc

        import shiboken6
        from PySide6.QtWidgets import QTableView

        assert isinstance(self._app, QApplication)
        found: list[QTableView] = []
        # No cycle collection while Qt's lists of pointers become Python objects: a collection there
        # could delete a window Python owns (a closed test window or dialog in a reference cycle)
        # whose pointer is still in the list being converted.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for window in self._app.topLevelWidgets():
                if not shiboken6.isValid(window):
                    continue
                if isinstance(window, QTableView):
                    found.append(window)
                found.extend(t for t in window.findChildren(QTableView) if shiboken6.isValid(t))
        finally:
            if collecting:
                gc.enable()
        return found

    # --- formatting with the current settings ----------------------------------
    # (formatting is imported on first use: nothing is formatted before the unlock window shows;
    # a format left out is formatting.DISPLAY_DATE, the one date format of the screen)
    def format_number(self, value: Number, *, decimals: int | None = None) -> str:
        from desktop.i18n import formatting

        return formatting.format_number(value, self.language, self.digits, decimals=decimals)

    def count_digits(self, text: str, n: int) -> str:
        """A ``tr(text, "", n)`` message (its plural form chosen by Qt) with the count in the chosen
        digits: Qt writes ``%n`` in Latin ones. Only the count is touched, not a ``%1`` still to be
        filled in; a form that spells the number out (Arabic's "one", "two") is left as it is."""
        import re

        return re.sub(rf"(?<![%\d]){n}(?!\d)", lambda _m: self.format_number(n), text, count=1)

    def format_date(self, value: date | datetime, format: DateFormat | None = None) -> str:
        from desktop.i18n import formatting

        return formatting.format_date(value, self.language, self.digits, format or formatting.DISPLAY_DATE)

    def format_time(self, value: time | datetime, format: TimeFormat = "short") -> str:
        from desktop.i18n import formatting

        return formatting.format_time(value, self.language, self.digits, format)

    def format_datetime(self, value: datetime, format: DateFormat | None = None) -> str:
        from desktop.i18n import formatting

        return formatting.format_datetime(value, self.language, self.digits, format or formatting.DISPLAY_DATE)
