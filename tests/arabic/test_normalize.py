from hypothesis import given
from hypothesis import strategies as st

from marsad.arabic.normalize import arabic_ratio, normalize, normalize_with_map, original_span


def test_letter_variants_fold():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("على مدرسة مؤتمر رئيس") == "علي مدرسه موتمر رييس"


def test_diacritics_tatweel_and_controls_are_dropped():
    assert normalize("مُحَمَّد") == "محمد"
    assert normalize("الـعـراق") == "العراق"
    assert normalize("بغداد\u200f\u200b") == "بغداد"


def test_digits_become_ascii():
    assert normalize("٢٠٢٥ و۱۴۰۴") == "2025 و1404"


def test_map_points_back_to_the_original():
    text = "قالَ الـرئيسُ"
    norm, index = normalize_with_map(text)
    start = norm.index("الرييس")
    a, b = original_span(index, start, start + len("الرييس"))
    assert text[a:b] == "الـرئيسُ"[:-1]


arabic_text = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآىةؤئ ًٌٍَُِّْـ٠١٢\u200f.،")))


@given(arabic_text)
def test_map_is_consistent(text):
    norm, index = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(index) == len(norm) + 1
    for i, ch in enumerate(norm):
        assert normalize(text[index[i]]) == ch


def test_arabic_ratio():
    assert arabic_ratio("hello world") == 0.0
    assert arabic_ratio("مرحبا") == 1.0
    assert arabic_ratio("123 !") == 0.0
