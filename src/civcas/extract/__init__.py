"""Claims of harm in one document (casualty figures, victims, actors,
weapons, sites, dates, places, speakers, stance).

    extract_claims(doc, places) -> list[Claim]

Language data comes from `civcas.lang` (chosen by `doc.lang`, else by
script); the algorithms here hold no words of any language.
"""

from __future__ import annotations

from civcas.extract.claims import Count, counts_in
from civcas.extract.context import DocContext
from civcas.extract.dates import find_dates, parse_published
from civcas.extract.mentions import Mentions
from civcas.extract.resources import phrase_table
from civcas.extract.tokens import sentences, tokenize
from civcas.lang import guess, load
from civcas.model import Claim, Document, Place

__all__ = ["extract_claims"]


def extract_claims(doc: Document, places: list[Place]) -> list[Claim]:
    if doc.status != "ok" or not doc.text:
        return []
    lang = load(guess(doc.text, doc.lang))
    tokens = tokenize(doc.text, lang)
    m = Mentions(phrase_table(lang.code).scan(tokens))
    published = parse_published(doc.published)
    dates = find_dates(tokens, m, published.year if published else _first_year(tokens))
    anchor = published or next((d.date for d in dates if d.date and d.precision == "day"), None)
    ctx = DocContext(doc, tokens, m, dates, anchor, sorted(places, key=lambda p: p.start))
    blocked = {i for d in dates for i in range(d.lo, d.hi)}
    claims: list[Claim] = []
    for sent in sentences(tokens):
        if m.within("background", sent.lo, sent.hi):
            continue  # "since 2015, 10,000 were killed" is not this event
        counts = counts_in(sent, tokens, m, blocked)
        if not counts:
            continue
        new = [_claim(ctx, sent, c) for c in counts]
        if m.within("total", sent.lo, sent.hi):
            # A running or final toll replaces the figures it sums up.
            replaced = {(c.kind, c.group) for c in new}
            claims = [c for c in claims if (c.kind, c.group) not in replaced]
        claims.extend(new)
    return claims


def _first_year(tokens) -> int | None:
    for tok in tokens:
        if len(tok.norm) == 4 and tok.norm.isdigit() and 1990 <= int(tok.norm) <= 2100:
            return int(tok.norm)
    return None


def _claim(ctx: DocContext, sent, count: Count) -> Claim:
    tokens = ctx.tokens
    actor_at = {count.actor.lo} if count.actor is not None else set()
    event_date, precision = ctx.date(sent)
    speaker = ctx.speaker(sent)
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
        place=ctx.place(sent),
        belligerents=ctx.names("belligerent", sent, actor_at, inherit=True),
        strike_types=ctx.names("strike", sent, set(), inherit=True),
        site_types=ctx.sites(sent),
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        stance=speaker.stance,
    )
