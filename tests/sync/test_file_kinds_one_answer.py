"""One answer to "what kind of file is this?" (desktop/core/file_kinds.py): the Sync page's readers
(desktop.sync.sniff) and the Survey page (a file given as a survey export or its XLSForm) had two
if-chains, and called one file two different things. A team update cut short (a copy to the stick
interrupted) was "a team update, incomplete" on the Sync page and "damaged, download the export again"
on the Survey page (sending a coordinator to KoboToolbox); a ZIP holding a key's text was a ZIP to one
and the team's key to the other; a ZIP with a team file's and a team update's members was the team
file to one and a team update to the stick sorting. Edge cases made through the real writers."""

from __future__ import annotations

import codecs
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from desktop.core.file_kinds import kind_of_file
from desktop.core.survey_errors import SurveyImportError
from desktop.core.survey_form import read_form
from desktop.core.survey_source import open_source
from desktop.sync import envelope, keys, sniff
from tests.team_writings import members_of, team_writings, zip_of

#: Each crafted file and the one kind every reader must call it.
KINDS = {
    "empty": "",
    "zero.majlis": "",
    "bundle-cut.majlis": "bundle",
    "bundle-first-bytes.majlis": "",  # "age-encr": too little to be anything (its reader: cut short)
    "bundle.xlsx": "bundle",
    "update.xlsx": "team_update",
    "update-cut.xlsx": "team_update",
    "team-file.majlis": "team_file",
    "team-file-cut.xlsx": "team_file",
    "bundle-members-plus-one.zip": "team_update",  # a bundle's decrypted archive, one more member added
    "update-and-team-file-members.zip": "team_file",
    "team.key": "team_key",
    "plain.key": "team_key",
    # The plain key saved again by Windows Notepad, which its reader opens (test_key_file_from_notepad.py):
    # the UTF-16 ones were "" (a survey export read, the key shown in an import of text, "shorter than a
    # database's first page" to restore --from, replaced by an export --overwrite).
    "notepad-utf8-bom.key": "team_key",
    "notepad-unicode.key": "team_key",
    "notepad-unicode-big-endian.key": "team_key",
    "key-text-in-a.zip": "zip",  # the signature decides: a ZIP is a ZIP, whatever text it holds
    "workbook.xlsx": "zip",
    "minutes.pdf": "pdf",
    "plain.db": "database",
    "backup.db": "database",
    "x.majlis": "",  # a folder
    "gone.majlis": "",  # a link to nothing: vanished
}
#: What its bytes alone cannot tell: an SQLCipher database has no header (only its path's size does).
BY_PATH_ONLY = {"backup.db"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    tmp = tmp_path_factory.mktemp("kinds")
    written = team_writings(tmp, database=True)
    update, bundle, team_file, database = written.update, written.bundle, written.team_file, written.database
    archive = envelope.decrypt(bundle, written.identities)
    out = tmp / "stick"
    out.mkdir()
    made = {
        "empty": b"", "zero.majlis": b"", "bundle-cut.majlis": bundle[: len(bundle) // 2],
        "bundle-first-bytes.majlis": bundle[:8], "bundle.xlsx": bundle, "update.xlsx": update,
        "update-cut.xlsx": update[: len(update) // 2], "team-file.majlis": team_file,
        "team-file-cut.xlsx": team_file[: len(team_file) // 2],
        "bundle-members-plus-one.zip": zip_of({**members_of(archive), "notes.txt": b"one more"}),
        "update-and-team-file-members.zip": zip_of({**members_of(update), **members_of(team_file)}),
        "team.key": (tmp / "team.key").read_bytes(), "backup.db": database,
    }
    for name, data in made.items():
        (out / name).write_bytes(data)
    keys.write_identity_file(out / "plain.key", [keys.generate_identity()])
    text = (out / "plain.key").read_text(encoding="ascii")
    (out / "notepad-utf8-bom.key").write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    (out / "notepad-unicode.key").write_bytes(codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    (out / "notepad-unicode-big-endian.key").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    (out / "key-text-in-a.zip").write_bytes(zip_of({"key.txt": (out / "plain.key").read_bytes()}))
    Workbook().save(out / "workbook.xlsx")
    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(out / "minutes.pdf"))
    with sqlite3.connect(out / "plain.db") as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    (out / "x.majlis").mkdir()
    (out / "gone.majlis").symlink_to(out / "nowhere")
    yield {name: out / name for name in KINDS}


def test_the_sync_readers_and_the_one_answer_agree(files: dict[str, Path]) -> None:
    wrong = []
    for name, path in files.items():
        kind = KINDS[name]
        data = path.read_bytes() if path.is_file() else b""
        by_bytes = "" if name in BY_PATH_ONLY else kind
        answers = {
            "kind_of_file": (kind_of_file(path), kind),
            "sniff.kind_of": (sniff.kind_of(data), by_bytes),
            "sniff.kind_of(head)": (sniff.kind_of(data[:4096]), by_bytes),  # what the team file's reader gives it
            # What the Sync page and bundle import sort a stick's files by, and what an export never replaces.
            "is_team_update_file": (sniff.is_team_update_file(path), kind == "team_update"),
            "is_signed_majlis_zip": (sniff.is_signed_majlis_zip(path), kind in ("team_update", "team_file")),
            "is_sync_or_key_file": (sniff.is_sync_or_key_file(path),
                                    kind in ("bundle", "team_key", "team_update", "team_file")),
        }
        wrong += [(name, asked, got) for asked, (got, expected) in answers.items() if got != expected]
    assert wrong == []


#: What the Survey page says of each Majlis kind given as a survey export ("" : read as a survey, or refused
#: for another reason, never as a Majlis file).
SAID = {"team_key": "team's key file", "bundle": "bundle of changes", "pdf": "a PDF", "database": "a database",
        "team_file": "the team file", "team_update": "a team update"}


def test_the_survey_page_calls_each_file_what_the_sync_page_does(files: dict[str, Path]) -> None:
    wrong = []
    for name, path in files.items():
        kind = KINDS[name]
        for read, reason in ((open_source, "another_kind"), (read_form, "form_another_kind")):
            said = ""
            try:
                got = read(path)
            except SurveyImportError as exc:
                said = next((k for k, words in SAID.items() if words in exc.template), "?") if exc.reason == reason else ""
            else:
                getattr(got, "close", lambda: None)()  # a survey export's rows: the file let go of
            if said != (kind if kind in SAID else ""):
                wrong.append((name, read.__name__, said))
    assert wrong == []


def test_a_file_that_cannot_be_opened_is_no_kind(tmp_path: Path) -> None:
    """Opening fails (here a link to itself: ELOOP, which root meets too, unlike a file without read
    permission): no kind, and no page takes it for one of ours."""
    looped = tmp_path / "update.majlis"
    looped.symlink_to(looped.name)
    assert kind_of_file(looped) == ""
    assert not sniff.is_team_update_file(looped) and not sniff.is_sync_or_key_file(looped)
