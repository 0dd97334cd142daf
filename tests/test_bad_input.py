"""Bad inputs: each gives a clear message, and the remainder of the batch still goes through."""

from __future__ import annotations

import io
import json
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from civcas.clean import clean
from civcas.ingest import IngestError, limits, read_inputs
from civcas.model import RawDocument

GOOD_EN = "A drone strike hit a car near the village of Tal Shaghib, killing two men, a local activist said."
GOOD_AR = "قتل رجلان بغارة من طائرة مسيرة استهدفت سيارة قرب قرية تل شغيب بحسب ناشط محلي."


def split(items) -> tuple[list[RawDocument], list[IngestError]]:
    items = list(items)
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, IngestError)]


def batch_with(tmp_path, name: str, data: bytes) -> tuple[list[RawDocument], list[IngestError]]:
    """A directory of one bad file between two good ones, read as one batch."""
    (tmp_path / "a_good.txt").write_text(GOOD_EN)
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z_good.txt").write_text(GOOD_AR)
    return split(read_inputs([str(tmp_path)]))


def test_malformed_html_still_gives_its_text(tmp_path):
    broken = f"<html><body><div><p>{GOOD_EN}<span></div></table><p>Second paragraph <b>unclosed".encode()
    docs, errors = batch_with(tmp_path, "broken.html", broken)
    assert not errors and len(docs) == 3
    doc = clean(next(d for d in docs if d.source.endswith("broken.html")))
    assert doc.status == "ok" and GOOD_EN in doc.text


def test_empty_file_is_a_document_marked_empty(tmp_path):
    docs, errors = batch_with(tmp_path, "empty.txt", b"")
    assert not errors and len(docs) == 3
    doc = clean(next(d for d in docs if d.source.endswith("empty.txt")))
    assert doc.status == "empty" and doc.reason and doc.text == ""


def test_binary_file_is_refused_and_the_rest_go_on(tmp_path):
    docs, errors = batch_with(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert [d.text for d in docs] == [GOOD_EN, GOOD_AR]
    assert len(errors) == 1 and errors[0].source.endswith("image.html")
    assert errors[0].reason.startswith("binary file")


def test_cp1256_arabic_is_decoded(tmp_path):
    docs, errors = batch_with(tmp_path, "windows.txt", GOOD_AR.encode("cp1256"))
    assert not errors
    assert next(d for d in docs if d.source.endswith("windows.txt")).text == GOOD_AR


def test_latin1_is_decoded(tmp_path):
    french = "Un obus est tombé près de l'école, blessant deux élèves, selon un témoin à Idleb."
    docs, errors = batch_with(tmp_path, "latin.txt", french.encode("latin-1"))
    assert not errors
    assert next(d for d in docs if d.source.endswith("latin.txt")).text == french


def test_html_meta_charset_is_honoured(tmp_path):
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{GOOD_AR}</p></body></html>'
    docs, _ = batch_with(tmp_path, "page.html", page.encode("cp1256"))
    assert GOOD_AR in next(d for d in docs if d.source.endswith("page.html")).html


def test_utf16_with_bom_is_decoded(tmp_path):
    docs, errors = batch_with(tmp_path, "wide.txt", GOOD_AR.encode("utf-16"))
    assert not errors
    assert next(d for d in docs if d.source.endswith("wide.txt")).text == GOOD_AR


def test_huge_file_is_refused_with_its_size(tmp_path):
    (tmp_path / "a_good.txt").write_text(GOOD_EN)
    with open(tmp_path / "huge.txt", "wb") as f:  # sparse: nothing is written or read
        f.truncate(limits.MAX_DOCUMENT_BYTES + 1024 * 1024)
    docs, errors = split(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == [GOOD_EN]
    assert len(errors) == 1 and errors[0].reason.startswith("file too large: 21.0 MB, limit 20 MB")


def test_huge_jsonl_line_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 500)
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate([GOOD_EN, "x" * 1000, GOOD_EN])))
    docs, errors = split(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["0", "2"]
    assert [e.source for e in errors] == [f"{path}:2"] and "too large" in errors[0].reason


def test_login_wall_is_junk_with_a_reason():
    wall = "Log in to Facebook\nEmail or phone number\nPassword\nLog In\nForgot account?\nCreate new account"
    doc = clean(RawDocument(source="t", raw=wall.encode(), text=wall))
    assert doc.status == "junk" and doc.reason.startswith("login wall:")


def test_cookie_banner_page_is_junk_but_a_report_under_a_banner_is_not():
    banner = "We use cookies to give you the best experience on our website.\nAccept all\nManage preferences"
    doc = clean(RawDocument(source="t", raw=banner.encode(), text=banner))
    assert doc.status == "junk" and doc.reason.startswith("cookie consent:")
    page = f"{banner}\n{GOOD_EN}"
    doc = clean(RawDocument(source="t", raw=page.encode(), text=page))
    assert doc.status == "ok" and doc.text == GOOD_EN


def _warc_bytes(n: int, gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for i in range(n):
        body = f"<html><body><p>Report {i}. {GOOD_EN}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("cut", [0.5, 0.8, 0.99])
def test_truncated_warc_yields_records_so_far_and_one_error(tmp_path, gzip, cut):
    data = _warc_bytes(3, gzip)
    name = "cut.warc.gz" if gzip else "cut.warc"
    docs, errors = batch_with(tmp_path, name, data[: int(len(data) * cut)])
    warc_docs = [d for d in docs if d.url]
    assert len(docs) == 2 + len(warc_docs) and len(warc_docs) < 3
    assert [d.url for d in warc_docs] == [f"https://example.org/{i}" for i in range(len(warc_docs))]
    assert len(errors) == 1 and errors[0].reason.startswith(f"corrupt or truncated WARC after {len(warc_docs)} records")


def test_garbled_or_empty_warc_says_so_in_plain_words(tmp_path):
    # garbled record headers: a plain reason, not the parser's internals
    _, errors = batch_with(tmp_path, "garbled.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    assert [e.reason for e in errors] == ["corrupt or truncated WARC after 0 records: unreadable record headers"]
    # a whole archive with no HTML response in it stores nothing, and says so
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response", payload=io.BytesIO(b"png"),
                                                  http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                                                protocol="HTTP/1.1")))
    (tmp_path / "images").mkdir()
    docs, errors = batch_with(tmp_path / "images", "images.warc", buf.getvalue())
    assert not [d for d in docs if d.url] and [e.reason for e in errors] == ["no HTML response among its 1 record"]


def test_bad_jsonl_lines_name_file_and_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok-1", "text": GOOD_EN}),
        '{"id": "broken", "text": "no closing',
        json.dumps({"text": GOOD_EN}),
        json.dumps({"id": "no-body", "title": "only a title"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok-2", "html": f"<p>{GOOD_AR}</p>"}),
    ]))
    docs, errors = split(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:2", "not a JSON object"),
        (f"{path}:3", "missing 'id'"),
        (f"{path}:4", "neither 'text' nor 'html' is a string"),
        (f"{path}:5", "not a JSON object"),
    ]


def test_unknown_extension_named_directly_is_an_error(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "a.txt").write_text(GOOD_EN)
    docs, errors = split(read_inputs([str(tmp_path / "report.pdf"), str(tmp_path / "missing.txt"),
                                      str(tmp_path / "a.txt")]))
    assert [d.text for d in docs] == [GOOD_EN]
    assert [e.reason.split(";")[0] for e in errors] == ["unsupported file type '.pdf'", "no such file or directory"]


def test_undecodable_raw_without_text_fails_cleanly():
    doc = clean(RawDocument(source="t", raw=b"\xff\xfe\xfa broken"))
    assert doc.status == "failed" and "decode" in doc.reason


@pytest.mark.parametrize("hostile", [
    "!" * 100_000 + "a",
    "1" * 100_000,
    "· " * 50_000,
    "Share\n" * 20_000,
    ("word " * 5 + "...\n") * 5_000,
])
def test_hostile_text_is_cleaned_in_bounded_time(hostile):
    start = time.process_time()
    doc = clean(RawDocument(source="t", raw=hostile.encode(), text=hostile))
    assert time.process_time() - start < 5
    assert doc.status in ("ok", "empty")


def test_deeply_nested_json_line_is_a_bad_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"id": "x", "text": ' + "[" * 100_000 + "\n" + json.dumps({"id": "ok", "text": GOOD_EN}))
    docs, errors = split(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["ok"] and errors[0].reason == "not a JSON object"
