"""Event dates: written-out dates with separators, weekdays beside a date,
dates in URLs, and a page's date line against its publication metadata."""

import datetime as dt

from civcas.extract import extract_claims
from civcas.extract.dates import LATEST_YEAR, confirm_published, drop_slipped_weekdays, find_dates, resolve, url_date
from civcas.extract.mentions import Mentions
from civcas.extract.resources import phrase_table
from civcas.extract.tokens import tokenize
from civcas.lang import LANGUAGES, load
from civcas.model import Document


def claims(text, lang="ar", published=None, url=None):
    doc = Document(id="doc-1", raw_hash="h", text=text, lang=lang, published=published, url=url)
    return extract_claims(doc, [])


def dates_in(text, lang="ar"):
    codes = (lang,) + tuple(code for code in LANGUAGES if code != lang)
    tokens = tokenize(text, tuple(load(code) for code in codes))
    return find_dates(tokens, Mentions(phrase_table(codes).scan(tokens)))


def test_month_name_between_slashes():
    (c,) = claims("حصاد يوم الثلاثاء 19/ أيلول/ 2023\nأصيب 3 مدنيين بقصف مدفعي على البلدة.")
    assert c.event_date == "2023-09-19"


def test_arabic_digits_year_first():
    (c,) = claims("قتل مدنيان بقصف على القرية بتاريخ ٢٠٢٣/٩/١.")
    assert c.event_date == "2023-09-01"


def test_compact_date_in_a_url():
    assert url_date("https://news.example/20231007/shelling-report")[0] == dt.date(2023, 10, 7)
    (c,) = claims("أصيب 4 مدنيين بقصف صاروخي اليوم.", url="https://news.example/20231007/shelling")
    assert c.event_date == "2023-10-07"


def test_weekday_beside_a_date_is_that_date():
    (d,) = dates_in("شنت طائرات حربية اليوم الخميس 5 أيلول 2024 غارات على المنطقة.")
    assert (d.date, d.weekday) == (dt.date(2024, 9, 5), 3)
    (d,) = dates_in("Shelling on Saturday, 4 September 2021 hit the town.", "en")
    assert d.date == dt.date(2021, 9, 4)


def test_weekday_gives_a_yearless_date_its_year():
    (d,) = dates_in("قصفت المدفعية اليوم السبت 4 أيلول أطراف القرية.")
    day, precision = resolve(d, None, year=2019)  # a year guessed from the page: 4 September 2019 was a Wednesday
    assert (day.year, day.month, day.day, day.weekday(), precision) == (2021, 9, 4, 5, "day")
    # With nothing but the weekday: the latest fitting year up to the release horizon, never today's date.
    day, _ = resolve(d, None)
    assert day.weekday() == 5 and (day.month, day.day) == (9, 4) and day.year <= LATEST_YEAR
    assert not any(dt.date(y, 9, 4).weekday() == 5 for y in range(day.year + 1, LATEST_YEAR + 1))
    # Without a weekday there is nothing to choose the year by.
    (d,) = dates_in("قصفت المدفعية يوم 4 أيلول أطراف القرية.")
    assert resolve(d, None) is None


def test_a_weekday_in_a_page_banner_is_not_a_day_of_its_own():
    text = "السبت 1 آب, 2026\nقتل 3 مدنيين بقصف على القرية."
    (c,) = claims(text, published="2024-10-24")
    assert c.event_date == "2024-10-24"  # not the Saturday before publication


def test_day_and_month_stay_in_one_paragraph():
    found = dates_in("5 قتلى في استهدافات طوال تموز\n\n2 آب موعد افتتاح المعرض")
    assert [(d.month, d.day) for d in found] == [(8, 2)]


def test_date_line_a_year_before_the_metadata_wins():
    found = dates_in("Local Page January 3, 2024 · Shared with Public\nTwo civilians were injured today.", "en")
    assert confirm_published(dt.date(2025, 1, 3), found) == dt.date(2024, 1, 3)
    (c,) = claims("Local Page January 3, 2024 · Shared with Public\nTwo civilians were injured today.",
                  "en", published="2025-01-03")
    assert c.event_date == "2024-01-03"


def test_date_line_a_day_before_the_metadata_is_the_same_posting():
    text = "Local Page May 2, 2023 · Shared with Public\nA drone strike killed a civilian in the town."
    (c,) = claims(text, "en", published="2023-05-03")
    assert c.event_date == "2023-05-03"
    (c,) = claims(text, "en", published=None)
    assert c.event_date == "2023-05-02"


def test_a_crawl_day_banner_does_not_move_publication():
    (d,) = dates_in("Saturday 1 August 2026\nTwo civilians were injured.", "en")
    assert confirm_published(dt.date(2024, 10, 24), [d]) == dt.date(2024, 10, 24)


def test_weekday_overrules_a_wrong_year_guess():
    (d,) = dates_in("قصفت المدفعية اليوم، الجمعة 10 من أيلول، أطراف القرية.")
    assert resolve(d, None, 2022) == (dt.date(2021, 9, 10), "day")  # 10 September 2022 was a Saturday
    (d,) = dates_in("Shelling on Saturday 3 September hit the town.", "en")
    assert resolve(d, None, 2022) == (dt.date(2022, 9, 3), "day")


def test_weekdays_that_agree_on_a_year_overrule_a_slipped_one():
    # 1 and 6 October fell on a Saturday and a Thursday in 2022; 11 October 2022 was a
    # Tuesday, not a Friday (a Friday only in 2019 and 2024): the writer slipped.
    text = ("أصيب أربعة مدنيين بقصف صاروخي على بلدة كفر السنديان مساء الجمعة 11 تشرين الأول.\n\n"
            "وكانت البلدة قد تعرضت لقصف مدفعي يوم السبت 1 تشرين الأول، ثم يوم الخميس 6 تشرين الأول، "
            "وهو القصف الخامس عليها في عام 2022.")
    assert {c.event_date for c in claims(text)} == {"2022-10-11"}
    text = ("Four civilians were wounded by rockets on Oakdale on Friday 11 October.\n\n"
            "The town was shelled on Saturday 1 October and again on Thursday 6 October, its fifth shelling in 2022.")
    assert {c.event_date for c in claims(text, "en")} == {"2022-10-11"}
    # A day within a year of theirs keeps its weekday (across New Year); one alone has nothing to agree with.
    dates = dates_in("قصف يوم السبت 1 تشرين الأول. وقصف يوم الخميس 6 تشرين الأول. "
                     "وقصف يوم الأحد 1 كانون الثاني. وقصف يوم الجمعة 11 تشرين الأول.")
    drop_slipped_weekdays(dates, 2022)
    assert [d.weekday for d in dates] == [5, 3, 6, None]
    dates = dates_in("الجمعة 11 تشرين الأول")
    drop_slipped_weekdays(dates, 2022)
    assert dates[0].weekday == 4


def test_only_a_date_line_yields_to_the_metadata():
    (c,) = claims("May 2, 2025\nA drone strike killed a civilian in the town.", "en", published="2025-05-03")
    assert c.event_date == "2025-05-03"
    (c,) = claims("On 2 May 2025 a drone strike killed a civilian in the town.", "en", published="2025-05-03")
    assert c.event_date == "2025-05-02"


def test_the_page_date_line_dates_the_page_not_the_event():
    text = ("12 آذار 2024\n\nمقتل مدني بقصف مدفعي على قرية في ريف حماة\n\n"
            "قتل مدني مساء الاثنين بقصف مدفعي استهدف أطراف القرية.")
    # The headline's claim takes the body's Monday, counted from the page's date line.
    assert {c.event_date for c in claims(text)} == {"2024-03-11"}
    # With no other date in the text, the date line dates the claims.
    (c,) = claims("12 March 2024\n\nShelling killed a civilian in the village.", "en")
    assert c.event_date == "2024-03-12"


def test_today_named_with_its_weekday_moves_a_guessed_anchor():
    # An undated page whose only full date is a later sidebar item's: "today, Tuesday"
    # is the Tuesday nearest that date, not the date itself.
    text = ("قتل مدنيان اليوم الثلاثاء بقصف مدفعي على أطراف البلدة.\n\n"
            "أخبار ذات صلة\n\nغارات على ريف المدينة - 14 آذار 2024")
    (c,) = claims(text)
    assert c.event_date == "2024-03-12"
    # Publication metadata is not second-guessed.
    (c,) = claims(text, published="2024-03-14")
    assert c.event_date == "2024-03-14"


def test_numeric_date_with_spaced_slashes_or_month_first():
    (d,) = dates_in("حصيلة يوم الأحد ٢ / ٦ / ٢٠٢٤ في ريف المدينة")
    assert d.date == dt.date(2024, 6, 2)
    (c,) = claims("Shelling killed a civilian in the village\n\n10/28/2023\nLocal news", "en")
    assert c.event_date == "2023-10-28"  # the 28th month does not exist: the month comes first
    (d,) = dates_in("Posted 03/04/2023 by the local council.", "en")
    assert d.date == dt.date(2023, 4, 3)  # both readings fit: day first, as in the region
    assert dates_in("The score was 2 - 1 - 2024 figures.", "en") == []  # only slashes may stand apart


def test_weekday_glued_to_the_day():
    # A lost space between the weekday and the day is no handle ending in a digit.
    (d,) = dates_in("أصيب مدنيان مساء أمس الخميس14 آذار بقصف على البلدة.")
    assert (d.month, d.day, d.weekday, d.offset) == (3, 14, 3, -1)
    (c,) = claims("أصيب مدنيان مساء أمس الخميس14 آذار بقصف على البلدة.", published="2024-03-15")
    assert c.event_date == "2024-03-14"


def test_abbreviated_month_with_its_dot():
    (d,) = dates_in("A photo shows the damaged school in the town, Tuesday, Feb. 13, 2024.", "en")
    assert d.date == dt.date(2024, 2, 13)
    (c,) = claims("Shelling on the village killed two civilians on Sept. 9.", "en", published="2023-09-10")
    assert c.event_date == "2023-09-09"
    # A full month name ending a sentence is not an abbreviation: "May. 25 people ..." names no day.
    assert all(d.day is None for d in dates_in("They fled in May. 25 people were killed later.", "en"))


def test_a_date_after_since_does_not_date_an_undated_page():
    # "since 3 March 2024" starts a period long before the page was written: the
    # Tuesday told is not the Tuesday nearest it.
    text = ("قتل مدنيان اليوم الثلاثاء بقصف مدفعي على أطراف البلدة، في تصعيد مستمر منذ 3 آذار 2024.\n\n"
            "أخبار ذات صلة\n\nغارات على ريف المدينة - 14 آذار 2024")
    (c,) = claims(text)
    assert c.event_date == "2024-03-12"
    (c,) = claims("Shelling killed two civilians today, Tuesday, amid attacks going on since 3 March 2024. "
                  "Related: strikes on the city, 14 March 2024.", "en")
    assert c.event_date == "2024-03-12"


def test_another_things_date_does_not_date_an_undated_page():
    # agency copy closes with background: the date an agreement was signed or reached dates
    # the agreement, not "Tuesday" in the report
    text = ("أسفر قصف مدفعي على مدينة الورد، الثلاثاء، عن سقوط 4 قتلى وجريحين من المدنيين.\n"
            "ولم تتوقف الخروقات منذ الهدنة الموقعة بين الطرفين في 5 آب/ أغسطس 2020.")
    assert {c.event_date for c in claims(text)} == {None}
    text = ("أصيب أربعة أشخاص وقضى خامس، السبت، بقصف على بلدة الورد.\n"
            "وفي 9 حزيران 2019 أبرمت الدولتان الاتفاق الجديد حول المنطقة.")
    assert {c.event_date for c in claims(text)} == {None}
    text = ("Shelling killed two civilians in Oakdale on Tuesday. "
            "The area has seen violations of the ceasefire signed on 5 March 2020.")
    assert {c.event_date for c in claims(text, "en")} == {None}
    # nor does it date a claim after it that names only a weekday
    text = ("ولم تتوقف الخروقات منذ الهدنة الموقعة بين الطرفين في 5 آذار 2020.\n"
            "وقتل مدنيان، الثلاثاء، بقصف على بلدة الورد.")
    assert [(c.event_date, c.event_weekday) for c in claims(text)] == [(None, 1)]
    # a raid's own date after "which", or after "opened fire", dates the page
    text = ("The raid, which hit a market in Oakdale on 5 March 2024, killed two civilians. "
            "On Thursday, shelling wounded three people in Eastfield.")
    assert [c.event_date for c in claims(text, "en")] == ["2024-03-05", "2024-02-29"]
    text = "Gunmen opened fire on a car in Oakdale on 5 March 2024. On Thursday, shelling wounded three people there."
    assert [c.event_date for c in claims(text, "en")] == ["2024-02-29"]
    # so does a strike in breach of a truce
    text = "في خرق جديد لاتفاق وقف إطلاق النار، قتل 3 مدنيين في قصف على بلدة الورد في 5 آذار 2024."
    assert [c.event_date for c in claims(text)] == ["2024-03-05"]
    # the strike's own date beside a truce is the strike's, and so is a date whose next
    # sentence tells the harm
    for text in ("Despite the truce, on 12 May 2021 warplanes struck Oakdale, killing three civilians.",
                 "The ceasefire collapsed on 12 May 2021 when shelling on Oakdale killed three civilians.",
                 "On 12 May 2021, regime forces violated the ceasefire in Oakdale. Three civilians were killed.",
                 "Truce violation, 12 May 2021: three civilians killed in Oakdale"):
        assert [c.event_date for c in claims(text, "en")] == ["2021-05-12"], text
    # also when the harm is told in the next paragraph
    text = "في 12 أيار 2021 خرقت قوات النظام الهدنة في بلدة الورد.\n\nوقتل 3 مدنيين في القصف."
    assert [c.event_date for c in claims(text)] == ["2021-05-12"]
    # a month an agreement was reached in dates no claim
    text = "Shelling wounded three civilians in Oakdale.\n\nIn September 2018, Ankara and Moscow reached a ceasefire deal."
    assert [c.event_date for c in claims(text, "en")] == [None]
    # a toll that "reached" a figure on a day keeps the day
    text = "Medics said the Oakdale shelling's death toll reached 12 on 5 March 2024."
    assert [c.event_date for c in claims(text, "en")] == ["2024-03-05"]
    # a full date the strike's own sentence gives, after "which", still dates the page
    text = ("وأصيب مدنيان، الثلاثاء، في بلدة الورد.\n"
            "وكان القصف الذي استهدف البلدة في 5 آذار 2024 قد قتل مدنياً.")
    assert [(c.kind, c.event_date) for c in claims(text)] == [("injured", "2024-03-05"), ("killed", "2024-03-05")]


def test_yesterday_beside_a_date_tells_an_undated_page_its_day():
    (d,) = dates_in("تعرضت البلدة أمس الأحد 3 آذار لقصف مماثل.")
    assert (d.month, d.day, d.weekday, d.offset) == (3, 3, 6, -1)
    text = ("قتل ثلاثة مدنيين اليوم بقصف مدفعي على البلدة.\n\n"
            "وكانت البلدة تعرضت أمس الأحد 3 آذار لقصف مماثل.\n\n"
            "أخبار ذات صلة: غارات على الريف - 28 شباط 2024")
    (c,) = claims(text)
    assert c.event_date == "2024-03-04"  # the day after "yesterday, Sunday 3 March", not the sidebar's day


def test_the_word_year_between_month_and_year():
    (d,) = dates_in("دخلت القوات إلى الناحية في 17 شباط عام 2017.")
    assert (d.date, d.precision) == (dt.date(2017, 2, 17), "day")
    (d,) = dates_in("تعرضت القرية لقصف مماثل في تشرين الأول من العام 2019.")
    assert (d.date, d.precision) == (dt.date(2019, 10, 1), "month")


def test_last_weekday_is_never_the_page_day():
    thursday = dt.date(2024, 3, 14)
    (d,) = dates_in("قتل مدني بقصف مدفعي على البلدة الخميس الماضي.")
    assert resolve(d, thursday) == (dt.date(2024, 3, 7), "day")
    (d,) = dates_in("A civilian was killed by shelling on the town last Thursday.", "en")
    assert resolve(d, thursday) == (dt.date(2024, 3, 7), "day")
    (d,) = dates_in("قتل مدني بقصف مدفعي على البلدة يوم الخميس.")
    assert resolve(d, thursday) == (thursday, "day")


def test_a_day_of_the_page_month():
    (c,) = claims("قتل مدني بقصف مدفعي على البلدة في الثامن من الشهر الحالي.", published="2023-12-28")
    assert c.event_date == "2023-12-08"
    (d,) = dates_in("تعرضت القرية لقصف مماثل في 3 من الشهر الماضي.")
    assert resolve(d, None, issued=dt.date(2024, 1, 20)) == (dt.date(2023, 12, 3), "day")
    (d,) = dates_in("تعرضت القرية لقصف مماثل في 30 من الشهر الجاري.")
    assert resolve(d, None, issued=dt.date(2024, 1, 20)) is None  # not yet
    (c,) = claims("A strike on the 9th of this month killed two civilians in the village.", "en", published="2024-05-20")
    assert c.event_date == "2024-05-09"


def test_since_a_day_starts_a_period_not_the_event():
    text = "تتعرض البلدة لقصف متواصل منذ يوم أمس.\nوقتل مدنيان بقصف مدفعي على أطرافها."
    (c,) = claims(text, published="2024-03-14")
    assert c.event_date == "2024-03-14"
    text = "Shelling on the town has continued since Thursday.\nTwo civilians were killed in the village."
    (c,) = claims(text, "en", published="2024-03-16")
    assert c.event_date == "2024-03-16"
    # "منذ يومين" is "two days ago", a day of its own.
    (c,) = claims("قتل مدني بقصف على البلدة منذ يومين.", published="2024-03-14")
    assert c.event_date == "2024-03-12"


def test_a_weekday_never_moves_a_date_past_the_release_horizon():
    (d,) = dates_in("قصفت المدفعية يوم السبت 28 نيسان أطراف القرية.")
    day, _ = resolve(d, None, year=2024)  # 28 April 2024 was a Sunday; 2029 is nearer than 2018 but not yet
    assert day == dt.date(2018, 4, 28) and day.year <= LATEST_YEAR


def test_a_month_named_in_both_systems_keeps_its_year():
    (d,) = dates_in("وفي 6 مايو/ أيار 2020 توصل الطرفان إلى اتفاق لوقف إطلاق النار.")
    assert (d.date, d.precision) == (dt.date(2020, 5, 6), "day")
    (d,) = dates_in("ونشرت المنظمة بيانها في 14 ديسمبر/ كانون الأول 2021.")
    assert (d.date, d.precision) == (dt.date(2021, 12, 14), "day")
    (d,) = dates_in("قصفت المدفعية اليوم الأحد 14 مايو/أيار أطراف القرية.")
    assert (d.month, d.day, d.weekday) == (5, 14, 6)


def test_a_number_past_the_horizon_is_not_the_page_year():
    (c,) = claims("قتل مدني بقصف على القرية يوم 5 أيلول.\nوتبلغ مساحة المنطقة 2055 كيلومتراً مربعاً.")
    assert c.event_date is None  # no year to complete "5 أيلول" with; 2055 is a distance


def test_a_page_year_past_the_release_horizon_is_not_pulled_back_to_it(monkeypatch):
    from civcas.extract import dates

    monkeypatch.setattr(dates, "LATEST_YEAR", 2026)
    (d,) = dates_in("قصفت المدفعية اليوم السبت 4 أيلول أطراف القرية.")
    # A page from 2028: Saturday 4 September fell in 2021 and 2027; the nearer is 2027.
    assert resolve(d, None, year=2028)[0] == dt.date(2027, 9, 4)
    assert resolve(d, None, year=2024)[0] == dt.date(2021, 9, 4)  # within the horizon: never past it


def test_a_month_later_in_a_since_sentence_starts_a_period():
    # The month is where a running toll begins, not the day of the strike told after it.
    (d,) = dates_in("قتل 40 مدنياً منذ بدء الحملة العسكرية على المنطقة في آذار 2020.")
    assert d.since
    (d,) = dates_in("Forty civilians have been killed since the offensive on the area began in March 2020.", "en")
    assert d.since
    text = "يتواصل القصف على المنطقة منذ بدء الحملة العسكرية في آذار 2020.\nوقتل مدنيان بقصف مدفعي على البلدة."
    (c,) = claims(text, published="2024-05-08")
    assert c.event_date == "2024-05-08"
    # A month in a sentence of its own is still a date.
    (d,) = dates_in("بدأ القصف منذ الصباح. وقتل مدنيان في آذار 2020.")
    assert not d.since


def test_a_headline_claim_takes_the_day_the_page_calls_today():
    text = ("مقتل مدنيين اثنين بقصف مدفعي على البلدة\n\n"
            "صورة من أطراف البلدة، 7 أيار 2024\n\n"
            "تعرضت البلدة اليوم الأربعاء 8 أيار 2024 لقصف مدفعي عنيف.")
    (c,) = claims(text)
    assert c.event_date == "2024-05-08"
    text = ("Two civilians killed in shelling on the town\n\n"
            "Photo: the outskirts of the town, 7 May 2024\n\n"
            "The town came under heavy shelling today, Wednesday 8 May 2024.")
    (c,) = claims(text, "en")
    assert c.event_date == "2024-05-08"


def test_a_full_date_later_in_a_since_sentence_starts_a_period():
    # "27 civilians have died since the occupation of the plain on 17 February 2017": that day opens a
    # running toll.
    (d,) = dates_in("وقتل 27 مدنياً منذ احتلال ناحية السهل في 17 شباط عام 2017 بحسب إحصاء محلي.")
    assert d.since
    text = "قتل مدني بقصف مدفعي على البلدة.\nوبذلك يصبح عدد القتلى منذ بدء الهجوم في 17 شباط 2017 نحو 27."
    (c, *_) = claims(text, published="2022-12-10")
    assert c.event_date == "2022-12-10"
    (d,) = dates_in("Twenty-seven civilians have died since the assault began on 17 February 2017.", "en")
    assert d.since
    # A full date in a sentence of its own is still the event's.
    (d,) = dates_in("بدأ القصف منذ الصباح. وقتل مدنيان في 17 شباط 2017.")
    assert not d.since
    # "منذ يومين" is "two days ago", not the start of a period.
    (_, d) = dates_in("قتل مدني منذ يومين بقصف على البلدة يوم الثلاثاء 5 آذار 2024.")
    assert not d.since
    # A strike told between "since" and the date is the event the date belongs to.
    (d,) = dates_in("Shelling that went on since dawn killed two civilians in Riverton on Tuesday, 5 March 2024.", "en")
    assert not d.since
    (d,) = dates_in("تواصل القصف منذ الصباح على بلدة الوادي وقتل مدنيان يوم الثلاثاء 5 آذار 2024.")
    assert not d.since


def test_a_year_opening_a_period_is_not_the_page_year():
    # A reader's comment or a background line names a long-past year; a yearless date does not take it.
    text = ("On August 10, a drone strike killed three people in the village of Tal Warda.\n\n"
            "Comments\n\nThe ministers have been under house arrest since 2 June 2014.")
    (c,) = claims(text, "en")
    assert c.event_date is None
    (c,) = claims("قتل مدني بقصف على القرية يوم 5 أيلول.\nوتتعرض المنطقة لقصف متواصل منذ عام 2019.")
    assert c.event_date is None
    # A year the page names otherwise still completes it.
    (c,) = claims("قتل مدني بقصف على القرية يوم 5 أيلول.\nوهو الهجوم الثالث على القرية في عام 2023.")
    assert c.event_date == "2023-09-05"


def test_a_day_in_a_url_slug():
    # A compact day opening a path part, and a slug ending in the day as the Levant writes it.
    assert url_date("https://news.example/en/live/20220202-strikes-on-the-border")[0] == dt.date(2022, 2, 2)
    assert url_date("https://news.example/reports/daily-harvest-saturday-18-06-2022")[0] == dt.date(2022, 6, 18)
    assert url_date("https://news.example/reports/daily-harvest-tuesday-11-7-2023")[0] == dt.date(2023, 7, 11)
    (c,) = claims("أصيب 4 مدنيين بقصف صاروخي اليوم.", url="https://news.example/reports/daily-harvest-18-06-2022")
    assert c.event_date == "2022-06-18"
    # The day packed day first as a path part, with or without the day's item number after it.
    assert url_date("https://news.example/arabic/region/14032024")[0] == dt.date(2024, 3, 14)
    assert url_date("https://news.example/english/region/140320242?ref=feed")[0] == dt.date(2024, 3, 14)
    # An article number is no day, nor are numbers inside a slug.
    assert url_date("https://news.example/archives/12345678") == (None, None)
    # An article id that reads as a day outside the years reported on, or with a long tail, is an id.
    assert url_date("https://news.example/article/12032099")[0] is None
    assert url_date("https://news.example/article/1203200512")[0] is None
    assert url_date("https://news.example/post/20226/shelling-on-the-town") == (None, None)
    assert url_date("https://news.example/post/3-4-2023-rockets-and-more/") == (None, None)


def test_a_night_named_by_two_weekdays_is_its_second_day():
    # 11 March 2024 is a Monday: the night of Friday to Saturday before it ends on Saturday the 9th.
    (c,) = claims("جرح راعيان بقصف مدفعي طال أطراف تل السنابل ليل الجمعة - السبت.", published="2024-03-11")
    assert c.event_date == "2024-03-09"
    (c,) = claims("قتل مدني بغارة على كفر زيتون الجديدة في منتصف ليل الأربعاء على الخميس.", published="2024-03-11")
    assert c.event_date == "2024-03-07"
    # A page dated on the evening itself (a post written that night) still tells of the night ahead.
    (c,) = claims("جرح راعيان بقصف مدفعي طال أطراف تل السنابل ليل الجمعة - السبت.", published="2024-03-08T22:30:00+00:00")
    assert c.event_date == "2024-03-09"
    (c,) = claims("Two civilians were killed on the night of Friday to Saturday in shelling on Oakdale.",
                  "en", published="2024-03-08")
    assert c.event_date == "2024-03-09"
    (c,) = claims("Two civilians were killed on the night of Friday to Saturday in shelling on Oakdale.",
                  "en", published="2024-03-11")
    assert c.event_date == "2024-03-09"
    (c,) = claims("Shelling on Riverton during the Friday-Saturday night killed a shepherd.", "en", published="2024-03-11")
    assert c.event_date == "2024-03-09"
    # "Overnight" is the night word here, not "yesterday".
    (d,) = dates_in("Drones struck Oakdale overnight Friday to Saturday.", "en")
    assert (d.weekday, d.offset) == (5, None)


def test_two_weekdays_without_a_night_word_stay_two_days():
    first, second = dates_in("Shelling on Friday and Saturday killed four people in Oakdale.", "en")
    assert (first.weekday, second.weekday) == (4, 5)
    first, second = dates_in("Strikes hit Oakdale on Friday and Saturday night.", "en")
    assert (first.weekday, second.weekday) == (4, 5)
    # Not consecutive days: no single night.
    first, second = dates_in("قصفت المدفعية ليل الجمعة والأحد أطراف تل السنابل.")
    assert (first.weekday, second.weekday) == (4, 6)


def test_a_day_the_page_cannot_place_takes_no_other_date():
    # Nothing dates the page, so "on Monday" is unknown: not the background month named later.
    text = ("Turkish shelling on Monday killed two civilians in Oakdale.\n"
            "The town was first shelled in October 2019.")
    assert [c.event_date for c in claims(text, "en")] == [None]
    # A headline before the body's unplaced "أمس" does not take a later paragraph's earlier day.
    text = ("إصابة مدنيين بقصف على كفر زيتونة\n"
            "أصيب مدنيان مساء أمس بقصف صاروخي على بلدة كفر زيتونة.\n"
            "وكانت البلدة قد تعرضت لقصف مماثل في آذار 2023.")
    assert {c.event_date for c in claims(text)} == {None}


def test_an_unplaced_day_still_takes_a_date_near_its_claim():
    # The month in the claim's own sentence, or a dateline before it, still dates it.
    text = "Shelling on Tuesday killed two civilians in Oakdale, the third attack on the town in March 2024."
    assert [(c.event_date, c.date_precision) for c in claims(text, "en")] == [("2024-03-01", "month")]
    text = ("OAKDALE, March 3, 2024 (Agency) - Six civilians were killed in airstrikes.\n"
            "The strikes on Tuesday also injured ten people.")
    assert [c.event_date for c in claims(text, "en")] == ["2024-03-03", "2024-02-27"]


def test_a_day_glued_to_and_or_in_is_still_a_day():
    found = dates_in("قصف على البلدة يومي 5 آب و6 آب 2023، ثم في13 أيلول 2023.")
    assert [d.date for d in found if d.date] == [dt.date(2023, 8, 6), dt.date(2023, 9, 13)]


def test_a_date_in_brackets_after_its_weekday_names_that_day():
    (d,) = dates_in("أصيب ثلاثة مدنيين اليوم الأحد (5 أيار) جراء قصف مدفعي على البلدة.")
    assert (d.month, d.day, d.weekday, d.offset) == (5, 5, 6, 0)
    (c,) = claims("أصيب ثلاثة مدنيين اليوم الأحد (5 أيار) جراء قصف مدفعي على البلدة.")
    assert c.event_date == "2024-05-05"  # the latest Sunday 5 May up to the release horizon
    (d,) = dates_in("Shelling on Thursday (March 23) injured two civilians in Oakdale.", "en")
    assert (d.month, d.day, d.weekday) == (3, 23, 3)
    # A bracket that does not close on the date is an aside, not the date's.
    found = dates_in("Shelling on Thursday (March 23 was quieter) injured two civilians.", "en")
    assert [(d.weekday, d.month) for d in found] == [(3, None), (None, 3)]


def test_a_headline_takes_no_date_past_a_day_the_page_cannot_place():
    # The headline's claim has no date near it; the page's first date is a Monday nothing
    # places, so the background month after it is not the headline's date either.
    text = ("Shelling injures ten civilians in Oakdale\n\n"
            "Regime shelling on Monday hit homes in the town of Oakdale, medics said.\n\n"
            "In September 2018, Ankara and Moscow agreed on a buffer zone around the province.")
    assert [c.event_date for c in claims(text, "en")] == [None]


def test_a_date_after_a_publication_label_is_the_page_s_own():
    # Below a site's long menu, "تاريخ النشر:" still gives the page its day.
    menu = "".join(f"قسم {i}\n\n" for i in range(70))
    text = menu + "تاريخ النشر:12.03.2024 | 10:15 GMT | أخبار\n\nقتل مدنيان اليوم بقصف مدفعي على البلدة."
    assert [c.event_date for c in claims(text)] == ["2024-03-12"]
    (d,) = dates_in("Published on 3 May 2024\n\nShelling hit the town.", "en")
    assert d.line
    # In running text the words date someone else's report.
    (d,) = dates_in("وكان المرصد قد نشر في 5 آذار 2020 تقريراً عن القصف.")
    assert not d.line


def test_an_undated_page_keeps_the_weekday_it_names_for_the_day():
    # Nothing to count "today" from: the day is unknown, its weekday is not.
    (c,) = claims("أصيب 3 مدنيين اليوم السبت بقصف مدفعي على أطراف القرية.")
    assert (c.event_date, c.event_weekday) == (None, 5)
    (c,) = claims("قتل مزارع مساء أمس الخميس بقصف على البلدة.")
    assert (c.event_date, c.event_weekday) == (None, 3)
    (c,) = claims("Shelling on Friday wounded four civilians in the village.", "en")
    assert (c.event_date, c.event_weekday) == (None, 4)


def test_the_weekday_of_the_day_before_a_sentence_naming_none():
    (c,) = claims("قصفت المدفعية أطراف البلدة اليوم السبت.\nوأصيب 3 مدنيين في القصف.")
    assert (c.event_date, c.event_weekday) == (None, 5)
    # Not for a sentence whose only day starts a period: that is neither.
    (c,) = claims("قصفت المدفعية أطراف البلدة يوم الخميس.\nوقتل 5 مدنيين منذ يوم السبت في البلدة.")
    assert c.event_weekday is None


def test_one_weekday_named_twice_is_that_weekday():
    found = claims("On Friday, shelling killed five civilians in the village, and on Friday night "
                   "three more were killed nearby.", "en")
    assert [c.event_weekday for c in found] == [4, 4]


def test_a_placed_day_or_days_that_may_be_two_give_no_weekday():
    (c,) = claims("أصيب 3 مدنيين اليوم السبت بقصف مدفعي على أطراف القرية.", published="2024-03-09")
    assert (c.event_date, c.event_weekday) == ("2024-03-09", None)
    # "yesterday", and a weekday later in the sentence: that may be another day's.
    (c,) = claims("قتل مدني أمس بقصف على البلدة التي قصفت أيضا يوم الخميس.")
    assert (c.event_date, c.event_weekday) == (None, None)
    # The day it was said and the day it happened, or "today" beside "yesterday".
    (c,) = claims("The ministry said on Saturday that shelling on Thursday killed 5 civilians.", "en")
    assert c.event_weekday is None
    (c,) = claims("أفاد ناشطون اليوم السبت بمقتل 3 مدنيين أمس بقصف على البلدة.")
    assert c.event_weekday is None


def test_a_figure_takes_the_date_of_its_own_clause():
    found = claims("قتل رجل يوم 3 كانون الثاني في قرية الوادي، وفي 4 كانون الثاني أصيب طفلان في بلدة الحرش",
                   published="2024-01-06")
    assert [(c.kind, c.event_date) for c in found] == [("killed", "2024-01-03"), ("injured", "2024-01-04")]
    found = claims("Shelling killed 5 people on Monday, and on Tuesday a drone wounded 3 others.",
                   "en", published="2024-03-10")
    assert [(c.kind, c.event_date) for c in found] == [("killed", "2024-03-04"), ("injured", "2024-03-05")]
    # A part of a count is of its whole's day, whatever its own clause recalls.
    found = claims("A strike on Monday killed 5 civilians, among them 2 children displaced from Riverton "
                   "in March 2020.", "en", published="2024-03-10")
    assert [c.event_date for c in found] == ["2024-03-04", "2024-03-04"]
    # A clause without a date of its own takes the sentence's.
    found = claims("Shelling on Monday killed 5 people, and 3 people were also wounded.", "en", published="2024-03-10")
    assert {c.event_date for c in found} == {"2024-03-04"}


def test_the_same_day_is_the_day_just_told_not_today():
    found = claims("استهدفت غارات مقرا في قرية الوادي في 27 تشرين الأول، كما قتل طفل في نفس اليوم بقصف على مخيم",
                   published="2023-11-20")
    assert [c.event_date for c in found] == ["2023-10-27"]
    found = claims("أصيب طفل يوم السبت 26 آب في قرية الوادي، كما أصيب مدني صباح اليوم نفسه في بلدة الحرش",
                   published="2023-09-01")
    assert [c.event_date for c in found] == ["2023-08-26", "2023-08-26"]
    found = claims("قتل رجل في قرية الوادي في 27 تشرين الأول.\n\nوفي نفس اليوم أصيب طفل في بلدة الحرش.",
                   published="2023-11-20")
    assert [c.event_date for c in found] == ["2023-10-27", "2023-10-27"]


def test_a_month_named_only_after_the_claim_does_not_date_it():
    # An undated page whose only date is a month in a related story's headline below.
    text = "أصيب 3 مدنيين بقصف على بلدة تل الزيزفون.\n\nمواد ذات صلة\n\nتوثيق 81 حالة اعتقال في تشرين الثاني 2019"
    assert [(c.kind, c.event_date) for c in claims(text) if c.kind == "injured"] == [("injured", None)]
    # In the next paragraph a month may be the toll's own.
    text = "مقتل 120 مدنيا بينهم 30 طفلا\nوثقت الشبكة الحصيلة خلال شهر آذار 2019"
    assert [(c.kind, c.event_date) for c in claims(text, published="2019-04-05")][:1] == [("killed", "2019-03-01")]
    # A month in the next paragraph that is the place's history does not.
    text = "قتل 3 مدنيين بقصف على بلدة تل الزيزفون.\nوكانت البلدة قد تعرضت لقصف مماثل في شباط 2019."
    assert [c.event_date for c in claims(text, published="2024-03-15")] == ["2024-03-15"]
    # A day named later still dates a story told before it (the page's own date line at the foot).
    text = "أصيب 3 مدنيين بقصف على بلدة تل الزيزفون.\n\nنشر في 4 تشرين الثاني 2019"
    assert [(c.kind, c.event_date) for c in claims(text) if c.kind == "injured"] == [("injured", "2019-11-04")]


def test_a_digest_item_on_its_own_line_takes_no_date_from_another_lines_item():
    digest = ("حصاد الأحداث الميدانية ليوم الأحد 5/ أيار/ 2024\n\nفي حلب:\n\n"
              "- عثر السكان على جثة شاب فقد يوم أمس قرب تل الزيزفون.\n\n"
              "- أطلقت الفصائل سراح شاب بعد اعتقاله في الثامن من نيسان الماضي.\n\n"
              "- أصيب 3 مدنيين بقصف مدفعي على بلدة كفر السنديان.\n\n"
              "في درعا:- قتل شابان برصاص مسلحين مجهولين في بلدة تل الزيزفون.")
    injured = [c for c in claims(digest) if c.kind == "injured"]
    killed = [c for c in claims(digest) if c.kind == "killed"]
    assert [c.event_date for c in injured + killed] == ["2024-05-05", "2024-05-05"]
    # items of one line go on with one story: the date told in the item before holds
    text = ("وكالة محلية: تعرض صحفيان لهجوم يوم أمس (4 أيار 2024) أثناء عملهما قرب كفر السنديان. "
            "- استهدفت مسيرة سيارة كانت تقلهما، ما أدى لمقتلهما وإصابة السائق.")
    assert {c.event_date for c in claims(text, published="2024-05-06")} == {"2024-05-04"}
    text = "في حلب:- قصف يوم 3 أيار 2024 على كفر السنديان. - وأسفر عن مقتل 4 مدنيين."
    assert {c.event_date for c in claims(text, published="2024-05-20")} == {"2024-05-03"}
    # as does an item that opens with "and", and a timeline's line that holds only a date
    text = "- قصفت قوات النظام بلدة كفر السنديان يوم 3 أيار 2024.\n- وأسفر القصف عن مقتل 4 مدنيين."
    assert {c.event_date for c in claims(text, published="2024-05-20")} == {"2024-05-03"}
    text = ("التسلسل الزمني:\n- 3 أيار 2024:\n- أدى قصف مدفعي على كفر السنديان لمقتل 4 مدنيين.\n"
            "- 7 أيار 2024:\n- أصيب 6 مدنيين بقصف على تل الزيزفون.")
    assert [c.event_date for c in claims(text, published="2024-05-20")] == ["2024-05-03", "2024-05-07"]
    # numbered items, and the part a whole count holds, are items too
    text = ("حصاد يوم الأحد 5/ أيار/ 2024\n1- أطلقت الفصائل سراح شاب بعد اعتقاله في الثامن من نيسان الماضي.\n"
            "2- قتل 5 مدنيين بينهم طفلان بقصف على تل الزيزفون.")
    assert {c.event_date for c in claims(text) if c.kind == "killed"} == {"2024-05-05"}


def test_what_had_happened_before_does_not_date_a_claim_told_before_it():
    # "the town had been shelled yesterday": another strike's day, not the one the page tells
    text = "قتل 3 مدنيين بقصف على بلدة الورد.\nوكانت البلدة قد تعرضت لقصف مماثل يوم أمس."
    (c,) = claims(text, published="2024-03-15")
    assert c.event_date == "2024-03-15"
    # the strike told again, with its own day, still dates it
    text = "ارتفع عدد ضحايا الغارة على سوق البلدة إلى 7 مدنيين.\nوكانت الغارة قد استهدفت السوق يوم الأحد."
    assert {c.event_date for c in claims(text, published="2024-03-15")} == {"2024-03-10"}
    # "في وقت سابق" ("earlier") is the strike told again, not another
    text = "ارتفعت حصيلة ضحايا القصف على البلدة إلى 5 مدنيين.\nوكانت قوات النظام قد قصفت البلدة في وقت سابق من يوم الأحد."
    assert {c.event_date for c in claims(text, published="2024-03-15")} == {"2024-03-10"}
    # the body telling the headline's strike still dates it
    text = "مقتل 3 مدنيين بقصف على بلدة الورد\nقتل 3 مدنيين أمس بقصف على بلدة الورد."
    assert {c.event_date for c in claims(text, published="2024-03-15")} == {"2024-03-14"}


def test_dawn_told_with_a_day_is_that_days_dawn():
    def day(text):
        (c,) = claims(text, "en", published="2024-03-19")  # a Tuesday
        return c.event_date

    assert day("At dawn on Friday, warplanes struck the town, killing three civilians.") == "2024-03-15"
    assert day("Warplanes struck the town at dawn yesterday, killing three civilians.") == "2024-03-18"
    assert day("Warplanes struck the town at dawn, killing three civilians.") == "2024-03-19"
