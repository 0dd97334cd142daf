"""Ingest: every input kind becomes RawDocuments, in a stable order."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from civcas.ingest import IngestError, limits, read_inputs
from civcas.model import RawDocument

REPORT_EN = "Shelling hit the market in Kafr Nabudah on Tuesday, wounding four civilians, a medic said."
REPORT_AR = "أصيب أربعة مدنيين بقذائف مدفعية استهدفت سوق بلدة كفرنبودة صباح الثلاثاء."
PAGE = f"<html><head><title>Market shelled</title></head><body><article><p>{REPORT_EN}</p></article></body></html>"


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gzip: bool = False) -> None:
    """A WARC of response records (uri, content type, body), plus a request record to be ignored."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for uri, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))


def docs(items) -> list[RawDocument]:
    items = list(items)
    assert not [i for i in items if isinstance(i, IngestError)], items
    return items


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deep" / "z.htm").write_text(PAGE)
    (tmp_path / "b" / "one.txt").write_text(REPORT_EN)
    (tmp_path / "a" / "two.md").write_text(REPORT_AR)
    (tmp_path / "c.html").write_text(PAGE)
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")  # skipped silently
    (tmp_path / "notes.csv").write_text("a,b\n")

    got = docs(read_inputs([str(tmp_path)]))

    rel = [Path(d.source).relative_to(tmp_path).as_posix() for d in got]
    assert rel == ["a/two.md", "b/deep/z.htm", "b/one.txt", "c.html"]
    by_name = {Path(d.source).name: d for d in got}
    assert by_name["two.md"].text == REPORT_AR and by_name["two.md"].html is None
    assert by_name["z.htm"].html == PAGE and by_name["z.htm"].text is None
    assert by_name["one.txt"].raw == REPORT_EN.encode()


def test_order_does_not_depend_on_creation_order(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    for root, names in ((first, ["m.txt", "b.txt", "x.txt"]), (second, ["x.txt", "m.txt", "b.txt"])):
        root.mkdir()
        for name in names:
            (root / name).write_text(f"{name}: {REPORT_EN}")
    names = [[Path(d.source).name for d in docs(read_inputs([str(root)]))] for root in (first, second)]
    assert names[0] == names[1] == ["b.txt", "m.txt", "x.txt"]
    again = [d.source for d in docs(read_inputs([str(first)]))]
    assert again == [d.source for d in docs(read_inputs([str(first)]))]


def test_jsonl_fields_are_carried_and_sources_name_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "post-1", "text": REPORT_AR, "url": "https://example.org/p/1", "publisher": "Local page",
         "published": "2024-03-05", "title": None, "lang": "ar", "source_type": "public_facebook_post"},
        {"id": 42, "html": PAGE},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")

    first, second = docs(read_inputs([str(path)]))

    assert first.source == f"{path}:1" and second.source == f"{path}:2"
    assert (first.id, first.text, first.html) == ("post-1", REPORT_AR, None)
    assert (first.url, first.publisher, first.published, first.lang, first.source_type) == (
        "https://example.org/p/1", "Local page", "2024-03-05", "ar", "public_facebook_post")
    assert first.title is None
    assert first.raw == REPORT_AR.encode()
    assert (second.id, second.html, second.text) == ("42", PAGE, None)


def test_html_and_text_files_keep_their_bytes(tmp_path):
    html, txt = tmp_path / "page.html", tmp_path / "note.txt"
    html.write_bytes(PAGE.encode())
    txt.write_bytes(REPORT_AR.encode())
    page, note = docs(read_inputs([str(html), str(txt)]))
    assert page.html == PAGE and page.raw == PAGE.encode() and page.id is None
    assert note.text == REPORT_AR and note.raw == REPORT_AR.encode()


def test_warc_yields_html_responses_only(tmp_path):
    for name, gz in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        write_warc(path, [
            ("https://example.org/a", "text/html; charset=utf-8", PAGE.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://example.org/b", "text/html; charset=windows-1256", f"<p>{REPORT_AR}</p>".encode("cp1256")),
        ], gzip=gz)

        got = docs(read_inputs([str(path)]))

        assert [d.url for d in got] == ["https://example.org/a", "https://example.org/b"]
        assert got[0].html == PAGE and got[0].raw == PAGE.encode()
        assert REPORT_AR in got[1].html  # decoded with the charset of the HTTP header
        assert all(d.published and d.published.startswith("20") for d in got)
        assert got[0].source == f"{path}#https://example.org/a"


def test_stdin_jsonl(monkeypatch):
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": REPORT_EN}) for i in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    got = docs(read_inputs(["-"]))
    assert [d.id for d in got] == ["s0", "s1", "s2"]
    assert [d.source for d in got] == ["stdin:1", "stdin:2", "stdin:3"]


def test_stdin_text_is_one_document(monkeypatch):
    text = f'{{"id": "looks like json"}}\n{REPORT_EN}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    (doc,) = docs(read_inputs(["-"]))
    assert doc.text == text and doc.source == "stdin" and doc.id is None


def test_stdin_text_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(((REPORT_EN + "\n") * 5).encode())))
    (error,) = list(read_inputs(["-"]))
    assert isinstance(error, IngestError) and error.source == "stdin" and error.reason.startswith("file too large")
