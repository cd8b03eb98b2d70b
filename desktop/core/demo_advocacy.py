"""Demo data for the advocacy path: recommendations backed by coded words and a survey, and outreach.

Modelled on the campaign Majlis serves: recommendations on the Provincial Council Elections Law,
their way from a draft to parliament (two adopted in March 2023), a national voter survey beside the
quotes, and meetings, workshops and media appearances carried by the network's organisations.
Reproducible: the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy.orm import Session as OrmSession

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.core.models import (
    Code,
    EvidenceLink,
    Organisation,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
    Survey,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponseBlock,
)
from desktop.core.reference import AGE_BANDS, GOVERNORATES
from desktop.core.retrieval import Filters

LAW = "قانون انتخابات مجالس المحافظات"
#: The voter survey's name. The demo names a thing in the language of the place it belongs to (a session
#: in Basra in Arabic, one in Erbil in Kurdish; each organisation in its own); the survey was fielded in
#: Arabic and Kurdish governorates alike, so its form is named in both, as Iraq's federal forms are (a
#: Survey has one title: it was Arabic only, read in every Kurdish screen and brief).
SURVEY_TITLE = "المسح الوطني للناخبين 2022 / ڕاپرسیی نیشتمانیی دەنگدەران 2022"

# (title ar, ckb, en), (text ar, ckb, en), article, authority, code keys, history
RECOMMENDATIONS: tuple[tuple[tuple[str, str, str], tuple[str, str, str], str, str, tuple[str, ...],
                             tuple[tuple[str, str, str], ...]], ...] = (
    (("اعتماد البطاقة البايومترية حصراً في التصويت", "تەنها کارتی بایۆمەتری بۆ دەنگدان",
      "Biometric voter cards only"),
     ("أن يُعتمد التصويت بالبطاقة البايومترية وحدها لمنع التزوير وتكرار التصويت.",
      "دەنگدان تەنها بە کارتی بایۆمەتری بێت بۆ ڕێگریکردن لە ساختەکاری و دووبارە دەنگدان.",
      "Voting with the biometric card only, to prevent fraud and repeated voting."),
     "المادة 38", "مجلس النواب / المفوضية العليا المستقلة للانتخابات", ("displaced", "vote_buying"),
     (("endorsed", "2022-11-20", "الهيئة العامة للشبكة، بغداد"), ("presented", "2023-01-10", "اللجنة القانونية"),
      ("adopted", "2023-03-27", "الوقائع العراقية"))),
    (("إعلان النتائج خلال 24 ساعة", "ڕاگەیاندنی ئەنجامەکان لە ماوەی ٢٤ کاتژمێردا", "Results within 24 hours"),
     ("أن تُعلن نتائج الفرز في كل مركز خلال 24 ساعة من إغلاق الصناديق.",
      "ئەنجامی ژماردن لە هەر بنکەیەک لە ماوەی ٢٤ کاتژمێر دوای داخستنی سندوقەکان ڕابگەیەنرێت.",
      "Counting results of every station published within 24 hours of the close of polls."),
     "المادة 40", "المفوضية العليا المستقلة للانتخابات", ("transparency",),
     (("endorsed", "2022-11-20", "الهيئة العامة للشبكة، بغداد"), ("presented", "2023-01-10", "اللجنة القانونية"),
      ("adopted", "2023-03-27", "الوقائع العراقية"))),
    (("كوتا نسائية لا تقل عن 25%", "پشکی ئافرەتان لانیکەم ٢٥٪", "Women's quota of at least 25%"),
     ("أن تُحفظ كوتا النساء بما لا يقل عن ربع المقاعد في كل مجلس محافظة.",
      "پشکی ئافرەتان لانیکەم چارەکی کورسییەکانی هەر ئەنجومەنێکی پارێزگا بێت.",
      "Women hold at least a quarter of the seats of every provincial council."),
     "المادة 13", "مجلس النواب", ("quotas", "women"),
     (("endorsed", "2022-11-20", "الهيئة العامة للشبكة، بغداد"), ("presented", "2023-02-05", "تجمّع البرلمانيات"))),
    (("دوائر انتخابية متعددة في كل محافظة", "چەند بازنەیەکی هەڵبژاردن لە هەر پارێزگایەک",
      "Several electoral districts per governorate"),
     ("أن تُقسّم كل محافظة إلى دوائر متعددة تقرّب المرشح من الناخب.",
      "هەر پارێزگایەک دابەش بکرێت بۆ چەند بازنەیەک کە کاندید لە دەنگدەر نزیک بکاتەوە.",
      "Each governorate divided into several districts that bring candidates closer to voters."),
     "المادة 15", "مجلس النواب", ("districts",),
     (("endorsed", "2022-11-20", "الهيئة العامة للشبكة، بغداد"), ("presented", "2023-01-10", "اللجنة القانونية"),
      ("rejected", "2023-03-27", "تصويت مجلس النواب"))),
)

SURVEY_QUESTIONS = (
    # name, type, list, (ar, ckb, en), role
    ("demographics/governorate", "select_one", "gov", ("المحافظة", "پارێزگا", "Governorate"), "governorate"),
    ("demographics/gender", "select_one", "gender", ("الجنس", "ڕەگەز", "Gender"), "gender"),
    ("demographics/age_band", "select_one", "age", ("الفئة العمرية", "گرووپی تەمەن", "Age band"), "age_band"),
    ("opinions/q_biometric", "select_one", "yes_no",
     ("هل تؤيد التصويت بالبطاقة البايومترية وحدها؟", "ئایا پشتگیری لە دەنگدان تەنها بە کارتی بایۆمەتری دەکەیت؟",
      "Do you support voting with the biometric card only?"), ""),
    ("opinions/q_results_24h", "select_one", "yes_no",
     ("هل يجب إعلان النتائج خلال 24 ساعة؟", "ئایا دەبێت ئەنجامەکان لە ماوەی ٢٤ کاتژمێردا ڕابگەیەنرێن؟",
      "Should results be announced within 24 hours?"), ""),
)
CHOICES = {
    "yes_no": (("yes", "نعم", "بەڵێ", "Yes"), ("no", "لا", "نەخێر", "No"), ("dont_know", "لا أعرف", "نازانم", "Don't know")),
    "gender": (("female", "أنثى", "مێ", "Female"), ("male", "ذكر", "نێر", "Male")),
    "age": tuple((band, band, band, band) for band in AGE_BANDS),
    "gov": tuple((g.key, g.ar, g.ckb, g.en) for g in GOVERNORATES[:8]),
}
OUTREACH = (
    ("meeting", "لقاء مع اللجنة القانونية في مجلس النواب", "بغداد", "baghdad", "اللجنة القانونية", 14),
    ("workshop", "ورشة عمل مع أعضاء مجلس محافظة البصرة", "البصرة", "basra", "أعضاء مجلس المحافظة", 35),
    ("media", "مقابلة إذاعية عن البطاقة البايومترية", "راديو المربد", "basra", "مستمعو الإذاعة", 20000),
    ("meeting", "کۆبوونەوە لەگەڵ ئەنجومەنی پارێزگای هەولێر", "هەولێر", "erbil", "ئەندامانی ئەنجومەنی پارێزگا", 12),
    ("workshop", "ورشة توعية للنساء المرشحات", "النجف", "najaf", "المرشّحات", 40),
    ("media", "بەرنامەی تەلەفزیۆنی دەربارەی ڕوونیی ئەنجامەکان", "سلێمانی", "sulaymaniyah", "بینەرانی تەلەفزیۆن", 150000),
    ("meeting", "لقاء مع مجلس المفوضين", "بغداد", "baghdad", "مجلس المفوّضين", 9),
    ("other", "مؤتمر صحفي لإعلان التوصيات العشر", "بغداد", "baghdad", "الصحفيون", 60),
)


def generate(
    store: Store, ids: Callable[[], str], rng: random.Random, codes: dict[str, Code], orgs: list[Organisation],
    *, respondents: int = 600,
) -> dict[str, int]:
    with store.transaction() as s:
        survey_id = _survey(s, ids, rng, respondents)
        # A field laptop that joined a team never makes recommendations (they are the coordinators'):
        # its demo has the survey and the outreach, and the centre's team updates bring the rest.
        makes = recommendations.may_change(s)
        rec_ids = []
        for number, (titles, texts, article, authority, code_keys, history) in enumerate(
                RECOMMENDATIONS if makes else (), 1):
            rec = Recommendation(
                id=ids(), number=number, title_ar=titles[0], title_ckb=titles[1], title_en=titles[2],
                text_ar=texts[0], text_ckb=texts[1], text_en=texts[2], target_law=LAW, target_article=article,
                authority=authority,
            )
            s.add(rec)
            s.add(RecommendationStatus(id=ids(), recommendation_id=rec.id, status="drafted",
                                       date=dt.date(2022, 10, 30), source="ورشة التحليل"))
            for status, day, source in history:
                s.add(RecommendationStatus(id=ids(), recommendation_id=rec.id, status=status,
                                           date=dt.date.fromisoformat(day), source=source))
            for position, key in enumerate(code_keys):
                s.add(EvidenceLink(id=ids(), recommendation_id=rec.id, kind="code", code_id=codes[key].id,
                                   include_subcodes=True, filters={}, position=float(position)))
            rec_ids.append(rec.id)
        if rec_ids:
            _survey_and_filter_links(s, ids, rec_ids, survey_id, codes)
        for n, (kind, title, place, gov, audience, reach) in enumerate(OUTREACH):
            s.add(OutreachEvent(
                id=ids(), kind=kind, title=title, date=dt.date(2022, 12, 1) + dt.timedelta(days=12 * n),
                place=place, governorate=gov, audience=audience, reach=reach,
                organisation_ids=sorted(o.id for o in rng.sample(orgs, k=min(len(orgs), rng.randint(1, 3)))),
                recommendation_ids=sorted(rng.sample(rec_ids, k=rng.randint(1, 2))) if rec_ids else [],
            ))
    return {"recommendations": len(rec_ids), "respondents": respondents, "outreach": len(OUTREACH)}


def _survey_and_filter_links(
    s: OrmSession, ids: Callable[[], str], rec_ids: list[str], survey_id: str, codes: dict[str, Code]
) -> None:
    s.add(EvidenceLink(id=ids(), recommendation_id=rec_ids[0], kind="survey", survey_id=survey_id,
                       question="opinions/q_biometric", choices=["yes"], group_by="governorate",
                       group_value="basra", position=10.0))
    s.add(EvidenceLink(id=ids(), recommendation_id=rec_ids[1], kind="survey", survey_id=survey_id,
                       question="opinions/q_results_24h", choices=["yes"], position=10.0))
    s.add(EvidenceLink(id=ids(), recommendation_id=rec_ids[2], kind="code", code_id=codes["participation"].id,
                       include_subcodes=True,
                       filters=recommendations.filters_to_json(Filters(genders=frozenset({"female"}))),
                       position=5.0))


def _survey(s: OrmSession, ids: Callable[[], str], rng: random.Random, respondents: int) -> str:
    survey = Survey(id=ids(), title=SURVEY_TITLE, form_id="voter_survey_2022", form_version="1",
                    source="kobo", columns=[q[0] for q in SURVEY_QUESTIONS], response_count=respondents,
                    imported_at="2022-10-20T10:00:00+00:00")
    s.add(survey)
    for position, (name, kind, list_name, (ar, ckb, en), role) in enumerate(SURVEY_QUESTIONS):
        group = name.split("/")[0]
        s.add(SurveyQuestion(id=ids(), survey_id=survey.id, name=name, type=kind, list_name=list_name, group=group,
                             label_ar=ar, label_ckb=ckb, label_en=en, role=role, position=float(position)))
    for list_name, options in CHOICES.items():
        for position, (name, ar, ckb, en) in enumerate(options):
            s.add(SurveyChoice(id=ids(), survey_id=survey.id, list_name=list_name, name=name, label_ar=ar,
                               label_ckb=ckb, label_en=en, position=float(position)))
    govs = [g for g, *_ in CHOICES["gov"]]
    for start in range(0, respondents, 1000):
        rows, subs, gs, genders, bands = [], [], [], [], []
        for n in range(start, min(respondents, start + 1000)):
            gov, gender, band = govs[n % len(govs)], rng.choice(("female", "male")), rng.choice(AGE_BANDS)
            bio = "yes" if rng.random() < (0.82 if gov == "basra" else 0.68) else rng.choice(("no", "dont_know"))
            fast = "yes" if rng.random() < 0.74 else rng.choice(("no", "dont_know"))
            rows.append([gov, gender, band, bio, fast])
            subs.append(f"uuid:{ids()}")
            gs.append(gov)
            genders.append(gender)
            bands.append(band)
        s.add(SurveyResponseBlock(id=ids(), survey_id=survey.id, position=start // 1000, submission_ids=subs,
                                  governorates=gs, genders=genders, age_bands=bands, rows=rows))
    return survey.id
