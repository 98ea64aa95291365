"""The news rule layer: non-names, honorifics, demonyms, organisation chains, listed names, datelines."""

from marsad.models.newschain import org_chain
from marsad.models.newslists import load_news_lists, match_phrases
from marsad.models.newsrules import apply_news_rules
from marsad.models.offsets import clitic_prefix_length
from marsad.models.spans import TokenSpan


def spans(tokens: list[str], found: list[TokenSpan]) -> list[tuple[str, str]]:
    out = apply_news_rules([found], [tokens])[0]
    return [(s.type, " ".join(tokens[s.start:s.end])) for s in out]


def test_god_and_epithets_are_not_names_but_a_currency_is() -> None:
    tokens = ["رحمه", "الله", "وخادم", "الحرمين", "الشريفين", "دفع", "مليون", "يورو"]
    found = [TokenSpan("MISC", 1, 2, 0.9), TokenSpan("PER", 2, 5, 0.9), TokenSpan("MISC", 7, 8, 0.9)]
    assert spans(tokens, found) == [("MISC", "يورو")]  # (ANERcorp's MISC, Wojood's CURR)


def test_honorifics_leave_a_person_span() -> None:
    tokens = ["استقبل", "الأمير", "محمد", "بن", "سلمان", "أمير", "طاهري"]
    found = [TokenSpan("PER", 1, 5, 0.9), TokenSpan("PER", 5, 7, 0.9)]
    assert spans(tokens, found) == [("PER", "محمد بن سلمان"), ("PER", "أمير طاهري")]


def test_a_rank_makes_a_person_of_a_span_typed_otherwise() -> None:
    tokens = ["اللواء", "ركن", "حمد", "بن", "علي", "العطية", "والعقيد", "الشرطة"]
    found = [TokenSpan("ORG", 0, 6, 0.9), TokenSpan("ORG", 6, 8, 0.9)]
    assert spans(tokens, found) == [("PER", "حمد بن علي العطية"), ("ORG", "والعقيد الشرطة")]


def test_a_marshals_rank_is_cut_off_his_name() -> None:
    tokens = ["اتفق", "فايز", "السراج", "والمشير", "خليفة", "حفتر"]
    found = [TokenSpan("PER", 1, 3, 0.9), TokenSpan("PER", 3, 6, 0.9)]
    assert spans(tokens, found) == [("PER", "فايز السراج"), ("PER", "خليفة حفتر")]


def test_a_lone_demonym_is_norp_not_misc() -> None:
    tokens = ["قالت", "الحكومة", "الألمانية"]
    assert spans(tokens, [TokenSpan("MISC", 2, 3, 0.9)]) == [("NORP", "الألمانية")]


def test_organisation_chains() -> None:
    lists = load_news_lists()
    cases = {
        "أعلنت وزارة الشؤون الاجتماعية أمس": "وزارة الشؤون الاجتماعية",
        "قالت الهيئة العامة للسياحة والتراث الوطني إن": "الهيئة العامة للسياحة والتراث الوطني",
        "وأوضح رئيس لجنة علاقات القبول في الجامعة": "لجنة علاقات القبول",
        "أكد الاتحاد السعودي لكرة القدم أن": "الاتحاد السعودي لكرة القدم",
        "وقالت وزارة المالية الألمانية إن": "وزارة المالية",
        "وزارة الصحة بالرياض": "وزارة الصحة",
        "بيان لوزارة الدفاع": "لوزارة الدفاع",
        "افتتح جامعة الملك خالد": "جامعة الملك خالد",
        # after a nisba adjective only adjectives go on: a definite noun starts the next phrase
        "دان أمين جامعة الدول العربية الجريمة الوحشية": "جامعة الدول العربية",
        "وافق مجلس الأمن الدولي الخميس على": "مجلس الأمن الدولي",
        "بيان اللجنة الوطنية المستقلة للانتخابات": "اللجنة الوطنية المستقلة للانتخابات",
        # a second organisation head after و is another name
        "ناشد جامعة الدول العربية ومنظمة التعاون الإسلامي": "جامعة الدول العربية",
        "شارك مجلس الشورى والهيئة العامة للاستثمار": "مجلس الشورى",
        "أعلنت وزارة الحج والعمرة عن": "وزارة الحج والعمرة",
        # so after any definite genitive: «هيئة كبار العلماء | العمل الإجرامي»; a listed adjective goes on
        "أدانت هيئة كبار العلماء العمل الإجرامي": "هيئة كبار العلماء",
        "وصلت قافلة جمعية الهلال الأحمر إلى": "جمعية الهلال الأحمر",
        "طالب مجلس محافظة الأنبار الولايات": "مجلس محافظة الأنبار",  # a provincial council
        "أدانت الرئاسة العامة لشؤون المسجد الحرام الاعتداء": "الرئاسة العامة لشؤون المسجد الحرام",  # a listed adjective
    }
    for text, name in cases.items():
        tokens = text.split()
        nkeys = [lists.key(t) for t in tokens]
        head = next(i for i in range(len(tokens)) if org_chain(tokens, nkeys, i, [], lists))
        kind, start, end = org_chain(tokens, nkeys, head, [], lists)
        assert (kind, " ".join(tokens[start:end])) == ("ORG", name), text


def test_no_chain_without_a_name_after_the_head() -> None:
    lists = load_news_lists()
    for text in ("أعلنت الوزارة أمس", "حل في المركز الثاني", "اجتمع مجلس إدارة النادي", "وزارة أعلنت"):
        tokens = text.split()
        nkeys = [lists.key(t) for t in tokens]
        assert all(org_chain(tokens, nkeys, i, [], lists) is None for i in range(len(tokens))), text


def test_a_chain_stops_before_a_person() -> None:
    tokens = ["عمادة", "القبول", "والتسجيل", "الدكتور", "تركي", "العنزي"]
    found = [TokenSpan("PER", 3, 6, 0.9)]
    assert spans(tokens, found) == [("ORG", "عمادة القبول والتسجيل"), ("PER", "تركي العنزي")]
    founded = ["مركز", "الملك", "سلمان", "للإغاثة"]
    assert spans(founded, [TokenSpan("PER", 1, 3, 0.9)]) == [("ORG", "مركز الملك سلمان للإغاثة")]


def test_listed_places_agencies_and_datelines() -> None:
    tokens = ["سبق", "-", "ينبع", ":", "أعلنت", "إمارة", "منطقة", "عسير", "لوكالة", "واس"]
    assert spans(tokens, []) == [("ORG", "سبق"), ("LOC", "ينبع"), ("LOC", "عسير"), ("ORG", "واس")]
    verb = ["سبق", "أن", "أعلن"]
    assert spans(verb, []) == []
    lists = load_news_lists()
    assert match_phrases([lists.key(t) for t in ["من", "مكة", "المكرمة"]], lists.places) == [(1, 3)]


def test_clubs_after_club_and_again_alone() -> None:
    sentences = [["لاعب", "نادي", "الهلال"], ["فاز", "الهلال", "على", "النصر"], ["رعاية", "الشباب"]]
    out = apply_news_rules([[], [], []], sentences)
    assert [(s.type, s.start, s.end) for s in out[0]] == [("ORG", 1, 3)]
    assert [(s.type, s.start, s.end) for s in out[1]] == [("ORG", 1, 2)]  # «النصر» was never named a club
    assert out[2] == []


def test_clitic_trimming_keeps_name_letters() -> None:
    known = {"قطر", "اس", "جامعه", "وزاره"}.__contains__
    listed = {"قطر"}.__contains__
    assert clitic_prefix_length("فيفا", known, listed) == 0
    assert clitic_prefix_length("واس", known, listed) == 0
    assert clitic_prefix_length("فيورنتينا", known, listed) == 0
    assert clitic_prefix_length("وقطر", known, listed) == 1
    assert clitic_prefix_length("بجامعة", known, listed) == 1
    assert clitic_prefix_length("ووزارة", known, listed) == 1
    # after a conjunction, a preposition letter stays when the rest is a word of its own
    committee = {"جنه", "لجنه"}.__contains__
    assert clitic_prefix_length("ولجنة", committee, committee) == 1
    assert clitic_prefix_length("وبقطر", known, listed) == 2


def test_patronymic_names_are_joined() -> None:
    tokens = ["بكل", "من", "حضية", "ولد", "سلامة", "ولد", "النفاع"]
    found = [TokenSpan("PER", 3, 5, 0.9), TokenSpan("PER", 5, 7, 0.9)]
    assert spans(tokens, found) == [("PER", "حضية ولد سلامة ولد النفاع")]
    assert spans(["من", "بن", "لادن"], [TokenSpan("PER", 1, 3, 0.9)]) == [("PER", "بن لادن")]


def test_saudi_as_an_adjective_is_norp() -> None:
    tokens = ["قالت", "الشركات", "السعودية", "إن", "السعودية"]
    found = [TokenSpan("LOC", 2, 3, 0.9), TokenSpan("LOC", 4, 5, 0.9)]
    assert spans(tokens, found) == [("NORP", "السعودية"), ("LOC", "السعودية")]


def test_a_full_name_is_found_again_nearby() -> None:
    sentences = [["قال", "نعوم", "شومسكي"], ["ورأى", "نعوم", "شومسكي", "أن"]]
    out = apply_news_rules([[TokenSpan("PER", 1, 3, 0.9)], []], sentences)
    assert [(s.type, s.start, s.end) for s in out[1]] == [("PER", 1, 3)]


def test_a_name_does_not_end_on_a_kunya_or_patronymic() -> None:
    tokens = ["السائق", "محمد", "بن", "علي", "أبو", "طالب", "،"]
    assert spans(tokens, [TokenSpan("PER", 1, 5, 0.9)]) == [("PER", "محمد بن علي أبو طالب")]
    tokens = ["محمد", "بن", "عبدالله", "بن", "الحسن"]  # two spans the model split at «بن»
    found = [TokenSpan("PER", 0, 2, 0.9), TokenSpan("PER", 2, 5, 0.8)]
    assert spans(tokens, found) == [("PER", "محمد بن عبدالله بن الحسن")]
    assert spans(["قال", "أبو", "،"], [TokenSpan("PER", 1, 2, 0.9)]) == [("PER", "أبو")]  # (a comma is no name)


def test_a_listed_place_after_a_seat_word_is_no_first_name() -> None:
    tokens = ["زار", "أمين", "منطقة", "عسير", "صالح", "بن", "عبدالله", "القاضي", "المستشفى"]
    found = [TokenSpan("PER", 3, 8, 0.9)]
    assert spans(tokens, found) == [("LOC", "عسير"), ("PER", "صالح بن عبدالله القاضي")]


def test_a_name_after_a_seat_word_that_is_no_listed_place_stays_whole() -> None:
    tokens = ["زار", "أمين", "منطقة", "صالح", "بن", "عبدالله", "القاضي"]
    found = [TokenSpan("PER", 3, 7, 0.9)]
    assert spans(tokens, found) == [("PER", "صالح بن عبدالله القاضي")]


def test_the_countryside_and_its_city_are_one_place() -> None:
    tokens = ["غارات", "على", "ريف", "إدلب", "الجنوبي"]
    found = [TokenSpan("LOC", 2, 3, 0.9), TokenSpan("LOC", 3, 4, 0.9)]
    assert spans(tokens, found) == [("LOC", "ريف إدلب")]
