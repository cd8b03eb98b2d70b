"""Moved to desktop/ui/widgets/filter_fold.py (the Participants page folds its filters too); the old
name stays importable."""

from desktop.ui.widgets.filter_fold import ROWS, FilterFold

__all__ = ["ROWS", "FilterFold"]
