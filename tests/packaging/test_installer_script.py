"""installer/majlis.iss cannot be compiled here (Inno Setup is Windows-only; CI compiles it on
windows-latest), so this keeps it consistent with what can be checked: build.spec's names, the
version, the bundle suffix the app imports, the per-user install and the uninstaller's promise."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import __version__
from desktop.sync.sniff import BUNDLE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "majlis.iss"


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', text))


def section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_names_and_version_match_build_spec() -> None:
    text, spec = iss_text(), (ROOT / "build.spec").read_text(encoding="utf-8")
    d = defines(text)
    assert d["AppVersion"] == __version__
    assert re.search(r'name="Majlis", console=False', spec) and d["AppExe"] == "Majlis.exe"
    assert re.search(r'name="majlis-cli", console=True', spec) and d["CliExe"] == "majlis-cli.exe"
    assert re.search(r'COLLECT\(.*name="Majlis"', spec, re.S) and d["SourceDir"].endswith(r"dist\Majlis")
    icon = re.search(r"SetupIconFile=(.+)", text)
    assert icon and (ISS.parent / icon.group(1).replace("\\", "/")).is_file()


def test_per_user_without_administrator_rights() -> None:
    setup = section(iss_text(), "Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert "DefaultDirName={autopf}\\{#AppName}" in setup  # {autopf} is the user's Programs folder then
    registry = section(iss_text(), "Registry")
    assert registry and all(line.startswith("Root: HKA;") for line in registry)


def test_three_languages_with_their_messages() -> None:
    text = iss_text()
    languages = dict(re.findall(r'Name: "(\w+)"; MessagesFile: "([^"]+)"', text))
    assert set(languages) == {"ar", "ckb", "en"}
    for files in languages.values():
        for name in files.split(","):
            if not name.startswith("compiler:"):
                isl = (ISS.parent / name).read_text(encoding="utf-8")
                assert "RightToLeft=yes" in isl, name
                assert "ButtonNext=" in isl and "ConfirmUninstall=" in isl
    kurdish = (ISS.parent / "Kurdish.isl").read_text(encoding="utf-8")
    body = "\n".join(line for line in kurdish.splitlines() if not line.startswith(";"))
    assert not set("يىكة") & set(body), "Sorani is written with ی ک ە, never ي ى ك ة"
    custom = section(text, "CustomMessages")
    for key in ("OpenBundles", "FileTypes", "BundleType"):
        assert {line.split(".")[0] for line in custom if line.split("=")[0].endswith("." + key)} == {"ar", "ckb", "en"}


def test_bundle_association_opens_the_import_step() -> None:
    text = iss_text()
    assert defines(text)["BundleExt"] == BUNDLE_SUFFIX
    command = next(line for line in section(text, "Registry") if "shell\\open\\command" in line)
    # "Majlis.exe <file>": the app's one positional argument is a bundle to import (desktop.ui.app).
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in command
    from desktop.ui.app import parse_args

    assert parse_args(["/home/x/Downloads/field 1.majlis"]).bundle.name == "field 1.majlis"


def test_uninstaller_never_deletes_user_data() -> None:
    text = iss_text()
    assert "[UninstallDelete]" not in text
    assert "{userappdata}" not in text and "{localappdata}" not in text
    for line in section(text, "Files"):
        assert "{app}" in line  # Setup writes nothing outside its own folder


# Buttons Windows shows together, whose Alt letters must differ: the Select Destination page (Back,
# Next, Browse), the Tasks page (Back, Next, the desktop-icon box), the Ready page (Back, Install) and
# the uninstaller's shared-file question (TUninstSharedFileForm: Yes, Yes to All, No, No to All).
TOGETHER = (
    ("ButtonBack", "ButtonNext", "ButtonWizardBrowse"),
    ("ButtonBack", "ButtonNext", "CreateDesktopIcon"),
    ("ButtonBack", "ButtonInstall"),
    ("ButtonYes", "ButtonYesToAll", "ButtonNo", "ButtonNoToAll"),
)


def isl_messages(name: str) -> dict[str, str]:
    lines = (ISS.parent / name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith(";"))


def alt_letter(text: str) -> str:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1] if 0 <= at < len(plain) - 1 else ""


def test_buttons_shown_together_have_distinct_mnemonics() -> None:
    bad = []
    for name in ("Arabic.isl", "Kurdish.isl"):
        messages = isl_messages(name)
        for keys in TOGETHER:
            letters = [alt_letter(messages[key]) for key in keys]
            assert all(letters), f"{name}: a button of {keys} has no mnemonic: {letters}"
            if len(set(letters)) < len(letters):
                bad.append(f"{name}: {', '.join(f'{k}={messages[k]}' for k in keys)}")
    assert not bad, "buttons shown together share an Alt letter:\n" + "\n".join(bad)
