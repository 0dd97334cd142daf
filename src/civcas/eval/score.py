"""Scoring exported incidents against gold (rules in shared/data/README.md).

Each gold incident is matched, through document_ids, to the predicted
incident sharing a document with it that is nearest in date, then shares the
most documents. Where those keys tie (the strikes of one round-up page), it
counts the share of the tied incidents that hit each figure: the average of a
random pick, not a pick. An open-ended predicted range counts as its lower bound: the
export contract says an open figure contributes its lower bound, and scoring
it as "anything up to infinity" would flatter the system.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from datetime import date
from itertools import combinations

from civcas.eval.gold import GoldIncident
from civcas.geo import bundled_gazetteer
from civcas.geo.normalize import same_place_name

# Airwars' belligerent names -> civcas vocabulary (DESIGN.md).
BELLIGERENT_ALIASES = {
    "U.S.-led Coalition": "US-led Coalition",
    "US-led Coalition": "US-led Coalition",
    "YPG": "SDF/YPG",
    "Syrian Democratic Forces": "SDF/YPG",
    "Kurdish Forces": "SDF/YPG",
}


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[أإآ]", "ا", text).replace("ة", "ه").replace("ى", "ي")
    text = re.sub(r"\b(al|el|ad|ar|as|ash|az|at|an)[- ]", "", text)
    text = re.sub(r"(^|\s)ال", r"\1", text)
    return re.sub(r"[^\w]+", " ", text).strip()


def _candidates(gold: GoldIncident, by_doc: dict[str, list[int]]) -> set[int]:
    """The predicted incidents sharing a document with the gold one."""
    return {i for d in gold.source_ids for i in by_doc.get(d, ())}


def _matches(gold: GoldIncident, predicted: list[dict], by_doc: dict[str, list[int]]) -> list[dict]:
    """The predicted incidents the gold one is matched to: among those sharing a document with it,
    the nearest in date, then those sharing the most documents. More than one when these keys
    tie, as for the strikes of one round-up page (one incident each, all of its day)."""
    candidates = _candidates(gold, by_doc)
    gold_date = _date(gold.gold.get("date"))
    sources = set(gold.source_ids)

    def key(i: int) -> tuple:
        p = predicted[i]
        d = _date(p.get("date"))
        distance = abs((d - gold_date).days) if d and gold_date else 10**6
        return (distance, -len(sources & set(p["document_ids"])))

    best = min(map(key, candidates), default=None)
    return sorted((predicted[i] for i in candidates if key(i) == best), key=lambda p: p["id"])


def _range(value) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        low = value["min"]
        return (low, value["max"] if value["max"] is not None else low)
    return (value[0], value[1] if value[1] is not None else value[0])


FIGURES = ("matched", "date.exact", "date.within_1_day",
           "civilians_killed.exact", "civilians_killed.overlap", "civilians_killed.no_figure",
           "civilians_injured.exact", "civilians_injured.overlap", "civilians_injured.no_figure",
           "belligerent", "location", "location.name_only")


class _Tally:
    """Hits over a denominator, kept per figure."""

    def __init__(self) -> None:
        self.hits: dict[str, float] = defaultdict(float)
        self.totals: dict[str, int] = defaultdict(int)

    def add(self, name: str, hit: float) -> None:
        """One gold incident's result: 1 or 0, or the share of its tied matches that hit."""
        self.totals[name] += 1
        self.hits[name] += hit

    def figures(self) -> dict[str, dict]:
        """Per figure, in FIGURES order (a figure appears once a gold incident has it)."""
        ordered = sorted(self.totals.items(), key=lambda item: FIGURES.index(item[0]))
        return {
            name: {"hits": _neat(self.hits[name]), "total": total,
                   "share": round(self.hits[name] / total, 4) if total else None}
            for name, total in ordered
        }


def _neat(hits: float) -> float | int:
    """A whole count as an int; shares of tied matches add up to a fraction."""
    return int(round(hits)) if abs(hits - round(hits)) < 1e-9 else round(hits, 2)


def _range_results(name: str, gold_value, predicted: dict | None) -> dict[str, bool]:
    gold_range = _range(gold_value)
    pred_range = _range(predicted.get(name)) if predicted else None
    if gold_range is None:
        return {f"{name}.no_figure": pred_range is None}
    if pred_range is None and predicted and gold_range[0] == 0:
        # Gold says "zero to N"; a matched incident in which no source reports
        # any such casualty is that zero, not a missing figure.
        pred_range = (0, 0)
    return {f"{name}.exact": pred_range == gold_range,
            f"{name}.overlap": pred_range is not None and pred_range[0] <= gold_range[1] and gold_range[0] <= pred_range[1]}


# "the village of X", "village X", "outskirts of X", "city center of X", "مدينة X", "وسط مدينة X": the words before the place's name.
_PLACE_LEAD = re.compile(r"^\s*(?:(?:the\s+)?(?:city\s+cent(?:er|re)|centre|center|city|town|village|villages|vicinity|outskirts)\s+of\s+"
                         r"|(?:the\s+)?(?:town|village)\s+"
                         r"|(?:(?:وسط|مركز)\s+)?(?:مدينة|بلدة|قرية|ناحية|منطقة)\s+)", re.IGNORECASE)
# "Oakdale town": gold writes a place's kind after its name too.
_PLACE_TAIL = re.compile(r"\s+(?:city|town|village)\s*$", re.IGNORECASE)
# "قرية X بريف Y، ...": the Arabic location names the place before its surroundings, which
# must not count for a system that only found those.
_AR_SURROUNDINGS = re.compile(r"[,،(]|(?:^|\s)(?:بريف|ريف|قرب|بالقرب|شمال|جنوب|شرق|غرب)\S*\s")


_TOWN_OR_FINER = ("exact", "town")
_COMPASS = r"(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?"
# "a school in the X countryside", "farms near X", "east of X": a place around the town, not in it,
# as the Arabic location's "بريف X", "قرب X" and "شرق X" are cut off. Its outskirts, its area and its
# district ("أطراف X", "منطقة X", "ناحية X") are the town's, as they lie within the 10 km of the
# coordinates rule.
_AROUND = (r"\b(?:countryside of|rural|near|outside(?: of)?|" + _COMPASS + r" of)(?: the)? {key}\b"
           r"|\b{key} (?:countryside|desert|plain)\b")

# "a market in X", "the Y neighbourhood of X", "Z roundabout, Y neighbourhood, X city": a spot inside a
# town. "Area", "road", "camp" or "airport" lie as often outside the town they are named for, so
# they are no spots.
_SPOT = re.compile(r"\b(?:streets?|roundabout|neighbou?rhoods?|schools?|markets?|station|hospital|mosques?|"
                   r"bakery|square|facility|residential areas?|shops|houses?|homes?|building)\b", re.IGNORECASE)
_IN_OF = re.compile(r"\b(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
# "the house of Sami Haddad": a home's "of" names its owner, not a town.
_OWNED = re.compile(r"(?:houses?|homes?|building)\s+of\s+$", re.IGNORECASE)
# A spot placed off the town: "a school near X", "shops between X and Y", "a market east of X".
_OFF = re.compile(r"\b(?:near|between|outside|beyond|" + _COMPASS + r"\s+of)\b", re.IGNORECASE)
# A container that is no town: "a school in the Idlib countryside", "homes in villages of X".
_NOT_TOWN = re.compile(r"\b(?:countryside|rural|province|governorate|district|area|region|desert|villages|"
                       r"road|camp|farms?)\b", re.IGNORECASE)


def _spot_town(location: str) -> str | None:
    """The town a gold location's spot lies in: the words after the first "in"/"of" that follows
    the spot in its part, up to the next "in" (the innermost place: "a house in the village of X
    in Y" gives X), else the first later part that names no spot ("school, shops and homes in
    X, Governorate" and "Y station, X City, Governorate" give X). None when the spot lies
    off its town ("a school near X") or in an area. A prediction of that town is within the few
    km the coordinates rule allows."""
    parts = [part.strip() for part in re.split(r"[,(\[]", location)]
    if not parts or not _SPOT.search(parts[0]):
        return None
    for part in parts:
        spots = list(_SPOT.finditer(part))
        if not spots:
            town = part
        else:
            tail = spots[-1].end()
            if _OFF.search(part, tail):
                return None
            opener = next((m for m in _IN_OF.finditer(part, tail) if not _OWNED.search(part[:m.end()])), None)
            if opener is None:
                continue
            town = re.split(r"\s+in\s+", part[opener.end():], maxsplit=1)[0]
        if _NOT_TOWN.search(town):
            return None
        return _PLACE_TAIL.sub("", _PLACE_LEAD.sub("", town)).strip() or None
    return None


def _names_city(gold: dict, region: str) -> bool:
    """Whether the gold place, in its first part, is the governorate's city: "city center of Idlib",
    "shops beside the Idlib city stadium", "وسط مدينة إدلب"; not "the city of Saraqib in the Idlib countryside"."""
    names = {region, *(n for e in bundled_gazetteer().lookup(region) if e.name == region for n in e.names)}
    keys = "|".join(sorted({re.escape(_norm_name(n)) for n in names if _norm_name(n)}, key=len, reverse=True))
    city = re.compile(rf"\bcity (?:cent(?:er|re) )?of (?:the )?(?:{keys})\b|\b(?:{keys}) city\b|مدينه (?:{keys})\b")
    parts = (re.split(r"[,(]", gold.get("location") or "")[0], re.split(r"[,،(]", gold.get("location_ar") or "")[0])
    return any(city.search(_norm_name(part)) for part in parts)


def _other_names(place: str, admin1: str | None) -> list[str]:
    """The gazetteer's other names for a predicted place ("Kobani" for 'Ayn al 'Arab):
    one town under another name is the same place name."""
    entries = [e for e in bundled_gazetteer().lookup(place) if e.name == place and e.admin1 == admin1]
    return entries[0].names if len(entries) == 1 else []


def _place_part(location: str) -> str:
    """The place an English gold location names first, without the words around its name."""
    return _PLACE_TAIL.sub("", _PLACE_LEAD.sub("", re.split(r"[,(]", location)[0])).strip()


def _location_hit(gold: dict, predicted: dict) -> bool:
    if gold.get("lat") is not None and gold.get("lon") is not None:
        return predicted.get("lat") is not None and _km(gold["lat"], gold["lon"], predicted["lat"], predicted["lon"]) <= 10
    place = predicted.get("place") or ""
    if not _norm_name(place):
        return False
    # Gold locations read like "village of X (Y), countryside of Z, Governorate": the first part
    # is the place; the governorate named later must not count for a system that only found that.
    first = _place_part(gold.get("location") or "")
    # a town found for a spot in it ("a market in the X neighbourhood of Y"): only a town, not an area, holds the spot
    town = _spot_town(gold.get("location") or "") if predicted.get("geo_precision") in _TOWN_OR_FINER else None
    if (gold.get("region") and same_place_name(place, gold["region"]) and not same_place_name(first, gold["region"])
            and not (predicted.get("geo_precision") in _TOWN_OR_FINER and _names_city(gold, gold["region"]))
            and not (town and same_place_name(town, gold["region"]))):
        return False  # the governorate's name, unless both name its city ("city center of Idlib", "a school in Idlib City")
    # the spot's own town, where gold names one, stands for the first part: "a house in the
    # village of X in Y" is X's, not Y's
    candidates = (town or first, _PLACE_LEAD.sub("", _AR_SURROUNDINGS.split(gold.get("location_ar") or "")[0]).strip())
    key = re.escape(_norm_name(place))
    around = _AROUND.format(key=key) if predicted.get("geo_precision") in _TOWN_OR_FINER else None
    if any(re.search(rf"\b{key}\b", _norm_name(c)) and not (around and re.search(around, _norm_name(c)))
           for c in candidates):
        return True
    names = (place, *_other_names(place, predicted.get("admin1")))
    return any(same_place_name(name, c) for name in names for c in candidates)


def pairwise(gold: list[GoldIncident], predicted: list[dict]) -> dict:
    """Precision, recall and F1 of document pairs put in one incident (gold vs predicted)."""
    known = {d for g in gold for d in g.source_ids}

    def pairs(groups) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for docs in groups:
            out.update(combinations(sorted(set(docs) & known), 2))
        return out

    gold_pairs = pairs(g.source_ids for g in gold)
    pred_pairs = pairs(p["document_ids"] for p in predicted)
    both = len(gold_pairs & pred_pairs)
    precision = both / len(pred_pairs) if pred_pairs else 0.0
    recall = both / len(gold_pairs) if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold_pairs": len(gold_pairs), "predicted_pairs": len(pred_pairs)}


def _results(g: GoldIncident, match: dict | None) -> dict[str, bool]:
    """Each scored figure of one gold incident against one predicted incident (None: unmatched)."""
    out = {}
    gold_date, pred_date = _date(g.gold.get("date")), _date(match.get("date")) if match else None
    if gold_date:
        out["date.exact"] = pred_date == gold_date
        out["date.within_1_day"] = pred_date is not None and abs((pred_date - gold_date).days) <= 1
    for name in ("civilians_killed", "civilians_injured"):
        out |= _range_results(name, g.gold.get(name), match)
    gold_belligerents = {BELLIGERENT_ALIASES.get(b, b) for b in g.gold.get("belligerents") or []}
    if gold_belligerents:
        out["belligerent"] = bool(match) and bool(gold_belligerents & set(match["belligerents"]))
    out["location"] = bool(match) and _location_hit(g.gold, match)
    if g.gold.get("lat") is not None and g.gold.get("lon") is not None:
        # a diagnostic, not a goal: the right place named with no point within 10 km of gold's,
        # as for a village the gazetteer lacks (it is placed at its area, or nowhere)
        out["location.name_only"] = bool(match) and not out["location"] and _location_hit(
            g.gold | {"lat": None, "lon": None}, match)
    return out


# Where a figure's misses lie, for the error analysis: among incidents the matching keys tie on,
# of which another hits (the credit shared); in another incident sharing a document (clustering
# or the matching keys chose wrong); in none (extraction, places, the gazetteer); or unmatched.
MISS_KINDS = ("tied", "elsewhere", "nowhere", "unmatched")


def _miss_kind(matched: bool, hit: float, any_candidate_hits: bool) -> str:
    if not matched:
        return "unmatched"
    if hit > 0:
        return "tied"
    return "elsewhere" if any_candidate_hits else "nowhere"


def score(gold: list[GoldIncident], predicted: list[dict]) -> dict:
    """Per-field figures for predicted incidents (export dicts) against gold. Where the matching
    keys tie, a gold incident counts the share of its tied matches that hit each figure: what a
    pick among them would score on average, with no arbitrary pick. `misses` tells, per figure,
    where what was missed lies (`MISS_KINDS`)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        for d in p["document_ids"]:
            by_doc[d].append(i)
    tally = _Tally()
    misses: dict[str, dict[str, float]] = {}
    for g in gold:
        matches = _matches(g, predicted, by_doc)
        tally.add("matched", bool(matches))
        results = [_results(g, m) for m in matches] or [_results(g, None)]
        others = None
        for name in results[0]:
            hit = sum(r[name] for r in results) / len(results)
            tally.add(name, hit)
            if hit < 1 and name != "location.name_only":  # a diagnostic, not a goal
                if others is None:
                    others = [_results(g, predicted[i]) for i in _candidates(g, by_doc)]
                kind = _miss_kind(bool(matches), hit, any(r[name] for r in others))
                misses.setdefault(name, dict.fromkeys(MISS_KINDS, 0.0))[kind] += 1 - hit
    return {"incidents": len(gold), "predicted_incidents": len(predicted),
            "figures": tally.figures(), "clustering": pairwise(gold, predicted),
            "misses": {name: {kind: _neat(share) for kind, share in misses[name].items()}
                       for name in FIGURES if name in misses}}
