"""Thirty-third round: classes found on the older held-out sets before batch 33 came in, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, vocabulary


def test_a_routing_protocol_given_to_a_plugin_as_its_mode_is_unknown():
    # the index knows these words (OSPF is named in flannel's and Calico's documents), but no plugin has such a mode
    knows = vocabulary("vxlan", "host-gw", "ospf", "evpn", "mpls", "bgp")
    for question in ("We want flannel's OSPF backend between our two racks: how do we turn it on?",
                     "Calico 的 EVPN 模式怎么开？", "Can Cilium's MPLS encapsulation run over our carrier network?"):
        assert understand(question, CATALOG, vocabulary=knows).kind == "decline", question
    # the protocol spoken by the network, or a plugin's documented mode, is no made-up mode
    for question in ("Our routers speak OSPF, not BGP: which flannel backend fits two racks?", "Calico 的 BGP 模式怎么开？",
                     "Does flannel's host-gw backend work across our two racks?"):
        assert understand(question, CATALOG, vocabulary=knows).kind != "decline", question


def test_a_mode_only_one_plugin_has_names_that_plugin_when_none_is_named():
    from reading_facts import facts
    said = facts("Our cluster runs vxlan across two VPC subnets. I have decided to switch to host-gw: will it work?")
    assert said.get("current_plugin") == "flannel:vxlan"
    assert facts("我们的集群用的 host-gw，节点跨网段后 Pod 不通").get("current_plugin") == "flannel:host-gw"
    # a plugin named keeps its own reading; a tunnel type several plugins share names none
    assert facts("We run Calico and want to switch to host-gw style routing.").get("current_plugin", "").startswith("calico")
    assert "current_plugin" not in facts("Our cluster uses vxlan and pods on other nodes time out.")


def test_a_decision_to_move_is_a_wish_not_the_mode_in_use():
    from reading_facts import facts
    assert facts("We run flannel. I have decided to switch to host-gw.").get("current_plugin") == "flannel"
    assert facts("We run flannel. We switched to host-gw last week.").get("current_plugin") == "flannel:host-gw"
