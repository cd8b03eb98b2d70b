"""The build helpers in shipping/: which ICU data stays, the Windows version numbers, the icon."""

from __future__ import annotations

import struct
from pathlib import Path

from shipping.icu_trim import keep
from shipping.version_info import numeric, version_text

ROOT = Path(__file__).resolve().parents[2]


def test_icu_keeps_the_three_languages_and_their_parents() -> None:
    for item in ("coll/ar.res", "coll/root.res", "coll/ucadata.icu", "ckb.res", "ckb_IQ.res", "en_001.res",
                 "en_GB.res", "brkitr/word.brk", "brkitr/root.res", "uprops.icu", "likelySubtags.res",
                 "zone/ckb.res", "curr/pool.res", "res_index.res", "cnvalias.icu"):
        assert keep(item), item


def test_icu_drops_other_locales_codepages_and_transliterators() -> None:
    for item in ("fr.res", "coll/zh.res", "zone/de_CH.res", "lang/sr_Latn_BA.res", "ibm-1390_P110-2003.cnv",
                 "translit/Latin_Arab.res", "coll/de_.res", "ku.res", "brkitr/cjdict.dict", "unames.icu"):
        assert not keep(item), item


def test_windows_version_numbers() -> None:
    assert numeric("0.1.0") == (0, 1, 0, 0)
    assert numeric("1.2.3rc1") == (1, 2, 3, 0)
    assert numeric("2.0") == (2, 0, 0, 0)
    text = version_text("1.2.3rc1", "majlis-cli")
    assert "filevers=(1, 2, 3, 0)" in text and "'majlis-cli.exe'" in text and "'1.2.3rc1'" in text


def test_icon_files_hold_every_size() -> None:
    icons = ROOT / "desktop" / "resources" / "icons"
    png = (icons / "majlis.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "majlis.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
