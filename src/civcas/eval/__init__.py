"""Scoring the whole pipeline against a gold file (shared/data/README.md): gold.py reads, score.py scores, run.py runs."""
