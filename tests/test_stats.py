"""`defence-kg stats` over the built dataset (src/defence_kg/stats.py)."""
from __future__ import annotations

from defence_kg.analysis.stats import compute


def test_stats_count_kinds_risk_and_sources(built):
    stats = compute(built.store, top=3)
    assert stats["kind"]["CivilianUniversity"] >= 1
    assert stats["risk level"]["risk/medium"] >= 1
    assert stats["source"]["source/aspi-tracker"] >= 1
    assert len(stats["most defence links"]) == 3
    links = [row["links"] for row in stats["most defence links"]]
    assert links == sorted(links, reverse=True)
