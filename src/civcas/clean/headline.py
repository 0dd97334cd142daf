"""A page's headline, when its text does not tell the headline's story.

A news page's extracted text sometimes lacks its own story: the main text was
behind a wall, or the page kept only its sidebar, while the title still says
what happened ("4 civilians wounded in X by ..."). Such a headline opens the
text, so its figures are read with provenance into the stored text. A title
whose words the text already holds (most pages repeat their headline, and a
post's title quotes the post) adds nothing.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s+[–—-]\s+|\s*\|\s*|\n+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ELLIPSIS = re.compile(r"\.{3}|…")
# A post page's title names its platform ("Name on X: ...", "Telegram: View @name"): the
# post is the page's text, and what the title adds is the poster's name.
_PLATFORM = re.compile(r"\bon (?:X|Twitter)\b|\b(?:Telegram|Instagram)\b")
MIN_WORDS = 5  # a headline tells a story: "Home", "News - Site" do not
TOLD = 0.5  # share of the headline's words the text holds when it tells the story already
ECHO = 15  # characters of a headline that recur when the title repeats it ("X X X")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _story(title: str) -> str | None:
    """The first part of a title between its separators that is long enough to tell
    something ("Site | story - Site"), with the copies of it some titles repeat cut off."""
    story = next((p.strip() for p in _SEPARATORS.split(title) if len(_words(p)) >= MIN_WORDS), None)
    if story is None:
        return None
    again = story.find(story[:ECHO], 1) if len(story) > ECHO else -1
    return story[:again].strip() if again > 0 else story


def headline(title: str | None, text: str) -> str | None:
    """The title's story when the text does not tell it, else None."""
    if not title or _ELLIPSIS.search(title) or _PLATFORM.search(title):
        return None  # a teaser cut short says too little; a post's page has the post as its text
    story = _story(title)
    if story is None:
        return None
    words = _words(story)
    return story if len(words & _words(text)) < TOLD * len(words) else None
