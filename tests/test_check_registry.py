"""The check registry: stable ids with labels in both languages, named weight tiers, one latency
function, and labels that follow the answer's language."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.checks import Tier
from assistant.models import Profile
from assistant.recommend import recommend
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def test_every_check_has_both_labels_and_a_unique_id():
    from assistant.checks import CHECKS

    assert len({spec.id for spec in CHECKS}) == len(CHECKS)
    for spec in CHECKS:
        assert spec.label.en and spec.label.zh and spec.label.en != spec.label.zh or spec.id == "ipv6", spec.id
        if spec.ask is not None:
            assert spec.ask.en and spec.ask.zh and spec.asks in Profile.model_fields, spec.id

def test_recommendations_carry_ids_and_labels_in_the_answer_language(catalog):
    from assistant.checks import SPECS
    from assistant.evidence import CitationBook, to_recommendations

    profile = Profile(platform="aws", sriov_nics=True, simplicity=True, ebpf_dataplane=True)
    recs = to_recommendations(recommend(profile, catalog, "zh"), CitationBook(lambda note, heading: [], "zh"))
    checks = [c for r in recs for c in r.checks]
    assert {"extra_interfaces", "ebpf"} <= {c.id for c in checks}
    assert all(c.name == SPECS[c.id].label.zh for c in checks)
    assert not any(c.name.isascii() and c.id not in ("ipv6",) for c in checks), "English label in a Chinese answer"

def test_weight_tiers_are_named_once_and_ordered():
    assert [t.name for t in sorted(Tier, key=float, reverse=True)] == ["REQUIRED", "DECISIVE", "GENERAL", "MINOR", "HEADROOM"]
    assert [float(t) for t in sorted(Tier, key=float, reverse=True)] == [3.0, 2.0, 1.0, 0.5, 0.25]

def test_latency_points_come_from_one_function():
    from assistant.checks.base import latency_points

    assert latency_points(0, True) == 1.0 and latency_points(50, True) == 0.5 and latency_points(100, True) == 0.0
    assert latency_points(0, None) == 1.0 and latency_points(50, None) == latency_points(20, False) < 1.0


def test_every_check_cites_each_heading_once(catalog):
    for option in recommend(Profile(platform="vmware", latency_sensitive=True), catalog).options:
        for check in option.checks:
            keys = [(e.note, e.heading) for e in check.evidence]
            assert len(keys) == len(set(keys)), (option.id, check.check)
