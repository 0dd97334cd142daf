"""Claims of harm in one document (casualty figures, victims, actors,
weapons, sites, dates, places, speakers, stance).

    extract_claims(doc, places) -> list[Claim]

Harm reported without a figure ("قتلى وجرحى بقصف ...") is a claim too, with
min and max None (see `unnumbered`): it places a source at a strike for
fusion without adding to any range. A document with no harm at all still
places its source through the strikes it reports ("غارات روسية على أطراف
البلدة"): claims of kind "attack", likewise without figures; a post's headline
strike takes the place its tag line or title names.

Language data comes from `civcas.lang`: the document's language (`doc.lang`,
else guessed from the script) first, the other languages' lexicons after it
for quoted text. The algorithms here hold no words of any language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from civcas.extract.claims import Count, counts_in
from civcas.extract.context import DocContext, attackers, bystanders
from civcas.extract.dates import (
    confirm_published,
    drop_slipped_weekdays,
    find_dates,
    own_dates,
    page_stamp,
    page_year,
    parse_published,
    past_year,
    reporting_year,
    text_anchor,
    url_date,
)
from civcas.extract.lexicon import Mention
from civcas.extract.lists import inline_name_counts, list_counts
from civcas.extract.mentions import Mentions, background, continues_tally, not_this_event, periods_of_days
from civcas.extract.resources import endings, phrase_table
from civcas.extract.tokens import SENTENCE_END, Sentence, Token, clause_break, clause_of, sentences, tokenize
from civcas.extract.unnumbered import attack_counts, prevented, unnumbered_counts
from civcas.lang import LANGUAGES, guess, load
from civcas.model import Claim, Document, Place

__all__ = ["acknowledges", "extract_claims", "parties_named"]


@lru_cache(maxsize=4096)
def parties_named(name: str) -> frozenset[str]:
    """The parties a speaker's name names ("the coalition", "وزارة الدفاع الروسية"), in
    DESIGN.md's vocabulary: whose statement it is."""
    return frozenset(b.value for b in _scan(name).get("belligerent", []))


@lru_cache(maxsize=4096)
def acknowledges(sentence: str) -> bool:
    """Whether a sentence accepts harm as the speaker's own doing ("acknowledged", "its strike",
    "اعترف", "عن طريق الخطأ"), rather than only reporting it."""
    return bool(_scan(sentence).get("acknowledgement"))


def _scan(text: str) -> dict[str, list[Mention]]:
    primary = guess(text, None)
    codes = (primary,) + tuple(code for code in LANGUAGES if code != primary)
    return phrase_table(codes).scan(tokenize(text, tuple(load(code) for code in codes)))


def extract_claims(doc: Document, places: list[Place]) -> list[Claim]:
    """Every statement of harm in the document, each tied to its span,
    sentence, speaker and context (date, place, belligerents, weapons)."""
    if doc.status != "ok" or not doc.text:
        return []
    primary = guess(doc.text, doc.lang)
    codes = (primary,) + tuple(code for code in LANGUAGES if code != primary)
    tokens = tokenize(doc.text, tuple(load(code) for code in codes))
    found = _voweled_duals(phrase_table(codes).scan(tokens), tokens, doc.text, endings(codes, "groups", "dual_endings"))
    _participles(found, tokens, endings(codes, "context", "participle_endings"))
    found, unmade_objects = _without_unmade_harm(_without_fatal_wounds(_without_citing(_without_bereavement(found, tokens), tokens), tokens), tokens,
                                                       endings(codes, "context", "demand_prefixes"))
    m = Mentions(found)
    # What relative dates count from: the publication date, else a date in
    # the URL, else a guess from the text (`text_anchor`); a year alone, from the
    # URL or the text, still dates "5 تشرين الأول".
    published = parse_published(doc.published)
    from_url, url_year = url_date(doc.url)
    dates = find_dates(tokens, m)
    published = confirm_published(published, dates)
    year = url_year or page_year(tokens, dates, m)
    dated = published or from_url
    drop_slipped_weekdays(dates, dated.year if dated else year)
    all_sents = sentences(tokens, doc.text, codes)
    own = own_dates(dates, m, all_sents)
    anchor = dated or text_anchor(tokens, own, year)
    # The page's date line dates the page: it stands in for missing metadata,
    # and claims take it only when the text names no date of their own.
    stamp = page_stamp(dates)
    issued = dated or (stamp.date if stamp else None)
    ctx = DocContext(doc, tokens, m, [d for d in own if d is not stamp], anchor, year, issued,
                     sorted(places, key=lambda p: p.start), codes=codes)
    ctx.not_attacking.update(bystanders(m))
    ctx.not_attacking.update(ctx.countries_named_as_places())
    blocked = {i for d in dates for i in range(d.lo, d.hi)} | unmade_objects
    date_starts = {d.lo for d in dates}
    claims: list[Claim] = []
    counted: set[int] = set()
    denied: set[int] = set()  # tokens of clauses that deny harm
    tallied: set[int] = set()  # tokens of clauses that count a war's or several days' toll
    # A sentence recalling a strike of an earlier year ("a 2019 strike killed 70") is background.
    this_year = reporting_year(anchor, year)
    # So is a sentence that goes on with the period's tally told right before it.
    sents, went_on = [], False
    for before, sent in zip([None, *all_sents], all_sents):
        went_on = before is not None and continues_tally(m, sent.lo, sent.hi, (d.lo for d in dates)) and (
            went_on or background(m, tokens, before.lo, before.hi))
        if not went_on and not past_year(tokens, m, dates, sent.lo, sent.hi, this_year):
            sents.append(sent)
    for sent in sents:
        if not_this_event(m, tokens, sent.lo, sent.hi):
            continue  # "since 2015, 10,000 were killed" is not this event
        counts = []
        # cheap tests first: most sentences name neither a war's toll nor a span of days
        war_toll = m.within("war_toll", sent.lo, sent.hi)
        periods = m.within("period_lead", sent.lo, sent.hi) or m.within("period_dates", sent.lo, sent.hi)
        escalation = m.within("escalation_toll", sent.lo, sent.hi)
        for c in counts_in(sent, tokens, m, blocked):
            if ((war_toll and _war_toll(c, m, tokens, sent)) or (periods and _over_days(c, m, tokens, sent))
                    or (escalation and _escalation_toll(c, m, tokens, sent, date_starts))):
                tallied.update(range(*clause_of(tokens, sent, c.lo)))
            elif _negated(c, m, tokens):
                denied.update(range(*clause_of(tokens, sent, c.lo)))
            else:
                counts.append(c)
        if not counts:
            continue
        counted.add(sent.lo)
        ctx.not_attacking.update(c.actor.lo for c in counts if c.actor is not None)
        new = [_claim(ctx, sent, c) for c in counts]
        if _sums_up(m, sent):
            claims, new = _sum_up(claims, new, _told_aside(m, sent))
        claims.extend(new)
    for sent, count in list_counts(tokens, m, sents, counted):
        claims.append(_claim(ctx, sent, count))
    for sent, count in inline_name_counts(tokens, m, sents, counted, denied):
        claims.append(_claim(ctx, sent, count))
    for sent, count in unnumbered_counts(tokens, m, sents, {c.kind for c in claims}, denied | tallied):
        claims.append(_claim(ctx, sent, count))
    if not claims:
        untallied = [s for s in sents if not any(i in tallied for i in range(s.lo, s.hi))]
        attacks = attack_counts(tokens, untallied, m, _placed(ctx), _named(ctx))
        claims = _distinct([_claim(ctx, sent, count) for sent, count in attacks])
    claims.sort(key=lambda c: c.start)
    return claims


def _negated(c: Count, m: Mentions, tokens: list[Token]) -> bool:
    """"No civilian was killed", "not a single child", "not five but seven", "دون وقوع قتيل": a
    victim that "no" or "not" opens is none, unless the harm was "not prevented" ("لم تحل
    الهدنة دون سقوط 5 قتلى"). "Five, if not six," loses the six too: no figure is safer than
    an upper guess read as the toll."""
    negation = m.ending("negated_count", c.lo)
    return negation is not None and prevented(negation, m, tokens)


WAR_TOLL_REACH = 8  # words from a war's toll to its figure: "the war's death toll in the enclave has risen to"


def _war_toll(c: Count, m: Mentions, tokens: list[Token], sent: Sentence) -> bool:
    """Whether the count is a whole war's toll: its clause names that toll a few words before it,
    with no harm word between ("ليرتفع عدد قتلى الحرب إلى 41532", "the war's death toll has risen
    to 41,532", context.json `war_toll`). A strike's own count elsewhere in the sentence stands."""
    lo, hi = clause_of(tokens, sent, c.lo)
    return any(cue.hi <= c.lo and c.lo - cue.hi <= WAR_TOLL_REACH and not m.within("harm", cue.hi, c.lo)
               for cue in m.within("war_toll", lo, hi))


def _escalation_toll(c: Count, m: Mentions, tokens: list[Token], sent: Sentence, date_starts: set[int]) -> bool:
    """Whether the count is what an escalation as a whole caused: its clause, or a clause
    opening the sentence that tells no harm, has the escalation cause it, hold it or sum it
    up ("وتسبب التصعيد العسكري بمقتل 60", "قتل خلال التصعيد المستمر 52", "حصيلة ضحايا
    التصعيد", "Since the escalation began, 40 ...", context.json `escalation_toll`), and the
    clause names no day of its own ("وأسفر التصعيد اليوم على قرية X عن مقتل ثلاثة" is that
    day's strike). A strike's count in another clause stands ("قتل طفلان ...، لترتفع حصيلة
    ضحايا التصعيد إلى 40")."""
    lo, hi = clause_of(tokens, sent, c.lo)
    if any(lo <= start < hi for start in date_starts):
        return False
    if m.within("escalation_toll", lo, hi):
        return True
    first_lo, first_hi = clause_of(tokens, sent, sent.lo)
    return first_hi <= lo and bool(m.within("escalation_toll", first_lo, first_hi)) \
        and not m.within("harm", first_lo, first_hi)


PERIOD_REACH = 4  # words from a count to the days it is told over: "17 children were killed over five days"


def _over_days(c: Count, m: Mentions, tokens: list[Token], sent: Sentence) -> bool:
    """Whether the count is a toll over a number of days: its clause names them right after it, or
    the sentence opens with them ("مقتل 9 أطفال وعشرات الجرحى خلال أربعة أيام", "Over 4 days,
    shelling killed 9"): several days' strikes. Days named in another clause ("..., the second
    attack on the village within 3 days") or further on tell of something else; weeks or months
    anywhere after it in its clause, or making up the clause after its comma, are its span ("16
    children died in attacks on the area over 6 months"). A span the strike is ranked in ("the
    deadliest attack in weeks") counts no toll, nor does an opening span that a clause of its own
    closes before any harm is told ("Over the past days the town was quiet, but on Monday ...")."""
    lo, hi = clause_of(tokens, sent, c.lo)
    after = periods_of_days(m, tokens, lo, hi)
    if any(c.hi <= a and (long or a <= c.hi + PERIOD_REACH) and not _ranked(m, c.hi, a) for a, _, long in after):
        return True
    if _span_clause_after(m, tokens, sent, hi):
        return True
    return any(a == sent.lo and b <= c.lo and not _closed_before_harm(m, b, c.lo)
               for a, b, _ in periods_of_days(m, tokens, sent.lo, c.lo))


def _span_clause_after(m: Mentions, tokens: list[Token], sent: Sentence, hi: int) -> bool:
    """Whether the clause after the comma at token `hi` is only a span of weeks or months: "killed
    65 civilians, over the past 3 months, in shelling on the area". A clause after a semicolon, or
    one telling something of its own, is another statement."""
    if hi + 1 >= sent.hi or tokens[hi].norm != ",":
        return False
    nxt, end = clause_of(tokens, sent, hi + 1)
    told = any(m.within(cat, nxt, end) for cat in ("harm", "strike", "attack", "strike_event"))
    return not told and any(long and a == nxt for a, _, long in periods_of_days(m, tokens, nxt, sent.hi))


def _closed_before_harm(m: Mentions, lo: int, hi: int) -> bool:
    """Whether a clause opener ("but", "لكن", "while") stands in tokens [lo, hi) before any harm word."""
    harm = next(iter(m.within("harm", lo, hi)), None)
    return any(harm is None or o.lo < harm.lo for o in m.within("clause_opener", lo, hi))


def _ranked(m: Mentions, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) rank the strike among those of the span at `hi`: a rank word or an
    ordinal right before a strike word or before the span ("the deadliest attack on the town in the
    past few weeks", "هو الثالث خلال شهرين"); one strike, not a toll over it. "The largest camps" ranks
    no strike, nor does the month of "كانون الثاني"."""
    months = [(x.lo, x.hi) for x in m.within("month", lo, hi)]
    for r in (*m.within("ordinal", lo, hi), *m.within("rank_word", lo, hi)):
        if any(a <= r.lo < b for a, b in months):
            continue
        if r.hi >= hi - 1 or any(m.within(cat, r.hi, r.hi + 2) for cat in ("strike", "attack", "strike_event")):
            return True
    return False


def _told_aside(m: Mentions, sent: Sentence) -> bool:
    """Whether the sentence opens on other news ("Meanwhile,", "إلى ذلك", "وفي سياق منفصل") or
    tells the toll of a wider event ("the toll of the offensive", "حصيلة الاشتباكات", `wider_event`)."""
    return any(m.at(cat, k) for cat in ("separate_event", "elsewhere_opener") for k in (sent.lo, sent.lo + 1)) \
        or bool(m.within("wider_event", sent.lo, sent.hi))


def _sums_up(m: Mentions, sent: Sentence) -> bool:
    """Whether a sentence gives a running or final toll ("ارتفعت حصيلة القتلى إلى 10", "bringing
    the death toll to 10"). "في حصيلة أولية" ("in a preliminary toll") only says its own
    clause's figure may rise: "ما أدى لجرح 4 مدنيين، في حصيلة أولية" sums up nothing told before."""
    preliminary = m.within("preliminary", sent.lo, sent.hi)
    return any(not any(p.lo <= t.lo < p.hi for p in preliminary) for t in m.within("total", sent.lo, sent.hi))


WOUNDS_TOLD = 3  # tokens from "died of" to the clause that tells of the wounds ("بجراحه التي أصيب بها")


def _without_bereavement(found: dict[str, list[Mention]], tokens: list[Token]) -> dict[str, list[Mention]]:
    """"اللهم اجبر مصاب والديه", "عظم الله مصابكم": after a prayer to mend or make great,
    "مصاب" is the family's loss, not someone wounded (context.json `bereavement_verb`)."""
    ends = {b.hi for b in found.get("bereavement_verb", []) if b.hi < len(tokens) and any(f.startswith(LOSS) for f in tokens[b.hi].forms)}
    if ends:
        # the word is no harm, and no victim either (the lexicon counts "مصاب" as one wounded)
        for category, mentions in found.items():
            found[category] = [x for x in mentions if x.lo not in ends]
    return found


LOSS = "مصاب"  # the one word a prayer's "loss" shares with the wounded


CITING = "ب"  # what a citing verb's source is joined by: "يستشهد التقرير بشهادات"
CITED_REACH = 3  # words from a citing verb to its "ب" source, past its subject ("يستشهد التقرير ب")


def _without_citing(found: dict[str, list[Mention]], tokens: list[Token]) -> dict[str, list[Mention]]:
    """"يستشهد التقرير بشهادات ناجين": the present of "to be martyred" is also "to cite"; with
    its object after "ب" that is no strike ("يستشهد بقصف" is a death), it tells of no death
    (context.json `cites_verb`)."""
    strikes = {s.lo for category in ("strike", "strike_event") for s in found.get(category, [])}

    def cites(verb: Mention) -> bool:
        k = next((j for j in range(verb.hi, min(verb.hi + CITED_REACH, len(tokens))) if tokens[j].norm.startswith(CITING)), None)
        return k is not None and k not in strikes and tokens[k].para == tokens[verb.lo].para

    citing = {v.lo for v in found.get("cites_verb", []) if cites(v)}
    if citing:
        found["harm"] = [h for h in found.get("harm", []) if h.lo not in citing]
    return found


def _without_fatal_wounds(found: dict[str, list[Mention]], tokens: list[Token]) -> dict[str, list[Mention]]:
    """"توفي متأثراً بإصابته", "died of his wounds", "متأثراً بجراح أصيب بها أمس": the
    wounds a death came of, and the clause that tells of them, are no injury to count,
    nor to report without a figure. An injury in a clause of its own ("وأصيب آخرون") stays.
    So are his wounds right after a death in its own clause ("توفي رجل إثر إصابته بطلق
    ناري") or opening the next ("قتل مدني، جراء إصابته بشظايا"); in a clause of their own
    ("..., فيما نقلت والدته إلى المشفى بعد إصابتها") or without a death they are an injury."""
    causes = [c.hi for c in found.get("died_of", [])]
    wounds = found.get("wounds_of", [])
    if not (causes or wounds) or "harm" not in found:
        return found
    deaths = [h.lo for h in found["harm"] if h.value == "killed"]

    def told(h: Mention) -> bool:
        return h.value == "injured" and any(
            cause <= h.lo <= cause + WOUNDS_TOLD and (h.lo == cause or not tokens[h.lo].conj)
            and not clause_break(tokens, cause, h.lo) for cause in causes)

    def fatal(h: Mention) -> bool:
        # a cause that opens the clause after the death's is the death's: "قتل مدني، جراء إصابته"
        return h.value == "injured" and any(
            w.lo <= h.lo < w.hi and any(_same_clause(tokens, d, w.lo) or (
                w.lo >= 2 and clause_break(tokens, w.lo - 1, w.lo) and _same_clause(tokens, d, w.lo - 1))
                for d in deaths) for w in wounds)

    found["harm"] = [h for h in found["harm"] if not told(h) and not fatal(h)]
    return found


UNMADE_REACH = 3  # words between "حاولت" and the detention it names: its subject ("حاولت عناصر الأمن اعتقال")
ONLY_REACH = 8  # words between a negated verb and its "only": a subject with its place ("لم يقتل القصف على X إلا 3")
OBJECT_REACH = 2  # words of a detention's object: its figure and noun ("اعتقال 5 شبان")
OBJECT_WORDS = ("number", "multiplier", "quantity", "dual", "dual_others", "group", "singular")


def _without_unmade_harm(
    found: dict[str, list[Mention]], tokens: list[Token], demand_prefixes: tuple[str, ...] = ()
) -> tuple[dict[str, list[Mention]], set[int]]:
    """Harm a verb's negation says was not done ("لم تقتل 4 مدنيين بل جرحتهم", "لن تقتل"; not "لم
    يقتل إلا 3", only three, nor "لم يقتل 5 فحسب", not only five) is none, and so is a detention
    ordered, sought, demanded or threatened: a phrase that holds
    the detention word ("مذكرة بإلقاء القبض على", "محاولة اعتقال", "تهدد باعتقال"), or such a
    verb a subject away from a verbal noun of detention ("حاولت دورية اعتقال", not "حاول
    الفرار فاعتقلته"); a verb of demand only with its "ب" on the detention or a phrase of
    demand before it ("طالب الأهالي باعتقال", "بضرورة اعتقال"; not "تعرض طالب للاعتقال", where
    طالب is a student). Its word is
    dropped, and the figure and noun right after it, its object, are returned so that no
    other harm word takes them ("محاولة اعتقال شابين فأصيب أحدهما" wounded one, not two)."""
    phrases = found.get("unmade_detention", [])
    verbs = found.get("unmade_verb", [])
    demands = found.get("demand_verb", [])
    negations = {n.hi for n in found.get("verb_negation", [])}
    if not (phrases or verbs or demands or negations) or "harm" not in found:
        return found, set()
    exceptions = {x.lo for x in found.get("exception", [])}
    not_only = {x.lo for x in found.get("not_only", [])}
    numerals = {w.lo for category in ("number", "multiplier", "quantity") for w in found.get(category, [])}
    nouns = {n.lo for n in found.get("detention_noun", [])}
    links = {n.lo for n in found.get("demand_link", [])}
    breaks = {b.lo for b in found.get("unmade_gap_break", [])}

    def subject_between(lo: int, hi: int) -> bool:
        """Only a subject between the verb and its detention: no preposition or time word
        ("هدد الأهالي عقب اعتقال": after an arrest made), no clause break."""
        return not clause_break(tokens, lo, hi) and not any(j in breaks for j in range(lo, hi))

    def unmade(h: Mention) -> bool:
        if h.lo in negations and not only_after(h.hi):
            return True  # "لم تقتل": a verb its negation opens, unless "only" follows ("لم يقتل القصف إلا")
        if h.value != "detained":
            return False
        if any(c.lo < h.lo < c.hi for c in phrases):
            return True
        if h.lo not in nouns or tokens[h.lo].conj:
            return False
        return any(0 <= h.lo - v.hi <= UNMADE_REACH and subject_between(v.hi, h.lo)
                   for v in verbs + [d for d in demands if demanded(d.hi, h.lo)])

    def only_after(lo: int) -> bool:
        """Whether "only" follows a negated verb before its figure ("لم يقتل القصف على البلدة إلا
        3"), or "not only" right after the figure and its noun ("لم يقتل 5 فحسب بل ..."); not
        "لم تقتل 4 بل جرحتهم" (not four killed but wounded)."""
        for j in range(lo, min(lo + ONLY_REACH, len(tokens))):
            if j in exceptions:
                return True
            if j in numerals or tokens[j].norm[:1].isdigit():
                return any(k in not_only for k in range(j + 1, min(j + 3, len(tokens))))
            if clause_break(tokens, j, j + 1):
                return False
        return False

    def demanded(lo: int, hi: int) -> bool:
        """Whether the detention at `hi` is what a demand asks for: it carries the demand's
        "ب" ("طالب الأهالي باعتقال"), or a demand's phrase leads to it ("بضرورة اعتقال", "بأن
        يتم اعتقال"); "تعرض طالب بجامعة دمشق للاعتقال" (a student) has neither."""
        return bool(demand_prefixes) and tokens[hi].norm.startswith(demand_prefixes) \
            or any(j in links for j in range(lo, hi))

    dropped = [h for h in found["harm"] if unmade(h)]
    found["harm"] = [h for h in found["harm"] if h not in dropped]
    starts = {w.lo for category in OBJECT_WORDS for w in found.get(category, [])}
    objects: set[int] = set()
    for h in dropped:
        for j in range(h.hi, min(h.hi + OBJECT_REACH, len(tokens))):
            numeral = j in numerals or tokens[j].norm[:1].isdigit()
            if not numeral and j not in starts:
                break
            objects.add(j)
            if not numeral:
                break  # a dual or a noun is the whole object; a numeral is followed by its noun
    return found, objects


WOUNDS_AFTER_DEATH = 8  # tokens from a death to the wounds it came of: "توفي الشاب X Y وهو مدني إثر إصابته"


def _same_clause(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens lo < hi are close in one clause of one line."""
    return (0 <= hi - lo <= WOUNDS_AFTER_DEATH and tokens[lo].para == tokens[hi].para
            and not clause_break(tokens, lo, hi) and not any(t.norm in SENTENCE_END for t in tokens[lo:hi]))


def _voweled_duals(found: dict[str, list[Mention]], tokens: list[Token], text: str,
                   endings: tuple[str, ...]) -> dict[str, list[Mention]]:
    """"مقتل مواطنَين", "فقتلت مدنيَّيْن": a one-word plural victim noun written with the
    dual's vowels names two. Folding drops the vowels, and with them all that tells the
    dual from the plural, so the original text is read for them."""
    if not endings or "group" not in found:
        return found
    marks = {ch for e in endings for ch in e if not ch.isalpha()}
    duals = [g for g in found["group"] if g.hi == g.lo + 1 and _ends_with(text, tokens[g.lo], marks, endings)]
    if duals:
        found["group"] = [g for g in found["group"] if g not in duals]
        found["dual"] = sorted(found.get("dual", []) + [Mention("dual", g.lo, g.hi, g.value) for g in duals],
                               key=lambda d: d.lo)
    return found


def _participles(found: dict[str, list[Mention]], tokens: list[Token], suffixes: tuple[str, ...]) -> None:
    """"four civilians working in the fields": a participle right after a victim noun opens
    a phrase that describes the victims (`participle`), found by its ending."""
    if not suffixes:
        return
    found["participle"] = [Mention("participle", g.hi, g.hi + 1, True) for g in found.get("group", [])
                           if g.hi < len(tokens) and tokens[g.hi].norm.isalpha()
                           and tokens[g.hi].norm.endswith(suffixes) and len(tokens[g.hi].norm) > PARTICIPLE_MIN]


PARTICIPLE_MIN = 4  # a participle has more letters: "king", "ring" are no verbs


def _ends_with(text: str, token: Token, marks: set[str], endings: tuple[str, ...]) -> bool:
    """Whether a token, as written, ends with one of `endings`, reading only its letters
    and the `marks` the endings hold (a shadda or sukun between them changes nothing)."""
    written = "".join(ch for ch in text[token.start:token.end] if ch.isalpha() or ch in marks)
    return written.endswith(endings)


def _placed(ctx: DocContext) -> Callable[[Sentence], bool]:
    """Whether a sentence names a place finer than a country, or its attacker in a
    document that names one: a strike with neither ("Russia keeps bombing") is
    a statement, not a report of one."""
    spans = [(p.start, p.end) for p in ctx.places if p.precision != "country"]

    def placed(sent: Sentence) -> bool:
        start, end = ctx.tokens[sent.lo].start, ctx.tokens[sent.hi - 1].end
        return any(start <= lo < end for lo, _ in spans) or bool(spans and attackers(ctx.m, sent.lo, sent.hi))

    return placed


def _named(ctx: DocContext) -> bool:
    """Whether the document names a place finer than a country."""
    return any(p.precision != "country" for p in ctx.places)


def _distinct(attacks: list[Claim]) -> list[Claim]:
    """One claim per strike: the headline and the body retell the same place and day."""
    seen: set[tuple] = set()
    out = []
    for claim in attacks:
        key = (claim.place.name if claim.place else None, claim.event_date)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _sum_up(claims: list[Claim], tolls: list[Claim], aside: bool) -> tuple[list[Claim], list[Claim]]:
    """The claims told so far and a running or final toll's (`tolls`), once the toll has
    replaced the lower figures it sums up. A toll whose sentence names its town ("In X, the
    toll rose to 6") replaces those told of that town or of none, not another town's; one that
    names none and adds up figures of two or more towns (`_tally`) is a tally over their
    incidents: they stay, and it goes. A toll that names no group ("the death toll rose to 7")
    sums up civilians told before it with fewer ("3 civilians were killed") when they are of its
    day and town, unless it or what came before counts fighters or a total of its kind ("12
    killed, among them 5 civilians"; "rose to 9, among them 4 fighters"), or it is told `aside`
    ("Meanwhile, the toll of the offensive rose to 40")."""
    others = {c.kind for c in claims if c.group in ("unknown", "combatants")} | {t.kind for t in tolls if t.group == "combatants"}

    def toll_of(c: Claim) -> Claim | None:
        for t in tolls:
            if t.kind != c.kind or t.min is None or t.joint or c.min is None:
                continue
            other_town = _town(c.place) and _town(t.place) and c.place.name != t.place.name
            if _own_town(t) and other_town:
                continue
            if t.group == c.group and c.min <= t.min:
                return t
            if (t.group == "unknown" and c.group == "civilians" and c.min < t.min and not aside and not other_town
                    and c.kind not in others and not _other_day(c, t)):
                return t
        return None

    # judged by each kind's largest toll: "9, including 4 children" adds up more than its children
    largest = {t.kind: t for t in sorted((t for t in tolls if t.min is not None and not t.joint), key=lambda t: t.min)}
    tallies = {kind for kind, t in largest.items() if _tally(t, claims)}
    return ([c for c in claims if toll_of(c) is None or c.kind in tallies],
            [t for t in tolls if t.kind not in tallies])


VICTIM_SIDE = ("civilians", "children", "women", "men", "unknown")


def _tally(toll: Claim, claims: list[Claim]) -> bool:
    """Whether a toll of no town adds up the figures of its day told of two or more towns ("6
    killed in X ... 3 in Y ... the day's toll in the province reached 9"): no more than their sum,
    each town's largest. One above it ("3 in X and 2 in Y ... the toll rose to 9") has risen."""
    if toll.min is None or toll.joint or _own_town(toll):
        return False
    towns: dict[str, int] = {}
    for c in claims:
        if (c.kind == toll.kind and c.min is not None and c.min <= toll.min and c.group in (toll.group, *VICTIM_SIDE)
                and _town(c.place) and not _other_day(c, toll)):
            towns[c.place.name] = max(towns.get(c.place.name, 0), c.min)
    return len(towns) > 1 and toll.min <= sum(towns.values())


def _town(place: Place | None) -> bool:
    return place is not None and place.precision in ("exact", "town")


def _own_town(claim: Claim) -> bool:
    """Whether the claim's town is named in its own sentence, not taken from the text before it."""
    return _town(claim.place) and claim.sentence_start <= claim.place.start < claim.sentence_start + len(claim.sentence)


def _other_day(a: Claim, b: Claim) -> bool:
    """Whether two claims are told of different days (a claim's kind of strike may be its
    neighbour's, so it tells them apart less surely)."""
    return a.event_date is not None and b.event_date is not None and a.event_date != b.event_date


def _claim(ctx: DocContext, sent: Sentence, count: Count) -> Claim:
    tokens = ctx.tokens
    actor_at = {count.actor.lo} if count.actor is not None else set()
    # A part ("including 2 children displaced in March 2020") is of its whole's day.
    at = None if count.part else count.lo
    event_date, precision = ctx.date(sent, at)
    speaker = ctx.speaker(sent, count.lo)
    return Claim(
        document_id=ctx.doc.id,
        kind=count.kind,
        group=count.group,
        min=count.min,
        max=count.max,
        start=tokens[count.lo].start,
        end=tokens[count.hi - 1].end,
        text=ctx.text(count.lo, count.hi),
        sentence=ctx.text(sent.lo, sent.hi),
        sentence_start=tokens[sent.lo].start,
        actor=count.actor.value if count.actor is not None else None,
        event_date=event_date,
        date_precision=precision,
        event_weekday=ctx.weekday(sent, at) if event_date is None else None,
        place=ctx.place(sent, count.lo, spread=count.min is not None and count.min >= 2),
        belligerents=ctx.belligerents(sent, actor_at),
        strike_types=ctx.names("strike", sent, set(), inherit=True),
        site_types=ctx.sites(sent),
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        stance=speaker.stance,
        joint=count.joint,
    )
