"""Clean: boilerplate out, real sentences kept, walls judged, language and dates normalised."""

from __future__ import annotations

import hashlib

import pytest

from civcas.clean import clean
from civcas.clean.dates import normalise_date
from civcas.clean.lang import detect_language
from civcas.model import RawDocument

REPORT = ("On Saturday, new raids on the village of Kafr Lata killed at least seven civilians "
          "and injured a dozen, the civil defence said.")
REPORT_AR = "قُتل سبعة مدنيين على الأقل وأصيب عشرة آخرون بغارات جوية استهدفت بلدة كفر السنديان يوم السبت."


def text_doc(text: str, **meta) -> RawDocument:
    return RawDocument(source="test", raw=text.encode(), text=text, **meta)


def html_doc(html: str, **meta) -> RawDocument:
    return RawDocument(source="test", raw=html.encode(), html=html, **meta)


def test_comment_form_and_captcha_are_dropped_from_the_end_of_a_sentence():
    doc = clean(text_doc(f"{REPORT} Leave a reply · Your email address will not be published · 4 + 3 ="))
    assert doc.status == "ok"
    assert doc.text == REPORT


def test_boilerplate_lines_go_and_a_sentence_about_sharing_stays():
    sharing = "The ministry did not share its own casualty figures, and activists said they would share theirs."
    text = "\n".join([REPORT, "Share on Facebook", "Tweet", sharing, "ten + 8 =", "Leave a Reply",
                      "Required fields are marked *", "Subscribe to our newsletter", "We use cookies on this site."])
    doc = clean(text_doc(text))
    assert doc.text.split("\n") == [REPORT, sharing]


def test_arabic_boilerplate_is_dropped():
    text = "\n".join([REPORT_AR, "شارك", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.",
                      "أربعة + ثلاثة =", "اقرأ أيضاً:", "مقتل راعٍ برصاص مسلحين في ريف حمص",
                      "افتتاح مدرسة جديدة في مدينة الباب"])
    doc = clean(text_doc(text))
    assert doc.text == REPORT_AR and doc.lang == "ar"


def test_a_video_pages_footer_glued_to_its_title_is_dropped():
    # Its links name a weekday ("NFL Sunday Ticket") that would date the video.
    title = "جرحى مدنيون بقصف مدفعي على أطراف بلدة كفر السنديان"
    footer = "AboutPressCopyrightContact usTermsPrivacyNFL Sunday Ticket© 2025 Google LLC"
    doc = clean(text_doc(f"{title} - YouTube{footer}"))
    assert doc.text == title
    # A page only titled so, or a sentence about the site, is kept whole.
    assert clean(text_doc(f"{title} - YouTube")).text == f"{title} - YouTube"
    said = "Activists posted a video of the strike to YouTube, where it was watched 5,000 times."
    assert clean(text_doc(f"{REPORT}\n{said}")).text == f"{REPORT}\n{said}"


def test_related_list_ends_at_the_next_real_paragraph():
    tail = ("Residents said the strikes continued into the evening and that families had begun to leave "
            "the eastern neighbourhoods toward the camps near the border.")
    text = "\n\n".join([REPORT, "Related posts", "Five killed in market blast", "Aid convoy reaches town", tail])
    assert clean(text_doc(text)).text == f"{REPORT}\n\n{tail}"


def test_a_numbered_list_of_recommended_stories_is_related_links():
    # A news site's box of links, each numbered before its headline: the
    # headlines tell of other strikes, whose tolls must not join this report.
    links = ["Recommended Stories", "1 of 3: Ceasefire talks stall in the capital",
             "2 of 3: Drone strike kills 9 in border town", "3 of 3: Floods cut the coastal road"]
    text = "\n\n".join([REPORT, *links, REPORT_AR])
    assert clean(text_doc(text)).text == f"{REPORT}\n\n{REPORT_AR}"


def test_numbers_inside_a_line_survive():
    line = "قصف مدفعي على بلدة تل الزيزفون اليوم الثلاثاء 26.. 9.. 2023"
    assert clean(text_doc(line)).text == line


def test_social_login_wall_is_junk():
    wall = "See more on Facebook\nLog In\nor\nCreate new account\nسجّل الدخول"
    doc = clean(text_doc(wall, source_type="public_facebook_post"))
    assert doc.status == "junk" and doc.reason.startswith("login wall:")


@pytest.mark.parametrize("page, reason", [
    ("You need to enable JavaScript to run this app.", "unsupported browser"),
    ("Access denied\nYou don't have permission to access this server.", "access check"),
    ("Just a moment...\nChecking your browser before accessing the site.", "access check"),
    ("Sorry, this content is not available.\nThe link you followed may be broken.", "unavailable"),
])
def test_walls_of_other_kinds_are_junk(page, reason):
    doc = clean(text_doc(page))
    assert doc.status == "junk" and doc.reason.startswith(f"{reason}:")


def test_a_real_post_inside_a_login_wall_is_kept():
    post = ("Civil defence teams pulled three bodies from the rubble of a house in Oakdale after an "
            "overnight strike; two of the dead were children.")
    page = "\n".join(["Log in", "Sign up", post, "See more on Facebook", "Log in to Facebook"])
    doc = clean(text_doc(page))
    assert doc.status == "ok" and doc.text == post


def test_a_short_post_without_a_wall_is_kept():
    doc = clean(text_doc("عاجل: قصف على دير الزيتون"))
    assert doc.status == "ok" and doc.text == "عاجل: قصف على دير الزيتون"


def test_post_chrome_goes_and_the_posting_date_becomes_published():
    page = ("Civil Defence Verified accountJune 10, 2024 · Shared with Public" + REPORT_AR
            + "All reactions:120 comments4 sharesLikeCommentMost relevantSomeone's comment here")
    doc = clean(text_doc(page))
    assert doc.text == f"June 10, 2024\n{REPORT_AR}"
    assert doc.published == "2024-06-10"
    given = clean(text_doc(page, published="2025-06-11"))
    assert given.published == "2025-06-11"  # the caller's metadata wins


def test_truncated_preview_of_the_same_post_is_dropped():
    preview = "Some Page - " + REPORT[:60] + "..."
    doc = clean(text_doc(f"{preview}\n\n{REPORT}"))
    assert doc.text == REPORT


def test_whitespace_invisible_characters_and_nfc():
    messy = "  Strike\u200f on   the\u200b town\t\u202bof Riverton\u202c.\r\n\r\n\r\n\r\nSecond  paragraph.  "
    decomposed = "e\u0301"
    doc = clean(text_doc(messy + decomposed))
    assert doc.text == "Strike on the town of Riverton.\n\nSecond paragraph. \u00e9".replace(". \u00e9", ". é")


def test_a_word_glued_after_taa_marbuta_is_split_off():
    # A post's headline ends in a town's name and its body follows with no space.
    glued = "غارة على مدينة سراقبةقتل فيها ثلاثة مدنيين"
    doc = clean(text_doc(glued + "\n" + REPORT_AR))
    assert doc.text.startswith("غارة على مدينة سراقبة قتل فيها ثلاثة مدنيين\n")
    assert "مدينته" in clean(text_doc("عاد إلى مدينته بعد القصف")).text


def test_ids_and_hashes():
    raw = text_doc(REPORT)
    digest = hashlib.sha256(REPORT.encode()).hexdigest()
    doc = clean(raw)
    assert doc.raw_hash == digest and doc.id == f"sha256:{digest[:16]}"
    assert clean(text_doc(REPORT, id="src-7")).id == "src-7"


def test_empty_after_cleaning():
    doc = clean(text_doc("Share\nTweet\n\n   \n"))
    assert doc.status == "empty" and doc.text == ""


def test_html_main_text_and_metadata():
    page = (
        "<html><head><title>Strike on Kafr Lata</title><meta property='og:site_name' content='Idlib Monitor'>"
        "<meta property='article:published_time' content='2024-03-03T09:15:00+00:00'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Strike on Kafr Lata</h1><p>{REPORT}</p>"
        "<p>Rescuers were still searching the rubble of two houses on Sunday morning, residents said.</p></article>"
        "<div class='share'>Share on Facebook</div><footer>Copyright Idlib Monitor</footer></body></html>"
    )
    doc = clean(html_doc(page, url="https://example.org/news/1"))
    assert doc.status == "ok"
    assert REPORT in doc.text and "Rescuers were still searching" in doc.text
    assert "Home" not in doc.text and "Share on Facebook" not in doc.text
    assert doc.title == "Strike on Kafr Lata"
    assert doc.published and doc.published.startswith("2024-03-03")
    assert doc.publisher == "Idlib Monitor"
    mine = clean(html_doc(page, title="Given title", publisher="Given", published="2024-03-04"))
    assert (mine.title, mine.publisher, mine.published) == ("Given title", "Given", "2024-03-04")


def test_html_without_a_main_block_falls_back_to_plain_text():
    doc = clean(html_doc(f"<div>{REPORT_AR}</div>"))
    assert doc.status == "ok" and REPORT_AR in doc.text


@pytest.mark.parametrize("text, lang", [
    (REPORT, "en"),
    (REPORT_AR, "ar"),
    ("#عاجل قصف مدفعي على مدينة إدلب وريفها الجنوبي via Twitter for Android", "ar"),
    ("Обстрел рынка в Идлибе, погибли четыре человека.", "ru"),
    ("دو کودک در حمله پهپادی به روستایی در شمال سوریه کشته شدند.", "fa"),
    ("دوو منداڵ لە هێرشی درۆن بۆ سەر گوندێک کوژران.", "ckb"),
    ("12 - 14 / 2024", "und"),
    ("", "und"),
])
def test_language_by_script(text, lang):
    assert detect_language(text) == lang


def test_given_language_wins_unless_undetermined():
    assert clean(text_doc(REPORT_AR, lang="ar")).lang == "ar"
    assert clean(text_doc(REPORT, lang="fr")).lang == "fr"
    assert clean(text_doc(REPORT_AR, lang="und")).lang == "ar"


@pytest.mark.parametrize("given, iso", [
    ("2024-03-03", "2024-03-03"),
    ("2024-03-03T10:15:00Z", "2024-03-03T10:15:00+00:00"),
    ("Sun, 03 Mar 2024 10:15:00 +0000", "2024-03-03T10:15:00+00:00"),
    ("3 March 2024", "2024-03-03"),
    ("March 3rd, 2024", "2024-03-03"),
    ("28 سبتمبر 2024", "2024-09-28"),
    ("الاثنين، ٢٥ آذار ٢٠٢٤", "2024-03-25"),
    ("14 تشرين الثاني 2021", "2021-11-14"),
    ("2024/03/05", "2024-03-05"),
    ("2024-10-20T12:01:10+00:00 2024-10-20T15:01:10+03:00", "2024-10-20T12:01:10+00:00"),
    ("2025-01-08T17:55:55.000Z", "2025-01-08T17:55:55+00:00"),
    ("31 February 2024", None),
    ("last Tuesday", None),
    ("", None),
    (None, None),
])
def test_published_normalisation(given, iso):
    assert normalise_date(given) == iso


def test_a_post_shown_twice_is_read_once():
    doubled = REPORT_AR + REPORT_AR
    assert clean(text_doc(doubled)).text == REPORT_AR
    header = "Idlib Now - " + REPORT_AR
    assert clean(text_doc(f"{header}\n\nMarch 3, 2024\n{REPORT_AR}")).text == f"March 3, 2024\n{REPORT_AR}"


def test_distinct_lines_that_share_words_are_both_kept():
    first = "Rockets hit the western neighbourhoods of the city on Monday, the civil defence said."
    second = "Artillery hit the eastern neighbourhoods of the city on Monday, the civil defence said."
    assert clean(text_doc(f"{first}\n{second}")).text == f"{first}\n{second}"


def test_post_page_behind_a_javascript_wall_keeps_its_description():
    post = "Two children were injured when an artillery shell hit their family home in Tadif this morning."
    wall = ("<html><head><title>Reporter on X</title>{meta}</head><body><div>JavaScript is not available.</div>"
            "<div>We’ve detected that JavaScript is disabled in this browser. Please enable JavaScript or "
            "switch to a supported browser to continue using x.com.</div><div>Help Center</div></body></html>")
    with_post = clean(html_doc(wall.format(meta=f'<meta property="og:description" content="{post}">')))
    assert with_post.status == "ok" and with_post.text == post
    bare = clean(html_doc(wall.format(meta="")))
    assert bare.status == "junk" and bare.reason.startswith("unsupported browser:")
    # a wall's title is no headline to put before the post its description keeps
    titled = wall.replace("Reporter on X", "Oakdale Media Centre: shelling kills five civilians | Facebook")
    kept = clean(html_doc(titled.format(meta=f'<meta property="og:description" content="{post}">')))
    assert kept.text == post


def test_empty_reason_names_the_boilerplate():
    doc = clean(text_doc("Related posts\nFive killed in market blast\nAid convoy reaches town"))
    assert doc.status == "empty" and doc.reason == "nothing but boilerplate (related links)"


# A page that kept only other stories' lines, not its own
SIDEBAR = ("Farmers in the valley expect a poor olive harvest this year, the agriculture office said on Monday.\n\n"
           "Ministers will meet on Thursday to discuss the price of bread and fuel in the northern provinces.")


def test_a_sidebar_only_pages_headline_is_its_text():
    doc = clean(text_doc(SIDEBAR, title="Drone strike wounds four civilians in Oakdale market | Valley News"))
    assert doc.status == "ok"
    assert doc.text == "Drone strike wounds four civilians in Oakdale market"
    arabic = clean(text_doc(SIDEBAR, title="ANF | قصف مدفعي يسفر عن إصابة طفلين في قرية تل الزيزفون"))
    assert arabic.text == "قصف مدفعي يسفر عن إصابة طفلين في قرية تل الزيزفون"
    # a post page's title that quotes the whole post gives the post
    post = clean(text_doc(SIDEBAR, title='Valley Medic on X: "Shelling on Oakdale wounded two children this morning" / X'))
    assert post.text == "Shelling on Oakdale wounded two children this morning"
    # a headline whose opening words recur inside it is one headline, not two copies
    inside = clean(text_doc(SIDEBAR, title="Shelling on Oakdale: residents say Shelling on Oakdale killed two children"))
    assert inside.text == "Shelling on Oakdale: residents say Shelling on Oakdale killed two children"
    # a title that repeats its headline gives it once, though a copy lacks the site's mark or is cut short
    twice = clean(text_doc(SIDEBAR, title="Shelling kills a shepherd near Oakdale -VN Shelling kills a shepherd "
                                          "near Oakdale Shelling kills a shepherd near...| Valley News"))
    assert twice.text == "Shelling kills a shepherd near Oakdale -VN"


def test_a_headline_the_text_tells_or_that_tells_nothing_is_left_out():
    # a paragraph of the page's own tells its story, however it words it: the headline's
    # earlier figure would only stretch the body's
    told = clean(text_doc(REPORT, title="Jets strike Kafr Lata market, two dead in early count - Valley News"))
    assert told.text == REPORT
    # a sidebar that holds the headline's words tells it too (Arabic letter variants aside)
    listed = "اصابة اربعة اطفال بقصف على قرية تل الزيزفون\n\nوزير الزراعة يزور المنطقة الشمالية"
    assert clean(text_doc(listed, title="إصابة أربعة أطفال بقصف على قرية تل الزيزفون")).text == listed
    for title in ("Home - Valley News",  # names only the site
                  "Strike on Oakdale market kills five, wounds...",  # a teaser cut short
                  'Valley Medic on X: "Shelling on Oakdale wounded two', "Valley Medic (@valleymedic) on X",
                  "Survivors remember the 12 March 2023 market attack in Oakdale",  # a year: no date line
                  # a page's name twice, then its post cut short
                  "Oakdale Local Media Centre Oakdale Local Media Centre urgent shelling on the..."):
        assert clean(text_doc(SIDEBAR, title=title)).text == SIDEBAR


def test_a_headline_that_stands_for_the_text_gives_its_language():
    sidebar = "وزير الزراعة يزور المنطقة الشمالية\n\nارتفاع أسعار الخبز في أسواق المدينة"
    doc = clean(text_doc(sidebar, title="Drone strike wounds four civilians in Oakdale market"))
    assert doc.text.startswith("Drone strike") and doc.lang == "en"


def test_a_claim_in_the_headline_points_into_the_stored_text():
    from civcas.extract import extract_claims

    doc = clean(text_doc(SIDEBAR, title="Drone strike wounds four civilians in Oakdale market | Valley News",
                         published="2024-03-15", lang="en"))
    [claim] = [c for c in extract_claims(doc, []) if c.min is not None]
    assert (claim.kind, claim.min) == ("injured", 4)
    assert doc.text[claim.start:claim.end] == claim.text
