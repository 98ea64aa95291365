from marsad.arabic.sentences import split_sentences, tokenize


def test_sentences_split_on_final_punctuation_and_lines():
    text = "زار الرئيس القاهرة. ثم عاد؟ نعم\nسطر آخر"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["زار الرئيس القاهرة.", "ثم عاد؟", "نعم", "سطر آخر"]


def test_decimal_point_is_no_break():
    text = "ارتفع النمو 2.5 في المئة هذا العام."
    assert len(list(split_sentences(text))) == 1


def test_an_abbreviated_title_is_no_break():
    text = "استقبل د. عبدالله الربيعة أمس أ.د. محمد علي. وانتهى اللقاء."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["استقبل د. عبدالله الربيعة أمس أ.د. محمد علي.", "وانتهى اللقاء."]


def test_tokens_keep_offsets_and_split_punctuation():
    text = "قال «الوزير»، لـ30 برنامجا."
    tokens = [text[a:b] for a, b in tokenize(text)]
    assert tokens == ["قال", "«", "الوزير", "»", "،", "لـ30", "برنامجا", "."]
