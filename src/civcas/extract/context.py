"""Who says it, when, where and by whom: context for each count.

Each kind of context comes from the count's own sentence first, then from
the nearest preceding mention, then from the document's first one.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

from civcas.extract.dates import DateMention, resolve
from civcas.extract.lexicon import Mention
from civcas.extract.mentions import Mentions
from civcas.extract.tokens import Sentence, Token
from civcas.model import Document, Place


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
    anchor: dt.date | None  # what relative dates count from
    year: int | None  # the year a yearless date takes when there is no anchor
    issued: dt.date | None  # publication date, from metadata or the URL
    places: list[Place] = field(default_factory=list)
    _starts: list[int] | None = None  # token start offsets, built on first use

    def text(self, lo: int, hi: int) -> str:
        return self.doc.text[self.tokens[lo].start:self.tokens[hi - 1].end]

    def names(self, category: str, sent: Sentence, skip: set[int], inherit: bool) -> list[str]:
        """Payloads of `category` in the sentence, else the nearest before it."""
        found = [x.value for x in self.m.within(category, sent.lo, sent.hi) if x.lo not in skip]
        if not found and inherit:
            prev = self.m.before(category, sent.lo)
            if prev is None:
                prev = next((x for x in self.m.lists.get(category, ()) if x.lo not in skip), None)
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
                found = resolve(mention, self.anchor, self.year, self.issued)
                if found is not None:
                    return found[0].isoformat(), found[1]
        if self.issued is not None:  # no date in the text: the day it was published
            return self.issued.isoformat(), "day"
        return None, None

    def place(self, sent: Sentence) -> Place | None:
        """A place in the sentence, else the nearest before it in its
        paragraph, else the document's first; a country only when no tier
        holds anything finer."""
        if not self.places:
            return None
        start = self.tokens[sent.lo].start
        end = self.tokens[sent.hi - 1].end
        inside = [p for p in self.places if start <= p.start < end]
        before = [p for p in self.places if p.start < start and self._para_of(p.start) == sent.para]
        tiers = (inside, before[::-1], self.places)
        for tier in tiers:
            fine = [p for p in tier if p.precision != "country"]
            if fine:
                return fine[0]
        return next(p for tier in tiers for p in tier)

    def _para_of(self, offset: int) -> int:
        """The paragraph of the token at a character offset."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        i = bisect_right(self._starts, offset) - 1
        return self.tokens[i].para if i >= 0 else 0

    def speaker(self, sent: Sentence) -> Speaker:
        """Who states the sentence's figures, and whether they deny them or
        report them as someone else's disputed claim."""
        m = self.m
        found = m.within("speaker", sent.lo, sent.hi)
        attributed = bool(m.within("attribution", sent.lo, sent.hi))
        # A belligerent's organ is a speaker only when the sentence says it spoke.
        found = [s for s in found if s.value != "belligerent" or attributed]
        denial = m.within("denial", sent.lo, sent.hi)
        claims_by = m.within("claims_by", sent.lo, sent.hi)
        if denial and claims_by:
            claimant = m.within("speaker", claims_by[0].hi, sent.hi)
            if claimant:
                return Speaker(self.text(claimant[0].lo, claimant[0].hi), claimant[0].value, "disputes")
            return Speaker(None, "unknown", "disputes")
        stance = "denies" if denial else "asserts"
        if found:
            named = self._antecedent(found[0])
            return Speaker(self.text(named.lo, named.hi), named.value, stance)
        prev = m.before("speaker", sent.lo)
        if prev is not None and self.tokens[prev.lo].para == sent.para and prev.value != "belligerent":
            return Speaker(self.text(prev.lo, prev.hi), prev.value, stance)
        return Speaker(self.doc.publisher, "media" if self.doc.publisher else "unknown", stance)

    def _antecedent(self, mention: Mention) -> Mention:
        """"The ministry" after "the defence ministry": the fuller earlier name."""
        head = self.tokens[mention.hi - 1].forms
        words = {t.norm for t in self.tokens[mention.lo:mention.hi]}
        for prev in reversed(self.m.within("speaker", 0, mention.lo)):
            fuller = {t.norm for t in self.tokens[prev.lo:prev.hi]} - words
            if fuller and set(self.tokens[prev.hi - 1].forms) & set(head):
                return prev
        return mention
