"""An organisation name as a head noun and its genitive chain: «وزارة الشؤون الاجتماعية»,
«غرفة تجارة جدة», «الهيئة العامة للسياحة والتراث الوطني», «الاتحاد السعودي لكرة القدم».

The chain takes definite words (with the article, also after و or ل: «والتراث», «للسياحة»),
names the model found («جامعة الملك خالد»), up to two indefinite nouns right after the head
(«لجنة علاقات القبول», «غرفة تجارة وصناعة عُمان»), and one «ل + noun» before a definite word
(«لكرة القدم»). It stops at punctuation, function words and the stop list («المركز الثاني»),
and leaves a trailing nationality adjective out («وزارة المالية الألمانية» -> «وزارة المالية»).
It must end on a definite word or a name: «وزارة» alone, or followed by a verb, is no name. After a
nationality or other nisba adjective, or any definite genitive, only adjectives go on («الإمارات العربية المتحدة», «الجيش السوري
الحر»): a definite noun there starts the next phrase («مجلس الأمن الدولي | الخميس», «جامعة الدول العربية |
الجريمة», «هيئة كبار العلماء | العمل الإجرامي»).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.models.gazetteers import word_key
from marsad.models.newslists import NewsLists
from marsad.models.spans import TokenSpan

MAX_CHAIN = 7
FOUNDERS = frozenset({"الملك", "الامير", "الشيخ", "السلطان", "الامام"})  # «جامعة الملك خالد»
MAX_INDEFINITE = 2
COUNCIL_HEADS = frozenset({"مجلس"})
COUNCIL_SEATS = frozenset(normalize(w) for w in ("محافظة", "مدينة", "منطقة"))
OTHER_PLACE = ("بال", "وبال", "فبال", "كال")  # «وزارة الصحة بالرياض»: two names, not one
# Heads of facilities and roads: the name is a place (LOC), as in ANERcorp («مطار الطائف»).
# Definite adjectives that are neither nisba nor participle, which may follow a nisba in a name.
PLAIN_ADJECTIVES = frozenset(normalize(w) for w in ("الحر", "الحرة", "العليا", "الكبرى", "العظمى", "الأعلى", "العام",
                                                      "العامة", "الجديد", "الجديدة", "الأحمر", "الأخضر",
                                                      "الأبيض", "الأزرق", "الأول", "الأولى", "الحرام", "الشريف",
                                                      "الكريم"))
FACILITY_HEADS = frozenset(normalize(w) for w in ("مستشفى", "مطار", "ميناء", "طريق", "شارع", "غابة", "ساحة",
                                                     "حديقة", "جسر", "ملعب", "استاد", "قصر"))


def org_chain(tokens: Sequence[str], nkeys: Sequence[str], i: int, spans: Sequence[TokenSpan],
              lists: NewsLists) -> tuple[str, int, int] | None:
    """(type, start, end) of the organisation name headed by token `i`, or None."""
    head = nkeys[i]
    if (head not in lists.heads and head not in FACILITY_HEADS) or any(s.start < i < s.end for s in spans):
        return None
    if i > 0 and normalize(tokens[i - 1]) == "عن":
        return None  # «عن طريق»: by means of
    if head.startswith("ال") and (i + 1 >= len(tokens) or nkeys[i + 1] not in lists.head_adjectives):
        return None
    if i + 1 < len(tokens) and normalize(tokens[i + 1]).startswith("ل"):
        return None  # «مركز للإبداعات»: a noun and a preposition, not a genitive name
    starting = {s.start: s for s in spans}
    named = False  # the chain holds a name (a span or a founder's name)
    end = None
    pending = 0
    j = i + 1
    while j < len(tokens) and j - i < MAX_CHAIN:
        token, key = tokens[j], nkeys[j]
        if j == i + 1 and head in COUNCIL_HEADS and key in COUNCIL_SEATS:
            pending, j = 1, j + 1  # «مجلس محافظة الأنبار»: a provincial council (a seat word is otherwise a stop)
            continue
        if not any(c.isalpha() for c in token) or key in lists.stops or normalize(token) in lists.stops:
            break
        if key in lists.honorifics and key not in FOUNDERS:
            break  # «عمادة القبول والتسجيل الدكتور تركي ...»: a person comes next
        if (word_key(token) in lists.demonyms and (j > i + 1 or not key.startswith("ال"))
                and nkeys[j - 1] != "الانباء"):
            break  # «وزارة المالية الألمانية», «شركة إماراتية»; not «وكالة الأنباء الألمانية»
        if key in lists.clubs and normalize(token).startswith("و"):
            break  # «نادي العين والأهلي»: two clubs
        norm = normalize(token)
        if (norm.startswith("و") and norm[1:].removeprefix("ال") == key.removeprefix("ال")
                and (key in lists.heads or j in starting)):
            break  # «جامعة الدول العربية | ومنظمة التعاون الإسلامي»: a second name joined by و
        if norm.startswith(OTHER_PLACE) or (j in starting and norm[:1] == "ب" and key != norm):
            break  # «بمؤسسة بنكية بطنجة»: a place after ب is another name
        if j in starting:
            if starting[j].type == "PER" and nkeys[j - 1] not in FOUNDERS:
                break  # «غرفة تجارة جدة محمد جميل عزوز»: the body, then its head
            if starting[j].type == "ORG" and j == i + 1 and key not in FOUNDERS:
                break  # «وكالة واس», «شركة أرامكو»: a generic head before a name
            if head in FACILITY_HEADS and starting[j].type == "LOC":
                break  # «مطار دمشق»: the city is the name (as ANERcorp marks it)
            j = end = starting[j].end
            named = True
            pending = 0
            continue
        if key.startswith("ال"):
            if (_nisba(tokens[j - 1]) or j - 1 > i and normalize(tokens[j - 1]).startswith("ال")) \
                    and normalize(token).startswith("ال") and not _adjective(token):
                break  # «هيئة كبار العلماء | العمل الإجرامي»: a definite genitive ends the chain
            j = end = j + 1
            pending = 0
            continue
        if nkeys[j - 1] in FOUNDERS:  # «جامعة الملك خالد», «شارع الأمير سلطان بن عبدالعزيز»
            end = j + 1
            while end + 1 < len(tokens) and nkeys[end] == "بن":
                end += 2
            j = end
            pending = 0
            named = True
            continue
        contiguous = pending == j - i - 1 and pending < MAX_INDEFINITE
        preposition = pending == 0 and normalize(token).startswith("ل") and nkeys[j - 1] in lists.head_adjectives
        if not (contiguous or preposition):
            break
        pending += 1
        j += 1
    if end is None or ((head in lists.weak_heads or head in FACILITY_HEADS) and not named and end - i < 3):
        return None
    return ("LOC" if head in FACILITY_HEADS else "ORG"), i, end


def _nisba(token: str) -> bool:
    """A definite nisba adjective as written («العربية», «الدولي»; not «الهيئة», whose ئ normalizes to ي)."""
    word = strip_diacritics(token)
    return word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) >= 5


def _adjective(token: str) -> bool:
    """A definite word that reads as an adjective: a nisba, a participle («المتحدة», «المستقلة») or a listed one."""
    word = strip_diacritics(token)
    participle = word.startswith("الم") and len(word) >= 6 and not word.endswith(("ين", "ون"))  # (not «المواطنين»)
    return _nisba(token) or participle or normalize(word) in PLAIN_ADJECTIVES
