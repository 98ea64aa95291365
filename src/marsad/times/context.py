"""Context checks for the words that are times only sometimes.

A bare "2024" may count soldiers, "مارس" may be a verb, "اليوم" may be "the day" of
"اليوم الوطني" or the newspaper Al-Yaum, "رجب" a given name. Each check looks at the
words around a match in the normalized text and says whether it reads as a time.
"""

from __future__ import annotations

import re

from marsad.arabic import months

# Words after which a bare year or an ambiguous month name reads as a time.
TIME_PREPOSITIONS = frozenset({
    "في", "منذ", "حتي", "خلال", "قبل", "بعد", "من", "الي", "طوال", "مطلع", "مستهل",
    "اوايل", "بدايه", "منتصف", "اواسط", "اواخر", "نهايه", "ختام", "صيف", "شتاء", "خريف", "ربيع",
    "موسم", "بحلول", "اعتبارا", "ابتداء", "عام", "العام", "سنه", "شهر", "وحتي", "عامي",
})
# Counted nouns and units: a 4-digit number before them is a quantity, not a year.
QUANTITY_NOUNS = frozenset({
    "دولار", "ريال", "درهم", "دينار", "جنيه", "يورو", "ليره", "جندي", "عسكري", "مقاتل", "شخص",
    "مواطن", "طالب", "طالبه", "برنامج", "متر", "كيلو", "كيلومتر", "كم", "طن", "ميغاوات", "ميجاوات",
    "وحده", "سهم", "مليون", "مليار", "الف", "نسمه", "حاله", "موظف", "موظفه", "وظيفه", "عامل",
    "مشروع", "سرير", "منزل", "مسكن", "سياره", "رحله", "حاج", "حاجا", "معتمر", "لاعب", "قتيل",
    "جريح", "اسره", "عايله", "طفل", "امراه", "رجل", "مريض", "مدرسه", "فصل", "صفحه", "كتاب",
    "ساعه", "دقيقه", "ثانيه", "يوم", "يوما", "عام", "عاما", "سنه", "شهر", "درجه", "نقطه", "مره",
    "قطعه", "لتر", "برميل", "كيلوغرام", "كجم", "جرام", "غرام", "هكتار", "ميل", "قدم", "بوصه", "صوت",
    "مقعد", "عضو", "مستفيد", "مشارك", "متدرب", "زاير", "سايح", "مشترك", "عميل", "فرصه", "طلب",
    "شكوي", "مخالفه", "بلاغ", "عمليه", "غاره", "صاروخ", "دبابه", "طايره", "سفينه", "مترا", "ريالا",
    "دولارا", "شخصا", "طالبا", "جنديا", "برنامجا", "مواطنا", "موظفا", "وحدات", "كلم",
})
_YEAR_AS_SUBJECT = frozenset({"هو", "هي", "كان", "كانت", "سيكون", "ستكون", "شهد", "شهدت", "يشهد", "تشهد"})
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?(\w+)")
_FUTURE_CUES = frozenset({"سوف", "المقرر", "المزمع", "المرتقب", "المنتظر", "المتوقع", "يعتزم", "تعتزم"})
# A future verb: the prefix س + an imperfect prefix + a common news verb stem. A bare
# "س[يتن]..." test fires on names (ستامفورد) and nouns (سياسة), hence the stem list.
_FUTURE_VERB = re.compile(
    r"^[وف]?س(?:ي|ت|ن)(?:تم|كون|قام|عقد|نطلق|لتقي|صل|بدا|جري|شارك|واجه|لعب|عود|غادر|زور|ستضيف|قوم|حضر"
    r"|قيم|طلق|فتتح|ختتم|صدر|علن|نظم|ناقش|بحث|تولي|نضم|خوض|نتقل|دخل|صبح|بقي|ستمر|طرح|عرض|توجه|سافر"
    r"|نعقد|ستانف|لتحق|حتفل|شهد|ضم|وقع|وصل|عاود|عيد|نفذ|ترك|جتمع|رحل)\w{0,4}$")


def word_before(norm: str, pos: int, reach: int = 40) -> str:
    """The normalized word just before position `pos` (punctuation skipped), or ""."""
    match = _WORD_BEFORE.search(norm[max(0, pos - reach):pos])
    return match.group(1) if match else ""


def word_after(norm: str, pos: int, reach: int = 40) -> str:
    """The normalized word just after position `pos` (punctuation skipped), or ""."""
    match = _WORD_AFTER.search(norm[pos:pos + reach])
    return match.group(1) if match else ""


def attached_prefix(norm: str, pos: int) -> str:
    """Letters glued to the front of the token that starts at or before `pos`."""
    start = pos
    while start > 0 and norm[start - 1].isalpha():
        start -= 1
    return norm[start:pos]


def _in_preposition_context(norm: str, start: int) -> bool:
    """True after a time preposition ("في مارس", "منذ 2015") or a glued ب/ل ("لمارس")."""
    prefix = attached_prefix(norm, start)
    if prefix:
        return prefix in ("ب", "ل", "وب", "ول", "فب", "فل")
    before = word_before(norm, start)
    return before in TIME_PREPOSITIONS or (before[:1] in ("و", "ف") and before[1:] in TIME_PREPOSITIONS)


def bare_year_ok(m: re.Match[str], norm: str) -> bool:
    """A bare 1900-2100 number is a year after a time preposition, in brackets, or after a
    clitic, and never before a counted noun ("1500 جندي") or a percent sign.
    """
    start, end = m.start("year"), m.end("year")
    year = int(m["year"])
    if 1300 <= year <= 1600:  # a Hijri year without هـ: only after a season or part word
        return word_before(norm, start) in _HIJRI_YEAR_BEFORE
    if not 1900 <= year <= 2100:
        return False
    after = norm[end:end + 3].lstrip()
    if after.startswith(("%", "٪")):
        return False
    following = word_after(norm, end)
    if following in QUANTITY_NOUNS or (following.startswith("ال") and following[2:] in QUANTITY_NOUNS):
        return False
    if following.isdigit() or (re.match(r"\s+\w", norm[end:end + 2]) and _counted_noun(following)):
        return False
    if following in _YEAR_AS_SUBJECT:
        return True  # "2015 هو عام التحديات"
    prefix = attached_prefix(norm, start)
    if prefix:
        return prefix in _PROCLITICS
    if not norm[m.pos:start].strip(" \t*•-–()") and norm[end:end + 3].lstrip()[:1] in ("-", "–", ":", ")"):
        return True  # a chronology line: "1945- ..." or "2015: ..."
    before = norm[max(0, start - 2):start].strip()
    if before.endswith(("(", "[", "«", '"')):
        return True
    return _in_preposition_context(norm, start)


_HIJRI_YEAR_BEFORE = frozenset({"صيف", "شتاء", "ربيع", "خريف", "مطلع", "مستهل", "بدايه", "منتصف", "اواسط",
                                "اواخر", "اوايل", "نهايه", "ختام", "موسم", "حج"})
_ADVERBS = frozenset({"ايضا", "تقريبا", "مثلا", "حاليا", "تحديدا", "اساسا", "عموما", "رسميا", "فعليا",
                      "تقريبيا", "اجمالا", "سابقا", "لاحقا", "خصوصا", "تماما", "فيما", "كما", "بينما",
                      "عندما", "حينما", "ربما", "مما", "اما", "انما", "طالما", "كلما"})


def _counted_noun(word: str) -> bool:
    """An indefinite accusative noun ("مقاتلا", "برنامجا"): what follows a count, not a year."""
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and word not in _ADVERBS


def bare_month_ok(m: re.Match[str], norm: str) -> bool:
    """An unambiguous month name is always a month; "مارس", "اب" ... need شهر, a pairing, or a
    time preposition before them.
    """
    if m["shahr"] or m["gm2"]:
        return True
    name = " ".join(m["gm"].split())
    if name not in months.AMBIGUOUS_GREGORIAN:
        return True
    if name == "اب":
        return False
    return _in_preposition_context(norm, m.start("x"))


def hijri_bare_ok(m: re.Match[str], norm: str) -> bool:
    """A Hijri month without day or year: the unambiguous ones after a preposition or شهر;
    رمضان, شعبان, رجب ... only with شهر or an epithet ("رمضان المبارك").
    """
    if m["shahr"] or m["holy"]:
        return True
    name = " ".join(m["hm"].split())
    if name in months.AMBIGUOUS_HIJRI:
        return False
    return _in_preposition_context(norm, m.start("x"))


# "صحيفة اليوم", "عين اليوم", "المصري اليوم", "روسيا اليوم": media names; "في اليوم": per day.
_NOT_TODAY_BEFORE = frozenset({"صحيفه", "جريده", "مجله", "قناه", "لصحيفه", "لجريده", "في", "موقع", "عين",
                               "المصري", "روسيا", "اخبار", "لعين", "بعين", "مدار", "طوال", "طيله"})
# Adjectives and ordinals after "اليوم" that make it "the day": اليوم الوطني, اليوم التالي.
_DAY_ADJECTIVES = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الاخير", "الذي", "التالي",
                             "السابق", "الموعود", "المحدد", "المفتوح", "نفسه", "ذاته"})


def today_ok(m: re.Match[str], norm: str) -> bool:
    """"اليوم" (and "الليلة") is today unless it is "the day" (followed by an adjective or a
    number: اليوم الوطني, اليوم التالي, اليوم 11), the newspaper Al-Yaum (quoted, or after
    صحيفة), "per day" (في اليوم) or "all day long" (على مدار اليوم).
    """
    start, end = m.start("rel"), m.end("rel")
    if m["wd"]:
        return True
    if start > 0 and norm[start - 1] in "«\"'“”" or norm[end:end + 1] in ("»", '"', "”"):
        return False
    if attached_prefix(norm, start) in ("ل", "ب", "ك"):
        return False
    following = word_after(norm, end)
    if re.match(r"\s*\d+\s+من\s", norm[end:end + 12]) or following in (
            "السابقه", "الماضيه", "التاليه", "الاولي", "الثانيه", "الاخيره"):
        return False  # "اليوم 11 من المهرجان", "الليلة السابقة"
    if _ELATIVE.match(following) and following not in months.WEEKDAYS:
        return False  # "اليوم الأكثر دموية": the day, not today
    if norm[end:end + 1] not in "،,.:؛" and (
            following in _DAY_ADJECTIVES or (following.startswith("ال") and following.endswith("ي")
                                             and following not in months.WEEKDAYS
                                             and following not in ("التي", "اللتي", "اللاتي"))):
        return False
    return not (m.start("x") == start and word_before(norm, start) in _NOT_TODAY_BEFORE)


_NOT_WEEKDAY_BEFORE = frozenset({"صلاه", "خطبه", "خطب", "خطيب", "امام", "صلاتي", "لصلاه", "وصلاه"})
_GENERIC_WEEKDAY_BEFORE = frozenset({"كل", "سوق", "يومي", "يومى", "ايام", "لسوق", "وسوق"})
_ELATIVE = re.compile(r"^الا\w{3}$")


def weekday_ok(m: re.Match[str], norm: str) -> bool:
    """A weekday name reads as a day except in "صلاة الجمعة", "خطبة الجمعة" (the institution)."""
    if m["mod"]:
        return True
    if word_after(norm, m.end("x")) in ("الشهري", "الاسبوعي", "السنوي", "الدوري"):
        return False  # "لقاء الثلاثاء الشهري": a name
    before = word_before(norm, m.start("x"))
    if before in _GENERIC_WEEKDAY_BEFORE:
        return False  # "كل يوم جمعة", "سوق الخميس", "يومي الجمعة والسبت": no particular day
    return m["x"].startswith("يوم") or before not in _NOT_WEEKDAY_BEFORE


def future_context(norm: str, pos: int, reach: int = 80) -> bool:
    """True when a future marker (سوف, المقرر, a verb in س-) comes shortly before `pos`
    in the same sentence."""
    window = re.split(r"[.!?؟\n]", norm[max(0, pos - reach):pos])[-1]
    for word in re.findall(r"\w+", window):
        if word in _FUTURE_CUES or _FUTURE_VERB.match(word):
            return True
    return False
