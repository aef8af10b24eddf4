"""Sixty-ninth round: readings from held-out batch 69 (blind480-487), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_the_writers_first_pick_is_a_candidate_not_the_plugin_in_use():
    for text in ("We're leaning towards Cilium native routing for the new 40-node cluster, nodes on one L2. Good idea?",
                 "12 VMs on Proxmox across two VLANs. Calico cross-subnet VXLAN was my first thought, is that right?",
                 "Was thinking kube-router since it's simple. 10 nodes, same switch, need netpol."):
        assert "current_plugin" not in facts(text), text
    assert facts("We run kube-router since it's simple. 10 nodes, same switch.").get("current_plugin") == "kube-router"


def test_a_pick_put_up_for_a_verdict_is_a_feasibility_question():
    read = understand("We're leaning towards Cilium native routing for the new 40-node cluster, nodes on one L2. Good idea?", CATALOG)
    assert read.kind == "feasibility" and read.options == ["cilium:native-routing"]
    assert understand("我本来想用 flannel host-gw，节点都在一个网段，20台，这个思路对吗？", CATALOG).wanted == ["flannel:host-gw"]
    assert understand("Cilium native routing: what is it? A good idea for the docs team to explain.", CATALOG).kind == "concept"


def test_cross_subnet_named_before_the_encapsulation():
    assert understand("Calico cross-subnet VXLAN across two VLANs, is that fine?", CATALOG).options == ["calico:vxlan-crosssubnet"]
    assert understand("Calico cross-subnet IPIP across two VLANs, is that fine?", CATALOG).options == ["calico:ipip-crosssubnet"]
