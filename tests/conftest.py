"""Shared fixtures. Qt runs offscreen; every test gets its own real encrypted database."""

from __future__ import annotations

import atexit
import faulthandler
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyrage
import pyrage.passphrase
import pytest
from hypothesis import settings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import digests, sqlcipher_file
from desktop.core.db import Store
from tests.database_salts import SALTS
from tests.shared_dialect import SHARED_DIALECT
from tests.stores import fresh_store

# Ctrl+C as a terminal gives it: a suite started in the background (`.ci/run &`, nohup) inherits SIGINT
# ignored, which a Majlis command keeps ignored as a background job should (tests/cli: Ctrl+C ignored by
# the caller stays ignored); the tests that press Ctrl+C in a command they start must see a terminal's.
# A handler of ours (not SIG_DFL: Python's own) is also what a command started from here inherits as SIG_DFL.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

# Settings and data folders of this test process only: tests never read or write the developer's
# own Majlis settings, and test processes running side by side (pytest -n) never share them.
_PRIVATE_HOME = tempfile.mkdtemp(prefix="majlis-test-home-")
atexit.register(shutil.rmtree, _PRIVATE_HOME, True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PRIVATE_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_PRIVATE_HOME, "data")

PASSPHRASE = "correct horse battery staple"

# SQLCipher's key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds: ~0.2 s of CPU, several on a loaded
# machine) remembered per test process by everything it depends on: passphrase, salt, rounds, length.
# A store fixture's database is a copy of one template (tests/stores.py), so it has the template's
# salt: without this, every open, verify_key and backup check of every test derived the same 32 bytes
# again (a fifth of the CPU time of the whole suite). Honest because it is the same function giving
# the same bytes: each (passphrase, salt) is still derived for real, by desktop.core.digests, the first
# time this process meets it; a new database (new_key) has a fresh random salt and always derives; a
# wrong passphrase is other bytes and derives; a test's subprocesses (majlis-cli, the frozen app) derive
# for real. Only SQLCipher's own parameters are remembered (another call of pbkdf2_hmac, such as the
# test comparing it with hashlib, goes straight through), and the tests of the derivation itself ask
# for ``real_key_derivation``. SQLCipher's derivation inside a connection keyed by passphrase is C and
# not remembered here.
_real_pbkdf2_hmac = digests.pbkdf2_hmac
_derived: dict[tuple[bytes, bytes, int], bytes] = {}
_SQLCIPHER_KDF = ("sha512", sqlcipher_file._KDF_ROUNDS, sqlcipher_file._KEY_BYTES)  # as imported: a test may change them


def _pbkdf2_hmac_remembered(hash_name: str, password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
    if (hash_name, iterations, length) != _SQLCIPHER_KDF:
        return _real_pbkdf2_hmac(hash_name, password, salt, iterations, length)
    key = (password, salt, iterations)
    derived = _derived.get(key)
    if derived is None:
        derived = _derived[key] = _real_pbkdf2_hmac(hash_name, password, salt, iterations, length)
    return derived


digests.pbkdf2_hmac = _pbkdf2_hmac_remembered

# The n-th database a test makes has the n-th salt of a fixed list (tests/database_salts.py), so that
# its key, derived for real once per process, is remembered above for every later test's n-th one.
sqlcipher_file.secrets = SALTS  # type: ignore[attr-defined, assignment]

# Every store's engine compiles a statement once per process, not once per store (tests/shared_dialect.py).
SHARED_DIALECT.install()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the test's fixtures: its first database takes the first salt again."""
    SALTS.next_test()


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[object], request: pytest.FixtureRequest) -> Iterator[None]:
    """A fixture that outlives the test (a module's, a session's) makes its databases with random salts."""
    if fixturedef.scope == "function":
        yield
    else:
        with SALTS.random():
            yield


@pytest.fixture
def real_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests of the key derivation itself (and of how often it runs): every call derives."""
    monkeypatch.setattr(digests, "pbkdf2_hmac", _real_pbkdf2_hmac)


# age's passphrase files (a protected team key) are opened with scrypt, whose work factor rage sets to
# about a second of this machine's CPU, and tests open the same file with the same passphrase again (a
# key file made once per process and copied, a wrong passphrase tried twice). What a test process has
# opened is remembered like the key derivation above, by everything the result depends on (the sealed
# bytes and the passphrase), a refusal as well as the opened text: each pair is still opened by pyrage
# the first time this process meets it, another file or passphrase is opened for real, and a test's
# subprocesses (majlis-cli, the frozen app) open for real. Sealing is not remembered (each key file
# sealed holds the time it was made, so none is sealed twice), but what a process sealed it knows: the
# file it sealed, opened with the passphrase it sealed it with, gives back what it sealed, as age
# guarantees; a changed byte, a cut file or another passphrase is opened by pyrage. The tests of the
# sealing itself ask for ``real_age_passphrases``.
_real_passphrase_decrypt = pyrage.passphrase.decrypt
_opened: dict[tuple[bytes, str], bytes | str] = {}


def _passphrase_decrypt_remembered(sealed: bytes, passphrase: str) -> bytes:
    key = (bytes(sealed), passphrase)
    known = _opened.get(key)
    if known is None:
        try:
            known = _opened[key] = _real_passphrase_decrypt(sealed, passphrase)
        except pyrage.DecryptError as exc:
            _opened[key] = str(exc)
            raise
    if isinstance(known, str):
        raise pyrage.DecryptError(known)  # the same refusal, in the same words (keys.py reads them)
    return known


_real_passphrase_encrypt = pyrage.passphrase.encrypt


def _passphrase_encrypt_remembered(plaintext: bytes, passphrase: str) -> bytes:
    """Sealed for real; what it holds is then known to this process, as if it had opened it once."""
    sealed: bytes = _real_passphrase_encrypt(plaintext, passphrase)
    _opened[(bytes(sealed), passphrase)] = bytes(plaintext)
    return sealed


pyrage.passphrase.decrypt = _passphrase_decrypt_remembered
pyrage.passphrase.encrypt = _passphrase_encrypt_remembered


@pytest.fixture
def real_age_passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test of the sealing and opening themselves: pyrage's own, every call."""
    monkeypatch.setattr(pyrage.passphrase, "encrypt", _real_passphrase_encrypt)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _real_passphrase_decrypt)


@pytest.fixture
def sealings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for each file sealed with a passphrase (a protected team key: seconds of scrypt on a
    coordinator's laptop) in this process from now on; the sealing itself is pyrage's, done for real."""
    counted: list[int] = []
    seal = pyrage.passphrase.encrypt

    def counted_seal(plaintext: bytes, passphrase: str) -> bytes:
        counted.append(1)
        sealed: bytes = seal(plaintext, passphrase)
        return sealed

    monkeypatch.setattr(pyrage.passphrase, "encrypt", counted_seal)
    return counted

# Property tests: "dev" for a developer's plain pytest, "ci" (HYPOTHESIS_PROFILE=ci, set by .ci/test)
# searching four times as many examples; tests with their own count scale it (tests/examples.py).
# No per-example deadline: time is for benchmarks/, and on a shared machine a deadline only measures
# the other work running (a text normalisation once took 336 ms against the default 200 ms).
settings.register_profile("dev", max_examples=25, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# A test that hangs (a modal dialog nobody answers, a worker waiting for ever) is stopped after
# WATCHDOG_SECONDS (a test marked ``timeout(seconds)`` has its own: the packaging tests build the app)
# with every thread's stack written to the terminal; the process then exits, and under pytest-xdist the
# run goes on (the test reported as crashing its worker, a new worker started). faulthandler's watchdog
# is a thread in C that needs no GIL, so it fires inside Qt's event loop too (where a signal may never
# reach Python), and arming it costs microseconds: pytest-timeout's "thread" method, used before, started
# and joined a Python thread around every test, ~8 ms of wall time a test (about 45 s a run).
WATCHDOG_SECONDS = 900
_watchdog_fd = 2


def pytest_configure(config: pytest.Config) -> None:
    global _watchdog_fd
    # Output capture is suspended while plugins are configured: this is the terminal's stderr (or the
    # xdist controller's), where the stacks must go; a test's captured stderr is lost when it exits.
    _watchdog_fd = os.dup(sys.stderr.fileno())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    marker = item.get_closest_marker("timeout")
    seconds = float(marker.args[0]) if marker is not None else WATCHDOG_SECONDS
    faulthandler.dump_traceback_later(seconds, exit=True, file=_watchdog_fd)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


# A widget given to qtbot lives until its test ends. pytest-qt keeps only a weak reference (to close it
# then), so a window the test made without a parent and no longer names was deleted by Python's garbage
# collector whenever a collection ran: a shown audit-trail dialog went in the middle of the next one's
# reading of the database (tests/i18n/test_audit_trail_words.py), and twice a worker crashed there. Held
# here, it is closed by pytest-qt first and deleted when this list goes, still inside the test's teardown,
# where pytest-qt reports an exception raised by a Python method Qt calls meanwhile.
_pytestqt_add_widget = QtBot.addWidget


def _add_widget_kept(self: QtBot, widget: QWidget, *, before_close_func: Callable[[QWidget], None] | None = None) -> None:
    _pytestqt_add_widget(self, widget, before_close_func=before_close_func)
    self._request.node.__dict__.setdefault("majlis_widgets_kept", []).append(widget)


QtBot.addWidget = QtBot.add_widget = _add_widget_kept  # type: ignore[method-assign, assignment]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """After pytest-qt has closed the test's widgets, before the fixtures end (the store they show)."""
    item.__dict__.pop("majlis_widgets_kept", None)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Once per run, before any test (in the controller only, not in every xdist worker): the
    package's built translations made again when a .ts is newer (tests/i18n_support.py)."""
    if hasattr(session.config, "workerinput"):
        return
    from tests.i18n_support import rebuild_built_translations, stale_built_translations

    if stale_built_translations():
        rebuild_built_translations()


@pytest.fixture(scope="session")
def _states_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each test's folder for exported positions is made (once per process)."""
    return tmp_path_factory.mktemp("states")


@pytest.fixture(autouse=True)
def _private_state_dir(_states_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exported positions (desktop/core/exported_position.py) go to a per-test folder, never ~. Made with a
    random name in a folder of their own: pytest's numbered folders list the folder they are made in."""
    monkeypatch.setenv("MAJLIS_STATE_DIR", tempfile.mkdtemp(dir=_states_folder))


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """majlis-cli as a coordinator's script runs it: the passphrase in the environment, no key file
    named there (a module uses it with ``pytestmark = pytest.mark.usefixtures("cli_env")``)."""
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MAJLIS_IDENTITY_FILE", raising=False)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "field.db"


@pytest.fixture
def new_store() -> Iterator[Callable[..., Store]]:
    """``new_store(path, device_name)``: another empty store (a centre, a second laptop), closed at
    teardown unless the test closed it."""
    made: list[Store] = []

    def make(path: Path, device_name: str = "test laptop") -> Store:
        made.append(fresh_store(path, PASSPHRASE, device_name))
        return made[-1]

    yield make
    for s in made:
        if s.lock is not None and s.lock.held:  # not closed by the test itself
            s.close()


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty real encrypted store: a copy of a template made once per run (tests/stores.py)."""
    s = fresh_store(db_path, PASSPHRASE, "test laptop")
    yield s
    s.close()


@pytest.fixture(scope="session")
def bundled_fonts(qapp):  # type: ignore[no-untyped-def]
    """Load desktop/resources/fonts/*.ttf once: offscreen Qt on Windows sees no system fonts. The
    application's look of read-only fields is installed with them, as ``majlis`` does at start."""
    from desktop.ui.qt_i18n import load_fonts
    from desktop.ui.widgets import read_only_look

    read_only_look.install()
    return load_fonts()


def english_again(manager) -> None:  # type: ignore[no-untyped-def]
    """A test's language manager at its end: English and Latin digits again, and its translators out
    of the application now. Left installed, each was taken out whenever its manager happened to be
    freed (with the test's last widget, destroyed in a later test's event loop, or by the garbage
    collector), and Qt then sent a LanguageChange to every window of whatever test was running."""
    from PySide6.QtCore import QCoreApplication

    manager.set_language("en")
    manager.set_digits("latn")
    for translator in manager.installed_translators():
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _qt_leftovers_go_with_their_test() -> Iterator[None]:
    """Destroys the widgets a test closed, and delivers the LanguageChange events it caused, before
    the next test starts.

    pytest-qt closes a test's widgets with deleteLater; Qt carries that out only in a later event
    loop, i.e. in the first waitUntil of some later test, where their destruction freed the old
    test's objects (a language manager and its translators: a LanguageChange to every window of the
    running test, which retranslated in the middle of its work). Autouse fixtures end after the
    test's other fixtures and after pytest-qt has closed its widgets.
    """
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # asked for by name: runs now
    for _ in range(2):  # one to the application, which posts one to every window left
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def language(qapp, bundled_fonts):  # type: ignore[no-untyped-def]
    """The UI language manager, in English, and back to English afterwards for the next test."""
    from desktop.ui.qt_i18n import LanguageManager

    manager = LanguageManager(qapp)
    manager.set_language("en")
    yield manager
    english_again(manager)


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled once per run into a private folder (never the package's own .qm)."""
    from tests.i18n_support import compile_all

    return compile_all(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def manager(qapp, compiled: Path, bundled_fonts, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A language manager on freshly compiled translations, with the user's settings in a private
    folder; English, Latin digits, locale, font and direction are put back afterwards."""
    from PySide6.QtCore import QLocale, QSettings

    from desktop.ui.qt_i18n import LanguageManager

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    saved_locale, saved_font, saved_direction = QLocale(), qapp.font(), qapp.layoutDirection()
    mgr = LanguageManager(qapp, app_translations=compiled)
    mgr.set_language("en")
    yield mgr
    english_again(mgr)
    QLocale.setDefault(saved_locale)
    qapp.setFont(saved_font)
    qapp.setLayoutDirection(saved_direction)


@pytest.fixture
def user_name() -> str:
    """Who is at the keyboard; a test module overrides this fixture to be someone else."""
    return "tester"


@pytest.fixture
def ctx(store, language, user_name):  # type: ignore[no-untyped-def]
    """What every page is handed. Teardown waits until the DB worker's results reached the UI thread,
    so no operation of one test runs into the next test's database."""
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import TaskRunner

    context = AppContext(store=store, language=language, tasks=TaskRunner(), user_name=user_name)
    yield context
    assert context.tasks.drain(10_000), "an operation was still running at the end of the test"


@pytest.fixture
def make_ctx(language):  # type: ignore[no-untyped-def]
    """Contexts for other stores (a centre, a second laptop): ``make_ctx(store, user_name=...)``.
    Like ``ctx``, every one is drained at teardown, so no worker result outlives its test."""
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import TaskRunner

    made: list[AppContext] = []

    def make(store: Store, user_name: str = "tester", lang=None) -> AppContext:  # type: ignore[no-untyped-def]
        context = AppContext(store=store, language=lang or language, tasks=TaskRunner(), user_name=user_name)
        made.append(context)
        return context

    yield make
    for context in made:
        assert context.tasks.drain(10_000), "an operation was still running at the end of the test"


class ModelValidator:
    """Checks an item model with Qt's model tester, and keeps checking it until the test ends.

    qutebrowser's ``tests/helpers/fixtures.py`` idea: pytest-qt's ``qtmodeltester`` attaches
    ``QAbstractItemModelTester`` to the model, so every later reset, insert, remove and dataChanged
    is checked too, and a broken promise to Qt fails the test (``qt_log_level_fail``).
    """

    def __init__(self, modeltester):  # type: ignore[no-untyped-def]
        self._modeltester = modeltester
        self.models: list[object] = []

    def set_model(self, model):  # type: ignore[no-untyped-def]
        self.models.append(model)
        self._modeltester.check(model)
        return model


@pytest.fixture
def model_validator(qtmodeltester):  # type: ignore[no-untyped-def]
    return ModelValidator(qtmodeltester)


@pytest.fixture
def questions_as_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """The long questions (question_dialog.ask_yes_no) answered as the test answers QMessageBox.question
    (tests/question_answers.py): for a test module of what follows an approval, a revocation."""
    from tests.question_answers import answer_as_message_box

    answer_as_message_box(monkeypatch)
