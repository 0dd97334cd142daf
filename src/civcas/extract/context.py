"""Who says it, when, where and by whom: context for each count.

Each kind of context comes from the count's own sentence first, then from
the nearest preceding mention, then from the document's first one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

from civcas.extract.dates import DateMention, event_weekday, names_today, nearest_day, resolve
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions
from civcas.extract.resources import phrase_table
from civcas.extract.tokens import (
    BULLETS,
    CLAUSE_BREAKS,
    SENTENCE_END,
    Sentence,
    Token,
    clause_break,
    clause_of,
    definite,
    sentences,
    tokenize,
)
from civcas.geo import PlaceRoles, main_place, place_roles
from civcas.lang import load
from civcas.model import Document, Place


@dataclass
class Speaker:
    name: str | None
    kind: str
    stance: str = "asserts"


RESULT_PARAGRAPHS = 3  # paragraphs walked back, past those telling only results, to the one that told the strike
SEPARATE_WORDS = 1  # words before "in a separate incident" in its sentence ("و" glued, or "- ")
FIGHTERS_AFTER = 3  # tokens from a figure to the fighters' noun it counts ("25 من المسلحين")
TAKEN_TO_REACH = 4  # words from a verb of taking the wounded to the "إلى" before where ("نقلوا على إثرها إلى")
SPEAKERS_AT = frozenset({"في", "in", "at"})  # where a speaker works: "مصدر طبي في مشفى", "a source at the hospital"
EARLIER_EVENT_WORDS = 5  # words from "وكانت" to its "قد" ("وكانت البلدة الواقعة شرقاً قد")
ALSO_WORDS = 4  # a result sentence's opening words that may say it goes on with the report's strike ("The shelling also")


@dataclass
class DocContext:
    doc: Document
    tokens: list[Token]
    m: Mentions
    dates: list[DateMention]
    anchor: dt.date | None  # what relative dates count from
    year: int | None  # the year a yearless date takes when there is no anchor
    issued: dt.date | None  # publication date, from metadata or the URL
    places: list[Place] = field(default_factory=list)
    _starts: list[int] | None = None  # token start offsets, built on first use
    _main_places: dict = field(default_factory=dict)  # main place within a bound, by the bound; built on use
    _roles: PlaceRoles | None = None  # places named as where it happens ("in X") or as an origin; built on first use
    _origin_starts: set[int] | None = None  # see _origins
    _in_passing: set[int] | None = None  # see countries_in_passing
    _by_head: dict[str, list[Mention]] | None = None  # see _speakers_by_head
    _para_firsts: dict[int, int] | None = None  # see _para_start
    codes: tuple[str, ...] = ()  # the languages of the phrase table, to read the title with
    _attackers: list[str] | None = None  # the headline's or lead's attackers; built on first use
    _sentences: list[Sentence] | None = None  # the text's sentences, for the attackers of an earlier one; built on first use
    _partners: dict[str, list[str]] | None = None  # who the document says strikes together with whom; built on first use
    _tags: list[str] | None = None  # attackers the post's hashtags name; built on first use
    _concurrent_spans: list[tuple[int, int, list[str]]] | None = None  # parties striking at the same time, and where; built on first use
    _items: dict[int, tuple[int, list[int | None]]] = field(default_factory=dict)  # by line: its first token, and by token the mark of its list item
    # Where a party is named but is not the attacker: the victims' side ("عنصر من قوات النظام")
    # the holder of the ground ("SDF-held", "مناطق سيطرة النظام"), a weapon's maker ("Russian-made").
    not_attacking: set[int] = field(default_factory=set)
    # "منذ أمس", "since Thursday" start a period: not the day of the event told.
    _event_dates: list[DateMention] = field(init=False)
    _today: list[DateMention] = field(init=False)  # dates the page calls today ("اليوم الأربعاء 8 أيار")

    def __post_init__(self) -> None:
        self._event_dates = [d for d in self.dates if not d.since]
        self._today = [d for d in self._event_dates if names_today(d)]
        self._place_starts = [p.start for p in self.places]  # the places come in text order
        self._event_los = [d.lo for d in self._event_dates]  # and so do the dates
        self._date_los = [d.lo for d in self.dates]

    def _places_in(self, lo: int, hi: int) -> list[Place]:
        """The places starting at character offsets [lo, hi), in text order: a long page names
        thousands, and each claim looks only at its own stretch."""
        return self.places[bisect_left(self._place_starts, lo):bisect_left(self._place_starts, hi)]

    def _event_dates_in(self, sent: Sentence) -> tuple[int, int]:
        """The slice of the event dates that start in the sentence."""
        return bisect_left(self._event_los, sent.lo), bisect_left(self._event_los, sent.hi)

    def text(self, lo: int, hi: int) -> str:
        return self.doc.text[self.tokens[lo].start:self.tokens[hi - 1].end]

    def names(self, category: str, sent: Sentence, skip: set[int], inherit: bool) -> list[str]:
        """Payloads of `category` in the sentence, else the nearest before it."""
        found = [x.value for x in self.m.within(category, sent.lo, sent.hi) if x.lo not in skip]
        if not found and inherit:
            prev = self.m.before(category, sent.lo, skip)
            if prev is None:
                prev = next((x for x in self.m.lists.get(category, ()) if x.lo not in skip), None)
            if prev is not None:
                found = [prev.value]
        return list(dict.fromkeys(found))

    def belligerents(self, sent: Sentence, skip: set[int]) -> list[str]:
        """Who the sentence says struck; when it names no one, the attackers of the
        nearest earlier sentence in its paragraph that names one, else the document's
        attacker (headline or lead), joined by the party the sentence or its paragraph
        names in passing, else the nearest earlier party anywhere. Parties named as
        the victims' side ("ثلاثة عناصر من قوات النظام") or as holding the ground ("SDF-held")
        are never the attacker. Each party brings those the document says strike
        together with it (see `_with_partners`).

        "Turkish drones shelled the village. Two civilians were injured." and a
        report under "Russian jets strike Oakdale" are about those attackers, not
        about a party a sidebar line above happens to name.
        """
        named = (self._with_partners(self._named_attackers(sent, skip)) + self._tagged()
                 + self._concurrent(sent))
        # The victims' own side does not come back through the lead, a partner or a tag.
        victims = {self.m.at("belligerent", i).value for i in skip if self.m.at("belligerent", i) is not None}
        return [name for name in dict.fromkeys(named) if name not in victims]

    def _tagged(self) -> list[str]:
        """Attackers a hashtag of the post names ("#العدوان_الروسي", "#Russian_airstrikes"): the
        post's own label for what it reports, so they join every claim in it, beside whoever a
        sentence names. A tag naming a party alone ("#التحالف_الدولي") or a party's victims
        ("#الأسد_يقتل_السوريين") blames no one."""
        if self._tags is None:
            found = [name for lo, hi in hashtags(self.tokens) for name in attackers(self.m, lo, hi, self.not_attacking)]
            self._tags = list(dict.fromkeys(found))
        return self._tags

    def _concurrent(self, sent: Sentence) -> list[str]:
        """Parties the report says struck or flew over at the same time as the strike it
        tells ("وجاء القصف متزامنا مع تحليق طائرة استطلاع روسية", "coinciding with Russian
        airstrikes"): spotting for it or striking beside it, each is a suspected party to it.
        That strike is the one told last before the cue, so they join the claims from the
        sentence telling it to the cue's own, not those of another strike; when the cue's
        sentence calls it the strikes told above ("جاء القصف سالف الذكر متزامنا مع", "the
        aforementioned shelling coincided with"), all the claims told before it; a headline's
        lead-in reaches the strike told after it (see `_told_next`)."""
        if self._concurrent_spans is None:
            self._concurrent_spans = []
            for cue in self.m.lists.get("concurrent", ()):
                own = self._sentence_of(cue.lo)
                strike = self.m.before("strike", own.lo)
                if strike is None or self._tells_own_strike(own, cue):
                    lo = own.lo
                else:
                    lo = self._sentence_of(strike.lo).lo
                if self._recaps(own, cue):
                    lo = 0
                names = attackers(self.m, cue.hi, own.hi, self.not_attacking)
                self._concurrent_spans.append((lo, self._told_next(own, cue), names))
        return [name for lo, hi, names in self._concurrent_spans if lo <= sent.lo < hi for name in names]

    def _told_next(self, own: Sentence, cue: Mention) -> int:
        """Where the claims the cue's party joins end: its own sentence's end, or the next
        sentence's when the cue opens a harmless lead-in cut off by an ellipsis ("بالتزامن مع تحليق
        طائرة مراقبة روسية.. جرح ثلاثة أطفال بقصف لقوات النظام"): a headline's way of tying it to
        the strike told next. A sentence of its own ("وتزامن القصف مع تحليق ...") tells of the strike before."""
        if cue.lo > own.lo or self.m.within("harm", own.lo, own.hi):
            return own.hi
        after = [s for s in self._sentences if s.lo >= own.hi]
        marks = list(takewhile(lambda s: not self._worded(s), after))
        if not marks or len(marks) == len(after):
            return own.hi
        return after[len(marks)].hi

    def _worded(self, sent: Sentence) -> bool:
        """Whether the sentence has a word, not only marks."""
        return any(t.norm.isalnum() for t in self.tokens[sent.lo:sent.hi])

    def _tells_own_strike(self, own: Sentence, cue: Mention) -> bool:
        """Whether the cue's sentence tells a strike of its own before the cue ("Airstrikes
        hit Oakdale, injuring three, coinciding with"), not the one told before it, which
        it names with the article ("The shelling, which also wounded a child, came at")."""
        return any(not definite(self.tokens, s.lo, own.lo) for s in self.m.within("strike", own.lo, cue.lo))

    def _recaps(self, own: Sentence, cue: Mention) -> bool:
        """Whether the strike the cue's sentence ties to another party is called the one told
        above ("وجاء القصف المذكور آنفا متزامنا مع", "The shelling described above coincided
        with"): a recap word before the first party named after the cue."""
        party = next(iter(self.m.within("belligerent", cue.hi, own.hi)), None)
        return bool(self.m.within("recap", own.lo, party.lo if party is not None else own.hi))

    def _with_partners(self, parties: list[str]) -> list[str]:
        """The parties, each followed by those the document names as striking together
        with it anywhere ("غارات النظام وروسيا على القرية", "regime and Russian jets
        pounded the town"): a report that blames the two together tells of one campaign,
        and its "قصفت قوات النظام" elsewhere is shorthand for it. Parties fighting each
        other ("اشتباكات بين قوات النظام والفصائل") strike together with no one."""
        if self._partners is None:
            self._partners = joint_attackers(self.tokens, self.m, self.not_attacking)
        return list(dict.fromkeys(q for p in parties for q in (p, *self._partners.get(p, ()))))

    def _named_attackers(self, sent: Sentence, skip: set[int]) -> list[str]:
        """Who the sentence, its paragraph or the document says struck (see `belligerents`)."""
        skip = skip | self.not_attacking
        own = [x for x in self.m.within("belligerent", sent.lo, sent.hi) if x.lo not in skip]
        if any(attacking(self.m, b) for b in own):
            return list(dict.fromkeys(x.value for x in own))
        if own:
            # Named in passing ("civilians in SDF-held Tal Tamr"), not as the one who
            # struck: the document's attacker joins them.
            return list(dict.fromkeys([x.value for x in own] + self._lead()))
        # "وفي سياق منفصل، قتل شاب بانفجار لغم", "Separately, a mine killed a shepherd": a new event
        # struck otherwise, whose attacker is none told before it ("Separately, a raid on X killed
        # two" after a campaign of raids, or "In a separate attack, a child was killed", keep it)
        separate = self._separate_since(sent)
        if separate is not None and self._struck_alike(sent, separate):
            separate = None
        earlier: list[Mention] = []  # the paragraph's parties before the sentence, nearest first
        for prev in reversed(self.m.within("belligerent", separate if separate is not None else 0, sent.lo)):
            if self.tokens[prev.lo].para != sent.para:
                break
            if prev.lo not in skip:
                earlier.append(prev)
        # "Turkish forces and their ISIS remnants attacked X. Three were injured": the attacker, not the last name.
        striking = next((b for b in earlier if attacking(self.m, b)), None)
        if striking is not None:
            # "قصفت قوات النظام وروسيا البلدة. وقتل مدنيان": every party that sentence says struck.
            around = self._sentence_of(striking.lo)
            return attackers(self.m, around.lo, around.hi, skip)
        if separate is not None:
            return [earlier[0].value] if earlier else []
        if earlier:
            # Named in passing earlier in the paragraph: as with the sentence's own, the document's attacker joins it.
            return list(dict.fromkeys([earlier[0].value] + self._lead()))
        # The last resort, a party named anywhere, passes over a country told as where people
        # are ("Relatives in Turkey mourned them"): a place, not someone named in passing as a side.
        return self._lead() or self.names("belligerent", sent, skip | self.countries_in_passing(), inherit=True)

    def _separate_since(self, sent: Sentence) -> int | None:
        """Where the separate event the sentence belongs to opens: the sentence, or one before it
        in its paragraph, opening on "in a separate incident" (context.json `separate_event`)."""
        for cue in reversed(self.m.within("separate_event", 0, sent.lo + 1)):
            if self.tokens[cue.lo].para != sent.para:
                return None
            opens = self._sentence_of(cue.lo).lo
            if cue.lo - opens <= SEPARATE_WORDS:
                return opens
        return None

    def _struck_alike(self, sent: Sentence, before: int) -> bool:
        """Whether the sentence names no kind of strike, or one the text names before token `before`."""
        own = {x.value for x in self.m.within("strike", sent.lo, sent.hi)}
        return not own or any(x.value in own for x in self.m.within("strike", 0, before))

    def _sentence_of(self, i: int) -> Sentence:
        """The sentence holding token i."""
        if self._sentences is None:
            self._sentences = sentences(self.tokens, self.doc.text, self.codes)
        return self._sentences[bisect_right(self._sentences, i, key=lambda x: x.lo) - 1]

    def _lead(self) -> list[str]:
        if self._attackers is None:
            self._attackers = self._lead_attackers()
        return list(self._attackers)

    def _lead_attackers(self) -> list[str]:
        """The parties the headline, else the first sentence that names one, says struck."""
        title = self.doc.title or ""
        if title and self.codes:
            tokens = tokenize(title, tuple(load(code) for code in self.codes))
            found = attackers(Mentions(phrase_table(self.codes).scan(tokens)), 0, len(tokens))
            if found:
                return found
        for sent in sentences(self.tokens, self.doc.text, self.codes):
            found = attackers(self.m, sent.lo, sent.hi, self.not_attacking)
            if found:
                return found
        return []

    def sites(self, sent: Sentence) -> list[str]:
        """The kinds of site the sentence tells were hit, else the one its paragraph told
        before it. A hospital the wounded were taken to ("نقلوا إلى المشفى", "died in hospital",
        context.json `site_aside_before`) or whose staff speak ("a hospital official said")
        was not hit."""
        found = [x.value for x in self.m.within("site", sent.lo, sent.hi) if not self._site_aside(x)]
        if not found:
            prev = self.m.before("site", sent.lo)
            if prev is not None and self.tokens[prev.lo].para == sent.para and not self._site_aside(prev):
                found = [prev.value]
        return list(dict.fromkeys(found))

    def _site_aside(self, site: Mention) -> bool:
        m = self.m
        if m.at("speaker", site.hi) is not None:
            return True  # "a hospital official said"
        if site.value == "hospital" and m.ending("site_aside_before", site.lo) is not None \
                and not (m.at("strike", site.hi) or m.at("strike_event", site.hi)):
            return True  # "taken to hospital", but not "died in the hospital strike" nor "died in the market"
        to = m.ending("site_to", site.lo) if site.value == "hospital" else None
        if to is not None and m.within("taken_to_verb", max(0, to.lo - TAKEN_TO_REACH), to.lo):
            return True  # "نقلوا على إثرها إلى المشفى", not "وصلت القذائف إلى المشفى"
        within = next((k for k in (site.lo - 1, site.lo - 2) if k > 0 and self.tokens[k].norm in SPEAKERS_AT), None)
        if within is not None and m.ending("speaker", within) is not None:
            return True  # "مصدر طبي في مشفى الباب", "a source at the clinic"
        speaker = m.at("speaker", site.lo)  # "the hospital director", "the hospital said"
        return speaker is not None and (speaker.hi > site.hi or _spoke(m, self.tokens, speaker, m.within(
            "attribution", max(0, site.lo - SAID_BEFORE - 1), site.hi + SAID_AFTER + 1), set()))

    def date(self, sent: Sentence, at: int | None) -> tuple[str | None, str | None]:
        """The date of the figure at token `at` of the sentence; with `at` None, the sentence's."""
        dates = self._event_dates
        first, last = self._event_dates_in(sent)
        inside = dates[first:last]
        if at is not None and len(inside) > 1:
            # "قتل X يوم 3 كانون الثاني، وفي 4 يناير أصيب طفلان": a date in the figure's own clause first.
            lo, hi = clause_of(self.tokens, sent, at)
            inside = sorted(inside, key=lambda d: not lo <= d.lo < hi)
        before = reversed(dates[:first])  # nearest first
        here = sent.hi - 1 if at is None else at
        item = self._item_of(here)
        if item is not None and not self._goes_on(item):
            # A digest's items on their own lines ("- قتل طفل ...") each tell their own news:
            # another line's item is not dated for this one. Items of one line go on with one
            # story, as does an item opening with "and" ("- وأسفر القصف عن ..."); a timeline's
            # line holding only a date ("- 3 أيار:") dates the items after it.
            para = self.tokens[here].para

            def dates_this(d: DateMention) -> bool:
                return self.tokens[d.lo].para == para or self._item_of(d.lo) is None or self._date_line(d)

            # filtered as they are read: most claims are dated by the first few
            dates = filter(dates_this, dates)
            before = filter(dates_this, before)
        # A claim told before any date (a headline) happened on the day the page calls
        # today, not on a caption's or sidebar's earlier date.
        unplaced = False
        # A month or year named only after the claim is a sidebar's or the place's history ("81
        # arrests in November 2019", "the town was also shelled in February 2019"), not the time
        # of the story told before it, unless the next paragraph gives it as a toll's ("... killed
        # 120.\nThe toll for March 2019").
        usable = (d for d in dates if d.lo < sent.hi or (d.precision == "day" and not self._told_before(d))
                  or (self.tokens[d.lo].para <= sent.para + 1 and self._toll_of(d)))
        for near, candidates in ((True, inside), (True, before), (False, self._today), (False, usable)):
            for mention in candidates:
                if unplaced and not near:
                    # "on Monday" on a page with nothing to count it from, and no date near the
                    # claim: its day is unknown, and the page's other dates (those after it
                    # too) are other days'.
                    return None, None
                found = resolve(mention, self.anchor, self.year, self.issued)
                if found is not None:
                    return found[0].isoformat(), found[1]
                unplaced = unplaced or _unplaced(mention)
        if unplaced:
            return None, None
        if self.issued is not None:  # no date in the text: the day it was published
            return self.issued.isoformat(), "day"
        return None, None

    def _item_of(self, i: int) -> int | None:
        """The mark opening the list item that token i lies in, with no other after it before i:
        a bullet that opens its line or follows a colon or a full stop in it ("في درعا:- قتل ..."),
        or a number opening its line before a bullet, a full stop or a bracket ("1- ", "2) ");
        None outside a list. Worked out per line, for the lines asked about only."""
        tokens, para = self.tokens, self.tokens[i].para
        if para not in self._items:
            lo = i
            while lo > 0 and tokens[lo - 1].para == para:
                lo -= 1
            hi = i
            while hi < len(tokens) and tokens[hi].para == para:
                hi += 1
            marks: list[int | None] = []
            item = None
            for k in range(lo, hi):
                norm = tokens[k].norm
                numbered = k == lo and norm.isdigit() and k + 1 < hi and (tokens[k + 1].norm in BULLETS or tokens[k + 1].norm in ".)")
                if numbered or (norm in BULLETS and item != k - 1 and (k == lo or tokens[k - 1].norm in ":.")):
                    item = k
                marks.append(item)
            self._items[para] = (lo, marks)
        lo, marks = self._items[para]
        return marks[i - lo]

    def _goes_on(self, item: int) -> bool:
        """Whether the list item opening at token `item` goes on with the one before it ("- وأسفر ...")."""
        first = next((k for k in range(item + 1, min(item + 3, len(self.tokens))) if self.tokens[k].norm.isalnum()), None)
        return first is not None and self.tokens[first].para == self.tokens[item].para and self.tokens[first].conj

    def _date_line(self, d: DateMention) -> bool:
        """Whether the date is all its list item's line holds, past the item's mark ("- 3 أيار 2024:")."""
        item, para = self._item_of(d.lo), self.tokens[d.lo].para
        k = item + 1
        while k < len(self.tokens) and self.tokens[k].para == para:
            if not (d.lo <= k < d.hi or self.tokens[k].norm in ":.)" or self.tokens[k].norm in BULLETS):
                return False
            k += 1
        return True

    def _told_before(self, d: DateMention) -> bool:
        """Whether the date's sentence opens by telling another event that had happened before
        ("وكانت البلدة قد تعرضت لقصف مماثل يوم أمس", context.json `earlier_event`,
        `perfect_particle`, `other_event_word`); not the strike told again ("وكانت الغارة قد
        استهدفت السوق يوم الأحد")."""
        m, sent = self.m, self._sentence_of(d.lo)
        opening = min(sent.lo + EARLIER_EVENT_WORDS, sent.hi)
        return bool(m.at("earlier_event", sent.lo) and m.within("perfect_particle", sent.lo, opening)) and any(
            m.ending("strike", w.lo) or m.ending("strike_event", w.lo)  # "لقصف مماثل", not "في وقت سابق"
            for w in m.within("other_event_word", sent.lo, sent.hi))

    def _toll_of(self, d: DateMention) -> bool:
        """Whether a toll word comes before the date in its paragraph ("الحصيلة خلال شهر آذار")."""
        para = self.tokens[d.lo].para
        return any(self.tokens[t.lo].para == para for t in self.m.within("total", 0, d.lo))

    def weekday(self, sent: Sentence, at: int | None) -> int | None:
        """The weekday of the day of the figure at token `at` (of the sentence's, with `at`
        None) when `date` cannot place it (Monday = 0): by the sentence's own dates, those of
        the figure's clause first, else by the nearest before it (with a "today" or
        "yesterday" right beside it), as `date` looks for a day."""
        if any(sent.lo <= d.lo < sent.hi and d.since for d in self.dates):
            return None  # "killed since Saturday": over days, and not an earlier sentence's day either
        dates = self._event_dates
        first, last = self._event_dates_in(sent)
        inside = dates[first:last]
        if at is not None:
            lo, hi = clause_of(self.tokens, sent, at)
            own = [d for d in inside if lo <= d.lo < hi]
            inside = own or inside
        return event_weekday(self.tokens, inside or nearest_day(self.tokens, [d for d in dates if d.lo < sent.lo]))

    def place(self, sent: Sentence, at: int | None = None, spread: bool = False) -> Place | None:
        """The first place finer than a region that the clause of the figure at token
        `at` names after it, else (the sentence naming none before it) the first that the
        clauses after it name after a strike word, up to the next figure, else the first
        that a strike word right before names as hit, else the sentence's first finer than a country; when that is no
        finer than a governorate, a finer one from earlier in its paragraph that lies
        in that governorate; when the sentence names none and opens on what the strike just
        told did ("وأسفر القصف عن", "The strike killed"), where the paragraph before says it
        struck; else the document's main place among those that do (a
        country named alone does not bound it, unless the sentence names it as where
        things happened and it is not the document's country: "30 killed in Sudan").

        "Shelling on the Idlib countryside killed two" after a headline naming
        the village is about the village, not the governorate. A toll of several (`spread`)
        told of attacks on several areas ("11 killed in attacks on several areas") is no one
        town's: it keeps the sentence's own place, however coarse.
        """
        if not self.places:
            return None
        start = self.tokens[sent.lo].start
        end = self.tokens[sent.hi - 1].end
        # "a young man from the people of X killed in Y": X is where he came from.
        origins = self._origins()
        inside = self._past_dateline([p for p in self._places_in(start, end) if p.start not in origins], sent, at)
        if at is not None:
            inside = self._past_further(inside, sent, at)
            inside = (self._clause_places(inside, end, self.tokens[at].start) or self._where(inside, sent, at)
                      or self._told_after(inside, sent, at) or self._struck_first(inside, sent, at))
        own = next((p for p in inside if p.precision != "country"), inside[0] if inside else None)
        if own is not None and GEO_RANK[own.precision] <= GEO_RANK["district"]:
            return own
        if own is not None and own.precision == "country":
            abroad = self._abroad(inside, sent, at)
            if abroad is not None:
                return abroad
        if spread and at is not None and self._spread_over_areas(sent, at):
            return own  # "killed 11 in attacks on several areas": no one town's toll
        before = [p for p in self._places_in(self._para_start(sent), start) if p.start not in origins]
        if not before and own is None and self._tells_result(sent):
            told = self._strike_told_before(sent, origins)
            if told is not None:
                return told
        # A country alone in the sentence is mostly an actor or an origin ("Turkish drones",
        # "fighters from Algeria"), not a bound on where the event happened.
        # "killed in eastern Syria" does bound it, when the figure's clause tells no other
        # country as where: a sidebar's Gaza is not where that happened.
        told = {p.country for p in self._told_countries(inside, sent, at)}
        bound = None if own is not None and own.precision == "country" and told != {own.country} else own
        for candidate in (_finest(before[::-1], point_only=True), self._main(bound)):
            if candidate is not None and _finer_within(candidate, bound):
                return candidate
        if own is not None and self._party(own):
            own = None
        return own or _finest([p for p in self.places if not self._party(p)])

    def _party(self, place: Place) -> bool:
        """A country named as a party to the war ("غارات لطيران النظام وروسيا", "Turkey
        targeted the protesters": its words name a belligerent) and not as where things happen:
        no place for a claim that names none of its own. "Lebanon's health ministry said",
        "سوريا: مقتل خمسة" name the country the story is in."""
        if place.precision != "country" or place.start in self._place_roles().located:
            return False
        k = self._token_at(place.start)
        return any(b.lo <= k < b.hi for b in self.m.within("belligerent", max(0, k - 2), k + 1))

    def _tells_result(self, sent: Sentence) -> bool:
        """Whether the sentence opens its paragraph on what the strike just told did (see
        `_opens_on_result`), and does not go on with the report's own strike ("The shelling also
        injured", "كما أسفر القصف", context.json `also`) unless the paragraph before told results too."""
        return self._opens_on_result(sent) and (not self.m.within("also", sent.lo, sent.lo + ALSO_WORDS)
                                                 or self._after_result(sent))

    def _opens_on_result(self, sent: Sentence) -> bool:
        """Whether the sentence opens its paragraph with a verb of result and then the strike
        ("وأسفر القصف عن", context.json `result_verb`), or with the strike ("The airstrike killed",
        "الغارة أدت"). Not "وعقب الهجوم" ("after the attack"): a new event."""
        lo = sent.lo
        if lo > 0 and self.tokens[lo - 1].para == sent.para:
            return False
        k = lo + 1 if self.m.at("result_verb", lo) or self.tokens[lo].norm in ("the", "this") else lo
        # the strike as an event ("the airstrike", "القصف"), not who or what struck ("The jets then
        # bombed villages to the south", "الطيران الحربي"): those tell a strike of their own
        strike = k < sent.hi and (self.m.at("attack", k) or self.m.at("strike_event", k))
        return bool(strike) and (k > lo or self.tokens[k].norm.startswith("ال"))

    def _after_result(self, sent: Sentence) -> bool:
        """Whether the paragraph before opens on a strike's results too: "The strike also injured
        nine" then goes on with the strike that paragraph's results were of."""
        first = self._paragraph_opening(sent.para - 1, sent.lo)
        return first is not None and self._opens_on_result(first)

    def _paragraph_opening(self, para: int, before: int) -> Sentence | None:
        """The first sentence of paragraph `para`, looked for back from token `before`."""
        k = before - 1
        while k >= 0 and self.tokens[k].para > para:
            k -= 1
        while k > 0 and self.tokens[k - 1].para == para:
            k -= 1
        return self._sentence_of(k) if k >= 0 and self.tokens[k].para == para else None

    def _strike_told_before(self, sent: Sentence, origins: set[int]) -> Place | None:
        """Where the strike told in the paragraph before hit: the place it names as struck, else
        its first place of a district or finer ("قرية X شمال مدينة Y": X, not Y). Paragraphs that
        only tell that strike's results are passed over to the one that told it."""
        para = sent.para - 1
        for _ in range(RESULT_PARAGRAPHS):
            told = [p for p in self.places if self._para_of(p.start) == para and p.start not in origins
                    and GEO_RANK[p.precision] <= GEO_RANK["district"]]
            if told:
                return (self._struck(told) or told)[0]
            first = self._paragraph_opening(para, sent.lo)
            if first is None or not self._opens_on_result(first):
                return None
            para -= 1
        return None

    def _past_dateline(self, inside: list[Place], sent: Sentence, at: int | None) -> list[Place]:
        """The sentence's places without its dateline ("RIVERTON, Syria (Agency) – A shell hit the
        village of X"), when it names another as hit, as where it happened ("a bomb in X", "in the
        countryside of Y", an area the dateline's town does not lie in) or with its kind after a
        strike word ("bombarded overnight the village of X"): where the report was filed.
        "RIVERTON – Two were killed in the city, a doctor from X said" is about the dateline's
        town, and so may "killed in the province" be, of the province around it."""
        datelines = [p for p in inside if self._dateline(p)]
        if not datelines:
            return inside
        told = [p for p in inside if p not in datelines]
        there = [p for p in told if self._told_there(p, datelines)]
        hit = self._struck(told) if at is None else self._where(told, sent, at) or self._struck(self._before_further(told, sent, at))
        return told if hit or there else inside

    def _told_there(self, place: Place, datelines: list[Place]) -> bool:
        """Whether a place beside a dateline is told as where it happened: a town "in X", an
        area "in Y" that holds none of the datelines, or a village named with its kind right
        after a strike word ("bombarded overnight the village of X": the kind's words stand between)."""
        roles = self._place_roles()
        if place.start in roles.kinds and self._struck_word_before(place, KIND_WORDS):
            return True
        if place.start not in roles.located or place.precision == "country":
            return False
        return GEO_RANK[place.precision] <= GEO_RANK["district"] or not any(_finer_within(d, place) for d in datelines)

    def _dateline(self, place: Place) -> bool:
        """A place written in capitals that opens its paragraph, in a dateline's shape: an
        optional country and agency, then a dash or a colon ("RIVERTON, Syria (Agency) –")."""
        k = self._token_at(place.start)
        opens = k == 0 or self.tokens[k - 1].para != self.tokens[k].para
        return opens and place.text.isupper() and DATELINE_TAIL.match(self.doc.text, place.end) is not None

    def countries_in_passing(self) -> set[int]:
        """The first tokens of the parties that are a country's bare name told as where
        something happens or someone is ("in Turkey", "في تركيا") in a sentence that tells no
        strike or attack ("Relatives in Turkey mourned them"; not "The shells were fired by
        border guards in Turkey"): a place named in passing, never the page's last-resort
        attacker. Not a country told as where the speakers are ("Officials in Israel did not
        comment", cues.json `aside_before`): a report asks the suspected side. Found once per text."""
        if self._in_passing is None:
            self._in_passing = set()
            roles = self._place_roles()
            for lo in self._parties_named_by(roles.located.keys() - roles.speakers):
                sent = self._sentence_of(lo)
                if not (self.m.within("strike", sent.lo, sent.hi) or self.m.within("attack", sent.lo, sent.hi)):
                    self._in_passing.add(lo)
        return self._in_passing

    def countries_named_as_places(self) -> set[int]:
        """The first tokens of the parties that are a country's bare name told as where the
        wounded were treated ("hospitals in Turkey", "نقلوا إلى مشافي تركيا"), or as where
        people or the speakers are in a clause that tells whose words these are ("officials in
        Turkey said", "بحسب مسؤولين في تركيا", "the Turkey-based monitor said"): no side that
        struck. A country told as where people are in a clause that reports no one's words
        ("border guards in Turkey shot", "Officials in Israel did not comment"), or in a
        possessive ("in Turkey's drone strike"), may be the attacker."""
        roles = self._place_roles()
        out = self._parties_named_by(roles.treated)
        for lo in self._parties_named_by(roles.located.keys() | roles.speakers) - out:
            start = self.tokens[lo].start
            sent = self._sentence_of(lo)
            clause_lo, clause_hi = self._clause_around(start, self.tokens[sent.lo].start, self.tokens[sent.hi - 1].end)
            if self.m.within("attribution", self._token_at(clause_lo), self._token_at(clause_hi - 1) + 1):
                out.add(lo)
        return out

    def _parties_named_by(self, starts: set[int] | frozenset[int]) -> set[int]:
        """The first tokens of the parties that are a country's bare name, not in a possessive
        ("in Turkey's drone strike"), among the places starting at `starts`."""
        text = self.doc.text
        told = {p.start: p.end for p in self.places
                if p.precision == "country" and p.start in starts and not text[p.start:p.end].endswith(("'s", "’s"))}
        return {b.lo for b in self.m.lists.get("belligerent", ())
                if self.tokens[b.hi - 1].end <= told.get(self.tokens[b.lo].start, -1)}

    def _place_roles(self) -> PlaceRoles:
        if self._roles is None:
            self._roles = place_roles(self.doc.text, self.places)
        return self._roles

    def _origins(self) -> set[int]:
        """Where places named as an origin start, with the areas named as where those lie
        ("من أهالي قرية X في ريف Y": Y tells where X is, not where it hit; but "من أهالي X بقصف
        على Y" tells the strike on Y); built on first use."""
        if self._origin_starts is None:
            named = [p for p in self.places if p.start in self._place_roles().origins]
            self._origin_starts = {p.start for p in named} | {
                p.start for o in named for p in self._places_in(o.start + 1, self._reach_end(o)) if self._where_lies(o, p)}
        return self._origin_starts

    def _reach_end(self, place: Place) -> int:
        """The character offset before which a place named as where `place` lies must start
        (`_contained_in`: within CONTAINER_REACH tokens after it)."""
        k = self._token_at(place.end - 1) + CONTAINER_REACH + 2
        return self.tokens[k].start if k < len(self.tokens) else len(self.doc.text) + 1

    def _where_lies(self, place: Place, container: Place) -> bool:
        """Whether `container` is named as the area `place` lies in ("بريف X", "في ناحية X"), not
        as a target ("المتمركزة في X على قرية Y"), with no strike, attack or harm told between
        them. A town after "في" is where it happened ("من أهالي X في Y برصاص قناص"): only an
        area coarser than the place, in its governorate, tells where the place is."""
        lo, hi = self._token_at(place.end - 1) + 1, self._token_at(container.start)
        told = any(self.m.within(category, lo, hi) for category in ("strike", "attack", "harm"))
        area = GEO_RANK[container.precision] >= GEO_RANK["district"] and container.admin1 == place.admin1
        coarser = GEO_RANK[container.precision] > GEO_RANK[place.precision]
        return area and coarser and not told and self._contained_in(place, container)

    def _abroad(self, inside: list[Place], sent: Sentence, at: int | None) -> Place | None:
        """A country the figure's clause names as a place ("killed 12 in Sudan", "30 قتيلاً في
        السودان"), or the sentence opens with ("In Sudan, ..."), other than the country of the
        document's main place: a sidebar or round-up about another war, whose toll is not the
        Syrian town's. "Two were killed, officials in Turkey said" names where the speakers are."""
        home = self._main(None)
        if home is None:
            return None
        located = self._place_roles().located
        if any(p.country == home.country for p in inside if p.precision == "country" and p.start in located):
            return None  # "one death in Lebanon and 66 in Syria": both, not only the other
        return next((p for p in self._told_countries(inside, sent, at) if p.country != home.country), None)

    def _told_countries(self, inside: list[Place], sent: Sentence, at: int | None) -> list[Place]:
        """The countries the figure's clause names as where things happened ("killed 12 in
        Sudan", "في شرقي سوريا"), or the sentence opens with ("In Sudan, ..."): not where the
        speakers are ("Two were killed, officials in Turkey said")."""
        located = self._place_roles().located
        named = [p for p in inside if p.precision == "country" and p.start in located]
        if at is not None:
            lo, hi = self._clause_around(self.tokens[at].start, self.tokens[sent.lo].start, self.tokens[sent.hi - 1].end)
            named = [p for p in named if lo <= p.start < hi or self._token_at(p.start) == sent.lo + 1]
        return named

    def _clause_around(self, offset: int, start: int, end: int) -> tuple[int, int]:
        """The character span of the clause holding `offset`, within [start, end)."""
        text = self.doc.text
        lo = max((text.rfind(c, start, offset) for c in CLAUSE_BREAKS), default=-1)
        hi = min((k for k in (text.find(c, offset, end) for c in CLAUSE_BREAKS) if k >= 0), default=end)
        return (lo + 1 if lo >= 0 else start), hi

    def _token_at(self, offset: int) -> int:
        """The index of the token at a character offset."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return bisect_right(self._starts, offset) - 1

    def _clause_places(self, inside: list[Place], end: int, at: int) -> list[Place]:
        """The sentence's places finer than a region named after offset `at` (a figure)
        and before the end of its clause or a further-strike word.

        "3 in Town A, and two civilians in the village of B" and "shelling on the
        Hill District injured a civilian in B": the figure is of the place its own
        clause goes on to name, not of the sentence's first.
        """
        hi = self._clause_around(at, at, end)[1]
        further = self.m.within("further_strike", self._token_at(at) + 1, self._token_at(end - 1) + 1)
        if further and self._tells_a_strike(further[0], end):  # "wounded two while artillery shelled B"
            hi = min(hi, self.tokens[further[0].lo].start)
        return [p for p in inside if at <= p.start < hi and GEO_RANK[p.precision] <= GEO_RANK["district"]]

    def _reports(self, cue: Mention) -> bool:
        """Whether a further word goes on to a report ("كما أفاد", "while activists said"), not a strike."""
        return bool(self.m.within("attribution", cue.hi, cue.hi + REPORT_REACH))

    def _tells_a_strike(self, cue: Mention, end: int) -> bool:
        """Whether the further word goes on to a strike or attack of its own ("while artillery
        shelled B"), not to the victims ("while they were harvesting in B") or a report ("كما أفاد")."""
        if self._reports(cue):
            return False
        hi = self._token_at(end - 1) + 1
        return bool(self.m.within("strike", cue.hi, hi) or self.m.within("attack", cue.hi, hi))

    def _where(self, inside: list[Place], sent: Sentence, at: int) -> list[Place]:
        """The place a "where" or a relative clause holding the figure tells of: the last
        finer than a region named before "where" ("shelling on A, B and the town of C, where
        an old man was injured": C, not the list's first), or the one right before a relative "in
        which" ("وبلدة جيم والتي أصيب فيها مسن"), since a relative clause hangs on the noun
        before it.
        """
        cues = [c for c in (self.m.before("where_clause", at), self.m.before("relative_pronoun", at))
                if c is not None and c.lo >= sent.lo and not self._broken(c.lo, at)]
        if not cues:
            return []
        cue = max(cues, key=lambda c: c.lo)
        said = self.tokens[cue.lo].start
        named = [p for p in inside if p.start < said and GEO_RANK[p.precision] <= GEO_RANK["district"]]
        if not named:
            return []
        if cue.category == "relative_pronoun":  # "in which": not "the village of A, in the B area, which led to ..."
            if not self.m.within("resumptive_in", cue.hi, at + 1):
                return []
            return [p for p in named[-1:] if self._right_before(p, cue.lo)]
        k = len(named) - 1
        while k > 0 and self._contained_in(named[k - 1], named[k]):
            k -= 1
        return [named[k]]

    def _contained_in(self, place: Place, container: Place) -> bool:
        """Whether `container` is named as where `place` lies, within a few words after it
        ("حي ألف في مدينة باء", "قرية ألف الواقعة شرقي ناحية باء"): the phrase is about
        `place`. A comma or an "and" between them lists two places instead."""
        lo, hi = self._token_at(place.end - 1) + 1, self._token_at(container.start)
        if hi - lo > CONTAINER_REACH or self._broken(lo, hi + 1):
            return False
        return not any(self.tokens[k].conj for k in range(lo, hi + 1)) and not self.m.within("list_joiner", lo, hi + 1)

    def _broken(self, lo: int, hi: int) -> bool:
        """Whether a clause break lies between tokens lo and hi."""
        return clause_break(self.tokens, lo, hi)

    def _right_before(self, place: Place, k: int) -> bool:
        """Whether `place` ends right before token k, or before a comma right before it."""
        last = self._token_at(place.end - 1)
        return last == k - 1 or (last == k - 2 and self.tokens[k - 1].norm in CLAUSE_BREAKS)

    def _past_further(self, inside: list[Place], sent: Sentence, at: int) -> list[Place]:
        """The places told after the further-strike word that opens the figure's part of the
        sentence, when one of them follows a strike word told after it ("X was shelled, while
        two were injured by shelling on Y", "قصفت X، في حين جرح مدنيان بقصف على قرية Y"): the
        places before it are of the strike told first, else the sentence's places. "كما أفاد
        المرصد", "while activists said" go on to a report of the same strike, not another."""
        cue = self.m.before("further_strike", at)
        if cue is None or cue.lo < sent.lo or self._reports(cue):
            return inside
        further = self.m.within("further_strike", at + 1, sent.hi)
        hi = further[0].lo if further else sent.hi  # "..., كما دمّر ...": the next one tells more
        cut, end = self.tokens[cue.lo].start, self.tokens[hi - 1].end
        causes = [self.tokens[c.lo].start for c in self.m.within("strike", cue.hi, hi) + self.m.within("attack", cue.hi, hi)]
        later = [p for p in inside if cut <= p.start < end]
        struck = any(c < p.start for p in later for c in causes if GEO_RANK[p.precision] <= GEO_RANK["district"])
        return later if struck else inside

    def _before_further(self, inside: list[Place], sent: Sentence, at: int) -> list[Place]:
        """The places named before a clause, after the figure, that goes on to another strike
        ("..., كما طالت القذائف أطراف مدينة X", "while shelling hit X"), when the text names one
        before it: the figure's harm is told of the strike told first, not of the next one."""
        further = self.m.within("further_strike", at + 1, sent.hi)
        if not further:
            return inside
        cut = self.tokens[further[0].lo].start
        before = [p for p in inside if p.start < cut]
        return before if any(GEO_RANK[p.precision] <= GEO_RANK["district"] for p in before) else inside

    def _struck_first(self, inside: list[Place], sent: Sentence, at: int) -> list[Place]:
        """The struck places among those told before any further strike, else those places."""
        told = self._before_further(inside, sent, at)
        return self._struck(told) or told

    def _told_after(self, inside: list[Place], sent: Sentence, at: int) -> list[Place]:
        """The sentence's places finer than a region named after the figure's clause, after a
        strike or attack word and before the next harm word (the next figure's clause), when
        the figure's own clause names no place and none is named before it.

        "قتل طفل وأصيب 3، بقصف على مدينة ألف، وقتل مدنيان بقصف استهدف بلدة باء": the first
        figures are told of Alif, named in the clause that follows them, not of the sentence's
        other struck town."""
        figure = self.tokens[at].start
        if any(p.start < figure and GEO_RANK[p.precision] <= GEO_RANK["district"] for p in inside):
            return []  # "the shelling of X injured two, while Y saw ...": the place told before it
        lo = self._clause_around(figure, self.tokens[sent.lo].start, self.tokens[sent.hi - 1].end)[1]
        if any(figure <= p.start < lo for p in inside):
            return []  # "killed two in the X countryside, and ... in Y": its own clause says where, if coarsely
        later = [h for h in self.m.within("harm", sent.lo, sent.hi) if self.tokens[h.lo].start >= lo]
        hi = self.tokens[later[0].lo].start if later else self.tokens[sent.hi - 1].end
        # The clause after tells the strike ("، بقصف على X"), not where the wounded were taken.
        first = self._token_at(lo) + 1
        causes = [c.lo for c in self.m.within("strike", first, sent.hi) + self.m.within("attack", first, sent.hi)]
        return [p for p in inside if lo <= p.start < hi and GEO_RANK[p.precision] <= GEO_RANK["district"]
                and any(k < self._token_at(p.start) for k in causes)]

    def _spread_over_areas(self, sent: Sentence, at: int) -> bool:
        """Whether the figure's part of the sentence (not one "فيما"/"while" opens) tells of attacks
        on several areas (`many_places`), not of several parts of one town ("عدة مناطق من البلدة",
        "several areas of the town")."""
        lo, hi = self._part(sent, at)
        return any(self.m.at("many_places_within", cue.hi) is None for cue in self.m.within("many_places", lo, hi))

    def _struck(self, inside: list[Place]) -> list[Place]:
        """The places finer than a region named right after a strike or attack word
        ("قصف مدفعي استهدف بلدة X", "shelling on X"): the target, not a reporter's or a
        source's place named before it."""
        return [p for p in inside if GEO_RANK[p.precision] <= GEO_RANK["district"] and self._struck_word_before(p)]

    def _struck_word_before(self, place: Place, further: int = 0) -> bool:
        """Whether a strike or attack word comes within reach before `place`. A place named as
        where it happens stands the words of that phrase further ("targeted homes in the
        village of X"), and `further` words more may stand between."""
        k = self._token_at(place.start)
        reach = STRIKE_REACH + further + self._place_roles().located.get(place.start, 0)
        return bool(self.m.within("strike", k - reach, k) or self.m.within("attack", k - reach, k))

    def _main(self, bound: Place | None) -> Place | None:
        """The document's main place among those that could lie inside `bound`: a roundup's
        most named town elsewhere does not stand in for "غربي حلب". Where the victims came
        from, the attackers fired from or the wounded were taken counts only when the
        document names no other town there ("15 من أهالي X أصيبوا بقصف أحياء المدينة")."""
        key = (bound.name, bound.admin1, bound.country, bound.precision) if bound is not None else None
        if key not in self._main_places:
            origins = self._origins()
            pool = [p for p in self.places if _finer_within(p, bound) and not self._party(p)]
            main = main_place([p for p in pool if p.start not in origins])
            if main is None or GEO_RANK[main.precision] > GEO_RANK["district"]:
                main = main_place(pool)
            self._main_places[key] = main
        return self._main_places[key]

    def _para_start(self, sent: Sentence) -> int:
        """The character offset where the sentence's paragraph starts."""
        if self._para_firsts is None:  # a page's paragraphs' first tokens, built on first use
            self._para_firsts = {}
            for k, token in enumerate(self.tokens):
                self._para_firsts.setdefault(token.para, k)
        return self.tokens[self._para_firsts[sent.para]].start

    def _para_of(self, offset: int) -> int:
        """The paragraph of the token at a character offset."""
        i = self._token_at(offset)
        return self.tokens[i].para if i >= 0 else 0

    def speaker(self, sent: Sentence, at: int) -> Speaker:
        """Who states the figure at token `at` of the sentence, and whether they deny it or
        report it as someone else's disputed claim."""
        m = self.m
        # A denial of harm is speech too: "نفت وزارة الدفاع مقتل أي مدني" is the ministry's. One
        # of a party's responsibility ("نفى الفصيل مسؤوليته عن الهجوم"), or one with no harm
        # after it ("rejected a truce"), denies no harm.
        denials = [d for d in m.within("denial", sent.lo, sent.hi) if self._denies_harm(d, sent)]
        said = m.within("attribution", sent.lo, sent.hi) + denials
        # A party's organ is a speaker only where the sentence says it spoke: "قسد" is the
        # attacker in "استهدفت قسد البلدة، وأكد الدفاع المدني مقتل ...".
        told = self.dates[bisect_left(self._date_los, sent.lo):bisect_left(self._date_los, sent.hi)]
        dated = {i for d in told for i in range(d.lo, d.hi)}
        # So is a hospital ("the hospital said"), not one struck or where the wounded went
        # ("shelling hit a hospital", "taken to hospital").
        found = [s for s in m.within("speaker", sent.lo, sent.hi)
                 if (s.value != "belligerent" and not m.at("site", s.lo)) or _spoke(m, self.tokens, s, said, dated)]
        # "قالت لوكالة X مصادر محلية": who was told is not who spoke, when the speaker is named too.
        spoke = [s for s in found if not self._told(s)]
        found = spoke or found
        # "12 were killed, a doctor said, while the ministry said it killed 4 militants": each
        # part a "while" opens has its own speaker and stance, when a speech word names one there.
        lo, hi = self._part(sent, at)
        parted = (lo, hi) != (sent.lo, sent.hi)
        if parted and len(found) > 1:
            # A speech word must name it: "فيما أصيب 3 من الأهالي" has no speaker of its own. A
            # speaker right before the one that spoke is its owner ("SOHR activists said").
            own = [s for s in found if lo <= s.lo < hi]
            speaking = {s.lo for s in own if _spoke(m, self.tokens, s, said, dated)}
            found = [s for s in own if s.lo in speaking or any(t.lo == s.hi and t.lo in speaking for t in own)] or found
        # "نفت الوزارة استهداف مدنيين، مؤكدة أن غاراتها قتلت 25 مسلحاً": the speaker's own
        # fighters' toll, told in a clause of its own after the denial, is asserted
        denials = [d for d in denials if not self._own_fighters_toll(d.hi, at, sent)]
        stance = "denies" if denials else "asserts"
        if parted:
            # "The regime said it killed 40 militants, but activists denied this": a denial in a
            # later part disputes the figure; one in an earlier part is another figure's.
            later = [d for d in m.within("denial", hi, sent.hi) if not self._of_responsibility(d)]
            denials = [d for d in denials if lo <= d.lo < hi]
            stance = "denies" if denials else "disputes" if later else "asserts"
        claims_by = m.within("claims_by", sent.lo, sent.hi)
        if denials and claims_by:
            claimant = m.within("speaker", claims_by[0].hi, sent.hi)
            if claimant:
                return self._speaker(claimant[0], "disputes")
            return Speaker(None, "unknown", "disputes")
        if found:
            return self._speaker(self._antecedent(found[0]), stance)
        prev = m.before("speaker", sent.lo)
        if prev is not None and self.tokens[prev.lo].para == sent.para and prev.value != "belligerent":
            return self._speaker(prev, stance)
        publisher = self.doc.publisher
        return Speaker(publisher, publisher_kind(publisher, self.codes) if publisher else "unknown", stance)

    def _own_fighters_toll(self, lo: int, at: int, sent: Sentence) -> bool:
        """Whether the fighters' figure at `at` is the speaker's own, told in a clause a speech
        word opens after the denial (after a comma, or joined by "و"): "نفت الوزارة استهداف
        مدنيين، مؤكدة أن غاراتها قتلت 25 مسلحاً". Not a figure the clause calls reports or false
        ("مؤكدة أن الأنباء عن مقتل 6 مسلحين عارية عن الصحة", speakers.json `denied_report`), nor
        any other: who the dead were is what such denials dispute."""
        m, tokens = self.m, self.tokens
        if not any(g.value == "combatants" for g in m.within("group", at, min(at + FIGHTERS_AFTER, sent.hi))):
            return False  # "..., saying the 4 killed were gunmen, not civilians" still denies their being civilians
        # a verb of speech, not an aside's "according to" or "in a statement"
        speech = [a for a in m.within("clause_speech", lo, at) if a.lo > 0 and (tokens[a.lo - 1].norm == "," or tokens[a.lo].conj)]
        if not speech:
            return False
        return not m.within("denied_report", max(a.hi for a in speech), clause_of(tokens, sent, at)[1])

    def _denies_harm(self, denial: Mention, sent: Sentence) -> bool:
        """Whether a denial is of harm: a harm word follows it in its part of the sentence,
        and its object is not the party's responsibility."""
        return bool(self.m.within("harm", denial.hi, self._part(sent, denial.lo)[1])) and not self._of_responsibility(denial)

    def _of_responsibility(self, denial: Mention) -> bool:
        """Whether a denial's object is responsibility for the harm, not the harm: "denied
        responsibility for", "نفت أي مسؤولية عن" (`responsibility` in speakers.json)."""
        for k in range(denial.hi, min(denial.hi + RESPONSIBILITY_GAP + 1, len(self.tokens))):
            if self.m.at("responsibility", k):
                return True
            if clause_break(self.tokens, k, k + 1) or self.m.at("harm", k):
                return False
        return False

    def _part(self, sent: Sentence, at: int) -> tuple[int, int]:
        """The tokens of the part of the sentence holding token `at`, between the words that
        open a contrasting clause (`clause_opener`: "while", "but", "فيما", "بينما", "لكن")."""
        openers = [o.lo for o in self.m.within("clause_opener", sent.lo, sent.hi)]
        lo = max((k for k in openers if k <= at), default=sent.lo)
        hi = min((k for k in openers if k > at), default=sent.hi)
        return lo, hi

    def _speaker(self, mention: Mention, stance: str) -> Speaker:
        """The speaker a mention names, with the name a generic head stands before
        ('وكالة "سبوتنيك"', "منظمة الدفاع المدني") and without the clitic glued to its first word
        ("وقسد", "لمراسلة"): the conjunction or preposition belongs to the sentence."""
        kind, hi = self._head_name(mention)
        tok = self.tokens[mention.lo]
        start = _skip_letters(self.doc.text, tok.start, self._glued(tok))
        return Speaker(self.doc.text[start:self.tokens[hi - 1].end], kind, stance)

    def _told(self, mention: Mention) -> bool:
        """Whether a speaker's word carries the preposition "to" ("لوكالة", "لمراسلنا"); not
        after "according to" ("وفقاً لمصادر طبية": the sources speak)."""
        tok = self.tokens[mention.lo]
        prefix = tok.norm[:self._glued(tok, keep_article=False)]
        return prefix in _words(self.codes, "addressee_prefixes") and self.m.ending("according_to", mention.lo) is None

    def _glued(self, tok: Token, keep_article: bool = True) -> int:
        """How many letters of clitic the token glues before the speaker's word it is ("وقسد": 1),
        short of the article, which is part of the name as written ("والناشطون": 1)."""
        index = phrase_table(self.codes).index
        first = next((f for f in tok.forms if any(cat == "speaker" for _, cat, _ in index.get(f, ()))), tok.norm)
        glued = len(tok.norm) - len(first) if tok.norm.endswith(first) else 0
        if keep_article:
            article = next((a for a in _words(self.codes, "articles", "clitics") if tok.norm[:glued].endswith(a)), "")
            glued -= len(article)
        return glued

    def _head_name(self, mention: Mention) -> tuple[str, int]:
        """The kind and end token of the speaker a generic head ("وكالة", "منظمة") opens: the
        named speaker right after it, or a quoted or bracketed name of a few words."""
        if mention.hi != mention.lo + 1 or not _words(self.codes, "heads").intersection(self.tokens[mention.lo].forms):
            return mention.value, mention.hi
        k = _past_marks(self.m, mention.hi, 1)
        named = self.m.at("speaker", k)
        if named is not None:
            return named.value, _past_marks(self.m, named.hi, 1) if k > mention.hi else named.hi
        opening = self.tokens[mention.hi].norm if mention.hi < len(self.tokens) else ""
        closing = {"(": ")", '"': '"'}.get(opening)
        for i in range(mention.hi + 2, min(mention.hi + 2 + HEAD_NAME, len(self.tokens))):
            if self.tokens[i].norm in SENTENCE_END:
                break
            if self.tokens[i].norm == closing:
                if self.m.within("harm", mention.hi + 1, i) or any(t.norm[0].isdigit() for t in self.tokens[mention.hi + 1:i]):
                    break  # 'قالت منظمة "قتل 3 مدنيين"': what it said, not its name
                inside = self.m.within("speaker", mention.hi + 1, i)
                return (inside[0].value if inside else mention.value), i + 1
        return mention.value, mention.hi

    def _antecedent(self, mention: Mention) -> Mention:
        """"The ministry" after "the defence ministry": the fuller earlier name, the nearest
        before it that ends in a form of its head word and holds each of its words. "The
        defence ministry" after "the health ministry" is another ministry."""
        own = [t for i, t in enumerate(self.tokens[mention.lo:mention.hi], mention.lo) if not self.m.at("filler", i)]
        words = {t.norm for t in self.tokens[mention.lo:mention.hi]}
        best = mention
        for form in set(self.tokens[mention.hi - 1].forms):
            named = self._speakers_by_head().get(form, [])
            for k in range(bisect_left(named, mention.lo, key=lambda x: x.lo) - 1, -1, -1):
                prev = named[k]
                if prev.lo <= best.lo and best is not mention:
                    break  # no nearer than the one another form found
                fuller = self.tokens[prev.lo:prev.hi]
                forms = {f for t in fuller for f in t.forms}
                if {t.norm for t in fuller} - words and all(forms.intersection(t.forms) for t in own):
                    best = prev
                    break
        return best

    def _speakers_by_head(self) -> dict[str, list[Mention]]:
        """The speakers named, in text order, by each form of their last word; built on first use."""
        if self._by_head is None:
            self._by_head = {}
            for speaker in self.m.lists.get("speaker", []):
                for form in set(self.tokens[speaker.hi - 1].forms):
                    self._by_head.setdefault(form, []).append(speaker)
        return self._by_head


@lru_cache(maxsize=16)
def _words(codes: tuple[str, ...], key: str, table: str = "speakers") -> frozenset[str]:
    """A word list of the languages' speakers.json ("heads", "addressee_prefixes") or another
    table, folded as tokens are."""
    return frozenset(load(code).normalizer.word(w) for code in codes for w in load(code).table(table).get(key, []))


HEAD_NAME = 4  # words in a quoted or bracketed name after a generic head ('منظمة (الخوذ البيضاء)')
SAID_BEFORE = 2  # words from a speech verb to the party saying it ("قالت في بيان قسد", "said on Monday the SDF")
SAID_AFTER = 1  # words from a party to its speech verb ("the SDF then said")
POSSESSED = 2  # words a party's possessive names before the verb ("the SDF's media office said")
ASIDE = 10  # tokens in an aside between a party and its speech verb ("the SDF, in a statement, said")


# Words between a denial and the responsibility it denies: "any", and in Arabic the party
# named after its verb ("نفى “جيش الوادي” في بيان مسؤوليته").
RESPONSIBILITY_GAP = 8


def _spoke(m: Mentions, tokens: list[Token], party: Mention, said: list[Mention], dated: set[int]) -> bool:
    """Whether a speech verb or "according to" stands right by the party: it is the one speaking.
    After the party, an aside set off by commas or brackets, a date ("on Monday") and a
    possessive's noun ("the SDF's media office") may come between."""
    for a in said:
        if a.hi <= party.lo:
            if gap(m, a.hi, party.lo) <= SAID_BEFORE:
                return True
        elif a.lo >= party.hi:
            k, allowed = party.hi, SAID_AFTER
            if k + 1 < a.lo and tokens[k].norm in "'’" and tokens[k + 1].norm == "s":
                k, allowed = k + 2, allowed + POSSESSED
            if k < a.lo and tokens[k].norm in ",(":
                close = next((j for j in range(k + 1, min(k + ASIDE, a.lo)) if tokens[j].norm in ",)"), None)
                k = close + 1 if close is not None else k
            if gap(m, k, a.lo) - sum(1 for j in range(k, a.lo) if j in dated) <= allowed:
                return True
    return False


def _skip_letters(text: str, start: int, count: int) -> int:
    """The offset `count` letters past `start`, stepping over the diacritics and tatweel
    that folding drops."""
    i = start
    while count and i < len(text):
        if not (unicodedata.combining(text[i]) or text[i] == "\u0640"):
            count -= 1
        i += 1
    while i < len(text) and (unicodedata.combining(text[i]) or text[i] == "\u0640"):
        i += 1
    return i


@lru_cache(maxsize=4096)
def publisher_kind(publisher: str, codes: tuple[str, ...]) -> str:
    """The kind of speaker a publisher is, when its name is one the lexicon knows, with an
    outlet word or two after it ("SOHR news", "Syria Civil Defence page"): a monitor's
    or a rescue service's own page speaks as that monitor or service. Anything else is
    media. A party's own outlet stays media: its feed carries others' reports too, and a
    statement of its own names the party in the text."""
    tokens = tokenize(publisher, tuple(load(code) for code in codes))
    outlet = {w for code in codes for w in load(code).table("speakers").get("outlet_words", [])}
    hi = len(tokens)
    while hi > 1 and tokens[hi - 1].norm in outlet:
        hi -= 1
    named = [s for s in phrase_table(codes).scan(tokens).get("speaker", []) if s.lo == 0 and s.hi == hi]
    return named[0].value if named and named[0].value != "belligerent" else "media"


ATTACK_GAP = 1  # words between a party and the strike or attack word it is the agent of
NAME_MARKS = 3  # quotation marks and a set-apart preposition around a name ('لـ"قسد"'), not counted as words
MAX_CUE = 4  # words in the longest strike or attack phrase


def attackers(m: Mentions, lo: int, hi: int, skip: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """Parties in tokens [lo, hi) next to a strike or attack word: "Turkish drone",
    "قصف لقوات النظام", "غارات إسرائيلية", "استهدفت قوات الأسد", and the parties joined
    to one of them ("قوات النظام وروسيا", "regime forces and Russian jets"). Harm words
    are no cue: "مقتل جندي من قوات النظام" names the victims' side, as do the parties at `skip`."""
    return list(dict.fromkeys(b.value for run in attacking_runs(m, lo, hi, skip) for b in run))


def attacking_runs(m: Mentions, lo: int, hi: int, skip: frozenset[int] | set[int] = frozenset(),
                   striking: Callable[[Mentions, Mention], bool] | None = None) -> list[list[Mention]]:
    """The runs of parties named together in tokens [lo, hi) ("قوات النظام وروسيا") of which
    one stands next to a strike or attack word (is `striking`, by default `attacking`): all of a run struck."""
    striking = striking or attacking
    skip = skip | bystanders(m)  # "SDF-held", "Russian-made" in a headline as in the body
    runs: list[list[Mention]] = []
    for party in (b for b in m.within("belligerent", lo, hi) if b.lo not in skip):
        if runs and joined(m, runs[-1][-1], party):
            runs[-1].append(party)
        else:
            runs.append([party])
    return [run for run in runs if any(striking(m, b) for b in run)]


def hashtags(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of hashtags: a "#" and the words glued after it, joined by "_"."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.norm != "#":
            continue
        hi = i + 1
        while hi < len(tokens) and tokens[hi].start == tokens[hi - 1].end and (tokens[hi].norm == "_" or tokens[hi].norm.isalnum()):
            hi += 1
        if hi > i + 1:
            out.append((i, hi))
    return out


BETWEEN_REACH = 2  # words from "between" to the first party it opens ("between the regime and ...")


def joint_attackers(tokens: list[Token], m: Mentions, skip: frozenset[int] | set[int] = frozenset()) -> dict[str, list[str]]:
    """For each party, the others the text names with it, joined by "and", as striking
    together ("قوات النظام وروسيا تقصف", "Russian and regime jets struck"). Not the sides of a
    fight ("قصف متبادل بين قوات النظام والفصائل", "clashes between the SDF and Turkish forces"),
    nor a party named right after another with no "and": the target ("قصفت فصائل المعارضة
    قوات النظام") or the next entry of a page's list of tags ("قصف تركي  قسد")."""
    partners: dict[str, list[str]] = {}
    # A war the parties wage together ("حرب النظام وروسيا على السكان") makes them partners, though
    # naming a party's war alone ("الحرب الروسية على البلد") tells of no strike here.
    for run in attacking_runs(m, 0, len(tokens), skip, _striking_or_waging):
        if m.within("between", run[0].lo - BETWEEN_REACH, run[0].lo):
            continue
        for group in _conjoined(tokens, m, run):
            names = list(dict.fromkeys(b.value for b in group))
            for name in names:
                partners[name] = list(dict.fromkeys(partners.get(name, []) + [n for n in names if n != name]))
    return partners


def _conjoined(tokens: list[Token], m: Mentions, run: list[Mention]) -> list[list[Mention]]:
    """The run split where a party follows the last with no conjunction ("و" glued, "and", "-")."""
    groups = [[run[0]]]
    for prev, party in zip(run, run[1:]):
        if tokens[party.lo].conj or m.at("joiner", prev.hi) is not None:
            groups[-1].append(party)
        else:
            groups.append([party])
    return groups


def bystanders(m: Mentions) -> set[int]:
    """Where parties are named as something other than a side in the fight: holding the
    ground ("SDF-held Tal Tamr", "areas held by the regime", "مناطق سيطرة قسد") or as a
    weapon's maker ("Russian-made shells", "قذائف روسية الصنع"). Found once per text."""
    if "bystanders" not in m.derived:
        m.derived["bystanders"] = _bystanders(m)
    return m.derived["bystanders"]


def _bystanders(m: Mentions) -> set[int]:
    after_cue = {cue.hi for cue in m.lists.get("bystander_before", ())}
    before_cue = {cue.lo for cue in m.lists.get("bystander_after", ())}
    return {b.lo for b in m.lists.get("belligerent", ())
            if (_past_marks(m, b.lo, -1) in after_cue or _past_marks(m, b.hi, 1) in before_cue) and not fired_from(m, b)}


def _past_marks(m: Mentions, i: int, step: int) -> int:
    """Where a name's marks ('"', a set-apart 'لـ') next to token boundary i end: before it
    (step -1, the boundary the marks start at) or after it (step 1)."""
    k = i - 1 if step < 0 else i
    while k >= 0 and m.at("around_name", k) is not None:
        k += step
    return k + 1 if step < 0 else k


ORIGIN_REACH = 5  # words from "مصدره مناطق" to the party holding them ("مصدره القرى التي تسيطر عليها قسد")
MAX_ORIGIN = 2  # words in the longest origin phrase


def fired_from(m: Mentions, party: Mention) -> bool:
    """Whether the party is the first named after a strike's origin ("قذائف مصدرها مناطق سيطرة قسد",
    "shelling from positions held by the SDF", "mortar rounds launched from regime-held zones"): whoever
    holds the ground a strike came from fired it,
    as monitors attribute it; holding the ground it hit makes no one the attacker."""
    for cue in m.within("origin", party.lo - ORIGIN_REACH - MAX_ORIGIN, party.lo):
        if cue.hi <= party.lo <= cue.hi + ORIGIN_REACH and not m.within("belligerent", cue.hi, party.lo):
            return True
    # "mortar rounds launched from regime-held zones": the holder of the ground named before "-held", after
    # words of fire ("a car travelling from SDF-held areas", "displaced from regime-held areas": no fire)
    return (m.ending("held_origin_before", _past_marks(m, party.lo, -1)) is not None
            and m.at("held_origin_after", _past_marks(m, party.hi, 1)) is not None)


def joined(m: Mentions, first: Mention, second: Mention) -> bool:
    """Whether two parties are named together, adjacent ("وروسيا") or with a joiner
    between them ("and"): "قصف تركي على قسد" names the target after the attacker."""
    if m.at("joiner", first.hi) is not None:
        return gap(m, first.hi + 1, second.lo) == 0
    return gap(m, first.hi, second.lo) == 0


def gap(m: Mentions, lo: int, hi: int) -> int:
    """Words in tokens [lo, hi), not counting the marks around a name: its quotation marks and
    a preposition set apart from it ('بقصف لـ"قسد"', 'قوات النظام و"قسد"')."""
    return max(hi - lo, 0) - len(m.within("around_name", lo, hi))


def attacking(m: Mentions, party: Mention) -> bool:
    """Whether a strike or attack word stands next to the party, the party holds the
    ground a strike came from (see `fired_from`), or it is named as backing the operation
    ("وبدعم من التحالف الدولي نفذت قسد عملية", "raided the house, backed by Coalition forces"):
    a party that takes part in a raid or strike is a party to it."""
    lo, hi = party.lo - ATTACK_GAP - MAX_CUE - NAME_MARKS, party.hi + ATTACK_GAP + NAME_MARKS + 1
    cues = m.within("strike", lo, hi) + m.within("attack", lo, hi)
    if any(_next_to(m, c, party) for c in cues):
        return True
    return fired_from(m, party) or any(_next_to(m, c, party) for c in m.within("support", lo, party.lo) if c.hi <= party.lo)


def _striking_or_waging(m: Mentions, party: Mention) -> bool:
    return attacking(m, party) or _wages_war(m, party)


WAR_TARGET_REACH = 6  # words from a party to the target of its war ("حرب النظام وروسيا المستمرة على")


def _wages_war(m: Mentions, party: Mention) -> bool:
    """Whether the party is named as the one whose war it is, right after the word, waged on
    someone ("حرب النظام وروسيا على السكان"). Only that order: "الحرب بين" names its sides, and a
    party named before the word ("تهديدات إسرائيلية بتوسيع الحرب") only threatens one. Without a
    target, "حرب إسرائيل وإيران" is the war between the two. (Arabic only: English lexicons have no
    war words.)"""
    if not m.within("war_target", party.hi, party.hi + WAR_TARGET_REACH):
        return False
    return any(gap(m, c.hi, party.lo) == 0 for c in m.within("war", party.lo - MAX_CUE - NAME_MARKS, party.lo) if c.hi <= party.lo)


def _next_to(m: Mentions, cue: Mention, party: Mention) -> bool:
    """Whether the cue overlaps the party or stands within ATTACK_GAP words of it."""
    if cue.hi <= party.lo:
        return gap(m, cue.hi, party.lo) <= ATTACK_GAP
    if cue.lo >= party.hi:
        return gap(m, party.hi, cue.lo) <= ATTACK_GAP
    return True


CONTAINER_REACH = 4  # words between a place and the larger one it lies in ("X الواقعة شرقي ناحية Y")
REPORT_REACH = 3  # words between a further-strike word and a reporting verb ("while local activists said")
STRIKE_REACH = 4  # words between a strike word and the place it hit ("قصف مدفعي على بلدة X")
KIND_WORDS = 3  # words of a place's kind before its name ("the village of")
GEO_RANK = {"exact": 0, "town": 1, "district": 2, "region": 3, "country": 4}
# What follows a dateline's place: an optional country, an optional agency, then a dash or a colon.
DATELINE_TAIL = re.compile(r"(?:\s*,\s*[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)?(?:\s*\([^()\n]{1,60}\))?\s*[-–—:]")


def _finest(places: list[Place], point_only: bool = False) -> Place | None:
    """The first of the finest-precision places (among towns and exact spots when `point_only`)."""
    pool = [p for p in places if not point_only or GEO_RANK[p.precision] <= GEO_RANK["town"]]
    if not pool:
        return None
    best = min(GEO_RANK[p.precision] for p in pool)
    return next(p for p in pool if GEO_RANK[p.precision] == best)


def _finer_within(candidate: Place, coarse: Place | None) -> bool:
    """Whether `candidate` is finer than `coarse` and could lie inside it."""
    if coarse is None:
        return True
    if GEO_RANK[candidate.precision] >= GEO_RANK[coarse.precision]:
        return False
    if coarse.precision == "country":
        return candidate.country in (None, coarse.country)
    if candidate.admin1 is None or coarse.admin1 is None:
        return candidate.country in (None, coarse.country) and coarse.admin1 is None
    return candidate.admin1 == coarse.admin1 or candidate.admin1 == coarse.name


def _unplaced(d: DateMention) -> bool:
    """A day civcas cannot place: named relative to a page that gives nothing to count it
    from ("on Monday", "أمس", "5 أيلول"), or one the page's own date rules out (a day
    after publication)."""
    return d.date is None
