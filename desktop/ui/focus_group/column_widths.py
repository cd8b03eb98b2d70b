"""The widths of the transcript's speaker and time columns, from what they can hold, not from the turns.

``QHeaderView.ResizeToContents`` measured the cells of up to 1,000 turns for each of the two columns at
every layout: each step of making the window narrower or wider stood the UI thread still for about a
quarter of a second in a three-hour session (1,500 turns). The speakers are the facilitator and the
seated participants, and a time stamp is H:MM:SS: their widest cell is known without reading a turn.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from desktop.ui.focus_group.turns_model import COLUMNS, TurnsModel
from desktop.ui.qt_i18n import shown_digits


def cell_width(view: QTableView, texts: Iterable[str]) -> int:
    """The widest of ``texts`` as a cell of ``view``, margins included, as its delegate sizes a cell."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if view.wordWrap():  # measured as it is painted
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
    style = view.style()
    widest = 0
    for text in set(texts):
        option.text = text
        widest = max(widest, style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view).width())
    # The grid line is drawn inside the section (QTableView.sizeHintForColumn counts it too): without
    # its pixel the widest pseudonym wrapped at its hyphen, "BSR-FG01-" over "P01", in every row.
    return widest + 1 if view.showGrid() else widest


def fit_column(view: QTableView, column: int, texts: Iterable[str]) -> None:
    """``column`` as wide as the widest of ``texts`` and its own title."""
    header = view.horizontalHeader()
    width = max(cell_width(view, texts), header.sectionSizeFromContents(column).width())
    if header.sectionSize(column) != width:
        header.resizeSection(column, width)


def fit_speaker_and_time(view: QTableView, model: TurnsModel, seated: list[str]) -> None:
    """The speaker column for the facilitator, the ``seated`` and anyone who spoke (a former seat too);
    the time column for H:MM:SS and HH:MM:SS (and any longer stamp a turn has)."""
    speakers = [model.speaker_label(r) for r in model.rows if r.speaker_code]
    fit_column(view, COLUMNS.index("speaker"), [model.tr("Facilitator"), *seated, *speakers])
    stamps = {shown_digits("0:00:00"), shown_digits("00:00:00")}
    stamps |= {shown_digits(r.timestamp) for r in model.rows if len(r.timestamp) > len("0:00:00")}
    fit_column(view, COLUMNS.index("timestamp"), stamps)
