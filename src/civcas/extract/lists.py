"""Victim lists: a header naming harm ("أسماء الشهداء:", "The dead are:")
followed by one name per line, or names listed inside a sentence after "each of"
("أصيب كل من X وY") or after the victims' noun and "they are" ("المصابون هم X وY").
The list counts its names; the claim's span is the list and its sentence the header,
which carries the list's context."""

from __future__ import annotations

from civcas.extract.claims import MIXED, Count, name_word
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions, not_this_event
from civcas.extract.tokens import BULLETS, Sentence, Token, clause_break, definite

MAX_ITEM_TOKENS = 12  # a name with an age or a place: "1- Ahmad Khalil (35 years) from Kafr Alpha"
MIN_NAMES = 2


def _lines(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the document's lines."""
    out: list[tuple[int, int]] = []
    lo = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].para != tokens[i - 1].para:
            out.append((lo, i))
            lo = i
    return out


MAX_NAME_WORDS = 6  # an unnumbered line longer than this is prose, not a name


def _enumerated(tokens: list[Token], lo: int) -> bool:
    return tokens[lo].norm.isdigit() or tokens[lo].norm in BULLETS


def _is_item(tokens: list[Token], lo: int, hi: int, m: Mentions, numbered: bool) -> bool:
    # a sentence, or a label ending with a colon ("شارك هذا الموضوع:"): no name
    if hi - lo > MAX_ITEM_TOKENS or tokens[hi - 1].norm in ".!?:":
        return False
    if any(m.within(cat, lo, hi) for cat in ("harm", "relative", "weekday", "month")):
        return False
    if numbered != _enumerated(tokens, lo):
        return False
    words = [t for t in tokens[lo:hi] if t.norm.isalpha()]
    return 2 <= len(words) <= (MAX_ITEM_TOKENS if numbered else MAX_NAME_WORDS)


def list_counts(tokens: list[Token], m: Mentions, sentences: list[Sentence],
                counted: set[int]) -> list[tuple[Sentence, Count]]:
    """Counts from victim lists; `counted` holds sentence starts that already
    gave a figure (a header that states the number needs no list count)."""
    out: list[tuple[Sentence, Count]] = []
    lines = _lines(tokens)
    by_start = {s.lo: s for s in sentences}
    k = 0
    while k < len(lines):
        lo, hi = lines[k]
        harm = m.within("harm", lo, hi)
        header = tokens[hi - 1].norm == ":" or m.within("list_cue", lo, hi)
        # "... منذ مطلع العام، والقتلى هم:" lists a period's dead, not one strike's
        if not (harm and header) or not_this_event(m, tokens, lo, hi):
            k += 1
            continue
        j = k + 1
        numbered = j < len(lines) and _enumerated(tokens, lines[j][0])
        while j < len(lines) and _is_item(tokens, *lines[j], m, numbered):
            j += 1
        names = j - k - 1
        last = [s for s in sentences if lo <= s.lo < hi]
        if names >= MIN_NAMES and last and not any(s.lo in counted for s in last):
            sent = last[-1]
            group = m.within("group", lo, hi)
            first, end = lines[k + 1][0], lines[j - 1][1]
            count = Count(harm[-1].value, group[-1].value if group else "unknown", names, names, first, end)
            out.append((by_start.get(sent.lo, sent), count))
        k = max(j, k + 1)
    return out


NAME_LIST_REACH = 3  # words between a harm word and "كل من": "أصيب في الهجوم كل من"
# words between the victims' noun and the pronoun that names them (groups.json `copula`):
# "المصابون في القصف على مطحنة البلدة هم X وY"
NOUN_REACH = 8
# ... and each name there is a full one, a given name and more: single words after "they
# are" tell what or who they were ("وهم صائمون وراكعون", "were British and French")
FULL_NAME_WORDS = 2
MAX_LISTED_WORDS = 5  # words of one name in a sentence's list, a title with it ("الطفل خليل جهاد شيخو")
MARK_TOKENS = 5  # tokens of a bracketed note after a name: "( 40 عاماً )"


def inline_name_counts(tokens: list[Token], m: Mentions, sentences: list[Sentence], counted: set[int],
                       denied: set[int]) -> list[tuple[Sentence, Count]]:
    """Counts of victims named in a list inside a sentence, after a harm word and "each of"
    (`name_list`): "أصيب كل من X (40 عاماً) وY (35 عاماً)", "مقتل كل من "X" و"Y"", "اعتقال كل
    من X وY،"; or after the victims' noun and "they are" (groups.json `copula`): "والمصابون في
    القصف هما X وY". Sentences that gave a figure (`counted`) and clauses that deny harm
    (`denied`: their tokens) count none."""
    out: list[tuple[Sentence, Count]] = []
    for sent in sentences:
        if sent.lo in counted or not_this_event(m, tokens, sent.lo, sent.hi):
            continue
        cues = [(cue, False) for cue in m.within("name_list", sent.lo, sent.hi)]
        cues += [(cue, True) for cue in m.within("copula", sent.lo, sent.hi)]
        for cue, after_noun in cues:
            harm = _harm_before(cue, sent, tokens, m, after_noun)
            if harm is None or harm.lo in denied:
                continue
            names, end = _listed_names(tokens, m, cue.hi, sent.hi, FULL_NAME_WORDS if after_noun else 1)
            if names >= MIN_NAMES:
                # "among the wounded are X and Y" names some of them: at least that many
                most = None if _among(harm, tokens, m) else names
                # "مدنيون وهم X وY": the noun "they are" follows tells who they were
                noun = m.ending("group", cue.lo) if after_noun else None
                out.append((sent, Count(harm.value, noun.value if noun else "unknown", names, most, cue.lo, end)))
    return out


def _harm_before(cue: Mention, sent: Sentence, tokens: list[Token], m: Mentions,
                 after_noun: bool) -> Mention | None:
    """The harm word the list after `cue` is of: a few words before it, in its clause; for
    "they are" (`after_noun`), the victims' noun, definite, some more words before it, or a
    verb whose victims' noun "they are" follows ("أصيب مدنيون وهم X وY"). Right after a verb,
    "وهم" opens what they were doing: "استشهدوا وهم صائمون". After "in" the list names
    places ("قتلى في كل من X وY"), not victims."""
    harm = next((h for h in reversed(m.within("harm", sent.lo, cue.lo)) if h.hi <= cue.lo), None)
    if harm is not None and after_noun and not definite(tokens, harm.lo, sent.lo) and not m.ending("group", cue.lo):
        return None
    reach = NOUN_REACH if after_noun else NAME_LIST_REACH
    if harm is None or harm.value == MIXED or cue.lo - harm.hi > reach \
            or clause_break(tokens, harm.hi, cue.lo) or m.ending("place_list_before", cue.lo):
        return None
    return harm


def _among(harm: Mention, tokens: list[Token], m: Mentions) -> bool:
    """Whether the harm noun is led by "among" ("من بين المصابين", "among the dead")."""
    k = harm.lo - 1 if harm.lo > 0 and tokens[harm.lo - 1].norm == "the" else harm.lo
    return m.ending("among", k) is not None


def _listed_names(tokens: list[Token], m: Mentions, j: int, hi: int, least: int = 1) -> tuple[int, int]:
    """How many names a list starting at token j names, and the token after it: each of
    `least` words or more, after a title or a kin word ("الطفل", "وابنه") or quoted. Names are joined by "و", or by a comma when the next
    name is set off too (quoted, or with its age in brackets), so that "..., وتم نقلهم"
    after the last name starts no name."""
    if j < hi and tokens[j].norm == ":":
        j += 1  # "مقتل كل من: ..." (a list on lines of its own is `list_counts`')
    names, end = 0, j
    while j < hi:
        k = _name_end(tokens, m, j, hi)
        titled = m.at("singular", j) is not None  # "والطفل عمر", "وابنه عمر": the title stands for the rest
        if k is None or (tokens[j].norm != '"' and not titled and k - j < least):
            break
        names, end = names + 1, _after_mark(tokens, k, hi)
        j = end
        comma = j < hi and tokens[j].norm in (",", "،")
        if comma:
            j += 1
        if j < hi and tokens[j].norm in ("و", "and") and m.at("list_joiner", j):
            j += 1  # "و" on its own before a quoted name
        elif j >= hi or not tokens[j].conj:
            break
        if comma and not _marked(tokens, m, j, hi):
            break
    return names, end


def _name_end(tokens: list[Token], m: Mentions, j: int, hi: int) -> int | None:
    """The token after a name starting at token j: quoted words, or up to `MAX_LISTED_WORDS`
    name words, a victim noun before them as a title ("الطفل خليل"); None if no name starts there."""
    if tokens[j].norm == '"':
        close = next((k for k in range(j + 1, min(hi, j + MAX_LISTED_WORDS + 2)) if tokens[k].norm == '"'), None)
        return close + 1 if close is not None and close > j + 1 else None
    k = j + 1 if m.at("singular", j) else j
    start = k
    while k < hi and k - j < MAX_LISTED_WORDS and name_word(tokens, k, m) and (k == start or not tokens[k].conj):
        k += 1
    return k if k > start else None


def _after_mark(tokens: list[Token], k: int, hi: int) -> int:
    """The token after a bracketed note right after a name ("(40 عاماً)"), else k."""
    if k < hi and tokens[k].norm == "(":
        close = next((c for c in range(k + 1, min(hi, k + MARK_TOKENS + 1)) if tokens[c].norm == ")"), None)
        if close is not None:
            return close + 1
    return k


def _marked(tokens: list[Token], m: Mentions, j: int, hi: int) -> bool:
    """Whether the name starting at token j is set off: quoted, or its note in brackets after it."""
    k = _name_end(tokens, m, j, hi)
    return k is not None and (tokens[j].norm == '"' or _after_mark(tokens, k, hi) > k)
