"""Sheet names and column headings of the Excel workbook in en / ar / ckb.

Exports are written without Qt (CLI, worker threads), so these are data, not Qt translations.
"""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str, str]] = {
    # key: (en, ar, ckb)
    "sheet_sessions": ("Sessions", "الجلسات", "دانیشتنەکان"),
    "sheet_participants": ("Participants", "المشاركون", "بەشداربووان"),
    "sheet_transcripts": ("Transcripts", "النصوص", "دەقەکان"),
    "sheet_segments": ("Coded segments", "المقاطع المرمّزة", "بەشە کۆدکراوەکان"),
    "sheet_consent": ("Consent register", "سجل الموافقات", "تۆماری ڕەزامەندی"),
    "session_id": ("Session ID", "معرّف الجلسة", "ناسنامەی دانیشتن"),
    "kind": ("Kind", "النوع", "جۆر"),
    "title": ("Title", "العنوان", "ناونیشان"),
    "date": ("Date", "التاريخ", "بەروار"),
    "start": ("Start", "البداية", "دەستپێک"),
    "end": ("End", "النهاية", "کۆتایی"),
    "governorate": ("Governorate", "المحافظة", "پارێزگا"),
    "venue": ("Venue", "المكان", "شوێن"),
    "language": ("Language", "اللغة", "زمان"),
    "facilitator": ("Facilitator", "الميسّر", "ڕێکخەر"),
    "status": ("Status", "الحالة", "دۆخ"),
    "pseudonym": ("Pseudonym", "الاسم المستعار", "ناوی خوازراو"),
    "gender": ("Gender", "الجنس", "ڕەگەز"),
    "age_band": ("Age band", "الفئة العمرية", "تەمەن"),
    "district": ("District", "القضاء", "قەزا"),
    "setting": ("Urban/rural", "حضر/ريف", "شار/گوند"),
    "occupation": ("Occupation", "المهنة", "پیشە"),
    "reconsent": ("Re-consent needed", "يلزم تجديد الموافقة", "ڕەزامەندی نوێ پێویستە"),
    "real_name": ("Real name", "الاسم الحقيقي", "ناوی ڕاستەقینە"),
    "phone": ("Phone", "الهاتف", "تەلەفۆن"),
    "position": ("Position", "الترتيب", "ڕیز"),
    "speaker": ("Speaker", "المتحدث", "قسەکەر"),
    "timestamp": ("Time", "الوقت", "کات"),
    "text": ("Text", "النص", "دەق"),
    "code_ar": ("Code (Arabic)", "الرمز (عربي)", "کۆد (عەرەبی)"),
    "code_ckb": ("Code (Kurdish)", "الرمز (كردي)", "کۆد (کوردی)"),
    "code_en": ("Code (English)", "الرمز (إنكليزي)", "کۆد (ئینگلیزی)"),
    "quote": ("Quote", "الاقتباس", "وەرگرتە"),
    "quotable": ("Quotable", "قابل للاقتباس", "دەکرێت وەربگیرێت"),
    "coder": ("Coder", "المرمّز", "کۆدکەر"),
    "memo": ("Memo", "ملاحظة", "تێبینی"),
    "template": ("Form", "الاستمارة", "فۆرم"),
    "version": ("Version", "الإصدار", "وەشان"),
    "refused": ("Refused", "مرفوضة", "ڕەتکراوە"),
    "method": ("Method", "الطريقة", "شێواز"),
    "witness": ("Witness", "الشاهد", "شایەت"),
    "recorded_at": ("Recorded at", "وقت التسجيل", "کاتی تۆمارکردن"),
    "withdrawn_at": ("Withdrawn on", "تاريخ الانسحاب", "ڕێکەوتی کشانەوە"),
    "withdrawal_scope": ("Withdrawal scope", "نطاق الانسحاب", "مەودای کشانەوە"),
    "facilitator_speaker": ("Facilitator", "الميسّر", "ڕێکخەر"),
    "clause_participate": ("Take part", "المشاركة", "بەشداری"),
    "clause_audio": ("Audio", "التسجيل الصوتي", "تۆماری دەنگ"),
    "clause_quote": ("Quotes", "الاقتباس", "وەرگرتن"),
    "clause_photo": ("Photos", "الصور", "وێنە"),
    "clause_share": ("Share", "المشاركة مع الفريق", "هاوبەشکردن"),
    "clause_contact": ("Contact", "التواصل", "پەیوەندی"),
    "do_not_quote": ("[do not quote]", "[لا يُقتبس]", "[وەرنەگیرێت]"),
    "yes": ("yes", "نعم", "بەڵێ"),
    "no": ("no", "لا", "نەخێر"),
}
_INDEX = {"en": 0, "ar": 1, "ckb": 2}


def label(key: str, lang: str) -> str:
    return _LABELS[key][_INDEX.get(lang, 0)]
