"""Attack words that tell no attack of arms: attacks of words or code, aggression as a name for conduct,
attacks named by their date, plots and cases, a war that is to break out. Read off the
development half of the ANERcorp sentence set; invented sentences with hand-set entities."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document

from .conftest import event_pairs, events_of

MakeDoc = Callable[..., Document]


def asserted_attacks(doc: Document) -> list:
    return [e for e in events_of(doc, "ASSAULT") if e.modality in ("asserted", "historical")]


def test_a_political_attack_is_no_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("شن رئيس الوزراء هجوما سياسيا حادا على زعيم المعارضة في البرلمان أمس.", [])
    assert events_of(doc, "ASSAULT") == []


def test_cyber_attacks_are_no_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("تعرضت مواقع وزارة الدفاع لهجمات إلكترونية عطلت خدماتها يوم أمس.", [("وزارة الدفاع", "ORG")])
    assert events_of(doc, "ASSAULT") == []


def test_attacking_rivals_in_statements_is_no_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم السائق الإسباني فرناندو ألونسو منافسه الألماني في تصريحات صحفية بعد السباق.",
                   [("فرناندو ألونسو", "PER", "ESP")])
    assert events_of(doc, "ASSAULT") == []


def test_gunmen_attacking_a_checkpoint_are_still_an_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون نقطة تفتيش للجيش في بلدة العريش وقتلوا ثلاثة جنود.", [("العريش", "GPE", "EGY")])
    assert asserted_attacks(doc)


def test_aggression_one_repels_is_no_assault_but_aggression_launched_is(make_doc: MakeDoc) -> None:
    doc = make_doc("وكانت الأحلاف بين القبائل إما لرد عدوان أو للحفاظ على الجيرة.", [])
    assert events_of(doc, "ASSAULT") == []
    doc = make_doc("شنت إسرائيل عدوانا واسعا على قطاع غزة فجر اليوم.", [("إسرائيل", "GPE", "ISR"), ("قطاع غزة", "GPE", "PSE")])
    assert event_pairs(doc, "ASSAULT") == [(["إسرائيل"], ["قطاع غزة"])]


def test_attacks_named_by_their_date_date_another_act(make_doc: MakeDoc) -> None:
    doc = make_doc("وأغضب قرار الرئيس دعم الولايات المتحدة بعد هجمات 11 سبتمبر الإسلاميين في البلاد.",
                   [("الولايات المتحدة", "GPE", "USA")])
    assert events_of(doc, "ASSAULT") == []


def test_the_attack_an_anniversary_recalls_is_still_told(make_doc: MakeDoc) -> None:
    # (the reference article's gold: «يتزامن مع ذكرى هجوم حفتر العسكري على طرابلس، في عام 2020» is an attack)
    doc = make_doc("ويتزامن موعد الزيارة مع ذكرى هجوم حفتر العسكري على طرابلس، في عام 2020.",
                   [("حفتر", "PER", "LBY"), ("طرابلس", "GPE", "LBY")])
    assert event_pairs(doc, "ASSAULT") == [(["حفتر"], ["طرابلس"])]


def test_a_plot_or_a_case_is_no_attack_but_the_arrests_stay(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت الشرطة البريطانية 24 شخصا في قضية مؤامرة تفجير طائرات متجهة إلى الولايات المتحدة.",
                   [("الولايات المتحدة", "GPE", "USA")])
    assert events_of(doc, "ASSAULT") == []
    assert event_pairs(doc, "COERCE")
    doc = make_doc("وتأتي المداهمات بعد توقيفات واسعة على خلفية خطة لتفجير طائرات ركاب.", [])
    assert events_of(doc, "ASSAULT") == []


def test_a_blast_of_war_to_come_is_not_asserted(make_doc: MakeDoc) -> None:
    doc = make_doc("ونقل عن مصادر استخباراتية قولها إنه سيندلع انفجار حربي في غزة خلال عدة أشهر.",
                   [("غزة", "GPE", "PSE")])
    assert events_of(doc, "ASSAULT") and asserted_attacks(doc) == []


def test_marches_scheduled_for_tomorrow_are_future(make_doc: MakeDoc) -> None:
    doc = make_doc("اعتقلت شرطة بنغلاديش نحو 200 شخص قبل مسيرات مقررة يوم غد للمطالبة بإصلاحات انتخابية.",
                   [("بنغلاديش", "GPE", "BGD")])
    assert [e.modality for e in events_of(doc, "PROTEST")] == ["future"]


def test_attacking_what_one_calls_bias_is_no_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("كما هاجم ألونسو ما أسماه التحيز المؤسسي لصالح شوماخر وفريقه فيراري.",
                   [("ألونسو", "PER", "ESP"), ("شوماخر", "PER", "DEU"), ("فيراري", "ORG")])
    assert events_of(doc, "ASSAULT") == []


def test_a_lasting_ceasefire_is_no_shooting(make_doc: MakeDoc) -> None:
    doc = make_doc("ودعا مندوب فرنسا مجلس الأمن إلى الإعلان عن هدنة إنسانية ووقف دائم لإطلاق النار في لبنان.",
                   [("فرنسا", "GPE", "FRA"), ("مجلس الأمن", "ORG"), ("لبنان", "GPE", "LBN")])
    assert events_of(doc, "ASSAULT") == []


def test_a_death_from_two_roadside_bombs_is_an_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("وأعلنت مصادر أمنية أن عبوتين ناسفتين انفجرتا في ساحة كهرمانة وسط بغداد ما أدى إلى مقتل شخص.",
                   [("بغداد", "GPE", "IRQ")])
    assert event_pairs(doc, "ASSAULT") == [([], ["شخص"])]


def test_security_guards_killed_in_a_blast_are_no_sports_news(make_doc: MakeDoc) -> None:
    doc = make_doc("وذكرت الشرطة أن خمسة حراس أمن قتلوا في الانفجار الذي استهدف مقر البلدية في سنجار.",
                   [("سنجار", "GPE", "IRQ")])
    assert events_of(doc, "ASSAULT")


def test_a_statement_about_a_storming_is_no_storming(make_doc: MakeDoc) -> None:
    doc = make_doc("هيئة كبار العلماء تصدر بياناً عن اقتحام المسجد الأقصى.", [("هيئة كبار العلماء", "ORG", "SAU")])
    assert events_of(doc, "ASSAULT") == []
    doc = make_doc("ماذا قال الشيخ العريفي عن اقتحام المسجد الأقصى", [("العريفي", "PER", "SAU")])
    assert events_of(doc, "ASSAULT") == []


def test_sources_revealing_an_attack_tell_it(make_doc: MakeDoc) -> None:
    doc = make_doc("كشفت مصادر أمنية عن هجوم مسلح استهدف دورية للشرطة في العريش أمس.", [("العريش", "GPE", "EGY")])
    assert asserted_attacks(doc)


def test_a_diplomats_violent_attack_on_the_un_chief_is_by_words(make_doc: MakeDoc) -> None:
    doc = make_doc("وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على الأمين العام كوفي أنان بسبب تصريحاته.",
                   [("دان غيلرمان", "PER", "ISR"), ("كوفي أنان", "PER", "GHA")])
    assert events_of(doc, "ASSAULT") == []
    doc = make_doc("نصر الله يهاجم قوى 14 آذار ويدعو لتشكيل حكومة جديدة", [("نصر الله", "PER", "LBN"),
                                                                       ("قوى 14 آذار", "ORG", "LBN")])
    assert events_of(doc, "ASSAULT") == []


def test_a_named_man_attacking_a_named_man_with_a_knife_is_an_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم محمد العلي جاره أحمد السالم بسكين أمام منزله في الدمام.",
                   [("محمد العلي", "PER", "SAU"), ("أحمد السالم", "PER", "SAU"), ("الدمام", "GPE", "SAU")])
    assert events_of(doc, "ASSAULT")


# Guards from a review of the rules above: readings that look like their cases and are attacks or protests.

def test_a_sharp_instrument_and_sharp_clashes_are_fights(make_doc: MakeDoc) -> None:
    doc = make_doc("تعرض مواطن لاعتداء بآلة حادة على يد مجهولين في حي النسيم.", [])
    assert events_of(doc, "ASSAULT")
    doc = make_doc("اندلعت اشتباكات حادة بين الجيش اللبناني ومسلحين في طرابلس.",
                   [("الجيش اللبناني", "ORG", "LBN"), ("طرابلس", "GPE", "LBN")])
    assert events_of(doc, "ASSAULT")


def test_the_victims_political_adjective_leaves_the_assassination(make_doc: MakeDoc) -> None:
    doc = make_doc("أثار اغتيال المعارض السياسي شكري بلعيد موجة غضب في تونس.",
                   [("شكري بلعيد", "PER", "TUN"), ("تونس", "GPE", "TUN")])
    assert events_of(doc, "ASSAULT")


def test_gunmen_attacking_a_rally_during_someone_elses_speech_is_an_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون تجمعا انتخابيا في بيشاور خلال خطاب لزعيم حزب عوامي.", [("بيشاور", "GPE", "PAK")])
    assert asserted_attacks(doc)


def test_a_count_after_a_time_preposition_is_no_date(make_doc: MakeDoc) -> None:
    doc = make_doc("توترت الأوضاع في المدينة بعد مقتل 3 متظاهرين برصاص الشرطة.", [])
    assert asserted_attacks(doc)


def test_a_withdrawal_plan_carried_out_is_a_withdrawal(make_doc: MakeDoc) -> None:
    doc = make_doc("بدأت إسرائيل تنفيذ خطة الانسحاب من قطاع غزة.", [("إسرائيل", "GPE", "ISR"), ("قطاع غزة", "GPE", "PSE")])
    assert events_of(doc, "RETREAT")


def test_activists_speaking_of_clashes_and_a_statement_announcing_deaths_tell_them(make_doc: MakeDoc) -> None:
    doc = make_doc("تحدث ناشطون عن اشتباكات عنيفة بين الجيش الحر وقوات النظام في ريف حلب.",
                   [("الجيش الحر", "ORG", "SYR"), ("حلب", "GPE", "SYR")])
    assert asserted_attacks(doc)
    doc = make_doc("وأعلن الجيش في بيان عن مقتل خمسة مسلحين في اشتباكات بمحافظة الأنبار.", [("الأنبار", "GPE", "IRQ")])
    assert asserted_attacks(doc)


def test_a_gas_cylinder_exploding_is_no_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("لقي عامل مصرعه عندما انفجرت أسطوانة غاز داخل مطعم في جدة.", [("جدة", "GPE", "SAU")])
    assert events_of(doc, "ASSAULT") == []


def test_a_striker_past_the_goalkeeper_is_sports(make_doc: MakeDoc) -> None:
    doc = make_doc("اقتحم ميسي منطقة الجزاء وراوغ حارس ريال مدريد قبل أن يسجل الهدف.",
                   [("ميسي", "PER", "ARG"), ("ريال مدريد", "ORG", "ESP")])
    assert events_of(doc, "ASSAULT") == []


def test_a_man_attacking_the_mayor_and_wounding_him_is_an_assault(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم عمر عبد الرحمن رئيس بلدية المدينة محمد سعيد وأصابه بجروح خطيرة.",
                   [("عمر عبد الرحمن", "PER"), ("محمد سعيد", "PER")])
    assert events_of(doc, "ASSAULT")


def test_a_verbal_attack_is_a_criticism_and_the_next_verb_keeps_its_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم أردوغان زعيم المعارضة كمال كليتشدار أوغلو واتهمه بدعم الإرهاب.",
                   [("أردوغان", "PER", "TUR"), ("كمال كليتشدار أوغلو", "PER", "TUR")])
    assert events_of(doc, "ASSAULT") == []
    assert (["أردوغان"], ["كمال كليتشدار أوغلو"]) in event_pairs(doc, "ACCUSE")


def test_crowds_going_out_to_support_or_demand_protest(make_doc: MakeDoc) -> None:
    doc = make_doc("وخرج عشرات الآلاف في المدن العراقية للمطالبة بمحاربة الفساد.", [])
    assert [e.modality for e in events_of(doc, "PROTEST")] == ["asserted"]
    doc = make_doc("خرج الآلاف من المصلين من المسجد بعد صلاة الجمعة.", [])
    assert events_of(doc, "PROTEST") == []


def test_attacks_aimed_at_prepared_or_feared_are_not_told(make_doc: MakeDoc) -> None:
    plot = make_doc("اعتقلت الشرطة ثلاثة أشخاص في إطار مخطط لشن هجوم على قاعدة عسكرية في جنوب فرنسا.", [("فرنسا", "GPE", "FRA")])
    fear = make_doc("وتوقفت أعمال الإغاثة في مقديشو منذ تجدد المخاوف من نشوب اشتباكات جديدة.", [("مقديشو", "GPE", "SOM")])
    guard = make_doc("أقيم العرض تحت حراسة مشددة خوفا من هجوم الجمعيات المدافعة عن الحيوانات.", [])
    assert asserted_attacks(plot) == asserted_attacks(fear) == asserted_attacks(guard) == []


def test_an_attack_carried_out_is_still_told(make_doc: MakeDoc) -> None:
    doc = make_doc("قام مسلحون بتنفيذ هجوم على نقطة تفتيش للجيش في العريش.", [("العريش", "GPE", "EGY")])
    assert asserted_attacks(doc)


def test_grief_or_shock_at_an_attack_mentions_it(make_doc: MakeDoc) -> None:
    grief = make_doc("من جهته، أعرب الرئيس باراك أوباما عن حزنه لمقتل الجنود.", [("باراك أوباما", "PER", "USA")])
    shock = make_doc("وعبر الأمين العام من روما عن صدمته للهجوم على مقر المراقبين.", [("روما", "GPE", "ITA")])
    assert asserted_attacks(grief) == asserted_attacks(shock) == []


def test_attacks_in_figures_are_a_statistic(make_doc: MakeDoc) -> None:
    figures = make_doc("ووقع أكثر من 1600 انفجار على جوانب الطرق في ذلك الشهر وفقا للإحصائيات الرسمية للجيش.", [])
    period = make_doc("140 جنديا على الأقل قتلوا من القوات الدولية في هجمات العام الجاري.", [])
    assert asserted_attacks(figures) == asserted_attacks(period) == []


def test_an_attack_on_a_day_of_this_month_is_told(make_doc: MakeDoc) -> None:
    doc = make_doc("هاجم مسلحون نقطة للشرطة في العريش يوم الأحد وقتلوا ثلاثة جنود.", [("العريش", "GPE", "EGY")])
    assert asserted_attacks(doc)


def test_a_feared_attack_told_in_a_relative_clause_happened(make_doc: MakeDoc) -> None:
    doc = make_doc("فر آلاف المدنيين خوفا من القصف الذي استهدف أحياءهم طوال الليل.", [])
    assert asserted_attacks(doc)


def test_grief_then_the_attack_told_in_the_next_clause(make_doc: MakeDoc) -> None:
    grief = make_doc("عبر السفير عن حزنه وقال إن المسلحين هاجموا القافلة وقتلوا سائقها.", [])
    shock = make_doc("أعرب ذوو الضحايا عن صدمتهم بعد أن فتح مسلح النار على المصلين وقتل 50 شخصا.", [])
    assert asserted_attacks(grief) and asserted_attacks(shock)


def test_the_worst_attack_this_year_is_one_attack(make_doc: MakeDoc) -> None:
    worst = make_doc("فجر انتحاري نفسه في سوق شعبي ببغداد ما أسفر عن مقتل 12 شخصا في أعنف هجوم هذا العام.",
                     [("بغداد", "GPE", "IRQ")])
    third = make_doc("شن مسلحون هجوما على قاعدة عسكرية أمس، وهو الهجوم الثالث منذ بداية الشهر.", [])
    assert asserted_attacks(worst) and asserted_attacks(third)
