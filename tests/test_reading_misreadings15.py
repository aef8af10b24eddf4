"""Fifteenth round: where a symptom is. A routed mode whose need of the network is left unsaid (one L2 segment, BGP
peers) is the likely cause of a symptom between nodes, so it neither leads the answer nor the list; a symptom
elsewhere (an agent that will not start at scale) leaves the mode in use leading. Each with a near-miss."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _top(text: str) -> str:
    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None
    return result.options[0].id


def test_a_symptom_between_nodes_is_read_in_english_and_chinese():
    assert understand("flannel host-gw on 5 nodes: pods on different nodes can't reach each other", CATALOG).between_nodes
    assert understand("用的 flannel host-gw，跨节点 pod 访问不通", CATALOG).between_nodes
    assert not understand("calico-node crashes on startup after the upgrade to 3.28", CATALOG).between_nodes
    # both words of a "node-to-node mesh" are no traffic between nodes
    assert not understand("node-to-node mesh stops working: calico-node fails to start after 700 nodes", CATALOG).between_nodes


def test_the_mode_in_use_with_its_network_need_unsaid_does_not_lead_a_symptom_between_nodes():
    assert _top("We run flannel with the host-gw backend on 5 nodes. Pods on different nodes can't reach each other. Why?") \
        == "flannel:vxlan"
    # said: the nodes share one switch, so the mode in use leads and its configuration is the fix
    assert _top("We run flannel with the host-gw backend on 5 nodes, all on one switch in one subnet. Pods on different nodes "
                "can't reach each other. Why?") == "flannel:host-gw"
    # a symptom of scale, not of the way between nodes: the mode in use stays first
    assert _top("We run Calico in BGP mode on 1000 nodes: calico-node stops starting up after ~700 nodes. What is wrong?") \
        == "calico:bgp"
