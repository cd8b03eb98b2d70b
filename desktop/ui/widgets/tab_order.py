"""The Tab key follows the order the eye reads a form in."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next.

    Qt's default Tab order is the order the widgets were made in, which is not the order of a
    form's rows when its fields are made in another order (from a tuple of field names, or one group
    box before the one shown above it): a keyboard user would jump about the form.
    """
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
