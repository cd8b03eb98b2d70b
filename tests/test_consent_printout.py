"""Consent PDFs: written, named by pseudonym and session id, and rendered by pdftoppm in ar, ckb, en."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.consent.printout import record_pdf, register_pdf
from tests.consent_helpers import all_yes, focus_group, template_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")


def signature_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint
    from PySide6.QtGui import QPainter, QPen

    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#101040"), 5))
    painter.drawPolyline([QPoint(40 + i * 30, 150 + (40 if i % 2 else -40)) for i in range(25)])
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def rasterise(pdf: Path, out_prefix: Path) -> list[Path]:
    result = subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out_prefix)],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_record_and_register_pdfs(store: Store, qapp: QApplication, bundled_fonts: list[str],
                                  tmp_path: Path, lang: str) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store, 3, language=lang, title={"ar": "جلسة البصرة", "ckb": "دانیشتنی هەولێر",
                                                      "en": "Basra session"}[lang])
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", lang).id
    rid = consent.record_consent(store, fg.participants[0], fg.session_id, tid,
                                 all_yes(tid, store, photo=False), "on_screen", signature_png=signature_png(),
                                 facilitator="F1", recorded_at="2023-01-15T10:05:00+03:00")
    consent.record_consent(store, fg.participants[1], fg.session_id, tid, all_yes(tid, store), "verbal_witness",
                           witness="W1", facilitator="F1", recorded_at="2023-01-15T10:09:00+03:00")
    rid3 = consent.record_consent(store, fg.participants[2], fg.session_id, tid, all_yes(tid, store), "paper",
                                  facilitator="F1", recorded_at="2023-01-15T10:12:00+03:00")
    consent.withdraw(store, rid3, dt.date(2023, 2, 1), "quotes")

    pdf = record_pdf(store, rid, tmp_path)
    assert pdf.name == f"consent-BSR-FG03-P01-{fg.session_id}.pdf"
    with store.session() as s:
        real = s.get(Participant, fg.participants[0]).real_name
    assert real and real not in pdf.name
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = rasterise(pdf, tmp_path / f"record-{lang}")
    assert len(pages) >= 1
    shutil.copy(pages[0], f"/tmp/consent_record_{lang}.png")
    image = QImage(str(pages[0]))
    assert not image.isNull() and image.width() > 300

    reg = register_pdf(store, fg.session_id, tmp_path, lang)
    assert reg.name == f"consent-register-{fg.session_id}.pdf"
    pages = rasterise(reg, tmp_path / f"register-{lang}")
    assert pages
    shutil.copy(pages[0], f"/tmp/consent_register_{lang}.png")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-print-")] == []
