"""WARC archives: the HTML responses they hold, one RawDocument each."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from civcas.ingest import IngestError
from civcas.ingest.decode import charset_from_header, decode_bytes
from civcas.ingest.limits import MAX_DOCUMENT_BYTES, too_large
from civcas.model import RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


class _Truncated(Exception):
    """A damaged archive: a record shorter than its Content-Length says, garbled headers, or
    bytes after the last record that parse as none."""


def read_warc(path: str) -> Iterator[RawDocument | IngestError]:
    """HTML response records of the archive; a corrupt or truncated archive ends with one IngestError."""
    count = records = 0
    try:
        with open(path, "rb") as f:
            archive = ArchiveIterator(f)
            for record in _parsed(archive):
                records += 1
                item = _record(record, path)
                _check_complete(record)
                if item is not None:
                    count += 1
                    yield item
            _check_consumed(f, archive.offset)
        if path.lower().endswith(".gz"):
            _check_gzip(path)
    except (_Truncated, EOFError, OSError, zlib.error) as e:
        yield IngestError(path, f"corrupt or truncated WARC after {count} records: {str(e) or 'unexpected end of file'}")
        return
    if records == 0:
        yield IngestError(path, "no WARC records in file")
    elif count == 0:
        # Not an error in the archive, but nothing of it is stored: say so rather than pass in silence.
        yield IngestError(path, f"no HTML response among its {records} record{'s' if records > 1 else ''}")


def _parsed(archive: ArchiveIterator) -> Iterator:
    """The archive's records; garbled headers, on which warcio fails with whatever its parser
    hits (an AttributeError on a missing field), end it as a `_Truncated` with plain words."""
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (EOFError, OSError, zlib.error):
            raise
        except Exception as e:  # noqa: BLE001 - see the docstring
            raise _Truncated("unreadable record headers") from e
        yield record


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


