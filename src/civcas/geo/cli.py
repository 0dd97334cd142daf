"""`civcas gazetteer`: look up places, import GeoNames dumps (mounted by civcas.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from civcas.geo.bundled import data_lines
from civcas.geo.dumps import (
    import_alternate_names,
    import_places,
    is_alternate_names_file,
)
from civcas.geo.gazetteer import Entry
from civcas.geo.load import load_gazetteer
from civcas.options import DbOption, err, fail, out

app = typer.Typer(help="Look up places and import GeoNames dumps into the civcas database.", no_args_is_help=True)



def _engine(db: str | None):
    from civcas.store.db import StoreError, make_engine

    try:
        return make_engine(db)
    except StoreError as exc:
        raise fail(str(exc)) from None


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dumps: a country file (SY.txt) or allCountries.txt, then alternateNamesV2.txt if wanted.", exists=True, dir_okay=False)],
    country: Annotated[
        list[str] | None,
        typer.Option("--country", "-c", help="Keep only this country (ISO code); repeatable. Default: all in a country file; the countries in scope for allCountries.txt."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import GeoNames dumps; their places are used by the geocoder from the next run on."""
    engine = _engine(db)
    path = files[0]
    try:
        alternates = [f for f in files if is_alternate_names_file(path := f)]
        places = sorted((f for f in files if f not in alternates), key=str)
        for path in places + alternates:
            with _progress(path) as tick:
                if path in alternates:
                    added = import_alternate_names(engine, path, tick)
                    out.print(f"{path.name}: {added} alternate names added", highlight=False)
                else:
                    wanted = country or (data_lines("scope.txt") if path.name.lower().startswith("allcountries") else None)
                    summary = import_places(engine, path, wanted, tick)
                    out.print(f"{path.name}: {summary.places} places, {summary.names} names ({', '.join(summary.countries) or 'none'})", highlight=False)
    except UnicodeDecodeError as exc:
        # Each file is imported in one transaction: nothing of the bad file was kept.
        raise fail(f"{path}: not a UTF-8 GeoNames dump ({exc.reason} at byte {exc.start}); nothing of it was imported") from None
    finally:
        engine.dispose()


class _progress:
    """A Rich progress bar over a file's bytes, on stderr; the bar's advance is the callback."""

    def __init__(self, path: Path) -> None:
        self.bar = Progress(TextColumn(path.name), BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal)
        self.task = self.bar.add_task(path.name, total=path.stat().st_size)

    def __enter__(self):
        self.bar.start()
        return lambda n: self.bar.advance(self.task, n)

    def __exit__(self, *exc) -> None:
        self.bar.stop()


def entry_json(entry: Entry) -> dict:
    return {
        "name": entry.name, "country": entry.country, "admin1": entry.admin1, "lat": entry.lat, "lon": entry.lon,
        "precision": entry.precision, "geonameid": entry.geonameid, "population": entry.population,
        "source": entry.source, "names": entry.names,
    }


@app.command()
def search(
    name: Annotated[str, typer.Argument(help="A place name in English or Arabic, any common spelling.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table (for pipes and scripts).")] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 10,
    db: DbOption = None,
) -> None:
    """Find places by name: exact spelling variants first, then close matches."""
    engine = _engine(db)
    try:
        found = load_gazetteer(engine).search(name, limit)
    finally:
        engine.dispose()
    if as_json:
        out.print_json(json.dumps([entry_json(e) for e in found], ensure_ascii=False))
    else:
        table = Table(title=f"Places named {name!r}")
        for column in ("name", "admin1", "country", "lat", "lon", "precision", "population", "source", "geonameid"):
            table.add_column(column)
        for e in found:
            # Names come from dumps and reviewers: cells are text, never rich markup.
            table.add_row(*(Text(cell) for cell in (e.name, e.admin1 or "", e.country, f"{e.lat:.4f}", f"{e.lon:.4f}",
                                                    e.precision, str(e.population), e.source, str(e.geonameid or ""))))
        out.print(table)
    if not found:
        raise typer.Exit(1)
