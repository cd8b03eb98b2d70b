"""Every user setting, declared once with its QSettings key, type and default.

Like Picard's ``options.py``: one table says what exists, so a typo in a key or a
wrong type read back from the INI file (QSettings gives strings on some platforms)
can never reach the rest of the app. Readers go through :class:`SettingsStore`;
anything stored that does not validate falls back to the default.

QSettings is used with its default constructor (organisation and application names
set by the app shell). Nothing else reads or writes QSettings: the idle lock and the
app shell's "last database" go through this store too.

Settings files carry a ``settings_version``. :func:`SettingsStore.upgrade` runs, in
order, the hooks in ``UPGRADES`` for every version newer than the file's (Picard's
``config_upgrade.py``): renaming or converting a setting is one hook, written once,
and a file from an older Majlis is brought up to date at start-up. A file from a
newer Majlis is left as it is (its values are still validated when read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QLocale, QSettings

from desktop.i18n.digits import DEFAULT_DIGITS, Digits, coerce_digits
from desktop.i18n.languages import DEFAULT_LANGUAGE, Lang, coerce_language

if TYPE_CHECKING:
    from desktop.ui.qt_i18n import LanguageManager

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)  # read-only: an Option[Lang] is an Option[str]

FONT_SIZE_MIN = 8
FONT_SIZE_MAX = 28
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 240


# A NamedTuple, not a dataclass: read before the unlock window shows (see desktop.i18n.languages).
class Option(NamedTuple, Generic[T_co]):
    key: str
    default: T_co
    # Turns what QSettings hands back (str, int, float…) into a valid value or raises.
    coerce: Callable[[Any], T_co]


def _font_size(value: Any) -> float:
    """0 means "follow the system size"; anything else is clamped to a readable range."""
    size = float(value)
    if size <= 0:
        return 0.0
    return float(min(max(size, FONT_SIZE_MIN), FONT_SIZE_MAX))


def _idle_minutes(value: Any) -> int:
    minutes = int(float(value))
    return min(max(minutes, IDLE_LOCK_MIN), IDLE_LOCK_MAX)


def _language(value: Any) -> Lang:
    return coerce_language(str(value))


def _digits(value: Any) -> Digits:
    return coerce_digits(str(value))


LANGUAGE: Option[Lang] = Option("language", DEFAULT_LANGUAGE, _language)
DIGITS: Option[Digits] = Option("digits", DEFAULT_DIGITS, _digits)
FONT_SIZE: Option[float] = Option("font_size", 0.0, _font_size)
IDLE_LOCK_MINUTES: Option[int] = Option("idle_lock_minutes", 10, _idle_minutes)
LAST_DB: Option[str] = Option("last_db", "", str)  # the database opened last, offered at start


def _column_names(value: Any) -> tuple[str, ...]:
    """Column names separated by spaces (a list, as some platforms hand one back, too); never none."""
    words = " ".join(str(v) for v in value).split() if isinstance(value, (list, tuple)) else str(value).split()
    names = tuple(w for w in words if w.isidentifier())
    if not names:
        raise ValueError("no column named")
    return names


# The columns the Recommendations list shows (desktop/ui/advocacy/page.py names them; the number, the
# title and the status always show). By default the support counts are left to the recommendation's own
# "Who supports it": beside the recommendation, on a 1366x768 screen, they pushed the status out of sight,
# and on that laptop at 150 % the title kept 80 pixels beside even one of them.
RECOMMENDATION_COLUMNS: Option[tuple[str, ...]] = Option(
    "recommendation_list_columns", ("number", "title", "status"), _column_names)

# The columns the Participants list shows beyond the pseudonym and the consent (which always show, first):
# all by default; at a large text size a person hides those they do not need (a menu on the headings).
PARTICIPANT_COLUMNS: Option[tuple[str, ...]] = Option(
    "participant_list_columns",
    ("governorate", "gender", "age_band", "setting", "occupation", "recorded_on"), _column_names)

OPTIONS: tuple[Option[Any], ...] = (LANGUAGE, DIGITS, FONT_SIZE, IDLE_LOCK_MINUTES, LAST_DB, RECOMMENDATION_COLUMNS,
                                    PARTICIPANT_COLUMNS)

VERSION_KEY = "settings_version"


def _to_v1(qsettings: QSettings) -> None:
    """Version 1 is the first versioned layout: the keys above, as earlier builds wrote them.

    Nothing to convert; the hook is here so the chain starts at 1 and a later layout change is
    one more function and one more line in ``UPGRADES``.
    """


#: version -> hook that brings a settings file from version - 1 to this version.
UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _to_v1}
SETTINGS_VERSION = max(UPGRADES)


def system_language(ui_languages: Iterable[str]) -> Lang | None:
    """The first of the system's preferred languages that Majlis speaks, or None.

    ``ui_languages`` is what ``QLocale.system().uiLanguages()`` gives ("ckb-IQ", "ar", "en-GB"...).
    "ku" is Kurmanji in Latin script and never stands for Sorani, so it does not match; but Windows
    names its Central Kurdish "ku-Arab-IQ" (and Qt adds "ku-IQ", "ku-Arab", "ku" after it): Kurdish
    written in Arabic script is taken for Sorani.
    """
    for name in ui_languages:
        subtags = name.replace("_", "-").lower().split("-")
        if subtags[0] == "ku" and "arab" in subtags[1:]:
            return "ckb"
        try:
            return coerce_language(name)
        except ValueError:
            continue
    return None


class SettingsStore:
    """Typed access to QSettings: ``store.get(LANGUAGE)``, ``store.set(DIGITS, "arab")``.

    ``system_languages`` stands in for the system's preferred languages (tests); by default they
    are read from QLocale. They choose the language of a first start, before anything is stored.
    """

    def __init__(self, qsettings: QSettings | None = None, system_languages: Iterable[str] | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self._system_languages = list(system_languages) if system_languages is not None else None

    def get(self, option: Option[T]) -> T:
        raw = self.qsettings.value(option.key, None)
        if raw is None or raw == "":
            return option.default
        try:
            return option.coerce(raw)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> T:
        """Validate, store and return the value actually stored (clamped or coerced)."""
        checked = option.coerce(value)
        self.qsettings.setValue(option.key, checked)
        self.qsettings.sync()
        return checked

    def reset(self, option: Option[Any]) -> None:
        self.qsettings.remove(option.key)

    @property
    def version(self) -> int:
        try:
            return int(str(self.qsettings.value(VERSION_KEY, 0)))
        except (TypeError, ValueError):
            return 0

    def upgrade(self) -> list[int]:
        """Run the upgrade hooks this settings file has not seen yet; returns the versions applied."""
        applied = []
        for version in sorted(v for v in UPGRADES if v > self.version):
            UPGRADES[version](self.qsettings)
            self.qsettings.setValue(VERSION_KEY, version)
            applied.append(version)
        if applied:
            self.qsettings.sync()
        return applied

    # Shortcuts for the settings read at start-up.
    @property
    def language(self) -> Lang:
        """The stored language; on a first start the system's, when it is ar, ckb or en."""
        if self.qsettings.value(LANGUAGE.key, None) in (None, ""):
            names = self._system_languages
            if names is None:
                names = list(QLocale.system().uiLanguages())
            return system_language(names) or LANGUAGE.default
        return self.get(LANGUAGE)

    @property
    def digits(self) -> Digits:
        return self.get(DIGITS)

    @property
    def font_size(self) -> float:
        return self.get(FONT_SIZE)

    @property
    def idle_lock_minutes(self) -> int:
        return self.get(IDLE_LOCK_MINUTES)

    def apply_to(self, manager: LanguageManager) -> None:
        """Put the stored language, digits and font size into a LanguageManager (at start-up)."""
        manager.set_digits(self.digits)
        manager.set_font_size(self.font_size or None)
        manager.set_language(self.language)

    def follow(self, manager: LanguageManager) -> None:
        """Store every later change of language, digits or font size, wherever it is made
        (first-run wizard, View menu, Settings page), so the next start and its unlock window
        come up the way the user left them; and the language a first start showed once the person
        goes on with it (the wizard's first page), not the system's again at the next start."""
        manager.languageChanged.connect(lambda code: self.set(LANGUAGE, code))
        manager.languageConfirmed.connect(lambda code: self.set(LANGUAGE, code))
        manager.digitsChanged.connect(lambda digits: self.set(DIGITS, digits))
        manager.fontSizeChanged.connect(lambda size: self.set(FONT_SIZE, size))
