"""After an erasure: the copies made before it, which Majlis cannot reach, and the offer to rewrite backups.

At the centre it also names the bundles on hold (devices not on the roster): they may hold erased
words until a coordinator approves (the erasure then scrubs their rows) or rejects them. And it names
the codes used on the erased words whose memo, examples, definition or criteria may quote them (``erasure_codes``): no rule
can find a quote in the researcher's own text, a person reads them. So are those used on the words of
participants who withdrew consent to be quoted: said when the withdrawal was made, still to be read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import erasure_report
from desktop.core.db import Store
from desktop.core.errors import MajlisError
from desktop.i18n.languages import item_separator
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.widgets import live_status
from desktop.ui.widgets.device_name import device_name
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.screen_fit import fit_resize_for_text
from desktop.ui.widgets.scroll_frame import ScrolledText
from desktop.ui.widgets.word_wrap_label import LineWhileSaid, WordWrapLabel
from desktop.ui.widgets.write_failure import write_failure_text


class ErasureReportDialog(QDialog):
    def __init__(self, ctx: AppContext, report: erasure_report.Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.explain = WordWrapLabel()
        self.items = QListWidget()
        self.items.setObjectName("erasure_report_items")
        # Each line whole, on as many lines as it needs: a path deep in a partner's folders ran past the
        # list's side, cut (at the left in Arabic and Kurdish, where its file name stands) behind a
        # sideways scroll. Wrapped text breaks inside a path where it has no space (the style wraps at
        # a word, or anywhere), each row as tall as its lines (measured at the list's width).
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setUniformItemSizes(False)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.held_note = WordWrapLabel()
        self.held_note.setObjectName("erasure_report_held_note")
        self.codes_note = WordWrapLabel()
        self.codes_note.setObjectName("erasure_report_codes_note")
        self.codes_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status = LineWhileSaid()
        self.status.setObjectName("erasure_report_status")
        self.rewrite = QPushButton()
        self.rewrite.setObjectName("rewrite_backups")
        self.rewrite.clicked.connect(self.ask_rewrite)
        self.let_go = False  # closed and on its way to deletion (open_for)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.held_note)
        # Scrolled when the window has less room than its lines (the codes of an erasure and those of a
        # withdrawal of quotes, at 20 points on a laptop): it took the list's room, no copy left in sight.
        self.codes_area = ScrolledText(self.codes_note, self)
        self.codes_area.LEAST_LINES = 2
        layout.addWidget(self.codes_area)
        layout.addWidget(self.status)
        # Rewrite beside Close (on a line of its own where they do not fit side by side): on a line above
        # Close it took a copy's room from the list at 20 points on a laptop.
        layout.addWidget(FlowRow([self.rewrite, self.buttons], self))
        # Wide enough for a whole line: each ends with what the person acts on (a path; a held
        # bundle's device and number), which the list's default width hid behind a sideways scroll.
        fit_resize_for_text(self, 760, 480)
        self.retranslate()

    @classmethod
    def open_for(cls, ctx: AppContext, report: erasure_report.Report, parent: QWidget | None) -> ErasureReportDialog:
        """Open the report over ``parent`` (window-modal) and let it go once closed: opened and let go by its
        callers, each stayed, hidden, as the window's child (one more for every withdrawal or arrived
        erasure that had something to report)."""
        dialog = cls(ctx, report, parent)
        dialog.finished.connect(dialog._let_go)
        dialog.open()
        return dialog

    def _let_go(self) -> None:
        self.let_go = True  # a rewrite still running says its outcome in the window's status bar
        self.deleteLater()

    def kind_name(self, kind: str) -> str:
        names = {
            "xlsx": self.tr("Excel workbook"),
            "qdpx": self.tr("REFI-QDA project"),
            "pdf": self.tr("PDF"),
            "bundle": self.tr("bundle"),
            "backup": self.tr("backup"),
            "held": self.tr("bundle on hold"),
        }
        return names.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What the erasure cannot reach"))
        # Rewriting the backups can leave nothing to list: then the dialog says so, not "These files…"
        # above an empty list.
        left = bool(self.report.items)
        self.explain.setText(self.tr(
            "These files were made while the erased words existed. Majlis cannot reach them: delete them "
            "or replace them. The backups beside the database can be rewritten without the words.") if left
            else self.tr("No copy made while the erased words existed is left that Majlis knows of."))
        self.items.setVisible(left)
        self.rewrite.setText(self.tr("&Rewrite the local backups without the words…"))
        self.rewrite.setEnabled(any(i.kind == "backup" for i in self.report.items))
        held = any(i.kind == "held" for i in self.report.items)
        self.held_note.setText(self.tr(
            "Bundles on hold may hold erased words: they wait unapplied inside this database. Approve or "
            "reject each one on the Sync page to finish the erasure: approving applies the erasure to its "
            "rows; rejecting discards it.") if held else "")
        self.held_note.setVisible(held)
        lang = self.ctx.language.language
        names = item_separator(lang, ", ").join(f"\u2068{c.name(lang)}\u2069" for c in self.report.codes)
        notes = [self.tr(
            "Codes used on the erased words: their memo, examples or criteria may quote them. Read them on the "
            "Codebook page: %1").replace("%1", names)] if self.report.codes else []
        if self.report.quote_codes:  # said when the withdrawal of quotes was made; still to be read since
            quoted = item_separator(lang, ", ").join(f"\u2068{c.name(lang)}\u2069" for c in self.report.quote_codes)
            notes.append(self.tr(
                "Codes used on the words of participants who withdrew consent to be quoted: their memo, examples "
                "or criteria may quote them, and exports include them. Read them on the Codebook page: %1").replace(
                "%1", quoted))
        self.codes_note.setText("\n".join(notes))
        self.codes_note.setVisible(bool(notes))
        self.codes_area.setVisible(bool(notes))
        # Two copies whole before the notes have all their lines (a copy is its name's line and its folder's):
        # the notes scroll instead.
        line = self.items.fontMetrics().lineSpacing()
        self.items.setMinimumHeight(2 * (2 * line + 2 * self.items.spacing() + 4) + 2 * self.items.frameWidth())
        self.items.setAccessibleName(self.tr("Files the erasure cannot reach"))
        self.items.clear()
        for item in self.report.items:
            # The date and the path each read left to right as one piece in an Arabic or Kurdish line:
            # the bidi algorithm put a path's leading "/" at its far end ("tmp/usb/bundle.majlis/")
            # and turned the date round ("21:00 03-12-2026" for 2026-12-03 21:00).
            when = f"\u2066{shown_digits(item.made_at[:16].replace('T', ' '))}\u2069"
            if item.kind == "held":
                self.items.addItem(_fill(self.tr("%1 — received %2 — from %3, number %4"),
                                         self.kind_name(item.kind), when, device_name(item.device, item.device_id),
                                         str(item.held)))
            else:
                # The file's name on the first line, its folder under it: a long folder wrapped on to
                # three or four lines put the name last, below the list's edge at a large text size.
                where = Path(item.where)
                self.items.addItem(f"{self.kind_name(item.kind)} — {when} — {shown_path(where.name)}\n"
                                   f"{shown_path(str(where.parent).rstrip(os.sep) + os.sep)}")

    def ask_rewrite(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Rewrite backups"), self.tr("The database passphrase (the backups use it too):"),
            QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self.rewrite_backups(passphrase)
        elif ok:  # OK (or Enter) on an empty field: it did nothing, and said nothing
            say(self.status, lambda: self.tr(
                "No backup was rewritten: no passphrase was typed. Click Rewrite the local backups again and "
                "type the database passphrase."))

    def rewrite_backups(self, passphrase: str) -> None:
        """Apply every erasure to each backup, on the worker; the list then drops them."""
        self.rewrite.setEnabled(False)
        say(self.status, lambda: self.tr("Rewriting the backups…"))
        path = self.ctx.store.path

        def op(store: Store) -> tuple[int, erasure_report.Report]:
            done = erasure_report.rewrite_backups(path, passphrase)
            return done, erasure_report.report(store)

        ctx, window = self.ctx, self.parentWidget()

        def tell(words: Callable[[], str]) -> None:
            """In the dialog; closed before the rewrite ended (it is deleted then), in the status bar of the
            window it was opened over, so the coordinator still learns whether the backups hold the words."""
            if shiboken6.isValid(self) and not self.let_go:
                say(self.status, words)
            elif window is not None and shiboken6.isValid(window):
                live_status.show(window, words, 15000)

        def done(outcome: tuple[int, erasure_report.Report]) -> None:
            count, report = outcome
            if shiboken6.isValid(self):
                self.report = report
                self.retranslate()
            tell(lambda: ctx.language.count_digits(
                QCoreApplication.translate("ErasureReportDialog", "%n backup(s) rewritten without the words.", "",
                                           count), count))

        def failed(exc: BaseException) -> None:
            # The disk's or the folder's own reason when it has one: a read-only backups folder or a full
            # disk was said as "wrong passphrase, or a backup cannot be opened", and the passphrase was
            # typed again and again; an OSError (a backup's time not settable) went up as a traceback.
            if isinstance(exc, OSError):
                reason: Callable[[], str] | None = partial(write_failure_text, exc)
            elif getattr(exc, "code", "") == "environment":
                reason = partial(environment_reason, exc)
            elif isinstance(exc, MajlisError):
                reason = None
            else:
                raise exc
            if shiboken6.isValid(self):
                self.rewrite.setEnabled(True)
            if reason is not None:
                why = reason
                tell(lambda: QCoreApplication.translate(
                    "ErasureReportDialog", "The backups were not all rewritten: %1").replace("%1", why()))
                return
            tell(lambda: QCoreApplication.translate(
                "ErasureReportDialog", "The backups were not rewritten: wrong passphrase, or a backup cannot be opened."))

        CollectionOp.on_store(self.ctx, op).success(done).failure(failed).run_in_background()


def _fill(template: str, *values: str) -> str:
    """``%1``…``%9`` replaced in one pass, so a device name holding "%4" stays as sent."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)
