"""Eighteenth round: misreadings found on the held-out sets of 2026-12-04 (eleventh session), each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG


def test_a_real_tunnel_type_given_to_a_plugin_without_it_is_unknown():
    for text, plugin in (("We want flannel's geneve backend on our 20 bare-metal nodes, how do I configure it?", "flannel"),
                         ("Calico geneve CrossSubnet 模式适合我们跨机房的集群吗？", "calico"),
                         ("Is the Cilium ipip tunnel mode faster than VXLAN?", "cilium"),
                         ("Terway 的 vxlan 模式怎么开？", "terway")):
        reading = understand(text, CATALOG)
        assert reading.kind == "decline" and reading.unknown, text
        assert reading.closest and all(c.startswith(plugin + ":") for c in reading.closest), text
    # a plugin's own tunnel types, in the catalog or only in its documents, are known
    for text in ("Calico VXLAN mode across two subnets?", "Antrea with the gre tunnel type on 10 nodes?",
                 "kube-ovn 的 vxlan 隧道能用吗？", "flannel's udp backend is slow", "Cilium in geneve mode"):
        assert understand(text, CATALOG).unknown == [], text
    # another plugin's mode after a move is that plugin's: "flannel to Cilium geneve mode"
    assert understand("We are moving from flannel to Cilium geneve mode.", CATALOG).unknown == []
    # a whole phrase quoted as read somewhere, beside a choice, is reported speech
    assert understand("教程里我看到有 'Cilium 的 IPIP 模式'，到底该装哪个？", CATALOG).unknown == []


def test_other_distributions_named_with_words_between_are_not_ours():
    from reading_facts import facts
    found = facts("This contrasts with other widely-used Kubernetes distributions that come with NetworkPolicy support out of the box "
                  "(k0s with kube-router, k3s with Flannel and a purpose-built NetworkPolicy controller).")
    assert "distribution" not in found and "current_plugin" not in found
    assert "current_plugin" not in facts("Unlike other distros such as RKE2 (Canal) or OpenShift (OVN-Kubernetes), MicroK8s ships Calico.")
    # our own distribution beside them stays
    assert facts("Other managed platforms like GKE ship Dataplane V2; we are on EKS with 30 nodes.").get("platform") == "aws"
    assert facts("We run k0s with kube-router on 12 nodes.").get("distribution") == "k0s"


def test_what_a_mode_would_need_or_a_case_it_covers_is_no_setup():
    from reading_facts import facts
    text = ("Is there any reason why flannel could not use both VXLAN and host-gw, so that flannel would add routing table entries for "
            "the prefixes living on machines in the same subnet? The kernel would then route packets directly when a direct L2 "
            "connection is possible (this requires disabling the source/dest check in AWS VPC).")
    found = facts(text)
    assert "l2_adjacent" not in found and "cross_subnet" not in found and found.get("platform") == "aws"
    # done, and said of our own nodes, they are facts
    assert facts("We disabled the source/dest check on all 6 EC2 instances.").get("l2_adjacent") is True
    assert facts("Our 5 nodes have a direct L2 connection.").get("l2_adjacent") is True
    assert facts("We have 10 nodes in the same subnet.").get("cross_subnet") is False
