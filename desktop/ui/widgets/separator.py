"""The mark between the items of one line ("✓ take part · ✗ audio", "1,234,567 · 5 March 2023").

English uses a middle dot. In an Arabic or Kurdish line a middle dot (U+00B7) is drawn as the
Arabic-Indic zero ٠ (the same small dot at mid-height in Noto Naskh Arabic): "المحافظات: ١٠ · المنظّمات"
read as "١٠ ٠", and every consent answer seemed to end in a zero. The separator is a translated
word, the Arabic comma in ar and ckb.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate


def separator() -> str:
    """The separator, spaces included, in the interface's language."""
    return translate("Separator", " · ", "between the items of one line; in Arabic script not a middle dot, "
                                         "which reads as the zero ٠")
