"""Sixty-sixth round: readings found while batch 66 (blind464-471) was being written, and from that batch, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_a_wish_for_another_mode_unnamed_is_a_choice():
    assert understand("我们用的 flannel，3 台物理机，同一个二层，想换个性能更好的模式", CATALOG).kind == "choice"
    assert understand("We run flannel on 3 bare-metal boxes on one switch and would like to switch to a faster backend.", CATALOG).kind == "choice"
    assert understand("We run flannel on 3 bare-metal boxes on one switch. Explain how the vxlan backend wraps packets.", CATALOG).kind == "concept"


def test_losing_packets_is_a_symptom():
    assert understand("Our Calico cluster on AWS keeps losing packets between nodes.", CATALOG).kind == "troubleshoot"
    assert understand("Our Calico cluster on AWS: how does it handle packets between nodes?", CATALOG).kind != "troubleshoot"


def test_the_mode_in_use_left_for_one_unnamed_does_not_lead():
    for text in ("想把 calico 换一种模式，现在是 ipip，10 台物理机跨两个机房",
                 "We want to switch our Calico to another mode; it runs IPIP today on 10 servers in two DCs."):
        assert facts(text).get("current_plugin") == "calico:ipip"
        top = planned(text).options[0]
        assert top.plugin == "calico" and top.id != "calico:ipip"
    assert planned("Our Calico runs IPIP today on 10 servers in two DCs. Which mode should we use?").options[0].plugin == "calico"


def test_a_plugin_put_onto_a_new_cluster_is_no_plugin_in_use():
    assert "current_plugin" not in facts("想把 cilium 装到新集群上，10 台物理机")
    assert facts("想把现有的 cilium 集群换一种模式，10 台物理机").get("current_plugin") == "cilium"
