"""Classes of misreading and answering, eleventh round: GKE Autopilot as a cluster that offers one data plane,
plugins proposed with an installer's words ("helm install upstream Cilium"), and a comparison between two
options that are both ruled out. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.checks import run_checks
from assistant.compose import compose
from assistant.evidence import CitationBook
from assistant.lexical import LexicalIndex
from assistant.models import Profile
from assistant.reading import understand
from assistant.recommend import recommend
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["We're on GKE Autopilot, 40 nodes.", "GKE 集群用的是 Autopilot 模式"])
def test_gke_autopilot_is_read_as_the_cluster_kind(text):
    assert facts(text).get("distribution") == "gke-autopilot"


@pytest.mark.parametrize("text", ["gcloud container clusters describe -> autopilot: {} (standard GKE, not Autopilot)",
                                  "Windows Autopilot provisions our laptops; the cluster is kubeadm on Ubuntu."])
def test_an_autopilot_yaml_key_a_ruled_out_autopilot_or_another_vendors_autopilot_is_not_gke_autopilot(text):
    assert facts(text).get("distribution") != "gke-autopilot"


def test_autopilot_runs_dataplane_v2_and_offers_nothing_else():
    reading = understand("We're on GKE Autopilot. Which network policy options do we have?", CATALOG)
    current = next(f for f in reading.facts if f.key == "current_plugin")
    assert current.value == "gke:dataplane-v2" and current.source == "assumed"
    profile = Profile(platform="gcp", managed=True, distribution="gke-autopilot")

    def status(option: str) -> str:
        results = run_checks(CATALOG.option(option), profile, "en", CATALOG.environments_by_id, CATALOG.distributions_by_id)
        return next(r.status for r in results if r.check == "distribution")

    assert status("gke:dataplane-v2") == "pass"
    assert status("gke:legacy") == "fail" and status("cilium:vxlan") == "fail"
    # a Standard cluster keeps both data planes
    standard = run_checks(CATALOG.option("gke:legacy"), Profile(platform="gcp", managed=True), "en",
                          CATALOG.environments_by_id, CATALOG.distributions_by_id)
    assert not any(r.status == "fail" for r in standard)


@pytest.mark.parametrize("text", ["We're on GKE Autopilot. Can we just helm install upstream Cilium OSS over the top?",
                                  "We're on GKE. Can we swap to the legacy dataplane with Calico policy?"])
def test_a_plugin_proposed_with_install_words_is_not_the_one_in_use(text):
    assert facts(text).get("current_plugin") not in ("cilium", "calico")


def test_a_plugin_named_after_its_use_still_is_the_one_in_use():
    assert facts("We run Calico 3.26 on kubeadm; can we just install Multus next to it?").get("current_plugin") == "calico"


def test_a_comparison_of_two_ruled_out_options_names_no_winner_and_points_to_what_works(tmp_path):
    profile = Profile(platform="gcp", managed=True, distribution="gke-autopilot")
    plan = recommend(profile, CATALOG, "en", ["cilium", "calico"])
    reading = understand("We're on GKE Autopilot. Cilium or Calico?", CATALOG)
    reading.kind, reading.asked = "compare", ["cilium", "calico"]
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert "fits better" not in answer and "Neither works here" in answer
    assert "Instead: GKE Dataplane V2" in answer
