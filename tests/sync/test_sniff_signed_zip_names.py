"""sniff (through desktop/core/file_signatures.py, shared with file_kinds) knows the signed ZIPs
by their member names without importing the writers: the names it holds are the ones the writers use."""

from desktop.core import file_signatures
from desktop.sync import sniff, team_file
from desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME


def test_sniff_names_are_the_writers_names() -> None:
    assert sniff.is_signed_zip({MANIFEST_NAME, SIGNATURE_NAME, "changes.jsonl"})
    assert sniff.is_signed_zip({team_file._TEAM_JSON, team_file._TEAM_SIG})
    assert not sniff.is_signed_zip({"[Content_Types].xml", "xl/workbook.xml", MANIFEST_NAME})


def test_core_names_are_the_writers_names() -> None:
    assert {MANIFEST_NAME, SIGNATURE_NAME} == file_signatures.TEAM_UPDATE_MEMBERS
    assert {team_file._TEAM_JSON, team_file._TEAM_SIG} == file_signatures.TEAM_FILE_MEMBERS
    assert file_signatures.FIRST_MEMBERS == {MANIFEST_NAME: "team_update", team_file._TEAM_JSON: "team_file"}
