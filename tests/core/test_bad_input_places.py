"""Where a database lives (issue 11, bad input): synced folders are recognised, a read-only folder
is one clear reason, and Arabic or Kurdish folder names with spaces work like any other."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import backups, migrate
from desktop.core.db import create_store, make_engine, open_store
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import Session
from desktop.core.synced_folder import WARNING, synced_service
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only

KURDISH_FOLDER = "داتای کۆبوونەوە و گفتوگۆ"
ARABIC_FOLDER = "محاضر الجلسات الحوارية"


@pytest.mark.parametrize(("path", "service"), [
    ("/home/sara/OneDrive/majlis/field.db", "OneDrive"),
    ("/home/sara/OneDrive - Tammuz Organisation/field.db", "OneDrive"),
    ("/home/sara/Dropbox/Majlis files/field.db", "Dropbox"),
    ("/home/sara/Dropbox (Tammuz)/field.db", "Dropbox"),
    ("/home/sara/Google Drive/field.db", "Google Drive"),
    ("/media/G/My Drive/majlis/field.db", "Google Drive"),
    ("/home/sara/Insync/sara@example.org/Google Drive/field.db", "Google Drive"),
    ("/Users/sara/Library/CloudStorage/GoogleDrive-sara@example.org/My Drive/field.db", "Google Drive"),
    ("/Users/sara/Library/CloudStorage/OneDrive-Personal/field.db", "OneDrive"),
    (f"/home/sara/dropbox/{KURDISH_FOLDER}/field.db", "Dropbox"),
])
def test_synced_folders_are_recognised_by_their_names(path: str, service: str) -> None:
    assert synced_service(path, environ={}) == service


@pytest.mark.parametrize("path", [
    "/home/sara/.local/share/Majlis/Majlis/majlis.db",
    "/home/sara/Documents/dropbox-notes/field.db",  # a folder that merely mentions the name
    "/home/sara/Documents/Dropbox",  # a file called Dropbox is not a synced folder
    f"/home/sara/{ARABIC_FOLDER}/field.db",
])
def test_ordinary_folders_are_not_synced(path: str) -> None:
    assert synced_service(path, environ={}) is None


def test_onedrive_folders_announced_in_the_environment(tmp_path: Path) -> None:
    """On Windows the OneDrive client names its folders in OneDrive / OneDriveCommercial, whatever
    they are called (a business folder can be renamed, or be on another drive)."""
    business = tmp_path / "Tammuz Org files"
    assert synced_service(business / "field.db", environ={"OneDriveCommercial": str(business)}) == "OneDrive"
    assert synced_service(tmp_path / "elsewhere" / "field.db", environ={"OneDrive": str(business)}) is None


def test_the_warning_names_the_service_and_the_data_folder() -> None:
    text = WARNING.format(service="OneDrive", folder="C:\\Users\\sara\\AppData\\Roaming\\Majlis\\Majlis")
    assert "OneDrive" in text and "AppData" in text and text.count("\n") == 0


def test_a_read_only_folder_is_one_clear_reason(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    create_store(folder / "field.db", PASSPHRASE, "laptop").close()
    for sidecar in folder.glob("field.db?*"):  # as a copy burnt to a CD: the database alone
        sidecar.unlink()
    with read_only(folder), pytest.raises(EnvironmentProblem) as caught:
        open_store(folder / "field.db", PASSPHRASE)
    assert caught.value.details["reason"] == "read_only"
    assert "read-only folder" in caught.value.message
    assert sorted(p.name for p in folder.iterdir()) == ["field.db"]  # nothing was left behind


def test_arabic_and_kurdish_folder_names_with_spaces(tmp_path: Path) -> None:
    """Create, reopen, upgrade an old database with its backup: all in a folder named in Kurdish
    inside one named in Arabic, both with spaces."""
    folder = tmp_path / ARABIC_FOLDER / KURDISH_FOLDER
    folder.mkdir(parents=True)
    path = folder / "مجلس البصرة.db"
    store = create_store(path, PASSPHRASE, "laptop")
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title="جلسة حوارية", governorate="basra", language="ar"))
    store.close()
    store = open_store(path, PASSPHRASE)
    with store.session() as s:
        assert s.query(Session).count() == 1
    store.close()
    old = folder / "کۆن.db"
    engine = make_engine(old, PASSPHRASE, create=True)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO local_state (key, value) VALUES ('device_id', 'dev'), ('epoch', 'e1')")
    engine.dispose()
    upgraded = open_store(old, PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
    finally:
        upgraded.close()
    saved = backups.list_backups(old)
    assert len(saved) == 1 and "pre-upgrade" in saved[0].name and saved[0].parent.parent == folder
