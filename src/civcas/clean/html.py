"""Main text and metadata of an HTML page: trafilatura first, plain lxml text as the fallback."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.etree import ParserError

# Elements whose text is never part of what a page says.
_NON_TEXT = ("script", "style", "noscript", "template", "svg", "head")
# Block elements after which the lxml fallback breaks the line, so paragraphs stay apart.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
           "blockquote", "pre", "header", "footer", "td", "dd", "dt")


@dataclass
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    description: str | None = None


def extract_html(html: str, url: str | None = None) -> Extracted:
    """The page's main text and metadata; raises ValueError when the HTML cannot be parsed at all.

    Precision first (menus and teasers stay out); a short page that yields
    nothing that way is tried for recall, and plain lxml text is the last resort.
    """
    precise = _trafilatura(html, url, favor_precision=True)
    if precise is not None and precise.text.strip():
        return precise
    recall = _trafilatura(html, url, favor_precision=False)
    if recall is not None and recall.text.strip():
        return recall
    result = precise or recall or Extracted(text="", title=_lxml_title(html))
    result.text = _lxml_text(html)
    return result


def _trafilatura(html: str, url: str | None, favor_precision: bool) -> Extracted | None:
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, include_comments=False, favor_precision=favor_precision, with_metadata=True,
            include_tables=True, include_images=False, include_links=False,
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; the fallback handles it
        return None
    if doc is None:
        return None
    return Extracted(text=doc.text or "", title=doc.title, published=doc.date, publisher=doc.sitename,
                     description=doc.description)


def _parse(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as e:
        raise ValueError(f"unparseable HTML: {e}") from e


def _lxml_text(html: str) -> str:
    if not html.strip():
        return ""
    root = _parse(html)
    for element in root.iter(*_NON_TEXT):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()


def _lxml_title(html: str) -> str | None:
    if not html.strip():
        return None
    try:
        title = _parse(html).findtext(".//title")
    except ValueError:
        return None
    return title.strip() if title and title.strip() else None
