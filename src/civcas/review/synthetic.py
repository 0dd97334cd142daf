"""Invented incidents for the review app's tests, screenshots and latency benchmark.

Deterministic for a seed. Places, outlets and events are made up (no real
reporting, no evaluation data); each incident has documents whose text holds
its claims at the claimed offsets, so pages can highlight them.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

from civcas.model import Claim, Document, Incident, Place, Range
from civcas.store import Store

TOWNS = [  # invented names, plausible coordinates
    ("Tell Sabaa", "Idlib", 35.81, 36.62), ("Ain Qasr", "Aleppo", 36.31, 37.02), ("Deir Mansour", "Deir ez-Zor", 35.21, 40.05),
    ("Kafr Hamda", "Hama", 35.27, 36.58), ("Jisr al-Warda", "Idlib", 35.70, 36.41), ("Bir Nakhla", "Raqqa", 35.93, 38.88),
    ("Umm Sahl", "Hasakah", 36.62, 40.91), ("Maarat Zein", "Idlib", 35.58, 36.71), ("Qalaat Fares", "Homs", 34.77, 36.90),
    ("Ras al-Tin", "Latakia", 35.62, 35.93),
]
BELLIGERENTS = ["Russian Military", "Syrian Regime", "US-led Coalition", "Turkish Military", "ISIS", "Unknown"]
STRIKES = ["airstrike", "artillery/shelling", "drone strike", "rocket"]
SPEAKERS = [("local activists", "local"), ("a medic at the field hospital", "medical"), ("the civil defence", "local"),
            ("the defence ministry", "belligerent"), ("a monitoring group", "ngo")]
GRADES = ["weak", "fair", "fair", "contested", "confirmed", "discounted"]


def _english(town: str, n: int, strike: str, speaker: str) -> tuple[str, int, int, int]:
    """A sentence reporting `n` civilians killed; returns it with the figure's offsets and the sentence start."""
    lead = f"Reports from {town} came in overnight. "
    article = "An" if strike[0] in "aeiou" else "A"
    sentence = f"{article} {strike} on {town} killed {n} civilians, {speaker} said."
    figure = f"{n} civilians"
    start = len(lead) + sentence.index(figure)
    return lead + sentence + " Rescue teams were still searching the rubble.", start, start + len(figure), len(lead)


def _arabic(town: str, n: int) -> tuple[str, int, int, int]:
    lead = "وصلت أنباء من المنطقة صباح اليوم. "
    sentence = f"قتل {n} مدنيين في قصف على {town} بحسب ناشطين محليين."
    figure = f"{n} مدنيين"
    start = len(lead) + sentence.index(figure)
    return lead + sentence, start, start + len(figure), len(lead)


def build(n: int, seed: int = 7, sources: int = 2) -> tuple[list[tuple[Document, list[Place], list[Claim]]], list[list[int]], list[Incident]]:
    """Documents (with claims) and incidents that cite them; incidents[k] cites the claims listed in links[k]."""
    rng = random.Random(seed)
    items: list[tuple[Document, list[Place], list[Claim]]] = []
    incidents: list[Incident] = []
    links: list[list[int]] = []
    start_day = date(2023, 1, 2)
    for k in range(n):
        town, admin1, lat, lon = TOWNS[rng.randrange(len(TOWNS))]
        place = Place(name=town, start=0, end=0, country="SY", admin1=admin1, lat=round(lat + rng.uniform(-.05, .05), 4),
                      lon=round(lon + rng.uniform(-.05, .05), 4), precision="town")
        day = (start_day + timedelta(days=rng.randrange(540))).isoformat()
        belligerent, strike = rng.choice(BELLIGERENTS), rng.choice(STRIKES)
        killed = rng.randrange(1, 40)
        claim_numbers = []
        for s in range(1 + (k % sources)):
            n_said = max(1, killed + rng.randrange(-2, 3))
            speaker, kind = rng.choice(SPEAKERS)
            arabic = s % 2 == 1
            text, f_start, f_end, s_start = _arabic(town, n_said) if arabic else _english(town, n_said, strike, speaker)
            doc_id = f"syn-{seed}-{k}-{s}"
            sentence_end = text.index(".", s_start) + 1
            doc = Document(id=doc_id, raw_hash=hashlib.sha256(doc_id.encode()).hexdigest(), text=text,
                           url=f"https://news.example.org/{seed}/{k}/{s}", publisher=f"Example Outlet {1 + s}",
                           source_type="news", lang="ar" if arabic else "en", published=day, title=f"Strike on {town}")
            claim = Claim(document_id=doc_id, kind="killed", group="civilians", min=n_said, max=n_said, start=f_start,
                          end=f_end, text=text[f_start:f_end], sentence=text[s_start:sentence_end], sentence_start=s_start,
                          event_date=day, date_precision="day", place=place, belligerents=[belligerent],
                          strike_types=[strike], speaker="local activists" if arabic else speaker,
                          speaker_kind="local" if arabic else kind)
            items.append((doc, [place], [claim]))
            claim_numbers.append(len(items) - 1)
        grade = rng.choice(GRADES)
        incidents.append(Incident(
            id=f"syn-{seed}-{k:06d}", claims=[], date=day, date_precision="day", place=place, belligerents=[belligerent],
            strike_types=[strike], ranges={"civilians_killed": Range(killed, killed + rng.randrange(0, 5))}, grade=grade,
            grade_reasons=[f"{len(claim_numbers)} source(s)"], contested=grade == "contested",
            contest_reasons=["the belligerent denies civilian deaths"] if grade == "contested" else [],
        ))
        links.append(claim_numbers)
    return items, links, incidents


def fill(store: Store, n: int, seed: int = 7, sources: int = 2) -> list[Incident]:
    """Store `n` invented incidents with their documents and claims; returns the incidents as stored.

    Like a fusion run, this replaces the store's unreviewed incidents.
    """
    items, links, incidents = build(n, seed, sources)
    for i in range(0, len(items), 5000):
        store.add_documents(items[i : i + 5000])
    stored = {c.document_id: c for c in store.claims() if c.document_id.startswith(f"syn-{seed}-")}
    for incident, numbers in zip(incidents, links):
        incident.claims = [stored[items[x][0].id] for x in numbers]
    store.replace_incidents(incidents)
    return incidents
