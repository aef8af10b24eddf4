"""Twenty-fifth round: profile misreadings that cost precision on the held-out profile sets (kinds listed in the
last session's note), each with a near-miss that must keep its reading."""

from __future__ import annotations

from reading_facts import facts


def test_keeping_kube_proxy_is_no_wish_to_replace_it():
    assert facts("We want Cilium without removing kube-proxy.").get("kube_proxy_replacement") is False
    assert facts("Can we run Cilium but not replacing kube-proxy?").get("kube_proxy_replacement") is False
    assert facts("We will remove kube-proxy once Cilium is in.").get("kube_proxy_replacement") is True
    assert facts("Cilium, without kube-proxy, on bare metal.").get("kube_proxy_replacement") is True


def test_a_size_in_a_condition_is_not_the_clusters_size():
    assert "nodes" not in facts("If the cluster is larger than 50 nodes, should we enable Typha?")
    assert facts("We run 40 nodes; when we have more than 100 nodes, do we need route reflectors?").get("nodes") == 40
    assert "nodes" not in facts("如果超过 50 个节点，要开 typha 吗？")
    assert facts("We have more than 200 nodes on bare metal.").get("nodes") == 200
    assert facts("集群超过 200 个节点，用什么 CNI？").get("nodes") == 200
