"""Reading a gold file (the format in shared/data/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from civcas.model import RawDocument


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the line."""


@dataclass
class GoldIncident:
    id: str
    gold: dict
    source_ids: list[str]


def read_gold(path: str | Path) -> tuple[list[GoldIncident], list[RawDocument]]:
    """Gold incidents, and every distinct source as one input document."""
    incidents: list[GoldIncident] = []
    sources: dict[str, RawDocument] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    _read_line(line, f"{path}:{number}", incidents, sources)
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise GoldError(f"{path}: {exc.strerror or exc}") from exc
    if not incidents:
        raise GoldError(f"{path}: no gold incidents in it")
    return incidents, list(sources.values())


def _read_line(line: str, where: str, incidents: list[GoldIncident], sources: dict[str, RawDocument]) -> None:
    try:
        row = json.loads(line)
        gold, row_sources = row["gold"], row["sources"]
        incidents.append(GoldIncident(row["incident"], gold, [s["id"] for s in row_sources]))
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{where}: not a gold incident ({exc})") from exc
    for s in row_sources:
        if s["id"] in sources:
            continue
        text = s.get("text") or ""
        sources[s["id"]] = RawDocument(
            source=where,
            raw=text.encode("utf-8"),
            id=s["id"],
            text=text,
            url=s.get("url"),
            publisher=s.get("publisher"),
            published=s.get("published"),
            title=s.get("title"),
            lang=s.get("lang"),
            source_type=s.get("type"),
        )
