"""Import GeoNames dumps (SY.txt, allCountries.txt, alternateNamesV2.txt) into the gazetteer tables.

Files are streamed line by line and written in batches, so allCountries.txt
(12 million lines) needs little memory. Importing a country again replaces its
earlier import. Kept: populated places (class P) as towns, first-level areas
(ADM1) as admin1, lower areas (ADM2-4), mountains, hills and regions as districts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select

from civcas.geo.bundled import admin1_table, usable_alternate
from civcas.geo.common import too_common
from civcas.geo.normalize import plain_name
from civcas.geo.tables import geo_names, geo_places

BATCH = 5000
DISTRICT_CODES = frozenset({"ADM2", "ADM3", "ADM4", "ADMD", "MT", "MTS", "HLL", "HLLS", "RGN", "AREA", "VAL", "WAD", "PLN"})
# alternateNamesV2 language codes that are not languages (links, codes, postcodes).
NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "fr_1793", "tcid"})
NAME_LANGUAGES = frozenset({"", "en", "ar", "ara", "arz", "apc", "ajp", "acm", "ku", "tr"})

Progress = Callable[[int], None]  # called with the bytes read since the last call


@dataclass
class ImportSummary:
    places: int = 0
    names: int = 0
    countries: tuple[str, ...] = ()


def kind_of(feature_class: str, feature_code: str) -> str | None:
    """The gazetteer kind of a GeoNames feature, or None for features not kept."""
    if feature_class == "P":
        return "town"
    if feature_code == "ADM1":
        return "admin1"
    if feature_code in DISTRICT_CODES:
        return "district"
    return None


def _lines(path: Path, progress: Progress | None) -> Iterator[list[str]]:
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        read = 0
        for line in text:
            if progress is not None:
                read += len(line)  # characters, close enough to bytes for a progress bar
                if read >= 1 << 20:
                    progress(read)
                    read = 0
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\r\n").split("\t")
        if progress is not None and read:
            progress(read)


def _batched(rows: Iterable[dict], size: int = BATCH) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_places(
    engine: Engine,
    path: Path,
    countries: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a GeoNames country or allCountries file; `countries` limits which are kept."""
    wanted = {c.upper() for c in countries} if countries else None
    admin1 = admin1_table()
    summary = ImportSummary()
    seen_countries: set[str] = set()
    with engine.begin() as connection:
        for batch in _batched(_place_rows(path, wanted, admin1, progress)):
            new = {row["country"] for row in batch} - seen_countries
            for country in sorted(new):  # a re-import replaces the country's earlier one
                old = select(geo_places.c.id).where(geo_places.c.source == "geonames", geo_places.c.country == country)
                connection.execute(delete(geo_names).where(geo_names.c.place_id.in_(old)))
                connection.execute(delete(geo_places).where(geo_places.c.source == "geonames", geo_places.c.country == country))
            seen_countries |= new
            names = [row.pop("_names") for row in batch]
            returning = insert(geo_places).returning(geo_places.c.id, sort_by_parameter_order=True)
            ids = connection.execute(returning, batch).scalars().all()
            name_rows = [{"place_id": i, "name": n} for i, ns in zip(ids, names) for n in ns]
            if name_rows:
                connection.execute(insert(geo_names), name_rows)
            summary.places += len(batch)
            summary.names += len(name_rows)
    summary.countries = tuple(sorted(seen_countries))
    return summary


def _place_rows(path: Path, wanted: set[str] | None, admin1: dict, progress: Progress | None) -> Iterator[dict]:
    for cols in _lines(path, progress):
        if len(cols) < 15:
            continue
        country = cols[8]
        if wanted is not None and country not in wanted:
            continue
        kind = kind_of(cols[6], cols[7])
        if kind is None:
            continue
        population = int(cols[14] or 0)
        code = cols[10] or None
        names = [cols[1], cols[2], *cols[3].split(",")]
        yield {
            "source": "geonames",
            "geonameid": int(cols[0]),
            "name": cols[2] or cols[1],
            "country": country,
            "admin1_code": code,
            "admin1": admin1.get((country, code or ""), (None, []))[0],
            "lat": float(cols[4]),
            "lon": float(cols[5]),
            "kind": kind,
            "feature_code": cols[7],
            "population": population,
            "_names": _keep_names(names, population),
        }


def _keep_names(names: Iterable[str], population: int) -> list[str]:
    kept = dict.fromkeys(map(plain_name, names))
    return [n for n in kept if n and usable_alternate(n) and not too_common(n, population)]


def import_alternate_names(engine: Engine, path: Path, progress: Progress | None = None) -> int:
    """Add alternateNamesV2.txt names (English, Arabic, unlabelled) to already imported places."""
    with engine.connect() as connection:
        places = {gid: (pid, pop) for pid, gid, pop in connection.execute(
            select(geo_places.c.id, geo_places.c.geonameid, geo_places.c.population).where(geo_places.c.source == "geonames")
        )}
        known = {(pid, name) for pid, name in connection.execute(select(geo_names.c.place_id, geo_names.c.name))}
    added = 0

    def rows() -> Iterator[dict]:
        for cols in _lines(path, progress):
            if len(cols) < 4 or cols[2] in NOT_NAMES or cols[2] not in NAME_LANGUAGES:
                continue
            if len(cols) > 7 and cols[7] == "1":  # historic names mislead more than they help
                continue
            hit = places.get(int(cols[1]) if cols[1].isdigit() else -1)
            if hit is None:
                continue
            place_id, population = hit
            name = plain_name(cols[3])
            if (place_id, name) in known or not usable_alternate(name) or too_common(name, population):
                continue
            known.add((place_id, name))
            yield {"place_id": place_id, "name": name}

    with engine.begin() as connection:
        for batch in _batched(rows()):
            connection.execute(insert(geo_names), batch)
            added += len(batch)
    return added


def is_alternate_names_file(path: Path) -> bool:
    """True for alternateNames(V2).txt, told from its name or its column layout."""
    if "alternatename" in path.name.lower():
        return True
    with path.open(encoding="utf-8") as handle:
        first = next(csv.reader(handle, delimiter="\t"), [])
    return len(first) in (8, 10) and first[0].isdigit() and first[1].isdigit()
