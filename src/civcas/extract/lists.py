"""Victim lists: a header naming harm ("أسماء الشهداء:", "The dead are:")
followed by one name per line. The list counts its names; the claim's span is
the list and its sentence the header, which carries the list's context. Names
listed in the sentence itself ("مقتل كل من سامر العلي وعمر الخطيب") count too
(`named_counts`)."""

from __future__ import annotations

from civcas.extract.claims import ELLIPSIS, MIXED, Count
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions, not_this_event
from civcas.extract.tokens import Sentence, Token, clause_break

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


BULLETS = frozenset("-•*–·")
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


LIST_GAP = 3  # words between a harm verb and "كل من" ("أصيب في الهجوم كل من")
# what no victim's name holds: the list has ended ("... وعمر الخطيب جراء القصف")
LIST_STOPS = ("harm", "strike", "attack", "belligerent", "speaker", "attribution", "group", "number",
              "quantity", "relative_pronoun", "filler", "name_list_end")
PUNCTUATION_IN_NAMES = frozenset('"/:-')  # quotes around a name, "/ 20 عاماً" after it


def named_counts(sent: Sentence, tokens: list[Token], m: Mentions, counts: list[Count]) -> list[Count]:
    """"مقتل كل من سامر العلي وعمر الخطيب", "والمصابون هم: سامر العلي (20 عاماً)، وعمر
    الخطيب": names listed after a harm word count its victims, when the sentence gives
    that harm no figure of its own (a list after a toll names them, it adds none)."""
    out: list[Count] = []
    for harm in m.within("harm", sent.lo, sent.hi):
        if harm.value == MIXED or any(c.kind == harm.value and c.min is not None for c in counts + out):
            continue
        # "من بين المصابين هم ...": among the wounded, some named
        cue = m.before("including", harm.lo + 1)
        among = cue is not None and cue.lo >= sent.lo and harm.lo < cue.hi
        start = None if among else _list_start(harm, sent, tokens, m)
        if start is None:
            continue
        names, end = _names(start, sent, tokens, m)
        if names >= MIN_NAMES and not (end < len(tokens) and tokens[end].norm == ELLIPSIS):  # a list cut short
            out.append(Count(harm.value, "unknown", names, names, start, end))
    return out


def _list_start(harm: Mention, sent: Sentence, tokens: list[Token], m: Mentions) -> int | None:
    """Where the names start: after a copula right after a harm noun ("المصابون هم:"), or
    after "كل من" shortly after a harm word, in its clause ("أصيب في الهجوم كل من")."""
    j = harm.hi
    copula = m.at("copula", j) if j < sent.hi else None
    if copula is not None:
        j = copula.hi
    else:
        each = next((e for e in m.within("each_of", j, min(sent.hi, j + LIST_GAP + 1))
                     if _object_of(j, e.lo, tokens, m)), None)
        if each is None:
            return None
        j = each.hi
    while j < sent.hi and (tokens[j].norm in ':;,"' or m.at("each_of", j)):
        j = m.at("each_of", j).hi if m.at("each_of", j) else j + 1
    return j if j < sent.hi and tokens[j].norm.isalpha() else None


def _object_of(lo: int, each: int, tokens: list[Token], m: Mentions) -> bool:
    """Whether "كل من" at token `each` opens the harm's victims, the words from lo
    before it a phrase of its own ("أصيب في الهجوم كل من"): not the places of victims
    named before ("إصابة مدنيين في كل من X وY"), nor another clause."""
    between = range(lo, each)
    return not clause_break(tokens, lo, each) and not any(
        m.at(cat, j) for j in between for cat in ("harm", "group", "singular")) \
        and not (each > lo and m.at("name_list_end", each - 1))


def _names(start: int, sent: Sentence, tokens: list[Token], m: Mentions) -> tuple[int, int]:
    """How many names a list starting at token `start` holds, and where it ends. Names
    part at commas, at "و" after a whole name (two words) or an age, and end at a word no
    name holds ("جراء", a harm word) or at a stretch too long to be one name."""
    names, end = 0, start
    words, aged, stopped = 0, False, False  # the current name's words, whether an age follows them
    j = start
    while j < sent.hi and tokens[j].para == tokens[start].para:
        tok = tokens[j]
        if tok.norm in ",;" or m.at("joiner", j):
            if words:
                names, end = names + 1, j
            words, aged = 0, False
            j += 1
            continue
        if tok.norm == "(":  # "(22 عاماً)": an age
            j = next((k for k in range(j, sent.hi) if tokens[k].norm == ")"), sent.hi) + 1
            aged = True
            continue
        if tok.norm.isdigit() or _age_word(j, sent, tokens, m):  # "/ 20 عاماً", "البالغ من العمر عامين"
            j = _past_age(j, sent, m)
            aged = True
            continue
        if tok.norm in PUNCTUATION_IN_NAMES:
            j += 1
            continue
        if not tok.norm.isalpha() or any(m.at(cat, j) for cat in LIST_STOPS):
            stopped = True
            break
        if tok.conj and (words >= 2 or aged):
            names, end = names + 1, j
            words, aged = 0, False
        words += 1
        if words > MAX_NAME_WORDS:
            return names, end
        j += 1
    # one bare word that a word no name holds cuts short opens a clause ("وجرى اعتقالهما")
    if words and (words >= 2 or aged or not stopped):
        names, end = names + 1, j
    return names, end


def _age_word(j: int, sent: Sentence, tokens: list[Token], m: Mentions) -> bool:
    """Whether a unit word that an age's number follows opens at token j ("البالغ من العمر
    عامين"); the same word alone is part of a name ("عمر")."""
    before = m.at("unit_before", j)
    return before is not None and before.hi < sent.hi and (
        tokens[before.hi].norm.isdigit() or before.hi in m.figure_starts)


def _past_age(j: int, sent: Sentence, m: Mentions) -> int:
    """The token after an age: its number, after a unit word before it, and a unit after it."""
    before = m.at("unit_before", j)
    j = before.hi + 1 if before is not None else j + 1
    after = m.at("unit_after", j) if j < sent.hi else None
    return after.hi if after is not None else j
