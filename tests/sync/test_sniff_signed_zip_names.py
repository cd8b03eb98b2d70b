"""sniff knows the signed ZIPs by their member names without importing the writers: the names it
holds are the ones the writers use."""

from desktop.sync import sniff, team_file
from desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME


def test_sniff_names_are_the_writers_names() -> None:
    assert sniff.is_signed_zip({MANIFEST_NAME, SIGNATURE_NAME, "changes.jsonl"})
    assert sniff.is_signed_zip({team_file._TEAM_JSON, team_file._TEAM_SIG})
    assert not sniff.is_signed_zip({"[Content_Types].xml", "xl/workbook.xml", MANIFEST_NAME})
