"""The Windows version resource of Majlis.exe and majlis-cli.exe (Properties → Details).

build.spec writes this text to a file and passes it to ``EXE(version=...)`` on Windows; PyInstaller
reads the file with its own ``versioninfo`` classes (the format PyInstaller's grab_version prints).
The version comes from ``desktop.__version__``, the same number ``majlis-cli --version`` prints and
installer/majlis.iss reads from the built executable.
"""

from __future__ import annotations

import re

COMPANY = "Majlis contributors"
DESCRIPTION = {
    "Majlis": "Majlis: roundtables, focus groups and consent, offline",
    "majlis-cli": "Majlis command line",
}


def numeric(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0); a suffix ("0.2.0rc1") is dropped from the numeric form."""
    parts: list[int] = []
    for piece in version.split(".")[:4]:
        match = re.match(r"\d+", piece)
        if match is None:
            break
        parts.append(int(match.group()))
        if match.group() != piece:
            break
    parts += [0] * (4 - len(parts))
    return parts[0], parts[1], parts[2], parts[3]


def version_text(version: str, name: str) -> str:
    nums = numeric(version)
    original = f"{name}.exe"
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', {COMPANY!r}),
        StringStruct('FileDescription', {DESCRIPTION[name]!r}),
        StringStruct('FileVersion', {version!r}),
        StringStruct('InternalName', {name!r}),
        StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
        StringStruct('OriginalFilename', {original!r}),
        StringStruct('ProductName', 'Majlis'),
        StringStruct('ProductVersion', {version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
