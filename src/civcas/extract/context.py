"""Who says it, when, where and by whom: context for each count.

Each kind of context comes from the count's own sentence first, then from
the nearest preceding mention, then from the document's first one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from civcas.extract.dates import DateMention, resolve
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions
from civcas.extract.tokens import Sentence, Token
from civcas.model import Document, Place

PRECISION_RANK = {"exact": 0, "town": 1, "district": 2, "region": 3, "country": 4}


@dataclass
class Speaker:
    name: str | None
    kind: str
    stance: str = "asserts"


@dataclass
class DocContext:
    doc: Document
    tokens: list[Token]
    m: Mentions
    dates: list[DateMention]
    anchor: dt.date | None
    places: list[Place] = field(default_factory=list)

    def text(self, lo: int, hi: int) -> str:
        return self.doc.text[self.tokens[lo].start:self.tokens[hi - 1].end]

    def names(self, category: str, sent: Sentence, skip: set[int], inherit: bool) -> list[str]:
        """Payloads of `category` in the sentence, else the nearest before it."""
        found = [x.value for x in self.m.within(category, sent.lo, sent.hi) if x.lo not in skip]
        if not found and inherit:
            prev = self.m.before(category, sent.lo)
            if prev is None:
                prev = self.m.first(category)
            if prev is not None:
                found = [prev.value]
        return list(dict.fromkeys(found))

    def sites(self, sent: Sentence) -> list[str]:
        found = [x.value for x in self.m.within("site", sent.lo, sent.hi)]
        if not found:
            prev = self.m.before("site", sent.lo)
            if prev is not None and self.tokens[prev.lo].para == sent.para:
                found = [prev.value]
        return list(dict.fromkeys(found))

    def date(self, sent: Sentence) -> tuple[str | None, str | None]:
        inside = [d for d in self.dates if sent.lo <= d.lo < sent.hi]
        before = [d for d in self.dates if d.lo < sent.lo]
        for candidates in (inside, before[::-1], self.dates):
            for mention in candidates:
                found = resolve(mention, self.anchor)
                if found is not None:
                    return found[0].isoformat(), found[1]
        if self.anchor is not None and self.doc.published:
            return self.anchor.isoformat(), "day"
        return None, None

    def place(self, sent: Sentence) -> Place | None:
        if not self.places:
            return None
        start = self.tokens[sent.lo].start
        end = self.tokens[sent.hi - 1].end
        para = sent.para
        inside = [p for p in self.places if start <= p.start < end]
        before = [p for p in self.places if p.start < start and self._para_of(p.start) == para]
        for candidates in (inside, before[::-1], self.places):
            best = _finest(candidates)
            if best is not None:
                return best
        return None

    def _para_of(self, offset: int) -> int:
        return self.doc.text.count("\n", 0, offset)

    def speaker(self, sent: Sentence) -> Speaker:
        m = self.m
        found = m.within("speaker", sent.lo, sent.hi)
        attributed = bool(m.within("attribution", sent.lo, sent.hi))
        # A belligerent's organ is a speaker only when the sentence says it spoke.
        found = [s for s in found if s.value != "belligerent" or attributed]
        denial = m.within("denial", sent.lo, sent.hi)
        claims_by = m.within("claims_by", sent.lo, sent.hi)
        if denial and claims_by:
            claimant = [s for s in m.within("speaker", claims_by[0].hi, sent.hi)]
            if claimant:
                return Speaker(self.text(claimant[0].lo, claimant[0].hi), claimant[0].value, "disputes")
            return Speaker(None, "unknown", "disputes")
        stance = "denies" if denial else "asserts"
        if found:
            return Speaker(self.text(found[0].lo, found[0].hi), found[0].value, stance)
        prev = m.before("speaker", sent.lo)
        if prev is not None and self.tokens[prev.lo].para == sent.para and (prev.value != "belligerent"):
            return Speaker(self.text(prev.lo, prev.hi), prev.value, stance)
        return Speaker(self.doc.publisher, "media" if self.doc.publisher else "unknown", stance)


def _finest(places: list[Place]) -> Place | None:
    if not places:
        return None
    fine = [p for p in places if p.precision != "country"]
    pool = fine or places
    # The first mention wins among equally fine ones; a country only as a last resort.
    return pool[0] if fine else min(pool, key=lambda p: PRECISION_RANK.get(p.precision, 5))
