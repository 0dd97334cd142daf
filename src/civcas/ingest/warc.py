"""WARC archives: the HTML responses they hold, one RawDocument each."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from civcas.ingest import IngestError
from civcas.ingest.decode import charset_from_header, decode_bytes
from civcas.ingest.limits import MAX_DOCUMENT_BYTES, too_large
from civcas.model import RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


class _Truncated(Exception):
    """A record whose block is shorter than its Content-Length says."""


def read_warc(path: str) -> Iterator[RawDocument | IngestError]:
    """HTML response records of the archive; a corrupt or truncated archive ends with one IngestError."""
    count = records = 0
    try:
        with open(path, "rb") as f:
            archive = ArchiveIterator(f)
            for record in archive:
                records += 1
                item = _record(record, path)
                _check_complete(record)
                if item is not None:
                    count += 1
                    yield item
            _check_consumed(f, archive.offset)
        if path.lower().endswith(".gz"):
            _check_gzip(path)
    except Exception as e:  # warcio, gzip and zlib raise many kinds on damaged archives
        yield IngestError(path, f"corrupt or truncated WARC after {count} records: {type(e).__name__}: {e}")
        return
    if records == 0:
        yield IngestError(path, "no WARC records in file")


def _record(record, path: str) -> RawDocument | IngestError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in _HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}#{url or record.rec_headers.get_header('WARC-Record-ID')}"
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    reason = too_large(len(data))
    if reason:
        return IngestError(source, reason)
    html = decode_bytes(data, declared=charset_from_header(content_type), html=True)
    return RawDocument(
        source=source,
        raw=data,
        html=html,
        url=url,
        published=record.rec_headers.get_header("WARC-Date"),
    )


def _check_complete(record) -> None:
    """Raise if the record's block is shorter than its Content-Length.

    warcio hands out a short block without complaint; what is left of the
    declared length after reading to the end tells a cut-off record.
    """
    length = record.rec_headers.get_header("Content-Length") or ""
    if record.format.startswith("warc") and not length.strip().isdigit():
        # Content-Length is mandatory in WARC; without it the headers were cut short.
        raise _Truncated(f"record without a Content-Length after {record.rec_headers.protocol or 'start'}")
    while record.raw_stream.read(_CHUNK):
        pass
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_type
        raise _Truncated(f"record {uri} ends {missing} bytes early")


def _check_consumed(f, offset: int) -> None:
    """Raise if bytes other than blank lines follow the last record warcio could parse.

    warcio takes a cut inside a record's headers for the end of the archive.
    """
    f.seek(offset)
    rest = f.read(_CHUNK)
    if rest.strip():
        raise _Truncated(f"{len(rest)} unparseable bytes at offset {offset}")


def _check_gzip(path: str) -> None:
    """Raise if the gzip stream is cut short: warcio stops quietly at a truncated last member."""
    with gzip.open(path, "rb") as f:
        while f.read(_CHUNK):
            pass


