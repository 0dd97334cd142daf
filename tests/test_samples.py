"""The bundled sample documents are well-formed, documented and varied enough to demo."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import lxml.html
import pytest

import civcas

SAMPLES = Path(civcas.__file__).parent / "samples"
JSONL = SAMPLES / "documents.jsonl"
INPUT_KEYS = {"id", "text", "html", "url", "publisher", "published", "title", "lang", "source_type"}
ID_PATTERN = re.compile(r"^sample-(en|ar)-\d{2}$")


def _records() -> list[dict]:
    lines = JSONL.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _html_records() -> list[dict]:
    return [r for r in _records() if "html" in r]


def _all_ids() -> list[str]:
    return [r["id"] for r in _records()]


def test_every_jsonl_line_is_an_object_with_id_and_one_body() -> None:
    for line_no, line in enumerate(JSONL.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert isinstance(record, dict), line_no
        assert isinstance(record.get("id"), str) and record["id"], line_no
        bodies = [k for k in ("text", "html") if record.get(k)]
        assert len(bodies) == 1, f"line {line_no}: needs exactly one of text/html"
        assert isinstance(record[bodies[0]], str)


def test_jsonl_uses_only_input_format_keys() -> None:
    for record in _records():
        assert set(record) <= INPUT_KEYS, record["id"]


def test_ids_are_unique_and_well_formed() -> None:
    ids = _all_ids()
    assert len(ids) == len(set(ids))
    for doc_id in ids:
        assert ID_PATTERN.match(doc_id), doc_id


def test_enough_documents_in_both_languages() -> None:
    ids = _all_ids()
    assert len(ids) >= 18
    english = sum(1 for i in ids if i.startswith("sample-en-"))
    arabic = sum(1 for i in ids if i.startswith("sample-ar-"))
    # "about half each": neither language may fall below a third.
    assert min(english, arabic) * 3 >= len(ids)


def test_declared_language_matches_script() -> None:
    arabic_letter = re.compile(r"[\u0600-\u06FF]")
    for record in _records():
        if "text" not in record:
            continue  # HTML pages: checked against their <html lang> below
        share = len(arabic_letter.findall(record["text"])) / len(record["text"])
        assert record["lang"] == ("ar" if share > 0.5 else "en"), record["id"]
        assert record["id"].startswith(f"sample-{record['lang']}-")


def test_published_dates_are_iso_and_some_posts_have_none() -> None:
    records = _records()
    for record in records:
        if record.get("published"):
            assert 2024 <= datetime.fromisoformat(record["published"]).year <= 2025, record["id"]
    assert any(not r.get("published") for r in records)


def test_urls_are_on_invented_domains() -> None:
    for record in _records():
        host = urlparse(record["url"]).hostname or ""
        assert ".example." in f".{host}." or host.endswith(".example"), record["id"]


def test_there_are_html_pages() -> None:
    assert len(_html_records()) >= 2


@pytest.mark.parametrize("record", _html_records(), ids=lambda r: r["id"])
def test_html_pages_parse_with_a_body(record: dict) -> None:
    tree = lxml.html.fromstring(record["html"].encode("utf-8"))
    assert tree.tag == "html"
    assert tree.find("body") is not None
    assert tree.get("lang") == record["lang"]


def test_html_pages_include_the_boilerplate_they_are_meant_to_exercise() -> None:
    pages = {r["id"]: lxml.html.fromstring(r["html"]).text_content() for r in _html_records()}
    assert any("You must log in" in text for text in pages.values())
    assert any("Leave a Reply" in t and "ten + 8 =" in t and "Related posts" in t for t in pages.values())


def test_syndicated_duplicate_shares_its_body_under_another_id() -> None:
    bodies: dict[str, list[dict]] = {}
    for record in _records():
        if "text" not in record:
            continue
        # Compare paragraphs, not whole texts: a republisher changes the header lines.
        for para in record["text"].split("\n\n"):
            if len(para) > 200:
                bodies.setdefault(para, []).append(record)
    shared = [recs for recs in bodies.values() if len(recs) > 1]
    assert shared
    for recs in shared:
        assert len({r["url"] for r in recs}) == len(recs)
        assert len({r["publisher"] for r in recs}) == len(recs)


def test_readme_documents_every_sample() -> None:
    readme = (SAMPLES.parents[2] / "docs" / "samples.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (sample-(?:en|ar)-\d{2}) \|", readme, flags=re.MULTILINE))
    assert listed == set(_all_ids())
