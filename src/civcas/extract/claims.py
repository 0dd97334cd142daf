"""Pair figures with harm words and victim groups, then attach context."""

from __future__ import annotations

from dataclasses import dataclass, replace

from civcas.extract.lexicon import Mention
from civcas.extract.mentions import FIGURE_CATEGORIES, Mentions, named_after
from civcas.extract.numbers import Figure, find_figures, is_count, set_off
from civcas.extract.tokens import SENTENCE_END, Sentence, Token, clause_break, clause_of, definite, semicolon

HARM_BEFORE = 7  # tokens between a harm word and the figure after it ("killed at least 5")
SUBJECT_PARTS = 3  # a party and its weapon between a harm verb and its object ("مسيرة تركية")
TOLL_REACH = 14  # ... and between a toll's word and the figure it "rose to"
TOLL_WORDS = 3  # words of a toll's phrase before its harm word ("ارتفع عدد الإصابات", "the final death toll")
HARM_AFTER = 5  # tokens between a bare figure and the harm word after it ("5 were later killed")
HARM_AFTER_NOUN = 2  # ... and between a figure's noun and it ("5 people were killed")
PLURAL_VERB_REACH = 12  # ... and a plural verb after a description and an aside ("أربعة مزارعين كانوا ...، أصيبوا")
MIXED = "mixed"  # harm words naming killed and injured together ("قتلى وجرحى")
SUBGROUPS = ("children", "women", "men")
GROUP_GAP = 2  # words allowed between a figure and its noun ("5 innocent civilians")
GROUP_BEFORE = 4  # tokens back to a noun that precedes its figure ("عدد القتلى المدنيين إلى 20")
ACTOR_GAP = 2  # words between a fighters' noun and the actor naming them
NAME_SPAN = 7  # tokens of a name and an age between a noun and its verb
NOT_NAME = ("harm", "group", "singular", "number", "belligerent", "speaker", "joiner", "strike", "attack", "site",
            "attribution", "relative_pronoun", "not_in_name")  # no name's words
NAME_MARKS = ("-", "'", "’", "‘", "`")  # inside a name's word: "al-Homsi", "Mar’i"
APOSTROPHES = ("'", "’")  # glued after a noun, a possessive: "children's"
MODIFIERS_BEFORE_NOUN = 5  # tokens between an article and its noun: "a 14 - year - old boy"
ELLIPSIS = "…"  # how a link's headline is cut short
BELONGING = ("ل", "لل")  # the clitic "of, belonging to" before a party's name ("لقوات النظام")


@dataclass(slots=True)
class Count:
    """A casualty count found in one sentence, before context is attached."""

    kind: str
    group: str
    min: int | None
    max: int | None
    lo: int  # token span of the figure (and its noun)
    hi: int
    actor: Mention | None = None
    part: bool = False  # refines an earlier count ("including 3 children")
    joint: bool = False  # bounds its kind from a total of killed and injured ("قتل وجرح 15")


def _group_after(fig: Figure, tokens: list[Token], sent: Sentence, m: Mentions) -> Mention | None:
    j = fig.hi
    if j < sent.hi and fig.lo > sent.lo and set_off(tokens, fig):
        j += 1  # "(3) مدنيين", "/11/ مدنياً": a figure set in brackets or slashes, then its noun
    # "عدد من الأغنام في حظائر": a vague quantity allows one word before its noun, not two
    for _ in range(GROUP_GAP if fig.vague else GROUP_GAP + 1):
        if j >= sent.hi:
            return None
        for cat in ("group", "singular", "others"):
            found = m.at(cat, j)
            if found:
                return found
        harm = m.at("harm", j)
        if harm and tokens[j].conj:
            return None  # "مقتل 5 وجرح آخرين": "وجرح" opens the next clause, its noun is not the five's
        if harm:  # "10 قتلى مدنيين": the noun may follow a harm noun
            j = harm.hi
            continue
        if not tokens[j].norm.isalpha() or m.at("including", j):
            return None  # "10 قتلى بينهم أطفال": the children are a part, not the ten
        j = _compound_end(tokens, j, sent.hi)
    return None


def _compound_end(tokens: list[Token], j: int, hi: int) -> int:
    """The token after the word at j, a hyphenated compound taken whole: "11 Iranian-backed
    fighters", "4 pro-government militiamen" have one word before their noun, not three.
    Only a hyphen glued to letters on both sides joins: "5 - civilians" stays apart."""
    j += 1
    while j + 1 < hi and tokens[j].norm == "-" and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].start == tokens[j].end and tokens[j + 1].norm.isalpha():
        j += 2
    return j


def _part_noun(of_them: Mention, sent: Sentence, m: Mentions, heads: list[Count]) -> Mention | None:
    """"four people, three of them children", "two of whom were children", "أربعة مدنيين،
    ثلاثة منهم أطفال": a figure that "of them" follows counts the victim noun after it, as a
    part of the count before. A noun of the count's own group ("اثنان منهم من عائلة واحدة")
    names a subset of its victims, no figure of that group."""
    j = of_them.hi
    while j < sent.hi and m.at("filler", j):
        j = m.at("filler", j).hi  # "two of whom were children"
    noun = (m.at("group", j) or m.at("singular", j)) if j < sent.hi else None
    return None if noun is None or (heads and heads[-1].group == noun.value) else noun


def _fighters_after(noun: Mention, sent: Sentence, m: Mentions) -> Mention | None:
    """"three women SDF fighters", "two young men militants": a subgroup noun
    that a fighters' noun follows names combatants, not civilians."""
    if noun.value not in SUBGROUPS:
        return None
    end = min(sent.hi, noun.hi + ACTOR_GAP + 1)
    names = m.within("belligerent", noun.hi, end)
    for j in range(noun.hi, end):
        found = m.at("group", j)
        if found is not None:
            return found if found.value == "combatants" else None
        if not any(b.lo <= j < b.hi for b in names):
            return None
    return None


def _group_before(fig: Figure, sent: Sentence, m: Mentions) -> Mention | None:
    # "عدد القتلى المدنيين إلى 20": the noun comes first in toll sentences; one right after a
    # strike or weapon word is whose strike it was ("عدد الشهداء بقذائف المرتزقة إلى 12")
    found = [g for g in m.within("group", max(sent.lo, fig.lo - GROUP_BEFORE), fig.lo)
             if not any(m.ending(cat, g.lo) for cat in ("strike", "strike_event", "attack"))]
    return found[-1] if found else None


def _clause_closed(lo: int, hi: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether a harm word between tokens lo and hi opens a new clause ("بينهم نساء، وأصيب
    العشرات"), rather than qualifying the noun before it ("عدد المدنيين القتلى إلى 20")."""
    return any(tokens[h.lo].conj or clause_break(tokens, lo, h.lo)
               for h in m.within("harm", lo, hi))


def _bare_after_harm(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """"wounded dozens,", "وأصيب العشرات في الغارات": a vague figure right after a harm word, with
    no word after it or only one that opens what follows (`bare_count_after`: "in", "في"),
    counts people; so does one that is the subject of a passive harm ("Dozens were killed")."""
    if fig.hi < sent.hi and m.at("auxiliary", fig.hi) and m.at("harm", fig.hi + 1):
        return True
    return m.ending("harm", fig.lead) is not None and (
        fig.hi >= sent.hi or not tokens[fig.hi].norm.isalpha() or m.at("bare_count_after", fig.hi) is not None)


def _harm_for(fig: Figure, end: int, sent: Sentence, tokens: list[Token], m: Mentions,
              taken: dict[int, int]) -> Mention | None:
    """The harm word a figure (ending with its noun at `end`) belongs to."""
    # "مشفى الشهيدة ..." names a hospital after a martyr: no harm word
    harms = [h for h in m.within("harm", sent.lo, sent.hi)
             if not named_after(m, tokens, h.lo) and not _titles_name(h, fig.lead, tokens, m)]
    # "A shepherd killed and three of his sons in the valley hurt": a harm word after its own
    # noun is that noun's predicate; after "and" the figure is the subject of a verb of its own.
    closed = [h for h in harms if h.hi <= fig.lead and _predicate_before(h, fig.lead, tokens, m)]
    if closed:
        found = _nearest_harm(fig, end, [h for h in harms if h not in closed], tokens, m, taken, HARM_AFTER)
        if found is not None:
            return found
    return _nearest_harm(fig, end, harms, tokens, m, taken, HARM_AFTER if end == fig.hi else HARM_AFTER_NOUN)


def _told_of_drawn(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions,
                   taken: dict[int, int]) -> tuple[Mention, Mention] | None:
    """A figure whose victims are drawn from the wounded ("one of the wounded", "أحد الجرحى")
    with the death that befell them now: a harm word after the figure ("one of the wounded
    died") or before it in a clause that ends with them ("قتل السائق وأحد الجرحى").
    Without one the figure names some of those already counted ("three of the wounded are
    in a critical state") and is read as before."""
    drawn = _drawn_from(fig, sent, tokens, m)
    if drawn is None or drawn.value != "injured":
        return None
    # a verb before the figure is theirs only when the clause ends with the noun: "one of the
    # wounded remains in critical condition" tells their state, not that they were killed
    ends = drawn.hi >= sent.hi or clause_break(tokens, drawn.hi, drawn.hi + 1) or tokens[drawn.hi].norm in SENTENCE_END
    harms = [h for h in m.within("harm", sent.lo, sent.hi) if h.lo != drawn.lo and (
        (h.lo >= drawn.hi and not clause_break(tokens, drawn.hi, h.lo))
        or (ends and h.hi <= fig.lead and not clause_break(tokens, h.hi, fig.lead)))]
    harm = _nearest_harm(fig, drawn.hi, harms, tokens, m, taken, HARM_AFTER)
    return (drawn, harm) if harm is not None and harm.value == "killed" else None


def _drawn_from(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """The definite harm noun a figure's victims are drawn from: "one of the wounded",
    "اثنان من المصابين", "أحد الجرحى" ("one" alone takes it with no "of")."""
    j = fig.hi
    partitive = m.at("partitive", j) if j < sent.hi else None
    if partitive is not None:
        j = partitive.hi
        if j < sent.hi and tokens[j].norm == "the":
            j += 1
    elif not m.at("needs_noun", fig.lo):
        return None
    harm = m.at("harm", j) if j < sent.hi else None
    if harm is None or harm.value == MIXED:
        return None
    return harm if definite(tokens, j) else None


def _drawn_group(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """The group that victims drawn from the dead or the wounded are said to be: "two of the
    dead were children", "ثلاثة من الجرحى نساء", "اثنان من القتلى هم من الأطفال"."""
    drawn = _drawn_from(fig, sent, tokens, m)
    if drawn is None:
        return None
    j = drawn.hi
    for cat in ("copula", "partitive", "indefinite"):
        link = m.at(cat, j) if j < sent.hi else None
        j = link.hi if link is not None else j
    noun = (m.at("group", j) or m.at("singular", j)) if j < sent.hi else None  # "one of the dead was a child"
    return None if noun is None or _more_listed(noun, sent, tokens, m) else noun


DRAWN_LIST_REACH = 4  # words from a drawn victims' noun to another victim noun listed with it ("a woman and her son")


def _more_listed(noun: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """Whether the noun that drawn victims are said to be is one of a list ("two of the dead
    were a woman and her son", "children, a boy and a girl", "women and children") or an
    owner ("children's"): then it is no group of them all. A figure or a harm word first
    opens another count ("children, and three of the wounded were women")."""
    if noun.hi < sent.hi and tokens[noun.hi].norm in APOSTROPHES and tokens[noun.hi].start == tokens[noun.hi - 1].end:
        return True
    for k in range(noun.hi, min(sent.hi, noun.hi + DRAWN_LIST_REACH)):
        if k in m.figure_starts or tokens[k].norm[0].isdigit() or m.at("harm", k):
            return False
        if m.at("group", k) or m.at("singular", k):
            return True
    return False


def _titles_name(h: Mention, lead: int, tokens: list[Token], m: Mentions) -> bool:
    """"الشهيد سامر العلي 14", "Martyr Ahmad Khalil 2": a one-victim harm noun that a name
    follows is that victim's title; a number after the name is his age or his place in a list."""
    return bool(m.at("singular_harm", h.lo)) and 0 < lead - h.hi <= NAME_SPAN and all(
        name_word(tokens, j, m) for j in range(h.hi, lead))


def name_word(tokens: list[Token], j: int, m: Mentions) -> bool:
    """Whether token j may be a word of a person's name: a word of no other role (in Latin
    script capitalised, or a particle such as "al" or "bin"), or a hyphen or apostrophe
    inside one ("al-Homsi")."""
    token = tokens[j]
    if token.norm in NAME_MARKS:
        return 0 < j < len(tokens) - 1 and tokens[j - 1].end == token.start and token.end == tokens[j + 1].start
    if not token.norm.isalpha() or any(m.at(cat, j) for cat in NOT_NAME):
        return False
    glued = j > 0 and tokens[j - 1].norm in NAME_MARKS and tokens[j - 1].end == token.start  # "Sa’id"
    return not token.norm.isascii() or token.capital or glued or m.at("name_particle", j) is not None \
        or not _cased(tokens, m)


def _passive(harm: Mention, m: Mentions) -> bool:
    """Whether an auxiliary stands before the harm word, past fillers ("was reportedly killed");
    "was killing" is no passive."""
    if m.at("progressive", harm.lo):
        return False
    j = harm.lo
    while (filler := m.ending("filler", j)) is not None:
        if m.at("auxiliary", filler.lo):
            return True
        j = filler.lo
    return False


def _cased(tokens: list[Token], m: Mentions) -> bool:
    """Whether the text writes capitals past its first word: a post all in lower case
    capitalises no name either."""
    if "cased" not in m.derived:
        m.derived["cased"] = any(t.capital for t in tokens[1:] if t.norm.isascii())
    return bool(m.derived["cased"])


def _predicate_before(h: Mention, lead: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether harm word h follows its own victim noun ("a citizen (was) killed") and only
    "and" stands between it and the figure at `lead`."""
    if not (lead == h.hi + 1 and m.at("joiner", h.hi)):
        return False
    j = h.lo
    while j > 0 and m.ending("filler", j):
        j = m.ending("filler", j).lo
    return bool(m.ending("singular", j) or m.ending("group", j))


def _nearest_harm(fig: Figure, end: int, harms: list[Mention], tokens: list[Token], m: Mentions,
                  taken: dict[int, int], after_limit: int) -> Mention | None:
    # "مقتل 5": a harm word right before the figure; without one, a harm noun
    # right after it is the figure's own ("4 شهداء ونحو 9 جرحى").
    opened = any(h.hi == fig.lead for h in harms)
    # A harm word before the figure in its own clause ("قتل على إثرها 12"), no comma between.
    cap = max(TOLL_REACH, PLURAL_VERB_REACH, HARM_BEFORE, after_limit)  # the farthest any harm word reaches
    told_before = any(h.hi <= fig.lead and _gap(h.hi, fig.lead, m, tokens, cap) <= HARM_BEFORE
                      and not clause_break(tokens, h.hi, fig.lead) for h in harms)
    # "the death of a shepherd, while 12 others ... sustained injuries": a clause that
    # "while"/"فيما" opens and that has a harm word of its own after the figure.
    own_after = any(h.lo >= end for h in harms)
    other_outcome = _other_outcome(fig, m)
    best, best_key = None, None
    for h in harms:
        if h.hi <= fig.lead:
            dist, after = _gap(h.hi, fig.lead, m, tokens, cap), False
            if dist > _reach_before(h, fig, tokens, m) or semicolon(tokens, h.hi, fig.lead) \
                    or (own_after and m.within("clause_opener", h.hi, fig.lead)):
                continue  # "Eleven civilians died; 20 others ... were injured": a new clause's figure
            if other_outcome:
                continue  # "wounded 12 and displaced 3,000": the figure counts another outcome
        elif fig.hi <= h.lo and h.hi <= end:
            dist, after = 0, True  # between the figure and its noun: "10 جرحى آخرين"
        elif h.lo >= end:
            dist, after = _gap(end, h.lo, m, tokens, cap), True
            if dist > _reach_after(h, fig, end, tokens, m, after_limit) or (_aside_closes(end, h.lo, tokens) and _clause_closed(end, h.hi, tokens, m)) \
                    or _heads_next_count(h, fig, tokens, m, taken):
                continue
        else:
            continue
        # "مقتل شخصين وإصابة آخرين": a harm word after the figure that opens with "و"
        # starts the next clause when one right before the figure opened this one.
        glued = after and h.lo == fig.hi and not (opened and tokens[h.lo].conj)
        # A harm word directly followed by another figure belongs to that one.
        # On a tie a harm noun right after the figure wins ("عدد من الجرحى"),
        # else the word before ("مقتل 5 مدنيين وإصابة آخرين").
        lent = h.lo in taken and taken[h.lo] != fig.lead and not (glued and not opened)
        # "قتل على إثرها 12 مدنيا وأصيب 30": a harm verb after the noun that opens with "و"
        # starts the next clause when one before the figure, in its clause, opened this one.
        opens_next = told_before and after and h.lo >= end and tokens[h.lo].conj
        key = (lent, opens_next, dist, not glued, after)
        if best_key is None or key < best_key:
            best, best_key = h, key
    return best


OUTCOME_REACH = 3  # words from another outcome's word to the figure it heads: "displaced some 3,000"


def _other_outcome(fig: Figure, m: Mentions) -> bool:
    """Whether a word of another outcome than harm heads the figure ("displaced 3,000", "ونزوح
    120 ألف", "وحرمان مئات الآلاف", context.json `other_outcome`), with no victims' noun between:
    "killed 4 displaced people and 2 children" still counts the children."""
    return any(not any(m.within(cat, o.hi, fig.lead) for cat in ("group", "singular", "number"))
               for o in m.within("other_outcome", max(0, fig.lead - OUTCOME_REACH), fig.lead))


def _reach_before(h: Mention, fig: Figure, tokens: list[Token], m: Mentions) -> int:
    """How far a harm word before a count may stand from it: a toll's word reaches across
    what the toll is of to the figure it rose to, in one clause ("the final death toll after
    Tuesday's strike on the market rose to 11", "ارتفعت حصيلة القتلى جراء القصف على السوق
    إلى 9")."""
    if (m.ending("toll_rise", fig.lead) and m.within("total", max(0, h.lo - TOLL_WORDS), h.hi)
            and not clause_break(tokens, h.hi, fig.lead)):
        return TOLL_REACH
    return HARM_BEFORE


def _reach_after(h: Mention, fig: Figure, end: int, tokens: list[Token], m: Mentions, limit: int) -> int:
    """How far a harm word after a count may stand from it. A verb inflected for many
    ("أصيبوا", "قتلوا") agrees with the plural count before it across a description and an
    aside ("أربعة مزارعين كانوا في الحقل، بينهم فتى، أصيبوا"), if no other count comes between.
    A passive with its auxiliary ("were killed"), or a verb whose object is the harm
    ("sustained serious injuries"), reaches back only across an aside set off by commas
    ("nine civilians, among them three boys, were killed"): "three aid workers ... before
    their guards were killed" gives it a subject of its own."""
    passive = m.ending("plural_harm_verb", h.hi) or m.ending("harm_predicate", h.hi)
    parts = False  # "eight people, including children and women, were killed": the aside names parts
    if passive is not None and passive.lo < h.lo:
        opening = _aside_opening(tokens, end, passive.lo)
        if opening is None and not _participle_phrase(end, passive.lo, tokens, m):
            return limit
        parts = opening is not None and m.at("including", opening + 1) is not None
    elif not m.at("plural_harm_verb", h.lo):
        return limit
    if (fig.min or 0) < 2:
        return limit

    def part(j: int) -> bool:
        # fighters named in the aside ("twenty people, mostly fighters") leave the count's side open
        group = m.at("group", j)
        return _after_including(j, tokens, m) or (parts and (group is None or group.value != "combatants"))

    between = [j for j in range(end, h.lo) if _counts(tokens[j], m, j) and not part(j)]
    # "3 مسعفين … أسعفوا الأطفال الذين أصيبوا": a relative clause or another victims' noun
    # gives the verb a subject of its own
    other_subject = any(m.at("relative_pronoun", j) is not None or (m.at("group", j) is not None and not part(j))
                        for j in range(end, h.lo))
    return limit if between or other_subject else PLURAL_VERB_REACH


PARTICIPLE_PHRASE = 5  # words of a phrase describing the victims: "four civilians working in the fields"


def _participle_phrase(end: int, verb: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether a short participle phrase, with no comma, stands between a count's noun and a
    passive verb ("four civilians working in the fields were injured"): it describes the
    victims, the verb is still theirs."""
    return m.at("participle", end) is not None and verb - end <= PARTICIPLE_PHRASE \
        and not clause_break(tokens, end, verb)


ASIDE_AFTER = 4  # words of a phrase between a count's noun and the aside that follows ("three people in Oakdale, ...")


def _aside_opening(tokens: list[Token], end: int, verb: int) -> int | None:
    """The comma opening an aside that ends right before a passive verb ("nine civilians in
    Oakdale, among them three boys, were killed"), after at most a short phrase; None when
    the verb has no such aside before it ("three aid workers ... before their guards were killed")."""
    if verb < 1 or tokens[verb - 1].norm != ",":
        return None
    opening = next((j for j in range(end, min(end + ASIDE_AFTER + 1, verb - 1)) if tokens[j].norm == ","), None)
    return opening


def _heads_next_count(h: Mention, fig: Figure, tokens: list[Token], m: Mentions, taken: dict[int, int]) -> bool:
    """"نزوح 90 ألف شخص وإصابة 3", "displaced 5,000 people and injured 3": a harm word that
    "and" opens and its own victims follow (a figure, or a victim noun: "وإصابة مدني") heads
    the next count; the figure before it is the subject of another verb."""
    joined = tokens[h.lo].conj or (h.lo > 0 and m.at("joiner", h.lo - 1) is not None)
    if not joined:
        return False
    if taken.get(h.lo, fig.lead) != fig.lead:
        return True
    return h.hi < len(tokens) and (m.at("singular", h.hi) is not None)


def _aside_closes(lo: int, hi: int, tokens: list[Token]) -> bool:
    """Whether a bracket opened before token lo closes before hi: "6 مدنيين (أب وأم
    و4 من أبنائهما)، وأصيب شاب" breaks the dead down in an aside; a harm word opening a
    clause after it is the next clause's, not the aside's (but "7 مدنيين (5 أطفال وامرأتان)
    قتلوا": a verb right after the aside is the whole subject's)."""
    depth = 0
    for i in range(lo, hi):
        depth += (tokens[i].norm == "(") - (tokens[i].norm == ")")
        if depth < 0:
            return True
    return False


def _gap(lo: int, hi: int, m: Mentions, tokens: list[Token], cap: int | None = None) -> int:
    """Tokens between lo and hi, not counting fillers ("were", "reportedly"), an aside in
    brackets ("7 مدنيين (5 أطفال وامرأتان) قتلوا") nor the name given right after a
    victim's noun ("a man named Tariq al-Homsi was killed"). Counting stops past `cap`, when
    given: a gap that long is too long, whatever its length."""
    gap = depth = 0
    for i in range(_past_naming(lo, len(tokens), tokens, m), hi):
        norm = tokens[i].norm
        if norm == "(":
            depth += 1
        elif norm == ")" and depth:
            depth -= 1
        elif not depth and not m.at("filler", i):
            gap += 1
            if cap is not None and gap > cap:
                break
    return gap


def _actor(group: Mention, floor: int, sent: Sentence, m: Mentions) -> Mention | None:
    """The party whose fighters a noun names: "ISIS militants", "عناصر من
    قوات النظام". A name before the noun must come after `floor` (the figure)."""
    lo = max(sent.lo, floor, group.lo - ACTOR_GAP - 2)
    for b in m.within("belligerent", lo, min(sent.hi, group.hi + ACTOR_GAP + 1)):
        if group.lo - ACTOR_GAP <= b.hi <= group.lo:
            return b
        # "9 عناصر جراء الضربات الإسرائيلية", "fighters killed by ISIS": a party after a strike or
        # harm word struck them, it is not their side.
        between = ("strike", "attack", "harm")
        if group.hi <= b.lo <= group.hi + ACTOR_GAP and not any(m.within(c, group.hi, b.lo) for c in between):
            return b
    return None


def counts_in(sent: Sentence, tokens: list[Token], m: Mentions, blocked: set[int]) -> list[Count]:
    """Casualty counts in one sentence: figures tied to a harm word, and
    single victims named by a noun ("مقتل طفل", "a child was killed")."""
    if _teaser(sent, tokens):
        return []
    figures = [f for f in find_figures(tokens, sent.lo, sent.hi, m, blocked) if is_count(f, tokens, m)]
    # Harm words that a figure immediately follows ("مقتل 5", "killed at least
    # 5", "the wounded were 6") are claimed by that figure first.
    leads = {f.lead for f in figures}
    taken = {h.lo: _predicate_start(h.hi, sent, m) for h in m.within("harm", sent.lo, sent.hi)}
    taken = {lo: lead for lo, lead in taken.items() if lead in leads}
    counts: list[Count] = []
    used_nouns: set[int] = set()
    unpaired: list[Figure] = []
    for k, fig in enumerate(figures):
        if fig.group and k and figures[k - 1].hi == fig.lo and not tokens[fig.lo].conj:
            continue  # apposition: "طفلين شقيقين" is two children who are brothers; "طفلين وامرأتين" a list
        heads = [c for c in counts if not c.part]
        count, noun = _figure_count(fig, sent, tokens, m, taken, counts, heads)
        if count is None:
            unpaired.append(fig)
            continue
        if noun is not None:
            used_nouns.add(noun.lo)
        count.part = _is_part(count, counts[-1] if counts else None, tokens, m)
        counts.append(count)
    for count, noun in _listed_before_harm(unpaired, counts, sent, tokens, m, taken):
        used_nouns.add(noun.lo)
        counts.append(count)
    singles = _singulars(sent, tokens, m, used_nouns, blocked, counts)
    counts.extend(singles)
    # "Two men and a boy were wounded": a list that ends in one victim's noun shares
    # the harm word that noun found, so the figures before it are looked at once more
    listed = {c.lo for c in counts}
    rest = [f for f in unpaired if f.lo not in listed]
    if singles and rest:
        counts.extend(count for count, _ in _listed_before_harm(rest, counts, sent, tokens, m, taken))
    counts.extend(_lone_victims(sent, tokens, m, figures, blocked))
    _others_of_one(counts, m)
    counts.extend(_another(sent, tokens, m, blocked, counts))
    counts.extend(_pronoun_victims(sent, tokens, m, blocked, counts))
    # "قتل ثلاثة أطفال ... وانتشلت جثة أحدهم": one of the victims already counted, no new one
    # ("أحدهما طفل" still says what one of them was)
    counts = [c for c in counts if not (m.at("one_of_them", c.lo) and c.group == "unknown"
                                        and any(o.kind == c.kind and o.hi <= c.lo for o in counts))]
    counts.sort(key=lambda c: c.lo)
    _share_party(counts, tokens, m)
    _mark_parts(counts, tokens, m)
    counts = _without_named_civilians(counts, tokens, m)
    sums, absorbed = _sums(counts, tokens, m)
    kept = [c for c in counts if all(c is not a for a in absorbed) and not _item_of_total(c, counts, sums, m)]
    return [b for c in kept + sums for b in _joint_bounds(c)]


def _item_of_total(count: Count, counts: list[Count], sums: list[Count], m: Mentions) -> bool:
    """Whether a count of both kinds is an item of a total of both kinds: summed into it
    ("killed and wounded 5 men and 3 women") or a subgroup listed after it with no harm word
    of its own ("8 civilians, 5 men and 3 women"). Such an item bounds neither kind: all
    three women may be among the wounded."""
    if count.kind != MIXED:
        return False
    if any(s.kind == MIXED and s.lo <= count.lo and count.hi <= s.hi for s in sums):
        return True
    return count.group in SUBGROUPS and any(
        h.kind == MIXED and h.hi <= count.lo and not m.within("harm", h.hi, count.lo) for h in counts)


def _joint_bounds(count: Count) -> list[Count]:
    """A total of killed and injured together ("قتل وجرح 15 مدنياً", "20 dead and wounded")
    counts neither kind but bounds each: at least one of each, and at most the total less
    the one of the other kind. A part of such a total ("including 4 children") bounds
    neither: all four may be wounded. Other counts are returned as they are."""
    if count.kind != MIXED:
        return [count]
    if count.part or count.min is None or count.min < 2:
        return []
    high = count.max - 1 if count.max is not None else None
    return [replace(count, kind=kind, min=1, max=high, joint=True) for kind in ("killed", "injured")]


def _names_both(harm: Mention, m: Mentions) -> bool:
    """Whether a mixed harm word names the killed and the injured both: "casualties",
    "ضحايا" and "between dead and missing" do not."""
    return not m.within("unsaid_harm", harm.lo, harm.hi)


def _joint_after(end: int, m: Mentions) -> bool:
    """Whether the words after a figure's noun name the dead and the wounded together:
    "17 مدنياً بين قتيل وجريح", "14 dead and wounded" (not "4 مزارعين بينهم إصابات بليغة")."""
    harm = m.at("harm", end)
    return harm is not None and harm.value == MIXED and _names_both(harm, m)


def _predicate_start(j: int, sent: Sentence, m: Mentions) -> int:
    """Where the predicate of a harm noun opens: past a copula ("the wounded were 6",
    "والمصابون هم 6 أطفال"), the figure it is equated with is that noun's own."""
    while j < sent.hi and (m.at("filler", j) or m.at("copula", j)):
        j = (m.at("filler", j) or m.at("copula", j)).hi
    return j


def _listed_before_harm(unpaired: list[Figure], counts: list[Count], sent: Sentence, tokens: list[Token],
                        m: Mentions, taken: dict[int, int]) -> list[tuple[Count, Mention]]:
    """"Two women and four children were killed", "طفلين وامرأتين قتلوا": the
    harm word after a list belongs to every victim noun listed before it, not
    only to the last, nearest one."""
    out: list[tuple[Count, Mention]] = []
    for fig in reversed(unpaired):
        after = sorted(counts + [c for c, _ in out], key=lambda c: c.lo)
        for nxt in (c for c in after if c.lo >= fig.hi):
            count, noun = _figure_count(replace(fig, kind=nxt.kind), sent, tokens, m, taken, [], [])
            # only a figure of a victim noun: "20 houses and 3 civilians" lists no 20 dead
            if count is not None and (noun is not None or fig.group) \
                    and _conjoined(count, nxt.lo, tokens, m):
                out.append((count, noun or Mention("dual", fig.lo, fig.hi, count.group)))
            break
    return out


def _teaser(sent: Sentence, tokens: list[Token]) -> bool:
    """A line cut short with an ellipsis below the opening line ("Civilian killed in
    gunfire in northern…") is a link to another story, not this page's report."""
    return sent.hi - sent.lo > 1 and tokens[sent.hi - 1].norm == ELLIPSIS and tokens[sent.lo].para > 0 and (
        sent.hi == len(tokens) or tokens[sent.hi].para != tokens[sent.hi - 1].para)


def _conjoined(prev: Count, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether a count starting at token lo follows `prev` in a list: "a woman
    and three children", "امرأة وطفلين", "a woman, a child"; "3 عناصر من الفصيل وطفل": after
    the party that names the fighters counted before."""
    if prev.actor is not None and prev.actor.lo >= prev.hi and lo > prev.hi and m.at("partitive", prev.hi):
        prev = replace(prev, hi=prev.actor.hi)
    if lo == prev.hi:
        return tokens[lo].conj  # Arabic "و" is glued to the next word; "طفل رضيع" is one infant
    if lo == prev.hi + 2 and m.at("indefinite", prev.hi + 1):
        lo -= 1  # "a woman and her three children": a determiner opens the next count
    if lo == prev.hi + 1 and tokens[prev.hi].norm == "," and _apposition(prev, lo, tokens, m):
        return False
    if lo == prev.hi + 2 and tokens[prev.hi].norm == "," and m.at("joiner", prev.hi + 1):
        # "a woman, a child, and a man": the comma before "and" ends a list of three or more;
        # after a single victim (", and three children were injured") it opens a new clause
        return prev.lo > 0 and tokens[prev.lo - 1].norm == ","
    return lo == prev.hi + 1 and (bool(m.at("joiner", prev.hi)) or tokens[prev.hi].norm == ",")


def _apposition(prev: Count, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """"his brother, a teacher,": one victim named again by what he was, after a comma and
    an indefinite article, when the first was not told with one; "a woman, a child" and
    "two children, a woman" are lists."""
    return prev.max == 1 and bool(m.at("apposition_article", lo)) and not m.at("apposition_article", prev.lo)


def _mark_parts(counts: list[Count], tokens: list[Token], m: Mentions) -> None:
    """A count after "including" refines an earlier one, and so does every
    count listed with it ("including three children and five women")."""
    for i, count in enumerate(counts):
        count.part = _is_part(count, counts[i - 1] if i else None, tokens, m)


def _is_part(count: Count, prev: Count | None, tokens: list[Token], m: Mentions) -> bool:
    # "including 3 children", "3 of them children", and "two women, one of them pregnant":
    # a count that "of them" follows or fills is one of the victims counted before
    if _after_including(count.lo, tokens, m) or m.within("of_them", count.lo + 1, count.hi + 1):
        return True
    if m.within("partitive", count.lo + 1, count.hi) and m.within("harm", count.lo + 1, count.hi):
        return True  # "two of the dead were children": some of the dead (`_drawn_group`)
    if prev is not None and not prev.part and prev.hi < count.lo and _opens_aside(prev.hi, count.lo, tokens, m):
        return True  # "7 مدنيين (5 أطفال وامرأتان)", "مدنيان (رجل وامرأة)": an aside names the victims counted
    return prev is not None and prev.part and prev.kind == count.kind and _conjoined(prev, count.lo, tokens, m)


def _after_including(lo: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether "including" (or "وهم", "among them") comes right before token lo. After a
    harm noun "هم" is a copula: "والمصابون هم 6 أطفال" equates the wounded with the six,
    it lists no part of the victims counted before."""
    cue = m.ending("including", lo) or m.ending("including", lo - 1)
    if cue is None or not m.at("copula", cue.lo):
        return cue is not None
    harm = m.ending("harm", cue.lo)
    # "7 قتلى وهم 3 أطفال": a harm noun with a figure of its own is counted; "هم" lists its parts.
    return harm is None or (harm.lo > 0 and _counts(tokens[harm.lo - 1], m, harm.lo - 1))


def _counts(token: Token, m: Mentions, i: int) -> bool:
    """Whether the word at token i is a figure: digits or a number word."""
    return token.norm.isdigit() or any(m.ending(cat, i + 1) for cat in FIGURE_CATEGORIES)


def _listable(count: Count) -> bool:
    """A count that adds up with the victims listed next to it: a subgroup, or civilians
    named beside them ("رجل وابنه", "a child and a civilian", "شخصان وأربعة أطفال")."""
    return not count.part and count.group in (*SUBGROUPS, "civilians")


def _sums(counts: list[Count], tokens: list[Token], m: Mentions) -> tuple[list[Count], list[Count]]:
    """"مقتل امرأة وطفلين": victims listed by subgroup with no total given
    add up to a civilian count (3); a list after "including" adds nothing.
    Returns the sums and the lone civilians they absorb: such a civilian is
    counted by the sum only ("رجل وابنه" is no figure of one civilian)."""
    out: list[Count] = []
    absorbed: list[Count] = []
    run: list[Count] = []
    restating = False  # the run names who the civilians counted right before it were
    for count in [*counts, None]:
        listed = (count is not None and run and count.kind == run[-1].kind and _listable(count)
                  and (_conjoined(run[-1], count.lo, tokens, m) or _named_between(run[-1], count.lo, tokens, m)
                       or (_placed_between(run[-1], count.lo, tokens, m) and not _own_place_after(count.hi, m))
                       or _opens_aside(run[-1].hi, count.lo, tokens, m)))
        breaks = bool(listed) and (_restated(run[-1], count, tokens, m) or _opens_aside(run[-1].hi, count.lo, tokens, m))
        if listed and not breaks:
            run.append(count)
            continue
        if restating:
            absorbed.extend(c for c in run if c.group == "civilians")  # "two civilians, a man and his son"
        elif len(run) >= 2 and all(c.min is not None for c in run):
            low = sum(c.min for c in run)
            high = None if any(c.max is None for c in run) else sum(c.max for c in run)
            out.append(Count(run[0].kind, "civilians", low, high, run[0].lo, run[-1].hi))
            absorbed.extend(c for c in run if c.group == "civilians")
        restating = breaks and run[-1].group == "civilians" and run[-1].max != 1
        run = [count] if count is not None and _listable(count) else []
    return out, absorbed


def _restated(prev: Count, count: Count, tokens: list[Token], m: Mentions) -> bool:
    """"four civilians, three men and a boy", "11 آخرون، سبعة أطفال": victims named after a
    comma next to a count of civilians restate who they were; "and" adds them
    ("شخصان وأربعة أطفال" are six)."""
    several = any(c.group == "civilians" and c.max != 1 for c in (prev, count))
    joiner = m.at("joiner", count.lo - 1)
    return several and not (tokens[count.lo].conj or (joiner is not None and tokens[joiner.lo].norm.isalpha()))


def _named_between(prev: Count, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """"المواطن سامر العلي وابنه": the next victim of a list after the name of the one before."""
    if not tokens[lo].conj or not 0 < lo - prev.hi <= NAME_SPAN:
        return False
    return all(name_word(tokens, j, m) for j in range(prev.hi, lo))


GENITIVE_SPAN = 2  # words of the thing a victim's noun is of: "سائق سيارة الإسعاف"


def _named_after_title(prev: Count, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """"الطفل أحمد سامر ووالدته": a victim's name follows a noun with the article (a title:
    "the child", "the young man"), and the next victim of the list comes after it; so does
    what a bare noun is of ("سائق سيارة الإسعاف وزوجته", up to a word with the article), and
    "others" ("أربعة أطفال آخرون وامرأة"). After a bare noun other words are no name ("رجل
    وأولاده وشقيقته")."""
    if not _named_between(prev, lo, tokens, m):
        return False
    if all(m.at("others", j) for j in range(prev.hi, lo)):
        return True
    genitive = lo - prev.hi <= GENITIVE_SPAN and definite(tokens, lo - 1) \
        and not any(tokens[j].conj for j in range(prev.hi, lo))
    return genitive or definite(tokens, prev.lo)


def _placed_between(prev: Count, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """"طفلة في قرية X وسيدة في قرية Y": the next victim of a list after where the one before
    was harmed. She shares the harm word; the two add up only when she has no place of her own
    ("امرأة في الوادي وطفلاها" are three)."""
    if not tokens[lo].conj or not 0 < lo - prev.hi <= NAME_SPAN or not m.at("not_in_name", prev.hi):
        return False
    return all(m.at("not_in_name", j) or name_word(tokens, j, m) for j in range(prev.hi, lo))


def _past_others(j: int, m: Mentions) -> int:
    """The token after "other" words at token j ("ومدني آخر في قرية Y"), else j."""
    while m.at("others", j):
        j = m.at("others", j).hi
    return j


def _own_place_after(j: int, m: Mentions) -> bool:
    """Whether a victim's own place follows her at token j ("وسيدة في قرية Y", "ومدني آخر في Y")."""
    j = _past_others(j, m)
    return bool(m.at("not_in_name", j) or m.at("victim_place_before", j))


SECOND_NAME_SPAN = 4  # words of the name a titled second victim is given ("والطفل رامي سليم الحسن")


def _list_goes_on(kind: str, j: int, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """Whether what follows a victim listed after a name or a place (at token j) leaves the
    list's harm to that victim: the sentence's end or a mark, the strike ("بقصف"), where she was
    ("في قرية Y", "على طريق"), another victim ("وطفلاها") or a harm word of the same kind. Her
    own state ("ووالدته أصيبت", "وشقيقته بحالة خطرة", "وزوجته نجت", "ووالده يناشد") is not the
    list's, but "and" opening another harm ("والطفل رامي وإصابة طفلين") is. "Other" after her is
    passed over, and so is a titled victim's own name ("والطفل رامي الحسن") when the sentence
    ends, the strike or a harm comes after it; after a bare relative a word may be anything
    ("ووالده مختار القرية")."""
    j = _past_others(j, m)
    if definite(tokens, j - 1):
        k = j
        while k < min(sent.hi, j + SECOND_NAME_SPAN) and name_word(tokens, k, m):
            k += 1
        if k > j:
            return _after_list(kind, k, sent, tokens, m, places=False)
    return _after_list(kind, j, sent, tokens, m, places=True)


def _after_list(kind: str, j: int, sent: Sentence, tokens: list[Token], m: Mentions, places: bool) -> bool:
    """`_list_goes_on` at the word after the victim (and her name); `places`: whether where she
    was may come next."""
    if j >= sent.hi or not tokens[j].norm.isalpha():
        return True
    harm = m.at("harm", j)
    if harm is not None:  # her own harm, unless "and" opens a clause of its own ("وإصابة طفلين")
        return harm.value == kind or tokens[j].conj
    if m.at("own_state", j):
        return False
    if m.at("strike", j) or m.at("attack", j) \
            or (places and (m.at("not_in_name", j) or m.at("victim_place_before", j))):
        return True
    return tokens[j].conj and any(m.at(cat, j) for cat in ("singular", "group", "dual", "number"))


def _leading_harm(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """The harm word before a figure in its own clause, words before its subject perhaps:
    "أصيب في القصف أربعة مزارعين"."""
    led = m.before("harm", fig.lo)
    return led if led is not None and led.lo >= clause_of(tokens, sent, fig.lo)[0] else None


def _split_after(end: int, led: Mention | None, m: Mentions) -> bool:
    """Whether the words after a figure's noun split it between harm kinds:
    "قتيلاً وجريحاً", "بين شهيد وإصابتين", "dead and wounded", "خمسة مدنيين بينهم قتلى".
    After the harm word that leads the figure (`led`), "among them" and a harm word of its
    kind tell of the victims counted: "إصابة 4 مزارعين بينهم إصابات بليغة" (grave wounds)."""
    harm = m.at("harm", end)
    if harm is not None:
        return harm.value == MIXED
    if not m.at("between", end):
        return False
    after = next((x for x in (m.at(cat, end + 1) for cat in ("harm", "dual_harm", "singular_harm")) if x), None)
    if after is None:
        return False
    return not (m.at("including", end) and led is not None and after.value == led.value)


def _figure_count(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions, taken: dict[int, int],
                  counts: list[Count], heads: list[Count]) -> tuple[Count | None, Mention | None]:
    """The count a figure states, with the noun it counts, if it is one."""
    noun = None
    group = fig.group
    told = _told_of_drawn(fig, sent, tokens, m, taken) if group is None and not fig.vague else None
    named = m.ending("group", fig.lo) if m.at("definite", fig.lo) else None
    if named is not None:
        group = named.value  # "أطفالها الثلاثة" counts the noun before it
    elif m.at("postnominal", fig.lo) and fig.hi - fig.lo == 1:
        # "مدنيين اثنين" counts the noun before it; "عائلة واحدة" counts nothing;
        # "اثنان من أبنائها", "اثنان آخران" count the noun after it, "وإصابة اثنين" people
        before = m.ending("group", fig.lo) or m.ending("singular", fig.lo)
        if before is not None:
            group = before.value
            fig = replace(fig, lead=before.lo)  # "مقتل مدنيين اثنين": the harm word opens the noun
        elif not (m.at("others", fig.hi) or (m.at("partitive", fig.hi) and m.at("group", fig.hi + 1))
                  or m.ending("harm", fig.lo) or m.at("of_them", fig.hi) or told
                  or _drawn_group(fig, sent, tokens, m)):
            return None, None
    # "three of them children": a figure that "of them" follows refines the count before it
    # ("بينهم" is no such word: "اثنين بينهم شاب" are two, one of them a young man)
    of_them, trailing = m.at("of_them", fig.hi), None
    if group is None:
        noun = _group_after(fig, tokens, sent, m) or _drawn_group(fig, sent, tokens, m) or (
            trailing := _part_noun(of_them, sent, m, heads) if of_them is not None else None)
        if noun is None and of_them is not None and heads and of_them.hi < sent.hi \
                and of_them.hi not in m.figure_starts and not tokens[of_them.hi].norm[0].isdigit():
            # "five wounded, three of them seriously": some of the victims counted before, told
            # apart by their state, no count of their own ("27 منهم 5 حالات بتر": the 27 is the count)
            return None, None
        if noun is not None and noun.category == "others":
            # "10 others" are others of the head group, not of "including 3 children"
            group = heads[-1].group if heads else "unknown"
        elif noun is not None:
            noun = _fighters_after(noun, sent, m) or noun
            group = noun.value
    if group is None and noun is None:
        # "مقتل 7 من قسد", "5 of ISIS", "3 جرحى لقوات النظام": fighters of the party named
        party = _party_of(fig, sent, tokens, m)
        if party is not None:
            noun, group = party, "combatants"
    one_of_them = m.at("one_of_them", fig.lo) and m.ending("harm", fig.lo)  # "فأصيب أحدهما": one victim
    if noun is None and not told and ((m.at("needs_noun", fig.lo) and not one_of_them) or (
            fig.vague and not m.at("harm", fig.hi) and not _bare_after_harm(fig, sent, tokens, m))):
        return None, None  # "أحد معسكراتها", "عدد من الأبقار": not people
    # "3 شهداء وجرحى": a plural noun after the figure is the one it counts, the wounded
    # beside it are not counted; "25 قتيلا وجريحا", "عشرات القتلى والجرحى" stay totals
    pair = m.at("counted_pair", fig.hi) if noun is None and not fig.vague else None
    after = noun.hi if noun is not None else fig.hi
    # "17 مدنياً بين قتيل وجريح": a total of dead and injured, which only bounds each
    joint = pair is None and _joint_after(after, m)
    if pair is None and not joint and _split_after(after, _leading_harm(fig, sent, tokens, m), m):
        return None, None  # "بين شهيد وإصابتين" counts each apart; "بين قتيل ومفقود" neither
    kind = pair.value if pair is not None else MIXED if joint else fig.kind
    # "بينهم طفلان وأكثر من عشرة جرحى": a figure with its own harm noun is not the list's
    # "(5) شهداء": a figure's own closing bracket ends no aside before its harm noun
    end = noun.hi if noun is not None else (told[0].hi if told else fig.hi + (fig.lo > sent.lo and set_off(tokens, fig)))
    own_harm = end < sent.hi and m.at("harm", end) and not tokens[end].conj
    if kind is None and counts and not own_harm and (
            trailing is not None or _after_including(fig.lo, tokens, m)
            or (counts[-1].part and _conjoined(counts[-1], fig.lead, tokens, m))):
        kind = counts[-1].kind
    if kind is None:
        harm = told[1] if told else _harm_for(fig, end, sent, tokens, m, taken)
        if harm is None:
            return None, None
        kind = _listed_kind(harm, fig, end, counts, tokens, m, taken)
        if kind == MIXED and not _names_both(harm, m):
            return None, None  # "12 casualties" says neither how many died nor that anyone did
    if noun is not None and noun.category == "others" and heads and heads[-1].kind != kind \
            and heads[-1].group in SUBGROUPS:
        group = "civilians"  # "مقتل 5 أطفال وإصابة 12 آخرين": the injured are other people, not children
    if group is None:
        before = _group_before(fig, sent, m)
        if before is not None and (any(c.lo <= before.lo < c.hi for c in counts) or m.at("singular", before.lo)
                                   or m.ending("including", before.lo)
                                   or _clause_closed(before.hi, fig.lo, tokens, m)):
            # that noun is another figure's ("two fighters and dozens of injuries"), counts
            # itself ("قتل رجل وامرأة، و14 جريحا": one woman, not 14 women), names some of
            # the victims counted before ("7 قتلى بينهم أطفال وأكثر من 30 جريحا"), or belongs
            # to the clause a harm word closes ("بينهم نساء، وأصيب العشرات")
            before = None
        group = before.value if before else "unknown"
    hi = noun.hi if noun is not None else fig.hi
    high = fig.max
    later = m.at("modifier_after", hi)
    if later is not None and later.value == "ge" and fig.min is not None:
        high = None  # "5 civilians at least"
    actor = None
    if noun is not None and noun.category == "belligerent":
        actor = noun
    elif group == "combatants":
        actor = _actor(noun or Mention("dual", fig.lo, fig.hi, group), fig.hi if noun else fig.lo, sent, m)
    lo = named.lo if named is not None else fig.lo  # the span of "أطفالها الثلاثة" opens at its noun
    return Count(kind, group, fig.min, high, lo, hi, actor), noun



def _listed_kind(harm: Mention, fig: Figure, end: int, counts: list[Count], tokens: list[Token], m: Mentions,
                 taken: dict[int, int]) -> str:
    """"The dead were 5 children and 2 women, while the wounded were 6": a figure listed
    right after a count shares that count's harm, not the harm word after it that heads
    another figure's clause."""
    lent = harm.lo >= end and taken.get(harm.lo, fig.lead) != fig.lead
    if lent and counts and not counts[-1].part and _conjoined(counts[-1], fig.lead, tokens, m):
        return counts[-1].kind
    return harm.value


def _party_of(fig: Figure, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """The party whose people a figure counts, named right after it or after its harm noun:
    "7 من قسد", "3 wounded of the regime's forces", "3 جرحى لميليشيا أسد" ("لـ": belonging to).
    A party after a strike word ("قصف لقوات النظام") is the attacker, never reached here."""
    j = fig.hi
    harm = m.at("harm", j)
    if harm is not None and harm.value != MIXED:
        j = harm.hi
    if j < sent.hi and m.at("partitive", j):
        j += 1
        while j < sent.hi and m.at("filler", j):
            j = m.at("filler", j).hi
        party = m.at("belligerent", j) if j < sent.hi else None
        # "two dead of the Russian airstrikes": an English party word before a strike names
        # the strike's maker, not the victims' side ("7 من قسد بهجوم" is the side's seven)
        if party is not None and tokens[party.lo].norm.isascii() and _strike_at(party.hi, sent, tokens, m):
            return None
        return party
    party = m.at("belligerent", j) if harm is not None and j < sent.hi else None
    return party if party is not None and _belonging(tokens[j]) else None


def _strike_at(j: int, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """Whether a strike or attack word stands at token j, past a possessive "'s"."""
    if j < sent.hi and tokens[j].norm in ("'s", "s"):
        j += 1
    return j < sent.hi and (m.at("strike", j) is not None or m.at("attack", j) is not None)


def _share_party(counts: list[Count], tokens: list[Token], m: Mentions) -> None:
    """"قتيل و4 جرحى لميليشيا أسد", "two killed and three wounded of the regime's forces":
    a party named after the last count of a list is the party of every count listed
    that names no victims of its own."""
    for i in range(len(counts) - 2, -1, -1):
        count, nxt = counts[i], counts[i + 1]
        harm = m.at("harm", count.hi)  # "two killed and ...": the count's own harm word
        listed = replace(count, hi=harm.hi) if harm is not None else count
        if count.group == "unknown" and nxt.group == "combatants" and nxt.actor is not None \
                and nxt.actor.lo >= nxt.lo and _conjoined(listed, nxt.lo, tokens, m):
            count.group, count.actor = nxt.group, nxt.actor


def _belonging(token: Token) -> bool:
    """Whether a word carries the Arabic "لـ" of belonging ("لقوات", "للنظام")."""
    return any(token.norm == prefix + form for prefix in BELONGING for form in token.forms[1:])


def _harm_after_name(s: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """"المواطن سامر العلي (38 عاما) أصيب", "Man named Tariq al-Homsi killed": the verb
    after the victim's name."""
    start = _past_naming(s.hi, sent.hi, tokens, m)
    for j in range(start, min(sent.hi, start + NAME_SPAN + 1)):
        harm = m.at("harm", j)
        if harm is not None:
            return harm if j > s.hi and not _acts_on(harm, tokens, m) else None
        norm = tokens[j].norm
        if not (norm.isalpha() or norm.isdigit() or norm in "()\"'") or any(
                m.at(cat, j) for cat in ("group", "singular", "number", "belligerent", "speaker", "joiner")):
            return None
    return None


def _past_naming(j: int, hi: int, tokens: list[Token], m: Mentions) -> int:
    """The token after a name given at token j, right after a victim's noun ("named Tariq
    al-Homsi", ", named as Salma Odeh Rifai,", "girls named Lina Haddad and Rima Saad",
    "يدعى سامر العلي"); j when none is given there, or when what follows the name is neither
    a verb nor the comma closing it: "victims named by the ministry" gives no name."""
    comma = j < hi and tokens[j].norm == ","
    cue = m.at("naming", j + comma) if j + comma < hi else None
    if cue is None:
        return j
    k, words = cue.hi, 0
    while k < hi and words <= NAME_SPAN:
        if name_word(tokens, k, m):
            words += tokens[k].norm.isalpha()
        elif not ((m.at("joiner", k) or m.at("name_link", k)) and k + 1 < hi and name_word(tokens, k + 1, m)):
            break  # "and" goes on only to a second name, "from" only to a place ("named Omar from Ariha")
        k += 1
    if words == 0 or words > NAME_SPAN or k >= hi:
        return j
    if tokens[k].norm == ",":
        return k + 1 if comma else k
    harm = m.at("harm", k)
    if harm is not None:
        return j if _acts_on(harm, tokens, m) else k
    return k if m.at("filler", k) else j


OBJECT_AFTER_UNIT = 2  # modifiers between an age or harm word and the victims ("2 injured Syrian refugees")


def _acts_on(harm: Mention, tokens: list[Token], m: Mentions) -> bool:
    """Whether a harm verb has its victims right after it ("killed two civilians", "killed
    his brother"): the word before it names who did it, not who suffered it. A passive has
    none ("was injured two days ago"), nor has a verb before a word a clitic opens ("أصيبت
    بعدة شظايا": wounded by several shards), a span of time or way ("killed a day after",
    "أصيب 5 مرات") or another count ("Child killed 3 injured")."""
    j = harm.hi
    if j >= len(tokens) or tokens[j].conj or tokens[j].particle or _passive(harm, m) \
            or m.within("intransitive_harm", harm.lo, harm.hi):
        return False  # "died a victim of ...", "استشهد 3 أيام بعد": such a verb takes no victims
    if any(m.at(cat, j) for cat in ("group", "singular")):
        return True
    figure = next((f for f in (m.at(cat, j) for cat in FIGURE_CATEGORIES) if f is not None), None)
    determiner = m.at("indefinite", j)
    if figure is None and determiner is not None and not m.at("unit_after", determiner.hi):
        # "kills a 5-year-old girl", "kills his own brother"
        return _victim_within(determiner.hi, MODIFIERS_BEFORE_NOUN, tokens, m)
    end = figure.hi if figure is not None else j + 1 if tokens[j].norm.isdigit() else None
    if end is None or end >= len(tokens) or any(m.at(cat, end) for cat in ("group", "singular")):
        return end is not None
    word = m.at("unit_after", end) or m.at("harm", end)
    if word is not None:
        # "killed a day after", "killed 3 km from", "Child killed 3 injured"; but "kills one
        # year old son", "kills 2 injured civilians": the victims right after an age or harm word
        k = _age_end(word, tokens, m) if word.category == "unit_after" else word.hi
        return k is not None and _victim_within(k, OBJECT_AFTER_UNIT, tokens, m)
    return True


def _age_end(unit: Mention, tokens: list[Token], m: Mentions) -> int | None:
    """The token after an age ("year old", "year-old"): a unit word with its age word; None
    when the unit tells a span or a distance ("a day after", "3 km from")."""
    if any(m.at("age_word", k) for k in range(unit.lo, unit.hi)):
        return unit.hi
    k = unit.hi + (unit.hi < len(tokens) and tokens[unit.hi].norm == "-")
    return k + 1 if k < len(tokens) and m.at("age_word", k) else None


def _victim_within(j: int, reach: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether a victim noun stands within `reach` tokens from j, past modifiers and an age
    ("a 5-year-old girl", "his own brother"), before any preposition, unit or clause break
    ("a few hours after his mother ...")."""
    k, end = j, min(len(tokens), j + reach + 1)
    while k < end:
        if any(m.at(cat, k) for cat in ("group", "singular")):
            return True
        unit = m.at("unit_after", k)
        if unit is not None:
            after = _age_end(unit, tokens, m)
            if after is None:
                return False  # a span or a distance, no age
            k = after
            continue
        if m.at("partitive", k) and k > j and (
                tokens[k - 1].norm.isdigit() or any(m.ending(cat, k) for cat in (*FIGURE_CATEGORIES, "indefinite"))):
            k += 1  # "a couple of civilians", "one of his relatives"
            continue
        if tokens[k].norm in ",;.:" or tokens[k].conj or tokens[k].particle \
                or m.at("object_stop", k) or m.at("including", k):
            return False
        k += 1
    return False


def _singulars(sent: Sentence, tokens: list[Token], m: Mentions, used: set[int], blocked: set[int],
               counted: list[Count]) -> list[Count]:
    """"مقتل طفل", "killing a child", "a woman was injured": one victim."""
    out: list[Count] = []
    unpaired: list[tuple[Count, bool]] = []  # with whether it is bare, without an article
    for s in m.within("singular", sent.lo, sent.hi):
        # "طفل 5 سنوات" is no victim count, but "رجل وثلاثة من أطفاله" lists one
        numbered = m.at("number", s.hi) and not tokens[s.hi].conj
        # "minor injuries": a victim noun that is also an adjective, describing the harm noun after it
        # "وطفلاهما" is a dual ("their two children"), not the singular "طفلا" with a suffix
        if s.lo in used or s.lo in blocked or numbered or _counted_noun(s, sent, tokens, m) or _in_name(s, m) \
                or _describes_noun_before(s, sent, tokens, m) or m.at("attributive", s.lo) or m.at("dual", s.lo):
            continue
        article = _article_before(s, sent, m)
        lo = s.lo if article is None else article
        if _possessor(s, lo, sent, tokens, m):
            continue
        if (m.ending("attribution", lo) and not _harm_follows(s.hi, sent, m)) or m.at("attribution", s.hi) \
                or _describes_speaker(s, lo, sent, tokens, m):
            # "وقال طبيب في المشفى إن ...", "a local resident said": the noun names the speaker;
            # "reported a child was killed" tells of a victim
            continue
        harm = _singular_harm(s, lo, article is not None, sent, tokens, m, sorted(out + counted, key=lambda c: c.hi))
        actor = _actor(s, lo, sent, m) if s.value == "combatants" else None
        if harm is None:
            # "a woman and ...", or a bare noun before the sentence's harm words ("امرأة وثلاثة
            # أطفال قتلوا"): a victim listed before the harm word of the list
            if article is not None or not m.within("harm", sent.lo, s.lo):
                unpaired.append((Count("", s.value, 1, 1, lo, s.hi, actor), article is None))
            continue
        if harm.value != MIXED:
            out.append(Count(harm.value, s.value, 1, _singular_max(s, m), lo, s.hi, actor))
    # "A boy and a woman were killed": the harm word after a list is every listed victim's;
    # a bare noun's list must end right at it ("امرأة وطفلاها ينجون من قصف قتل 5" survived)
    for victim, bare in reversed(unpaired):
        listed = sorted(out + counted, key=lambda c: c.lo)
        nxt = next((c for c in listed if c.lo >= victim.hi), None)
        if nxt is not None and nxt.kind != MIXED and _conjoined(victim, nxt.lo, tokens, m) \
                and (not bare or _harm_follows(nxt.hi + bool(m.at("auxiliary", nxt.hi)), sent, m)):
            victim.kind = nxt.kind
            out.append(victim)
    return out


def _describes_speaker(s: Mention, lo: int, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """"Four were killed, said Ahmad Yousef, a volunteer with the Civil Defence": a noun (from
    lo) set after the name of the one quoted, once the harm is told, says who he is; he is no
    victim ("Activists said Ahmad Yousef, a farmer, was killed" tells the harm after him, and
    "said Sami Haddad, a civilian who was wounded in the attack" his own)."""
    if m.within("harm", s.hi, clause_of(tokens, sent, s.lo)[1]):
        return False
    j = lo - 1
    if j <= sent.lo or tokens[j].norm != ",":
        return False
    first = j
    while first > sent.lo and j - first < NAME_SPAN and name_word(tokens, first - 1, m):
        first -= 1
    said = m.ending("attribution", first) if first < j else None
    return said is not None and bool(m.within("harm", sent.lo, said.lo))


def _possessor(s: Mention, lo: int, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """"the car of a man": a noun phrase (from lo) after "of" that no harm word leads ("the
    killing of a boy", "the body of a man") owns the thing before it and is no victim by
    itself ("the car of a man, killing him" counts him through the pronoun). One that a person
    is of ("the son of a farmer") stands for that person, and one a harm word follows in its
    clause is a victim ("the home of a child killed in the strike", "of a man who was killed")."""
    link = m.ending("possessor_link", lo)
    if link is None or any(m.ending(cat, at) for cat in ("harm", "singular") for at in (lo, link.lo)):
        return False
    after = next(iter(m.within("harm", s.hi, sent.hi)), None)
    return after is None or clause_break(tokens, s.hi, after.lo)


def _harm_follows(j: int, sent: Sentence, m: Mentions) -> bool:
    """Whether a harm word, or a verb whose object is the harm ("suffered minor injuries"),
    stands at token j, past fillers ("was", "were")."""
    while j < sent.hi and m.at("filler", j):
        j = m.at("filler", j).hi
    return j < sent.hi and (m.at("harm", j) is not None or m.at("harm_predicate", j) is not None)


def _counted_noun(s: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """"نزح أكثر من مئة شخص", "15 شخصاً": a singular noun right after a number is the noun
    that number counts (Arabic counts from eleven up with the singular), never one victim."""
    if s.lo <= sent.lo or tokens[s.lo].conj or tokens[s.lo - 1].para != tokens[s.lo].para:
        return False
    if m.ending("quantity", s.lo):
        return True  # "many civilian deaths": a vague number's noun, never one victim
    before = tokens[s.lo - 1].norm
    word = m.ending("number", s.lo) or m.ending("multiplier", s.lo)
    value = int(before) if before.isdigit() else (word.value if word is not None else 0)
    return value > 2  # "one woman": one and two name the victims themselves


def _singular_max(s: Mention, m: Mentions) -> int | None:
    """"مقتل شخص على الأقل", "one person at least": a lone victim named as a floor is one or more."""
    later = m.at("modifier_after", s.hi)
    return None if later is not None and later.value == "ge" else 1


def _describes_noun_before(s: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """"الشرطة المدنية", "عائلة مدنية", "المناطق المدنية": a victim noun that is also an
    adjective describes the word right before it, unless a harm word, a figure or a list
    leads to it ("وإصابة مدنية", "بينهم مدنية")."""
    if not m.at("adjectival", s.lo) or s.lo <= sent.lo or tokens[s.lo].conj:
        return False
    led = any(m.ending(cat, s.lo) for cat in ("harm", "number", "including", "indefinite"))
    return not led and tokens[s.lo - 1].norm.isalpha()


def _in_name(s: Mention, m: Mentions) -> bool:
    """Whether a victim noun is a word of an organisation's name ("الدفاع المدني")."""
    speaker = m.before("speaker", s.lo + 1)
    return speaker is not None and speaker.lo < s.lo < speaker.hi


def _singular_harm(s: Mention, lo: int, has_article: bool, sent: Sentence, tokens: list[Token], m: Mentions,
                   earlier: list[Count]) -> Mention | None:
    """The harm a one-victim noun phrase (starting at lo) is named with."""
    # "مقتل امرأة وطفل", "killed a woman and a boy": the next noun of a list
    listed = next((c for c in reversed(earlier) if c.hi <= lo and (
        _conjoined(c, lo, tokens, m)
        or ((_named_after_title(c, lo, tokens, m) or _placed_between(c, lo, tokens, m))
            and _list_goes_on(c.kind, s.hi, sent, tokens, m)))), None)
    if listed is None and m.ending("including", lo):  # "5 قتلى بينهم طفل"
        listed = next((c for c in reversed(earlier) if c.hi <= lo), None)
    if listed is None:  # "مقتل مدنيين (رجل وامرأة)": the victims in an aside after a count are its own
        listed = next((c for c in reversed(earlier) if c.hi <= lo and _opens_aside(c.hi, lo, tokens, m)), None)
    if listed is not None:
        return Mention("harm", lo, lo, listed.kind)
    # "مقتل طفل" (harm, noun), "فقد طفل حياته" (noun, harm); a harm word after the
    # noun that opens with "و" starts the next clause ("استشهد مواطن وأصيب طفلان").
    after = m.at("harm", s.hi)
    if after is not None and tokens[s.hi].conj:
        after = None
    harm = m.ending("harm", lo) or after or _verb_before_subject(lo, sent, tokens, m)
    if harm is not None:
        return None if harm is after and _acts_on(harm, tokens, m) else harm
    if has_article:  # "the death of a girl", "a boy was killed"
        # "الجندي الذي قتل 3 جنود": a verb with its victims after it is the noun's deed
        harms = [h for h in m.within("harm", sent.lo, sent.hi) if h.lo < s.hi or not _acts_on(h, tokens, m)]
        # "A boy was killed, and a woman and a girl were injured": past a comma, a noun that a
        # harm word follows later in the sentence is that word's subject, not the one before's
        own_verb = any(h.lo >= s.hi for h in harms)
        near = [h for h in harms if (h.hi <= lo and not (own_verb and clause_break(tokens, h.hi, lo)))
                or 0 <= lo - h.hi <= 1 or lo <= h.lo < s.lo  # "an injured child"
                or (h.lo >= s.hi and _gap(s.hi, h.lo, m, tokens) <= 1)]
        # "A boy was killed, and his sister was hurt", "a girl sustained serious injuries": the
        # verb right after the noun is its own
        predicate = m.at("harm_predicate", s.hi)
        own = next((h for h in harms if predicate is not None and h.hi == predicate.hi), None)
        if own is not None:
            return own
        after = [h for h in near if h.lo >= s.hi and _gap(s.hi, h.lo, m, tokens) == 0]
        # "a man killed, while 12 were injured, a child among them losing a leg": of the
        # words before, the nearest is the noun's
        before = [h for h in near if h.lo < s.lo]
        return (after or before[-1:] or near)[0] if near else None
    return _harm_after_name(s, sent, tokens, m)  # "المواطن سامر العلي (38 عاما) أصيب"


def _verb_before_subject(lo: int, sent: Sentence, tokens: list[Token], m: Mentions) -> Mention | None:
    """The harm verb before a party or weapon that stands right before the victim, its object
    in verb-subject-object order ("قتلت قوات النظام طفلاً", "قتلت مسيرة تركية مدنياً"), all
    in one clause of the victim's sentence."""
    k, steps = lo, 0
    while steps < SUBJECT_PARTS and (part := m.ending("belligerent", k) or m.ending("strike", k)) is not None:
        k, steps = part.lo, steps + 1
    harm = m.ending("harm", k) if steps else None
    if harm is None or harm.lo < sent.lo or clause_break(tokens, harm.lo, lo):
        return None
    return harm


def _without_named_civilians(counts: list[Count], tokens: list[Token], m: Mentions) -> list[Count]:
    """"أربعة مدنيين (رجل وزوجته وابنتاهما)": a civilian an aside names ("their son") is one
    of the civilians counted before it, no count of one; so is one that "including" names by
    what else he was ("7 civilians, including a paramedic", "70 people, including 3 aid
    workers"). Only a part that names civilians or residents after a head that does not
    ("9 people, including 5 residents", "10 أشخاص بينهم 4 مواطنين") tells how many of them
    were civilians (groups.json `civilian_words`)."""
    out: list[Count] = []
    head: Count | None = None
    for count in counts:
        if not count.part:
            head = count
        elif head is not None and count.group == head.group == "civilians" and (
                (head.hi < count.lo and _opens_aside(head.hi, count.lo, tokens, m))
                or (count.kind == head.kind and (_names_civilians(head, None, m) or not _names_civilians(count, head, m)))):
            continue
        out.append(count)
    return out


def _names_civilians(count: Count, head: Count | None, m: Mentions) -> bool:
    """Whether a count's noun, not its `head`'s, names civilians or residents ("three civilians",
    "مدنيين اثنين"; in "4 قتلى مدنيين، ثلاثة منهم طلاب" the word is the head's)."""
    before = m.ending("civilian_word", count.lo)
    return bool(m.within("civilian_word", count.lo, count.hi)) or (
        before is not None and (head is None or before.lo >= head.hi))


def _opens_aside(at: int, lo: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether a bracket opens at token `at` and stays open up to token lo, naming no harm of its own."""
    return tokens[at].norm == "(" and all(tokens[j].norm != ")" for j in range(at + 1, lo)) \
        and not m.within("harm", at + 1, lo)


def _article_before(s: Mention, sent: Sentence, m: Mentions) -> int | None:
    """Start of the indefinite article ("a", "an", "one") opening the noun phrase."""
    for i in range(s.lo, max(sent.lo, s.lo - MODIFIERS_BEFORE_NOUN) - 1, -1):
        article = m.ending("indefinite", i)
        if article is not None:
            return article.lo
        if i < s.lo and (m.at("harm", i) or m.at("group", i) or m.at("singular", i)):
            return None
    return None


def _lone_victims(sent: Sentence, tokens: list[Token], m: Mentions, figures: list[Figure],
                  blocked: set[int]) -> list[Count]:
    """"سقوط شهيد": a singular harm noun with no figure next to it is one victim.
    "أسعفت الفرق المصاب" refers back to a victim the text has told of (or is a
    calamity: "المصاب الأليم"): no one more."""
    out = []
    # "15 قتيلا", "(3) شهيد" is the noun of a figure, not one more victim; but "4 إصابات
    # وشهيد" adds one with "و" after the figure's own noun
    near = {i for f in figures for i in range(f.lo, f.hi + 1)}
    beyond = {f.hi + 1 for f in figures}
    for h in m.within("singular_harm", sent.lo, sent.hi):
        if h.lo in near or (h.lo in beyond and not tokens[h.lo].conj) or h.lo in blocked or named_after(m, tokens, h.lo) \
                or _counted_after(h, tokens, m):
            continue  # "مشفى الشهيد ..." names a place after a martyr
        if m.at("told_harm", h.lo):
            continue
        in_pair = any(x.value == MIXED and x.lo <= h.lo < x.hi for x in m.within("harm", h.lo - 2, h.hi))
        before = m.ending("harm", h.lo)
        if in_pair or (before is not None and not tokens[h.lo].conj and (
                definite(tokens, h.lo) or before.value != h.value or m.at("singular", h.hi) or m.at("group", h.hi))):
            # part of "بين قتيل وجريح", or a noun after a verb (not "4 إصابات وشهيد", "ارتقاء شهيد");
            # "وفاة جريح" is one of the wounded told of, dying; "ارتقاء شهيد مدني" is counted by its victim noun
            continue
        out.append(Count(h.value, "unknown", 1, 1, h.lo, h.hi))
    return out


def _counted_after(h: Mention, tokens: list[Token], m: Mentions) -> bool:
    """Whether a number right after a singular harm noun counts it ("شهيد 3"; "جريحة واحدة"
    is the one), not the next victims that "و" joins ("شهيد وثلاثة جرحى")."""
    number = m.at("number", h.hi)
    return number is not None and (not tokens[h.hi].conj or number.value == 1)


def _another(sent: Sentence, tokens: list[Token], m: Mentions, blocked: set[int],
             counts: list[Count]) -> list[Count]:
    """"قتل مدني وأصيب آخر", "killing one and injuring another": "another" right
    after a harm verb is one more victim, of the group of the victim before it
    ("another two" is the figure's; "جريح آخر" is the noun's own adjective); so is
    "another" before one, after a victim counted ("a man was killed and another injured")."""
    out = []
    for a in m.within("another", sent.lo, sent.hi):
        # "طفل يستشهد وآخر يصاب": a harm verb of its own after "another" is its harm, not the one before it
        before = m.ending("harm", a.lo)
        after = _harm_after_another(a, sent, tokens, m, counts)
        harm = after if after is not None and before is not None and after.value != before.value \
            and after.lo == a.hi else before or after
        if harm is None or harm.value == MIXED or a.lo in blocked or m.at("number", a.hi) \
                or m.at("singular_harm", harm.lo):
            continue
        noun = m.at("singular", a.hi) or m.at("group", a.hi)  # "injured another child"
        if noun is not None and not (tokens[a.hi].conj and noun.category == "singular"):
            out.append(Count(harm.value, noun.value, 1, 1, a.lo, noun.hi))
            continue
        group, actor = _others_group(counts, a.lo, harm.value)
        out.append(Count(harm.value, group, 1, 1, a.lo, a.hi, actor))
        if noun is not None:  # "وأصيب آخر وشاب": "و" lists a second victim, not the other's noun
            out.append(Count(harm.value, noun.value, 1, 1, noun.lo, noun.hi))
    return out


OTHER_GENDER = {"masculine": "women", "feminine": "men"}  # the group a pronoun of that gender cannot stand for


AGE_REACH = 6  # tokens of an age between a figure and its victim's noun ("five - year - old daughter")


def _possessed(j: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether victims stand at token j, as after a possessive "her": "her son", "her two
    children", "her five-year-old daughter" (a figure, maybe an age, and the victim's noun);
    not "her one day before", nor "her, and"."""
    if any(m.at(cat, j) for cat in ("singular", "group", "dual")):
        return True
    figure = m.at("number", j) or m.at("quantity", j)
    if figure is None:
        return False
    hi = min(figure.hi + AGE_REACH, len(tokens))
    return any(m.at(cat, k) for k in range(figure.hi, hi) for cat in ("singular", "group")) \
        and not clause_break(tokens, figure.hi, hi)


def _may_stand_for(pronoun: Mention, noun: Mention, m: Mentions) -> bool:
    """Whether a pronoun of its gender may stand for a victim noun: not for one of the other
    gender's group ("women" for "his"), nor for a noun of the other gender (groups.json `gender`:
    "طفلة" for "مقتله", "مدني" for "إصابتها")."""
    gender = m.at("noun_gender", noun.lo)
    return noun.value != OTHER_GENDER.get(pronoun.value) and (gender is None or gender.value == pronoun.value)


def _pronoun_victims(sent: Sentence, tokens: list[Token], m: Mentions, blocked: set[int],
                     counts: list[Count]) -> list[Count]:
    """"استهدفت مسيرة سيارة مدني، ما أدى إلى مقتله", "hit the car of a man, injuring him": a
    harm word whose object is one victim's pronoun (context.json `one_victim_harm`, or
    `one_victim_object` right after it) counts that victim when a one-victim noun before it in
    the sentence, of a group the pronoun's gender allows, says who. None when that noun is
    counted already with this harm, nor for the wounds of a victim counted ("استشهد شاب بعد
    يومين من إصابته"), nor when the sentence counts this harm before the pronoun (its victim
    may be among them); "her killing and her two children's" counts her. With no noun to refer
    to, the pronoun may be anyone the page told of before; a building "hit with damage"
    (`object_damage`: "ما أدى إلى إصابته بأضرار") is no victim."""
    out = []
    for h in m.within("harm", sent.lo, sent.hi):
        pronoun = m.at("one_victim_harm", h.lo) or m.at("one_victim_object", h.hi)
        if pronoun is None or h.value == MIXED or h.lo in blocked or m.at("object_damage", pronoun.hi):
            continue
        if pronoun.category == "one_victim_object" and _possessed(pronoun.hi, tokens, m):
            continue  # "killing her son": a possessive, her son is the victim
        # the nearest noun the pronoun may stand for: "مقتله" (his) is no woman's, nor a girl's
        noun = next((s for s in reversed(m.within("singular", sent.lo, h.lo)) if _may_stand_for(pronoun, s, m)), None)
        if noun is None:
            continue
        told = [c for c in counts if c.lo <= noun.lo < c.hi]
        # a victim counted already is no one more, and wounds of the dead (of the noun's
        # group, told again by a definite noun: "توفي الطفل ... ما أدى لإصابته") are no injury
        if told and (h.value == "injured" or any(c.kind == h.value for c in told)):
            continue
        if h.value == "injured" and definite(tokens, noun.lo, sent.lo) \
                and any(c.kind == "killed" and c.group == noun.value for c in counts):
            continue
        # "two died when the strike hit the car of a man, killing him": he may be one of the two
        if not told and any(c.kind == h.value and c.lo < h.lo for c in counts):
            continue
        out.append(Count(h.value, noun.value, 1, 1, h.lo, max(h.hi, pronoun.hi)))
    return out


def _harm_after_another(a: Mention, sent: Sentence, tokens: list[Token], m: Mentions,
                        counts: list[Count]) -> Mention | None:
    """The harm word "another" is the subject of, past fillers ("another was injured"), when a
    victim is counted before it and "another" opens its clause ("one civilian killed, another
    wounded", "قتل مدني وآخر أصيب"); not "21 شخصاً آخر بجروح" or "في حادث آخر قتل" (a noun's
    adjective), nor "and another wounded two children" (another shell, with victims of its own)."""
    if not any(c.hi <= a.lo for c in counts):
        return None
    opens = tokens[a.lo].conj or a.lo == sent.lo or clause_break(tokens, a.lo - 1, a.lo) or m.ending("joiner", a.lo)
    if not opens:
        return None
    j = a.hi
    while j < sent.hi and m.at("filler", j):
        j = m.at("filler", j).hi
    harm = m.at("harm", j) if j < sent.hi else None
    if harm is None or any(m.at(cat, harm.hi) for cat in ("number", "quantity", "dual", "group", "singular", "indefinite")) \
            or (harm.hi < sent.hi and tokens[harm.hi].norm[:1].isdigit()):
        return None
    return harm


def _others_group(counts: list[Count], at: int, kind: str) -> tuple[str, Mention | None]:
    """The group (and fighters' party) of the victims counted last before token `at`,
    for "others" of them harmed as `kind`: "قتل طفل وأصيب آخر" need not be a child."""
    prev = max((c for c in counts if c.hi <= at and not c.part), key=lambda c: c.hi, default=None)
    if prev is None:
        return "unknown", None
    group = "civilians" if prev.kind != kind and prev.group in SUBGROUPS else prev.group
    return group, prev.actor if group == "combatants" else None


def _others_of_one(counts: list[Count], m: Mentions) -> None:
    """"مقتل عنصر من الفصائل وجرح 4 آخرين": others counted after one victim named by a
    noun (found after the figures) are others of that victim's group."""
    for count in counts:
        if count.group == "unknown" and not count.part and m.ending("others", count.hi):
            count.group, count.actor = _others_group(counts, count.lo, count.kind)
