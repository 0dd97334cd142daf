"""A post's links to its neighbours ("Prev Post", "التالي") end its story: the
headlines after them report other events."""

from civcas.clean import clean
from civcas.model import RawDocument

STORY = ("Artillery fire on the village of Tall Kanat wounded two farmers on Tuesday morning, "
         "the local civil defence team said.")


def text_doc(text: str) -> RawDocument:
    return RawDocument(source="t", raw=text.encode(), id="t", text=text)


def test_neighbour_post_headlines_are_dropped():
    text = "\n\n".join([STORY, "Prev Post", "Daily toll | Eleven people killed across the country",
                        "Next Post", "Flooding | Three dead as river bursts its banks"])
    assert clean(text_doc(text)).text == STORY


def test_arabic_neighbour_post_headlines_are_dropped():
    story = "أصيب مزارعان بقصف مدفعي على أطراف قرية تل كنات صباح اليوم الثلاثاء."
    text = "\n\n".join([story, "السابق", "مقتل 4 أشخاص بحادث سير على الطريق الدولي", "التالي", "ارتفاع أسعار الخبز"])
    assert clean(text_doc(text)).text == story
