"""Harm reported without a figure: "قتلى وجرحى بقصف على ...", "casualties
reported after strikes on ...", "إصابات في صفوف المدنيين", "اعتقلت ... خلال
مداهمة" (a raid's detainees named, not counted).

Such a post still tells fusion that harm happened at a place and time, so it
becomes a claim with no figure (min and max None) that clusters with the
numbered reports of the same strike but adds nothing to any range. A document
gets at most one such claim per kind, and none for a kind it already counts.

A strike reported with no harm at all becomes a claim of kind "attack" in the
same way (`attack_counts`).
"""

from __future__ import annotations

from collections.abc import Callable

from civcas.extract.claims import MIXED, Count
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions, named_after, not_this_event
from civcas.extract.numbers import MAX_COUNT, find_figures
from civcas.extract.tokens import Sentence, Token, clause_break

KINDS = ("killed", "injured", "detained")  # "missing" alone is too often not an event of harm
CIVILIAN_SIDE = ("civilians", "children", "women", "men")
GROUP_SPAN = 4  # tokens either side of the harm word where its victims' noun may stand
# Words from a post's top within which its headline starts: a page name, a title
# and a date line may come first; a strike further down belongs to the body.
HEADLINE_SPAN = 30


def _in_tag(tokens: list[Token], lo: int, hi: int) -> bool:
    """Inside a hashtag's chain of words, where slogans live; a hashtag that
    opens with the harm ("#مجزرة_الباب", "#شهداء") names the event."""
    before = tokens[lo - 1] if lo else None
    return before is not None and before.end == tokens[lo].start and before.norm == "_"


PREVENT_REACH = 8  # words from "لم تحل" to its "دون", past the subject ("لم تحل اتفاقية خفض التصعيد دون")
# words from "لم يسفر" to its "عن", past a subject of up to five ("لم يسفر القصف على أحياء المدينة الشرقية عن")
RESULT_REACH = 7
EXCEPT_REACH = 5  # words from a denied verb to "إلا", past its subject ("لم تقتل الغارات الروسية إلا")


def _denied(harm: Mention, m: Mentions, tokens: list[Token]) -> bool:
    """"no one was killed", "no reports of any injuries"; "no casualties", "no civilian deaths"
    (a bare "no" denies the nouns for harm, not "no wounded could be evacuated"); "دون
    إصابات", "بعدم وقوع إصابات", "ولم يسفر القصف عن إصابات", but not "لم تحل الهدنة دون سقوط
    قتلى" ("did not prevent deaths"). A harm noun joined to a denied one is denied with it
    ("no deaths or injuries", "دون وقوع قتلى أو جرحى")."""
    if m.ending("negation", harm.lo) is not None or _result_denied(harm.lo, m, tokens):
        return not _excepted(harm, m, tokens)
    negation = m.ending("negation_of_noun", harm.lo)
    if negation is None or not m.within("denial_noun", harm.lo, harm.hi):
        return _joined_to_denied(harm, m, tokens)
    return prevented(negation, m, tokens)


def _excepted(harm: Mention, m: Mentions, tokens: list[Token]) -> bool:
    """"ولم تقتل الغارات إلا المدنيين" ("the raids killed none but civilians"): an exception
    after the denied verb, in its clause and before victims, turns the denial into a report;
    "إلا أن الأضرار كبيرة" ("but the damage is heavy") does not."""
    return any(not clause_break(tokens, harm.hi, e.lo) and _victims_at(e.hi, m, tokens)
               for e in m.within("exception", harm.hi, harm.hi + EXCEPT_REACH))


def _victims_at(j: int, m: Mentions, tokens: list[Token]) -> bool:
    return j < len(tokens) and (j in m.figure_starts or any(m.at(cat, j) for cat in ("group", "singular")))


def _result_denied(at: int, m: Mentions, tokens: list[Token]) -> bool:
    """"ولم يسفر القصف عن إصابات", "لم يخلف القصف أي إصابات": a denied verb of outcome, its
    subject between it and the harm at token `at` (or the "عن" before it). Only the verb's
    first outcome is denied: "لم يسفر عن قتلى وأدى إلى إصابات" reports the wounded."""
    link = m.ending("result_link", at)
    before = link.lo if link is not None else at
    for verb in m.within("negated_result", max(0, before - RESULT_REACH), before):
        if clause_break(tokens, verb.hi, before) or m.within("exception", verb.hi, before):
            continue  # "لم يسفر القصف إلا عن إصابات طفيفة": "only in injuries"
        if link is None and not m.within("denial_noun", at, at + 1):
            continue  # a verb with no "عن" denies only a noun of casualties after it
        if not m.within("result_link", verb.hi, before) and not m.within("harm", verb.hi, before):
            return True
    return False


def _joined_to_denied(harm: Mention, m: Mentions, tokens: list[Token]) -> bool:
    """Whether "or"/"and" joins the harm word to a denied one right before it."""
    joiner = m.ending("joiner", harm.lo) or m.ending("list_joiner", harm.lo)
    before = m.ending("harm", joiner.lo) if joiner is not None else (
        m.ending("harm", harm.lo) if tokens[harm.lo].conj else None)
    return before is not None and _denied(before, m, tokens)


def prevented(negation: Mention, m: Mentions, tokens: list[Token]) -> bool:
    """Whether a "دون" (`negation`) denies the harm after it: not when "لم تحل ... دون" or
    "لم تستطع ... أن تحول دون" before it, in its clause, says the harm was not prevented."""
    # "لم تحل الهدنة دون تجدد القصف دون وقوع إصابات": the first "دون" is what was not prevented
    return not any(not clause_break(tokens, u.hi, negation.lo) and not m.within("prevent_object", u.hi, negation.lo)
                   for u in _unprevented_before(negation.lo, m))


def _unprevented_before(at: int, m: Mentions) -> list[Mention]:
    """"لم تحل الهدنة", and "أن تحول" after a negation ("لم تستطع الدفاعات أن تحول"), in the
    words before a "دون" at token `at`: the harm after it was not prevented."""
    lo = max(0, at - PREVENT_REACH)
    found = m.within("unprevented", lo, at)
    found += [u for u in m.within("prevent_after_modal", lo, at)
              if m.within("modal_negation", max(0, u.lo - PREVENT_REACH), u.lo)]
    return found


def _group(lo: int, hi: int, sent: Sentence, m: Mentions) -> str:
    """The victims' noun next to the harm word. A fighters' noun there is as
    often the perpetrator ("اعتقلت قوات الأمن ...") as the victim: unknown."""
    near = m.within("group", max(sent.lo, lo - GROUP_SPAN), min(sent.hi, hi + GROUP_SPAN))
    victims = [g.value for g in near if g.value in CIVILIAN_SIDE]
    return victims[0] if victims else "unknown"


WAR_TOLL_WORDS = 4  # words a war's toll may run to before its harm word ("death toll of the war")


def _in_war_toll(harm: Mention, m: Mentions) -> bool:
    """Whether the harm word is a whole war's toll ("قتلى الحرب", context.json `war_toll`)."""
    return any(cue.lo <= harm.lo < cue.hi for cue in m.within("war_toll", max(0, harm.lo - WAR_TOLL_WORDS), harm.hi))


TOLL_SPAN = 4  # tokens either side of a harm word where the war's toll it tells may stand ("has killed more than 350,000")


def _counts_a_people(harm: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """Whether the harm word tells a toll too large to be a strike's ("The war has killed more
    than 350,000 people", "قتل أكثر من 500 ألف"): a whole war's, background, with no figure
    of its own to report."""
    lo, hi = max(sent.lo, harm.lo - TOLL_SPAN), min(sent.hi, harm.hi + TOLL_SPAN)
    return any((f.max or f.min or 0) > MAX_COUNT for f in find_figures(tokens, lo, hi, m, set())
               if not clause_break(tokens, min(f.hi, harm.hi), max(f.lo, harm.lo))
               and not m.within("other_outcome", max(lo, f.lo - OUTCOME_WORDS), f.lo))  # "displaced 300,000"


OUTCOME_WORDS = 3  # words from another outcome's verb to the figure it counts ("displaced some 300,000")


def unnumbered_counts(tokens: list[Token], m: Mentions, sents: list[Sentence],
                      counted: set[str], denied: set[int]) -> list[tuple[Sentence, Count]]:
    """The first figure-less report of each harm kind the document does not
    count already (`counted` holds the kinds it does), outside the clauses that
    deny a victim (`denied`: their tokens, "No civilian was killed")."""
    out: list[tuple[Sentence, Count]] = []
    done = set(counted)
    for sent in sents:
        if len(done) == len(KINDS):
            break
        if not_this_event(m, tokens, sent.lo, sent.hi):
            continue
        for harm in m.within("harm", sent.lo, sent.hi):
            if (m.within("weak_harm", harm.lo, harm.hi) or _in_tag(tokens, harm.lo, harm.hi)
                    or named_after(m, tokens, harm.lo) or _in_war_toll(harm, m) or _counts_a_people(harm, sent, tokens, m)):
                continue
            if _denied(harm, m, tokens) or harm.lo in denied:
                continue
            kinds = ("killed", "injured") if harm.value == MIXED else (harm.value,)
            for kind in kinds:
                if kind in KINDS and kind not in done:
                    done.add(kind)
                    group = _group(harm.lo, harm.hi, sent, m)
                    out.append((sent, Count(kind, group, None, None, harm.lo, harm.hi)))
    return out


def attack_counts(tokens: list[Token], sents: list[Sentence], m: Mentions, placed: Callable[[Sentence], bool],
                  named: bool) -> list[tuple[Sentence, Count]]:
    """Strikes reported with no harm ("غارات روسية على أطراف كفرنبل"): one figure-less
    claim of kind "attack" per sentence where a strike word stands with a place
    (`placed`), so the report still joins its incident. The first strike a post
    reports near its top (`HEADLINE_SPAN`) is its headline, and the places the post
    names elsewhere (a tag line "#حمص", the page's title) say where it struck: that
    sentence needs only that the document names a place (`named`). Background
    sentences ("since 2015 ...") tell no event."""
    out: list[tuple[Sentence, Count]] = []
    headline = named
    for sent in sents:
        if not_this_event(m, tokens, sent.lo, sent.hi):
            continue
        cues = m.within("strike_event", sent.lo, sent.hi)
        if cues and ((headline and sent.lo < HEADLINE_SPAN) or placed(sent)):
            out.append((sent, Count("attack", "unknown", None, None, cues[0].lo, cues[0].hi)))
        headline = headline and not cues
    return out
