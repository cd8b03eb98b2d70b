"""A generator of real-shaped survey exports: an XLSForm and the data as KoboToolbox or ODK Central write it.

Follows the XLSForm spec (survey/choices/settings sheets, ``label::Language (code)`` columns,
``begin_group``/``end_group``, a repeat whose answers go to a sheet of their own) and the exports'
shapes: KoboToolbox XLSX with ``group/question`` headers, one 0/1 column per choice of a
select_multiple, geopoint parts as ``_question_latitude``..., and its metadata columns (``_id``,
``_uuid``, ``_submission_time``, ``_submitted_by``...); ODK Central CSV with ``group-question``
headers, ``SubmissionDate`` first and ``KEY`` last. Used by the tests and by the benchmark.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

GOVS = (("basra", "البصرة", "بەسرە", "Basra"), ("baghdad", "بغداد", "بەغدا", "Baghdad"),
        ("erbil", "أربيل", "هەولێر", "Erbil"), ("nineveh", "نينوى", "نەینەوا", "Nineveh"))
YES_NO = (("yes", "نعم", "بەڵێ", "Yes"), ("no", "لا", "نەخێر", "No"),
          ("dont_know", "لا أعرف", "نازانم", "Don't know"))
RESULTS = (("fast", "إعلان سريع", "ڕاگەیاندنی خێرا", "Fast announcement"),
           ("transparent", "عدّ شفاف", "ژماردنی ڕوون", "Transparent count"),
           ("observers", "مراقبون", "چاودێران", "Observers present"))
GENDERS = (("female", "أنثى", "مێ", "Female"), ("male", "ذكر", "نێر", "Male"))
LABEL_COLUMNS = ("label::Arabic (ar)", "label::Kurdish (ckb)", "label::English (en)")
META_KOBO = ("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
             "__version__", "_tags", "_index")


@dataclass
class Generated:
    form: Path
    data: Path
    columns: list[str]
    #: the truth, per respondent: governorate, gender, age, biometric answer, results answers
    truth: list[dict[str, Any]] = field(default_factory=list)


def write_form(path: Path, *, extra_questions: int = 0, drop_ckb_choice: str = "") -> None:
    """The XLSForm; ``drop_ckb_choice`` leaves that choice without its Kurdish label."""
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(["type", "name", *LABEL_COLUMNS, "required", "appearance"])
    rows: list[tuple[str, str, str, str, str]] = [
        ("start", "start", "", "", ""),
        ("end", "end", "", "", ""),
        ("deviceid", "deviceid", "", "", ""),
        ("begin_group", "demographics", "البيانات الديموغرافية", "زانیاریی دیمۆگرافی", "Demographics"),
        ("select_one gov", "governorate", "المحافظة", "پارێزگا", "Governorate"),
        ("select_one gender", "gender", "الجنس", "ڕەگەز", "Gender"),
        ("integer", "age", "العمر", "تەمەن", "Age"),
        ("text", "respondent_name", "الاسم", "ناو", "Name"),
        ("text", "phone", "رقم الهاتف", "ژمارەی تەلەفۆن", "Phone"),
        ("geopoint", "location", "الموقع", "شوێن", "Location"),
        ("end_group", "", "", "", ""),
        ("begin_group", "opinions", "الآراء", "بۆچوونەکان", "Opinions"),
        ("note", "intro", "شكراً", "سوپاس", "Thank you"),
        ("select_one yes_no", "q_biometric", "هل تؤيد البطاقة البايومترية؟", "ئایا پشتگیری لە کارتی بایۆمەتری دەکەیت؟",
         "Do you support biometric voter cards?"),
        ("select_multiple results", "q_results", "ما الذي يزيد ثقتك بالنتائج؟", "چی متمانەت بە ئەنجامەکان زیاد دەکات؟",
         "What would raise your trust in the results?"),
        ("text", "q_comment", "ملاحظات", "تێبینی", "Comments"),
        ("end_group", "", "", "", ""),
        ("begin_repeat", "household", "الأسرة", "خێزان", "Household"),
        ("integer", "member_age", "عمر الفرد", "تەمەنی ئەندام", "Member's age"),
        ("end_repeat", "", "", "", ""),
    ]
    if extra_questions:
        rows.append(("begin_group", "extra", "أسئلة إضافية", "پرسیاری زیاتر", "More questions"))
        rows.extend(("integer", f"x{i:03d}", f"سؤال {i}", f"پرسیار {i}", f"Question {i}") for i in range(extra_questions))
        rows.append(("end_group", "", "", "", ""))
    for kind, name, ar, ckb, en in rows:
        survey.append([kind, name, ar, ckb, en, "", ""])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *LABEL_COLUMNS])
    for list_name, options in (("gov", GOVS), ("gender", GENDERS), ("yes_no", YES_NO), ("results", RESULTS)):
        for name, ar, ckb, en in options:
            choices.append([list_name, name, ar, "" if name == drop_ckb_choice else ckb, en])
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append(["Voter survey 2022", "voter_survey_2022", "2022091501", "Arabic (ar)"])
    wb.save(path)


def _respondent(rng: random.Random, n: int) -> dict[str, Any]:
    gov = GOVS[n % len(GOVS)][0]
    support = {"basra": 0.8, "baghdad": 0.6, "erbil": 0.7, "nineveh": 0.5}[gov]
    r = rng.random()
    biometric = "yes" if r < support else ("no" if r < support + (1 - support) * 0.7 else "dont_know")
    results = [name for name, *_ in RESULTS if rng.random() < 0.5]
    return {
        "governorate": gov, "gender": GENDERS[rng.randrange(2)][0], "age": rng.randint(16, 80),
        "q_biometric": biometric, "q_results": results, "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "name": f"Respondent {n}", "phone": f"0770{n:07d}",
    }


def kobo_columns(extra_questions: int) -> list[str]:
    return [
        "start", "end", "deviceid", "demographics/governorate", "demographics/gender", "demographics/age",
        "demographics/respondent_name", "demographics/phone", "demographics/location",
        "_demographics/location_latitude", "_demographics/location_longitude",
        "_demographics/location_altitude", "_demographics/location_precision",
        "opinions/q_biometric", "opinions/q_results",
        *(f"opinions/q_results/{name}" for name, *_ in RESULTS),
        "opinions/q_comment",
        *(f"extra/x{i:03d}" for i in range(extra_questions)),
        *META_KOBO,
    ]


def _kobo_row(rng: random.Random, n: int, t: dict[str, Any], extra_questions: int) -> list[Any]:
    when = dt.datetime(2022, 10, 1, 9) + dt.timedelta(minutes=7 * n)
    return [
        when.isoformat(), (when + dt.timedelta(minutes=12)).isoformat(), f"collect:{n % 7:016d}",
        t["governorate"], t["gender"], t["age"], t["name"], t["phone"], "30.5 47.8 0 5", 30.5, 47.8, 0, 5,
        t["q_biometric"], " ".join(t["q_results"]),
        *(1 if name in t["q_results"] else 0 for name, *_ in RESULTS),
        "تعليق" if n % 5 == 0 else "",
        *(rng.randint(0, 9) for _ in range(extra_questions)),
        100000 + n, t["uuid"], when.isoformat(), "", "", "submitted_via_web", "enumerator1", "vXyZ", "", n + 1,
    ]


def write_kobo_xlsx(folder: Path, rows: int, *, extra_questions: int = 0, seed: int = 7,
                    duplicate_row: int | None = None, drop_ckb_choice: str = "", keep_truth: bool = True) -> Generated:
    """An XLSForm and a KoboToolbox XLSX export (main sheet first, then the repeat's sheet)."""
    import xlsxwriter  # a dev dependency: fast constant-memory writing for the big benchmark file

    form, data = folder / "voter_survey.xlsx", folder / "voter_survey_export.xlsx"
    write_form(form, extra_questions=extra_questions, drop_ckb_choice=drop_ckb_choice)
    columns = kobo_columns(extra_questions)
    rng = random.Random(seed)
    out = Generated(form, data, columns)
    wb = xlsxwriter.Workbook(str(data), {"constant_memory": True})
    main = wb.add_worksheet("Voter survey 2022")
    main.write_row(0, 0, columns)
    for n in range(rows):
        t = _respondent(rng, n)
        if duplicate_row is not None and n == duplicate_row:
            t["uuid"] = out.truth[0]["uuid"] if out.truth else t["uuid"]
        main.write_row(n + 1, 0, _kobo_row(rng, n, t, extra_questions))
        if keep_truth:
            out.truth.append(t)
    repeat = wb.add_worksheet("household")
    repeat.write_row(0, 0, ["member_age", "_index", "_parent_table_name", "_parent_index"])
    repeat.write_row(1, 0, [34, 1, "Voter survey 2022", 1])
    wb.close()
    return out


def write_odk_csv(folder: Path, rows: int, *, seed: int = 9, encoding: str = "utf-8") -> Generated:
    """An XLSForm and an ODK Central CSV export (``group-question`` headers, KEY last)."""
    form, data = folder / "voter_survey.xlsx", folder / "voter_survey.csv"
    write_form(form)
    columns = [
        "SubmissionDate", "start", "end", "deviceid", "demographics-governorate", "demographics-gender",
        "demographics-age", "demographics-respondent_name", "demographics-phone", "demographics-location-Latitude",
        "demographics-location-Longitude", "demographics-location-Altitude", "demographics-location-Accuracy",
        "opinions-q_biometric", "opinions-q_results", "opinions-q_comment", "meta-instanceID", "SubmitterID",
        "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID",
        "Edits", "FormVersion", "KEY",
    ]
    rng = random.Random(seed)
    out = Generated(form, data, columns)
    with open(data, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for n in range(rows):
            t = _respondent(rng, n)
            when = dt.datetime(2022, 10, 1, 9) + dt.timedelta(minutes=5 * n)
            writer.writerow([
                when.isoformat(), when.isoformat(), when.isoformat(), "collect:1", t["governorate"], t["gender"],
                t["age"], t["name"], t["phone"], 30.5, 47.8, 0, 5, t["q_biometric"], " ".join(t["q_results"]),
                "ملاحظة" if n % 3 == 0 else "", f"uuid:{t['uuid']}", 5, "enumerator", 0, 0, "", "approved",
                "collect:1", 0, "2022091501", f"uuid:{t['uuid']}",
            ])
            out.truth.append(t)
    return out
