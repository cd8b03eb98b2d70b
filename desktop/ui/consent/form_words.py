"""Words the PARTICIPANT reads on the consent form and its printout, in the form's own language.

The consent form is shown in the participant's language whatever the interface language is (a
Kurdish participant may sign on an English-speaking facilitator's laptop), so these few words
follow the template's language, not the installed Qt translator. Facilitator-facing controls use
``tr()`` as usual.
"""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str, str]] = {
    # key: (en, ar, ckb)
    "yes": ("Yes", "نعم", "بەڵێ"),
    "no": ("No", "لا", "نەخێر"),
    "required": ("(required)", "(إلزامي)", "(پێویستە)"),
    "sign_here": ("Sign here", "وقّع هنا", "لێرە واژۆ بکە"),
    "clause_of": ("Clause {n} of {total}", "البند {n} من {total}", "بەندی {n} لە {total}"),
    "participant": ("Participant", "المشارك", "بەشداربوو"),
    "session": ("Session", "الجلسة", "دانیشتن"),
    "method": ("Method", "الطريقة", "شێواز"),
    "witness": ("Witness", "الشاهد", "شایەت"),
    "facilitator": ("Facilitator", "الميسّر", "ئاسانکار"),
    "recorded_at": ("Recorded at", "وقت التسجيل", "کاتی تۆمارکردن"),
    "signature": ("Signature", "التوقيع", "واژۆ"),
    "signature_meaning": ("What the signature means", "معنى التوقيع", "واتای واژۆ"),
    "version": ("Version", "الإصدار", "وەشان"),
    "withdrawn": ("Withdrawn on {date} ({scope})", "انسحب بتاريخ {date} ({scope})", "کشایەوە لە {date} ({scope})"),
    "scope_all": ("all data", "كل البيانات", "هەموو داتاکان"),
    "scope_quotes": ("quotes only", "الاقتباسات فقط", "تەنها وەرگرتنەکان"),
    "method_on_screen": ("Signed on screen", "وقّع على الشاشة", "لەسەر شاشە واژۆکرا"),
    "method_paper": ("Signed paper form", "استمارة ورقية موقّعة", "فۆرمی کاغەزی واژۆکراو"),
    "method_verbal_witness": ("Verbal, with a witness", "شفهياً بحضور شاهد", "بە زار، بە ئامادەبوونی شایەت"),
    "method_thumbprint_witness": ("Thumbprint, with a witness", "بصمة الإبهام بحضور شاهد",
                                  "پەنجەمۆر، بە ئامادەبوونی شایەت"),
    "register_title": ("Consent register", "سجل الموافقات", "تۆماری ڕەزامەندی"),
    "refused": ("Refused", "مرفوضة", "ڕەتکراوە"),
    "given": ("Given", "ممنوحة", "دراوە"),
    "status": ("Status", "الحالة", "دۆخ"),
    "printout_note": (
        "This printout is for reading and signing; the record itself is kept in Majlis.",
        "هذه النسخة المطبوعة للقراءة والتوقيع؛ السجل نفسه محفوظ في مجلس.",
        "ئەم چاپکراوە بۆ خوێندنەوە و واژۆکردنە؛ تۆمارەکە خۆی لە مەجلیس پارێزراوە.",
    ),
}
_INDEX = {"en": 0, "ar": 1, "ckb": 2}


def word(key: str, lang: str, **fmt: object) -> str:
    entry = _WORDS.get(key)
    if entry is None:  # e.g. a method name from a newer version of Majlis: show it as it is
        return key
    text = entry[_INDEX.get(lang, 0)]
    return text.format(**fmt) if fmt else text
