"""Words holding what someone else wrote (a device's name from its bundle, a team's from its file), for a
Qt widget of automatic text format: QMessageBox's static functions, a QLabel never told its format.

Such a widget takes its text for rich text when its first line holds a tag (``Qt.mightBeRichText``): a
name such as ``<br><big><tt>1a2b …</tt></big>`` drew, in the roster's Approve question, a fingerprint of
the sender's choosing on a line of its own, large, above the one to compare, whose line breaks were lost
(spaces in rich text). ``as_written`` gives text that every such widget shows as written.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def as_written(text: str) -> str:
    """``text`` as a widget of automatic text format shows it as written: itself when Qt takes it for plain
    text (almost always), else the rich text that draws it as written, each line where it was."""
    if not Qt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("  ", " &nbsp;").replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"
