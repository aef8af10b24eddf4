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
