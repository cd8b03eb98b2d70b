"""The order a person expects a list of names in: "Basra laptop 2, Basra laptop 9, Basra laptop 10".

Sorted as text, "Basra laptop 10" came before "Basra laptop 9" (and "basra …" after every capital
letter): devices are named like that, one number per laptop of a governorate.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")  # Latin, Arabic-Indic (٠-٩) and Extended (۰-۹) digits alike


def _number(digits: str) -> str:
    value = str(int(digits))  # int() reads every script's digits; leading zeros go
    return f"{len(value):03d}{value}"  # a longer number is a larger one


def name_key(name: str) -> str:
    """A key that orders names as they are read: case ignored, each run of digits by its value
    ("laptop 9" before "laptop 10", "لابتۆپی ٩" before "لابتۆپی ١٠"). A string, so that Python's
    ``sorted`` and a Qt model's sort role (compared as text by a sort proxy) give the same order."""
    return _DIGITS.sub(lambda m: _number(m.group()), name.casefold())
