"""fpdf2, imported so that it loads without the standard library's ``ssl``, as in the packaged app.

The packaged app leaves out ``ssl`` and the OpenSSL libraries behind it (2.3 MB of its 60 MB zipped
budget, build.spec): Majlis connects to nothing. The standard library then defines no
``http.client.HTTPSConnection`` and no ``urllib.request.HTTPSHandler``, which fpdf2 names at import
(``fpdf.image_parsing``, for images given as https:// addresses). Majlis gives fpdf2 only its own
fonts and files, never an address; so when they are missing, stand-ins that refuse to connect take
their place before fpdf2 is imported. With ``ssl`` present (running from source) nothing changes.
Every fpdf2 name Majlis uses is imported from here.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from typing import Any


class _NoHTTPSConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        raise OSError("HTTPS is not available in Majlis (no ssl module)")


class _NoHTTPSHandler(urllib.request.AbstractHTTPHandler):
    def https_open(self, req: urllib.request.Request) -> Any:
        raise urllib.error.URLError("HTTPS is not available in Majlis (no ssl module)")


if not hasattr(http.client, "HTTPSConnection"):
    setattr(http.client, "HTTPSConnection", _NoHTTPSConnection)  # noqa: B010 - an attribute typeshed declares
if not hasattr(urllib.request, "HTTPSHandler"):
    setattr(urllib.request, "HTTPSHandler", _NoHTTPSHandler)  # noqa: B010

from fpdf import FPDF as FPDF  # noqa: E402 - after the stand-ins above
from fpdf.bidi import BidiParagraph as BidiParagraph  # noqa: E402
from fpdf.bidi import auto_detect_base_direction as auto_detect_base_direction  # noqa: E402
from fpdf.enums import TextDirection as TextDirection  # noqa: E402
from fpdf.enums import XPos as XPos  # noqa: E402
from fpdf.enums import YPos as YPos  # noqa: E402
from fpdf.line_break import CurrentLine as CurrentLine  # noqa: E402
from fpdf.line_break import Fragment as Fragment  # noqa: E402
from fpdf.line_break import MultiLineBreak as MultiLineBreak  # noqa: E402
from fpdf.line_break import TextLine as TextLine  # noqa: E402
