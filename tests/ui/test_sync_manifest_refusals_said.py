"""A bundle refused for its manifest (manifest.json, the signed list of what it holds) is said in a line of
its own, translated, with no field's content in it, on the Sync page and by `majlis-cli bundle import`.

Found before: every manifest refusal (a device name longer than the roster keeps, a field missing, a kind
Majlis does not know, a manifest that is not JSON) was a MalformedBundleError with a specific English
message that had no translation, so an Arabic or Kurdish page showed the general "The bundle's content is
not laid out as a Majlis bundle." for all of them; and an unknown kind was quoted in the CLI's line. Now
each is a refusal of its own class (desktop/sync/errors_bundle.py: bad_manifest, manifest_unreadable,
long_device_name), still a MalformedBundleError. Real team, real age and Ed25519, the real page and CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.sync.errors import (
    BadManifestError,
    LongDeviceNameError,
    MalformedBundleError,
    ManifestUnreadableError,
)
from desktop.sync.team import current_team
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.bundle_helpers import CHANGES, DEVICE_KEY, changes_jsonl, craft, manifest_dict, raw_zip
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, laptop_key, participant_data

team = team_fixture(devices=1)
SECRET_KIND = "kind-SECRET-VALUE"  # a value of the manifest's, never quoted in a refusal
LONG_NAME = "Basra laptop " + "ب" * 300
# Each file and the refusal said of it.
EXPECTED = {"long-name.majlis": LongDeviceNameError, "no-created.majlis": BadManifestError,
            "odd-kind.majlis": BadManifestError, "not-json.majlis": ManifestUnreadableError}


def _files(team: Team, folder: Path) -> list[Path]:
    """Bundles sealed to this team's keys, each with one fault in its manifest."""
    with team.centre.session() as s:
        ours = current_team(s)
        assert ours is not None
        recipients, team_id = list(ours.recipients), ours.id
    laptop = team.devices[0]
    rec = change("participant", "insert", participant_data(code="BSR-FG01-P01"), device=laptop.device_id, seq=1)
    forge(team, [rec], device_id=laptop.device_id, key=laptop_key(laptop), name=LONG_NAME,
          out=folder / "long-name.majlis", store=laptop)
    payload = {"changes.jsonl": changes_jsonl(CHANGES)}
    good = manifest_dict(payload, team_id=team_id, recipients=recipients)
    no_created = {k: v for k, v in good.items() if k != "created"}
    (folder / "no-created.majlis").write_bytes(craft(payload, manifest=no_created, recipients=recipients))
    (folder / "odd-kind.majlis").write_bytes(craft(payload, manifest={**good, "kind": SECRET_KIND},
                                                   recipients=recipients))
    archive = raw_zip([("manifest.json", b"{not json"), ("manifest.sig", DEVICE_KEY.sign(b"{not json")),
                       ("changes.jsonl", payload["changes.jsonl"])])
    (folder / "not-json.majlis").write_bytes(
        pyrage.encrypt(archive, [x25519.Recipient.from_str(r) for r in recipients]))
    return [folder / name for name in EXPECTED]


def test_each_refusal_is_still_a_malformed_bundle() -> None:
    assert all(issubclass(cls, MalformedBundleError) for cls in EXPECTED.values())
    assert len({cls.default_message for cls in EXPECTED.values()} | {MalformedBundleError.default_message}) == 4


def test_the_cli_names_the_manifests_refusal_without_its_content(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    files = _files(team, tmp_path)
    path = team.centre.path
    team.centre.close()
    code, out, err = run(capsys, "bundle", "import", "--db", path, *files)
    assert code == 1, (out, err)
    lines = err.splitlines()
    assert len(lines) == len(files), err
    for name, cls in EXPECTED.items():
        assert any(line.startswith(f"refused {tmp_path / name}: [{cls.code}] ") for line in lines), err
    assert "SECRET" not in out + err and "ب" * 5 not in out + err and "Traceback" not in out + err


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_page_says_the_manifests_refusal_in_its_own_line(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, lang: str) -> None:
    files = _files(team, tmp_path)
    before = full_digest(team.centre)
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot)
    assert isinstance(page, SyncPage)
    assert page.import_paths(files)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and page.results.count() > 0, timeout=60_000)
    lines = [page.results.item(i).text() for i in range(1, page.results.count())]
    assert [o.status for o in page.last_outcomes] == ["refused"] * len(files)
    assert full_digest(team.centre) == before
    translate = QCoreApplication.translate
    malformed = translate("BundleError", MalformedBundleError.default_message)
    for name, cls in EXPECTED.items():
        said = next(line for line in lines if name in line)
        assert malformed not in said, said
        assert "SECRET" not in said and "ب" * 5 not in said, said
        if lang != "en":  # the class's own sentence, translated
            assert said.endswith(translate("BundleError", cls.default_message)), said
