from marsad.document import Document
from marsad.stages.segment import SegmentStage, make_token


def words(token: str) -> list[tuple[str, str]]:
    return [(w.text, w.kind) for w in make_token(token, 0, len(token), 0).words]


def test_tokens_and_words_keep_surface_offsets():
    text = "وزار الرئيسُ بالعاصمة، والتقى قادتها.\nثم عاد."
    doc = SegmentStage()(Document(text=text))
    assert len(doc.sentences) == 2
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text
        for word in token.words:
            assert text[word.start:word.end] == word.text
    assert doc.tokens[-1].sentence == 1


def test_clitic_words():
    assert words("بالعاصمة") == [("ب", "proclitic"), ("ال", "proclitic"), ("عاصمة", "stem")]
    assert words("قادتها") == [("قادت", "stem"), ("ها", "enclitic")]
    assert words("الـرئيسُ") == [("ال", "proclitic"), ("رئيس", "stem")]  # marks between words fall outside
    assert words("اتجاه") == [("اتجاه", "stem")]
    assert words("والمسؤولين") == [("و", "proclitic"), ("ال", "proclitic"), ("مسؤولين", "stem")]
