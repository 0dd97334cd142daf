"""Folding text for matching: obfuscated words are rejoined, full stops are kept."""

from civcas.lang import load


def folded(text: str) -> str:
    return load("ar").normalizer.normalize(text)[0]


def test_a_bare_dot_or_star_inside_a_word_is_dropped():
    assert folded("ق.صف مدفعي") == "قصف مدفعي"
    assert folded("بقص.ف الطيران") == "بقصف الطيران"
    assert folded("ارتقاء شهد.ا.ء") == "ارتقاء شهداء"
    assert folded("ق*صف") == "قصف"


def test_a_full_stop_between_two_whole_words_stays():
    assert folded("حلب.وقال المصدر") == "حلب.وقال المصدر"
    assert folded("آخرين.وحسب") == "اخرين.وحسب"
    assert folded("Dr.Smith") == "dr.smith"


def test_offsets_still_point_into_the_original_text():
    text = "قص.ف"
    word, offsets = load("ar").normalizer.normalize(text)
    assert word == "قصف" and [text[i] for i in offsets] == ["ق", "ص", "ف"]


def test_the_knotted_heh_and_swash_kaf_of_pasted_posts_fold_to_heh_and_kaf():
    assert folded("استشھد مدنيان") == folded("استشهد مدنيان")
    assert folded("ڪفر السنديان") == folded("كفر السنديان")
