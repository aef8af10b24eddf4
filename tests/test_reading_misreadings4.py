"""Classes of misreading, fourth round: objects that only exist where a plugin runs, a kernel
beside a distribution's release, and node counts split by OS or counted as "the others".
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from reading_facts import facts


@pytest.mark.parametrize("text, plugin", [
    ("Applied a CiliumNetworkPolicy with an egress rule, and traffic still leaves the namespace.", "cilium"),
    ("The CiliumClusterwideNetworkPolicy blocks kube-dns on our three nodes.", "cilium"),
    ("calicoctl node status shows no IPv4 peers found on the workers.", "calico"),
    ("Our GlobalNetworkPolicy denies traffic to the metadata API but pods still reach it.", "calico"),
    ("kube-flannel-ds pods restart every few minutes on the new node.", "flannel"),
    ("aws-node pods are in CrashLoopBackOff after the upgrade.", "aws-vpc-cni"),
])
def test_an_object_only_a_plugin_has_names_the_plugin_in_use(text, plugin):
    assert facts(text)["current_plugin"].split(":")[0] == plugin


@pytest.mark.parametrize("text", [
    "We are picking a CNI for EKS: is a CiliumNetworkPolicy or a plain NetworkPolicy better for FQDN rules?",
    "Should we evaluate calicoctl-managed policies or Cilium for our new cluster?",
])
def test_an_object_weighed_in_a_choice_puts_nothing_in_use(text):
    assert "current_plugin" not in facts(text)


@pytest.mark.parametrize("text, kernel", [("Centos7.9 内核4.4 环境是内网环境", "4.4"),
                                          ("Rocky9.2 内核 5.14 的机器", "5.14"),
                                          ("节点是 5.10 内核", "5.10")])
def test_a_release_glued_to_a_distribution_is_not_the_kernel(text, kernel):
    assert facts(text)["kernel"] == kernel


@pytest.mark.parametrize("text, nodes", [("We have 2 linux nodes and 1 windows node.", 3),
                                         ("a hybrid cluster: 4 Linux workers plus 2 Windows nodes", 6),
                                         ("Pods on node1 cannot reach pods on the other two nodes.", 3),
                                         ("从master节点ping其他两个节点上的pod不通", 3)])
def test_parts_of_one_cluster_are_added_up(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text, nodes", [("We run 5 nodes; the other nodes are fine.", 5),
                                         ("Two nodes can ping each other, but pods cannot.", 2)])
def test_counts_without_parts_or_others_stay_as_said(text, nodes):
    assert facts(text)["nodes"] == nodes
