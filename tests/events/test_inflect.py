from marsad.events.inflect import noun_forms, past_forms, present_forms


def test_past_forms_cover_person_number_and_object_pronouns() -> None:
    forms = past_forms("زار")
    assert {"زار", "زارت", "زاروا", "زارا", "زاره", "زاروه"} <= forms


def test_defective_past_drops_its_final_letter() -> None:
    forms = past_forms("التقي")
    assert {"التقي", "التقت", "التقوا", "التقيا", "التقاه"} <= forms


def test_present_and_future_forms() -> None:
    assert {"يزور", "تزور", "يزورون", "نزور"} <= present_forms("زور")
    assert {"سيزور", "ستزور"} <= present_forms("زور", future=True)
    assert "يلتقون" in present_forms("لتقي")


def test_noun_forms_with_ta_marbuta_plural_and_pronoun() -> None:
    forms = noun_forms("زياره", ("زيارات",))
    assert {"زياره", "زيارات", "زيارته", "زيارتها", "زيارتين"} <= forms
    assert {"هجوما", "هجومه"} <= noun_forms("هجوم")


def test_a_hamza_final_noun_seats_its_hamza_before_a_pronoun() -> None:
    assert {"لقاءه", "لقايه", "لقاوه", "اعتدايها"} <= noun_forms("لقاء") | noun_forms("اعتداء")
