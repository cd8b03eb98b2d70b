"""A smaller ICU data library for the Linux folder (build.spec; Linux only, Windows Qt uses the system ICU).

PySide6's ``libicudata.so.NN`` is 32 MB (12 MB zipped), a third of the zipped folder: every
locale's names, currencies, units and time zones, 200 legacy code pages, the transliterators,
the word dictionaries of scripts without spaces (Chinese, Japanese, Thai...) and character names.
Qt uses ICU for collation, case mapping and text boundaries in the three interface languages; it
never converts legacy code pages (Majlis reads and writes UTF-8) and never transliterates.

The library is nothing but one symbol, ``icudtNN_dat``, holding an ICU common-data package. This
module copies that package out of the library, removes items with ``icupkg`` (ICU's own package
tool, from icu-devtools; it refuses to drop an item another one still needs) and links the rest
into a library with the same soname and symbol, so Qt loads it unchanged.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# The locales the interface and Babel use, with the parents ICU falls back through.
KEEP_LOCALES = frozenset({"root", "ar", "ar_IQ", "ckb", "ckb_IQ", "en", "en_001", "en_GB", "en_US",
                          "en_US_POSIX"})
# A locale bundle's name: "ar", "ckb_IQ", "sr_Latn_BA", "de_" (a collation alias). Supplemental
# bundles (likelySubtags, supplementalData, zoneinfo64...) have longer, camel-case names.
_LOCALE = re.compile(r"^[a-z]{2,3}(?:_\w*)?$")
_SO = re.compile(r"^libicudata\.so\.(\d+)$")


def keep(item: str) -> bool:
    """Whether a package item ("coll/ar.res", "ibm-1390_P110-2003.cnv") stays."""
    tree, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if tree == "translit" or ext in ("cnv", "dict") or name == "unames.icu":
        return False
    if stem in ("pool", "res_index"):  # every tree's shared strings and its list of locales
        return True
    if ext == "res" and _LOCALE.match(stem):
        return stem in KEEP_LOCALES
    return True


def _symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` in ``library`` (from its symbol table and section headers)."""
    nm = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True,
                        check=True).stdout
    address = size = None
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == symbol:
            address, size = int(parts[0], 16), int(parts[1], 16)
    if address is None or size is None:
        raise RuntimeError(f"{library.name} has no symbol {symbol}")
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, length = (int(g, 16) for g in match.groups())
            if start <= address < start + length:
                data = library.read_bytes()
                begin = offset + address - start
                return data[begin:begin + size]
    raise RuntimeError(f"no section of {library.name} holds {symbol}")


def trimmed_icudata(library: Path, work: Path) -> Path:
    """A trimmed copy of ``library`` (``libicudata.so.NN``) in ``work``; raises if a tool is missing."""
    match = _SO.match(library.name)
    if not match:
        raise ValueError(f"not an ICU data library: {library.name}")
    version = match.group(1)
    for tool in ("icupkg", "gcc", "nm", "readelf"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is needed to trim ICU data (apt-get install icu-devtools gcc binutils)")
    work.mkdir(parents=True, exist_ok=True)
    package = f"icudt{version}l"
    full, small = work / "full" / f"{package}.dat", work / "small" / f"{package}.dat"
    for path in (full, small):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
    full.write_bytes(_symbol_bytes(library, f"icudt{version}_dat"))
    items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    drop = work / "drop.txt"
    drop.write_text("".join(f"{item}\n" for item in items if not keep(item)), encoding="utf-8")
    # --ignore-deps: brkitr/root.res names the word dictionaries of Chinese, Japanese, Thai, Lao,
    # Khmer and Burmese; without them ICU breaks those scripts by its rules alone, and Majlis
    # never breaks them at all.
    subprocess.run(["icupkg", "--ignore-deps", "-r", str(drop), str(full), str(small)], check=True,
                   capture_output=True)
    source = work / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl icudt{version}_dat\n"
        f"\t.type icudt{version}_dat, @object\n"
        "\t.balign 16\n"
        f"icudt{version}_dat:\n"
        f'\t.incbin "{small}"\n'
        f"\t.size icudt{version}_dat, .-icudt{version}_dat\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    out = work / library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(source)],
                   check=True)
    return out
