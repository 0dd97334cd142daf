"""The whole pipeline on a slice of the shared development set: real raw inputs go through (skipped without ../shared)."""

from __future__ import annotations

from itertools import islice

from civcas.eval.run import evaluate


def test_a_slice_of_the_dev_set_runs_end_to_end(dev_set, tmp_path):
    sliced = tmp_path / "slice.jsonl"  # a temporary copy: evaluation data never enters the repository
    with dev_set.open(encoding="utf-8") as handle:
        sliced.write_text("".join(islice(handle, 30)), encoding="utf-8")
    result = evaluate(sliced)
    assert result["incidents"] == 30
    assert result["documents"]["failed"] == 0  # login walls and junk are junk, never failures
    assert result["documents"]["new"] > 30 and result["documents"]["claims"] > 0
    assert result["figures"]["matched"]["hits"] > 0
    assert 0 <= result["clustering"]["f1"] <= 1
