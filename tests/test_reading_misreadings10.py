"""Classes of misreading, tenth round: sizes told by 规模 and per shop, an architecture ruled out,
Chinese BGP peering told by the network team, questions in A-not-A form, and negations inside a
rule's own example. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text, nodes", [("规模四百台左右，后面还要扩。", 400), ("集群规模两千台", 2000),
                                         ("节点数大概 120 台", 120)])
def test_a_chinese_size_told_by_scale_is_a_count(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_scale_in_pods_is_no_count():
    assert "nodes" not in facts("规模大概五千个 Pod")


@pytest.mark.parametrize("text, nodes", [("Five shops, each with a single Raspberry Pi 3 joined into one k3s cluster.", 5),
                                         ("三个门店，每个门店 2 台服务器", 6)])
def test_counts_per_shop_multiply(text, nodes):
    assert facts(text).get("nodes") == nodes


@pytest.mark.parametrize("text, arch", [("Pi 3s on 32-bit Raspberry Pi OS (so armv7, not arm64)", "armv7"),
                                        ("the boards run arm64, not armv7", "arm64"),
                                        ("树莓派，不是 arm64，是 32 位 arm 系统", "armv7")])
def test_an_architecture_ruled_out_is_not_the_nodes(text, arch):
    assert facts(text).get("arch") == arch


@pytest.mark.parametrize("text", ["柜顶交换机是三层的，网络组说可以跟我们跑 eBGP。", "上联交换机已经配好了 BGP"])
def test_the_network_team_running_bgp_with_us_is_a_fabric(text):
    assert facts(text).get("bgp_fabric") is True


@pytest.mark.parametrize("text", ["我们能不能跑 BGP？", "交换机跑不跑 BGP 我不确定"])
def test_a_question_in_a_not_a_form_states_no_bgp_fact(text):
    assert "bgp_fabric" not in facts(text)


def test_refusing_bgp_is_still_read():
    assert facts("机房不让跑 BGP").get("bgp_fabric") is False


@pytest.mark.parametrize("text", ["Policies that allow GET /healthz but not POST /admin.", "只允许 GET /api，不允许 POST /admin"])
def test_a_negation_inside_a_rules_example_is_part_of_the_rule(text):
    assert facts(text).get("l7_policy") is True


def test_not_needing_such_rules_is_still_a_no():
    assert facts("We don't need policies that allow GET /healthz only.").get("l7_policy") is False


def test_a_pasted_https_link_does_not_make_a_question_off_topic():
    text = ("Will it be possible to remove the restrictions on the number of pods for an instance type? See "
            "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html. In the other CNIs there are none.")
    reading = understand(text, CATALOG)
    assert reading.kind != "decline" and reading.profile.pod_density is True
    assert understand("How do I renew the kubelet https certificates on my nodes?", CATALOG).kind == "decline"


def test_the_number_of_pods_per_instance_is_density_but_a_job_limit_is_not():
    assert facts("The number of pods per node is capped at 29 on t3.medium.").get("pod_density") is True
    assert "pod_density" not in facts("Is there a limit on the number of pods a CronJob starts?")


@pytest.mark.parametrize("text", ["I expected the external service to get the pod IP, not the node IP.",
                                  "The backend servers should see the pod IPs instead of the node IP."])
def test_the_far_end_seeing_pod_addresses_needs_routable_pods(text):
    assert facts(text).get("routable_pod_ips") is True


def test_a_far_end_logging_the_node_address_states_no_need():
    assert "routable_pod_ips" not in facts("The external service logs show the node IP.")


def test_plugins_a_primary_is_chained_onto_are_not_rivals():
    chained = understand("Can you chain Cilium on top of other plugins such as aws-cni or calico, and enable encryption?", CATALOG)
    assert chained.kind == "feasibility" and chained.asked == ["cilium"]
    # Multus on top of two primaries still asks which primary
    assert understand("Multus on top of Calico or Cilium: which primary?", CATALOG).kind == "compare"


def test_subnets_pods_are_put_into_on_one_host_are_no_node_topology():
    text = ("Is there any way to set different subnets on the same host using kube-router? I want two subnets "
            "(10.244.1.0/24 and 10.244.2.0/24) so I can deploy pods into these two subnets on the same host.")
    assert "cross_subnet" not in facts(text)
    assert facts("Nodes in different subnets, and we run several pods on the same host.").get("cross_subnet") is True
