"""The `civcas` command."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Iterator

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from civcas import pipeline
from civcas.export import FORMATS, incident_to_json
from civcas.model import Incident, Range
from civcas.options import DbOption, JsonOption, err, fail, out
from civcas.store import IncidentFilter, Store, StoreError

app = typer.Typer(
    help="Turn raw conflict reporting into a sourced, geocoded ledger of civilian-harm incidents.",
    no_args_is_help=True,
    add_completion=False,
)




@contextmanager
def _open(db: str | None) -> Iterator[Store]:
    try:
        store = Store(db)
    except StoreError as exc:
        raise fail(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _progress(label: str, total: int | None = None) -> Iterator:
    """A progress bar on stderr for long work; silent when stderr is not a terminal."""
    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def _range(r: Range | None) -> str:
    return "–" if r is None else str(r)


def _place(incident: Incident) -> str:
    p = incident.place
    if p is None:
        return "?"
    parts = [p.name] + [x for x in (p.admin1, p.country) if x and x != p.name]
    return ", ".join(parts)


def _incident_table(incidents: list[Incident], title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("id", "date", "place", "belligerents", "killed", "injured", "grade", "sources"):
        # Ids and figures are read and copied whole; only names may wrap.
        table.add_column(column, no_wrap=column not in {"place", "belligerents"}, overflow="fold")
    for i in incidents:
        cells = (
            i.id,
            i.date or "?",
            _place(i),
            ", ".join(i.belligerents) or "–",
            _range(i.ranges.get("civilians_killed")),
            _range(i.ranges.get("civilians_injured")),
            i.grade + (" (contested)" if i.contested and i.grade != "contested" else ""),
            str(len(i.document_ids)),
        )
        table.add_row(*(Text(cell) for cell in cells))  # Text: never read document data as markup
    return table


def _print_summary(summary: pipeline.IngestSummary, incidents: int) -> None:
    err.print(
        f"{summary.new} new, {summary.duplicate} duplicate, {summary.junk} junk, {summary.empty} empty, "
        f"{summary.failed} failed; {summary.claims} claims; {incidents} incidents in the store",
        highlight=False,
    )
    for source, reason in summary.failures:
        err.print(f"  failed: {source}: {reason}", highlight=False, markup=False)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files or directories (.html .txt .md .jsonl .warc .warc.gz), or - for stdin.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read documents, extract their claims and update the incidents.

    Documents already stored (same id, or same content when no id is given)
    are skipped, so running it again, or after a crash, is safe.
    """
    with _open(db) as store, _progress("ingesting") as tick:
        summary = pipeline.ingest_paths(store, paths, tick)
        pipeline.update_incidents(store)
        incidents = store.incident_count()
    if as_json:
        out.print_json(data=summary.to_json() | {"incidents": incidents})
    else:
        _print_summary(summary, incidents)
    if summary.new == 0 and summary.failed and not summary.duplicate:
        raise typer.Exit(1)


@app.command()
def fuse(db: DbOption = None) -> None:
    """Rebuild the unreviewed incidents from every stored claim, clustering afresh.

    `ingest` fits new documents into the incidents there are; this re-clusters
    everything a reviewer has not touched (after a lexicon or gazetteer change, say).
    """
    with _open(db) as store:
        n = pipeline.rebuild_incidents(store)
    err.print(f"{n} incidents")


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-03-01") from None


@app.command()
def incidents(
    since: Annotated[str | None, typer.Option(help="Earliest date, YYYY-MM-DD.", callback=_iso_date)] = None,
    until: Annotated[str | None, typer.Option(help="Latest date, YYYY-MM-DD.", callback=_iso_date)] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. SY.")] = None,
    belligerent: Annotated[str | None, typer.Option(help="Part of a belligerent's name, e.g. Russian.")] = None,
    grade: Annotated[str | None, typer.Option(help="confirmed, fair, weak, contested or discounted.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List incidents, newest first."""
    where = IncidentFilter(since=since, until=until, country=country, belligerent=belligerent, grade=grade, limit=limit)
    with _open(db) as store:
        found = store.incidents(where)
    if as_json:
        for incident in found:
            print(json.dumps(incident_to_json(incident), ensure_ascii=False))
        return
    out.print(_incident_table(found))
    err.print(f"{len(found)} incidents")


@app.command()
def show(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="An incident id (a unique prefix will do).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One incident: its figures and grade, and every claim with its speaker and sentence."""
    with _open(db) as store:
        incident = store.incident(incident_id)
    if incident is None:
        raise fail(f"no incident {incident_id!r} (ids are listed by `civcas incidents`)")
    if as_json:
        out.print_json(data=incident_to_json(incident))
        return
    out.print(_incident_table([incident]))
    for label, values in (("grade reasons", incident.grade_reasons), ("contested", incident.contest_reasons)):
        for value in values:
            out.print(f"{label}: {value}", highlight=False, markup=False)
    for key, r in sorted(incident.ranges.items()):
        out.print(f"{key.replace('_', ' ')}: {_range(r)}", highlight=False)
    for c in incident.claims:
        figure = _range(Range(c.min, c.max)) if c.min is not None else "?"
        if c.joint:
            figure += " (a bound: killed and injured counted together)"
        who = f"{c.speaker} ({c.speaker_kind})" if c.speaker else c.speaker_kind
        out.print(f"\n• {c.kind} {c.group} {figure} — {who}, {c.stance} — {c.document_id} [{c.start}:{c.end}]", highlight=False, markup=False)
        out.print(f"  “{c.sentence.strip()}”", highlight=False, markup=False)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (the export contract), csv (ACLED-like) or geojson.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export every incident."""
    if format not in FORMATS:
        raise fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    with _open(db) as store:
        found = store.incidents()
    if output is None:
        n = FORMATS[format](found, sys.stdout)
    else:
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                n = FORMATS[format](found, handle)
        except OSError as exc:
            raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    err.print(f"{n} incidents exported as {format}" + (f" to {output}" if output else ""))


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="A gold file (format in shared/data/README.md).")],
    as_json: JsonOption = False,
) -> None:
    """Score the whole pipeline on a gold file, in a temporary database."""
    from civcas.eval.gold import GoldError
    from civcas.eval.run import evaluate
    from civcas.eval.score import MISS_KINDS

    if not gold.is_file():
        raise fail(f"no gold file at {gold}")
    try:
        with _progress("evaluating") as tick:
            result = evaluate(gold, tick)
    except GoldError as exc:
        raise fail(str(exc)) from None
    if as_json:
        out.print_json(data=result)
        return
    table = Table(title=f"{result['incidents']} gold incidents, {result['predicted_incidents']} predicted", title_justify="left")
    for column in ("figure", "hits", "of", "share"):
        table.add_column(column, justify="right" if column != "figure" else "left", no_wrap=column == "figure")
    for name, f in result["figures"].items():
        table.add_row(name, str(f["hits"]), str(f["total"]), f"{f['share']:.1%}" if f["share"] is not None else "–")
    out.print(table)
    missed = Table(title="Where the misses lie", title_justify="left")
    missed.add_column("figure", no_wrap=True)
    for kind in MISS_KINDS:
        missed.add_column(kind, justify="right")
    for name, kinds in result["misses"].items():
        missed.add_row(name, *(str(kinds[k]) if kinds[k] else "" for k in MISS_KINDS))
    out.print(missed)
    out.print("tied: the matched incidents tie and another of them hits; elsewhere: another incident sharing a "
              "document hits; nowhere: none does; unmatched: no incident shares a document (docs/evaluation.md)")
    if any(isinstance(f["hits"], float) for f in result["figures"].values()):
        out.print("hits with a fraction: incidents the matching keys tie on share the credit (docs/evaluation.md)")
    if result["figures"].get("location.name_only", {}).get("hits"):
        out.print("location.name_only: of the gold places with coordinates, those named right but with no point "
                  "within 10 km (villages the gazetteer lacks: `civcas gazetteer import` a GeoNames dump)")
    c = result["clustering"]
    out.print(f"clustering (document pairs): precision {c['precision']:.1%}, recall {c['recall']:.1%}, F1 {c['f1']:.3f}")
    d = result["documents"]
    out.print(f"documents: {d['new']} ingested, {d['junk']} junk, {d['empty']} empty, {d['failed']} failed; {d['claims']} claims")


@app.command()
def demo(db: DbOption = None) -> None:
    """Run the main job on the bundled sample documents and show the incidents."""
    samples = str(files("civcas") / "samples")
    with _open(db) as store:
        with _progress("ingesting samples") as tick:
            summary = pipeline.ingest_paths(store, [samples], tick)
            pipeline.update_incidents(store)
            n = store.incident_count()
        _print_summary(summary, n)
        out.print(_incident_table(store.incidents(), title="Incidents"))
        out.print(f"Database: {store.display_url}  —  try `civcas show ID`, `civcas export --format csv`", highlight=False)


# Mounted after the core commands, so `civcas --help` lists the main job first.
from civcas.geo.cli import app as gazetteer_app  # noqa: E402
from civcas.review.cli import register as register_review  # noqa: E402

app.add_typer(gazetteer_app, name="gazetteer", help="Look up places and import GeoNames dumps.")
register_review(app)
