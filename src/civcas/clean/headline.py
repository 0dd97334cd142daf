"""A page's headline, when its text is only other stories' lines.

A news page's extracted text sometimes lacks its own story: the page kept only
its sidebar (a list of other headlines), while the title still says what
happened ("4 civilians wounded in X by ..."). Such a headline is the page's
text: its figures are read with provenance into the stored text, and the other
stories' figures, places and dates are not read as this page's. A text with a
paragraph of its own tells its story, in words the headline may not share, so
it stays (the headline would add an earlier figure to the body's); so does a
text that holds the headline's words, or whose headline names a year (it would
be read as the page's date line).
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s+[–—-]\s+|\s*\|\s*|\n+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FOLD = str.maketrans("أإآةى", "اااهي")  # Arabic letter variants the text and title may differ by
_ELLIPSIS = re.compile(r"\.{3}|…")
# A post page's title names its platform ("Name on X: ...", "Telegram: View @name"): the
# post is the page's text, and what the title adds is the poster's name.
_PLATFORM = re.compile(r"\bon (?:X|Twitter)\b|\b(?:Telegram|Instagram)\b")
MIN_WORDS = 5  # a headline tells a story: "Home", "News - Site" do not
OWN_PARAGRAPH = 18  # words in a line of a page's own story; a sidebar's headlines are shorter
TOLD = 0.5  # share of the headline's words the text holds when it tells the story already
ECHO = 15  # characters of a headline that recur when the title repeats it ("X X X")


def _words(text: str) -> set[str]:
    return {w.casefold().translate(_FOLD) for w in _WORD.findall(text)}


def _sidebar(text: str) -> bool:
    """Whether the text is only short lines: other stories' headlines, no paragraph of its own."""
    return all(len(line.split()) < OWN_PARAGRAPH for line in text.split("\n"))


def _story(title: str) -> tuple[str | None, bool]:
    """The first part of a title between its separators that is long enough to tell
    something ("Site | story - Site"), with the copies of it some titles repeat cut off
    (the last may be cut short); and whether there were such copies."""
    part = next((p.strip() for p in _SEPARATORS.split(title) if len(_words(p)) >= MIN_WORDS), None)
    if part is None:
        return None, False
    head = part[:ECHO]
    if len(part) <= ECHO or part.find(head, 1) < 0:
        return part, False
    story, *copies = (head + piece for piece in part.split(head)[1:])
    story = story.strip()
    # each copy is the story again, perhaps without a site's suffix or cut short; a part
    # whose opening words only recur inside it ("Shelling on X: residents say shelling on X
    # killed two") is one story
    if all(story.startswith(_ELLIPSIS.sub("", c).strip()) for c in copies):
        return story, True
    return part, False


def headline(title: str | None, text: str) -> str | None:
    """The title's story when the text is a sidebar that does not tell it, else None."""
    if not title or _PLATFORM.search(title) or not _sidebar(text):
        return None  # a post's page has the post as its text
    story, echoed = _story(title)
    # A teaser cut short ("post text... - Page") says too little, and what comes before
    # the cut is often the page's name; a title that repeats its story may cut a copy short.
    if story is None or _ELLIPSIS.search(story) or (_ELLIPSIS.search(title) and not echoed):
        return None
    if _YEAR.search(story):
        return None  # it would be read as the page's date line
    words = _words(story)
    return story if len(words & _words(text)) < TOLD * len(words) else None
