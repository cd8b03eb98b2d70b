"""Generate ``desktop/resources/THIRD_PARTY_NOTICES.txt`` from the installed distributions' metadata.

    .venv/bin/python -m shipping.notices          # rewrite the file
    .venv/bin/python -m shipping.notices --check  # exit 1 if it is out of date (names or licences)

Every library Majlis runs with (the ``dependencies`` of pyproject.toml and theirs, recursively,
without extras) with its version, licence and licence text, plus the bundled fonts (OFL). Help →
About shows the file; the PyInstaller folder and the wheel carry it (package data).
tests/test_about.py checks that it names every runtime dependency installed.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "resources" / "THIRD_PARTY_NOTICES.txt"
FONTS_LICENCE = ROOT / "desktop" / "resources" / "fonts" / "OFL.txt"
HEADER = """Majlis {version}: licences

Majlis is free software: GPL-3.0-or-later. It runs with the libraries below, each under its own
licence, and uses the Noto Naskh Arabic, Noto Sans Arabic and Noto Sans fonts (SIL Open
Font License 1.1). Qt, through PySide6, is used under the GNU Lesser General Public License v3.
"""

# Libraries inside the wheels above (and the frozen interpreter), named by their own licences.
NATIVE = """Native libraries carried by those packages
  Qt 6 (in PySide6_Essentials): LGPL-3.0-only; source at https://download.qt.io/official_releases/qt/
  ICU (in PySide6_Essentials): Unicode-3.0
  SQLCipher (in sqlcipher3): BSD-3-Clause, Copyright (c) 2025 Zetetic LLC
  OpenSSL (in sqlcipher3 and cryptography): Apache-2.0
  HarfBuzz (in uharfbuzz): MIT
  libjpeg-turbo, libpng, zlib, FreeType and the other image libraries in pillow: see pillow's licence text
  Python (the interpreter of the PyInstaller folder): PSF-2.0
"""


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "majlis") -> list[metadata.Distribution]:
    """``root`` and every distribution it needs at run time, recursively (markers evaluated, no extras)."""
    from packaging.requirements import Requirement

    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only requirement not installed here (its marker was false)
        seen[name] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            todo.append(req.name)
    seen.pop(_canonical(root), None)
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:120] if text else "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    out = []
    for file in dist.files or []:
        name = file.name.upper()
        if any(word in name for word in ("LICENSE", "LICENCE", "COPYING", "NOTICE")) and not name.endswith(".PY"):
            try:
                out.append((str(file), (file.locate().read_text(encoding="utf-8", errors="replace")).strip()))
            except OSError:
                continue
    return out


def render() -> str:
    from desktop import __version__

    parts = [HEADER.format(version=__version__)]
    dists = runtime_distributions()
    parts.append("Libraries\n" + "".join(
        f"  {d.metadata['Name']} {d.version}: {licence_of(d)}\n" for d in dists))
    parts.append("Fonts\n  Noto Naskh Arabic, Noto Sans Arabic, Noto Sans: SIL Open Font License 1.1\n")
    parts.append(NATIVE)
    for dist in dists:
        for path, text in licence_texts(dist):
            parts.append(f"{'=' * 78}\n{dist.metadata['Name']} {dist.version} ({path})\n{'=' * 78}\n{text}\n")
    parts.append(f"{'=' * 78}\nFonts (OFL.txt)\n{'=' * 78}\n{FONTS_LICENCE.read_text(encoding='utf-8').strip()}\n")
    return "\n".join(parts)


def listed_names(text: str) -> set[str]:
    """The distribution names of the notices' "Libraries" list."""
    block = text.split("Libraries\n", 1)[1].split("\n\n", 1)[0]
    return {_canonical(line.split()[0]) for line in block.splitlines() if line.strip()}


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if not current or listed_names(current) != listed_names(text):
            print(f"{OUT.relative_to(ROOT)} is out of date: run python -m shipping.notices", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(runtime_distributions())} libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
