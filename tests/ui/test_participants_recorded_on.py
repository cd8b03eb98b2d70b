"""The Participants page and the consent register at the centre: two laptops' first Basra focus
group both seat a ``BSR-FG01-P01`` (pseudonyms are numbered on each laptop), and each list showed two
identical rows. Their "Recorded on" column now names the device that recorded each, as the centre
labels it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent, participants
from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.consent_helpers import all_yes, template_texts
from tests.i18n_allowlist import english_words
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture

team = team_fixture(devices=2)


@pytest.fixture
def centre_ctx(team: Team, tmp_path: Path, manager: LanguageManager) -> Iterator[AppContext]:
    """The centre, after each laptop's first Basra focus group (one seat each) arrived."""
    bundles = []
    for n, laptop in enumerate(team.devices):
        consent.publish_version(laptop, f"form_{n}", template_texts(required=()))
        with laptop.transaction() as s:
            session = Session(kind="focus_group", title=f"FG {n}", governorate="basra")
            s.add(session)
            s.flush()
            session_id, pid = session.id, participants.add_to_session(s, session.id).id
            form = consent.template_for(s, f"form_{n}", "ar")
            assert form is not None
            form_id = form.id
        consent.record_consent(laptop, pid, session_id, form_id, all_yes(form_id, laptop), "paper",
                               facilitator="F1")
        made = export_bundle(laptop, tmp_path / f"laptop-{n}.majlis")
        assert made is not None
        bundles.append(made.path)
    outcomes = import_files(team.centre, bundles, team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    context = AppContext(store=team.centre, language=manager, tasks=TaskRunner(), user_name="coordinator")
    yield context
    assert context.tasks.drain(10_000)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_participants_page_says_which_laptop_recorded_each(
        lang: str, centre_ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    page = ParticipantsPage(centre_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    model = page.model
    code, device = model.columns.index("code"), model.columns.index("recorded_on")
    rows = [(model.data(model.index(r, code)), str(model.data(model.index(r, device))))
            for r in range(model.rowCount())]
    assert [c for c, _ in rows] == ["BSR-FG01-P01", "BSR-FG01-P01"]  # nobody renamed
    assert sorted(d.split(" (")[0] for _, d in rows) == ["field laptop 1", "field laptop 2"]
    heading = str(model.headerData(device, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
    if lang == "en":
        assert heading == "Recorded on"
    else:
        assert heading and english_words(heading) == [], heading


def test_the_consent_register_says_which_laptop_recorded_each(
        centre_ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language("ckb")
    page = ConsentPage(centre_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 2, timeout=5000)
    model = page.register
    last = model.columnCount() - 1
    heading = str(model.headerData(last, Qt.Orientation.Horizontal))
    assert heading and english_words(heading) == [], heading
    rows = [(str(model.data(model.index(r, 0))), str(model.data(model.index(r, last))))
            for r in range(model.rowCount())]
    assert [c for c, _ in rows] == ["BSR-FG01-P01", "BSR-FG01-P01"]
    assert sorted(d.split(" (")[0] for _, d in rows) == ["field laptop 1", "field laptop 2"]


@pytest.fixture
def unnamed_ctx(tmp_path: Path, manager: LanguageManager) -> Iterator[AppContext]:
    """A laptop made with an empty device name, one participant with a consent record."""
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    consent.publish_version(store, "form", template_texts(required=()))
    with store.transaction() as s:
        session = Session(kind="focus_group", title="FG", governorate="basra")
        s.add(session)
        s.flush()
        session_id, pid = session.id, participants.add_to_session(s, session.id).id
        form = consent.template_for(s, "form", "ar")
        assert form is not None
        form_id = form.id
    consent.record_consent(store, pid, session_id, form_id, all_yes(form_id, store), "paper", facilitator="F1")
    context = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="facilitator")
    yield context
    assert context.tasks.drain(10_000)
    store.close()


def test_a_device_without_a_name_is_named_by_its_id_in_the_interfaces_language(
        unnamed_ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    """A device with no label was `- (1a2b3c4d)` in both lists; it is named as `device list` names
    it, `1a2b3c4d (no name yet)`, in the interface's language (desktop/core/device_label)."""
    manager.set_language("ckb")
    label = f"\u200f{unnamed_ctx.store.device_id[-8:]} (هێشتا ناوی نییە)"
    page = ParticipantsPage(unnamed_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    model = page.model
    assert model.data(model.index(0, model.columns.index("recorded_on"))) == label
    register = ConsentPage(unnamed_ctx)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitUntil(lambda: register.register.rowCount() == 1, timeout=5000)
    last = register.register.columnCount() - 1
    assert register.register.data(register.register.index(0, last)) == label


def test_a_device_without_a_name_follows_a_switch_of_language(
        unnamed_ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    """The words of ``(no name yet)`` were worked out when the rows were read: after a switch of
    language both lists kept saying them in the old one until the page read its rows again."""
    manager.set_language("ckb")
    short = unnamed_ctx.store.device_id[-8:]
    page = ParticipantsPage(unnamed_ctx)
    qtbot.addWidget(page)
    page.show()
    register = ConsentPage(unnamed_ctx)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and register.register.rowCount() == 1, timeout=5000)
    column = page.model.columns.index("recorded_on")
    last = register.register.columnCount() - 1
    assert page.model.data(page.model.index(0, column)) == f"\u200f{short} (هێشتا ناوی نییە)"
    reads = page.model.rows_loaded
    repainted: set[str] = set()
    page.model.dataChanged.connect(lambda *_: repainted.add("participants"))
    register.register.dataChanged.connect(lambda *_: repainted.add("register"))

    def said() -> tuple[str, str]:
        return (str(page.model.data(page.model.index(0, column))),
                str(register.register.data(register.register.index(0, last))))

    manager.set_language("en")
    qtbot.waitUntil(lambda: repainted == {"participants", "register"}, timeout=5000)  # told to paint again
    assert said() == (f"{short} (no name yet)", f"{short} (no name yet)")
    manager.set_language("ar")
    qtbot.wait(50)
    for text in said():
        assert short in text and english_words(text) == [], text
    assert page.model.rows_loaded == reads  # said again, not read again
