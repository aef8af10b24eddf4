"""Classes of misreading, fifth round: symptoms that compare subnets, negations on the symptom
rather than the places, addresses that are not the nodes', listings whose first row follows the
command, node pools, installer zone lists, overhead as a wish, and advice told to the reader.
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading.understand import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", [
    "With host-gw, only pods whose nodes sit in the same subnet can talk to each other.",
    "Right now just the workers in one VLAN are able to ping each other's pods.",
    "只有同一网段的节点上的 pod 才能互通。",
])
def test_working_only_within_one_subnet_means_several_subnets(text):
    assert facts(text).get("cross_subnet") is True


def test_all_nodes_in_one_subnet_stays_one_subnet():
    assert facts("All six nodes are in the same subnet and the pods still can't reach each other.").get("cross_subnet") is False


@pytest.mark.parametrize("text", [
    "Pods cannot communicate between nodes from different networks.",
    "Traffic never arrives when the workers are in separate VLANs.",
])
def test_a_negated_symptom_does_not_negate_the_places(text):
    assert facts(text).get("cross_subnet") is True


@pytest.mark.parametrize("text", ["The nodes are not in different subnets.", "我们的节点不跨网段。",
                                  "We don't have multiple VLANs, it's one flat segment."])
def test_a_negation_on_the_places_keeps_the_nodes_together(text):
    assert facts(text).get("cross_subnet") is False


@pytest.mark.parametrize("text", ["Every site is its own routed subnet.", "5 workers spread across 2 AZ.",
                                  "eksctl create cluster --zones us-west-2a,us-west-2b --nodes 4"])
def test_places_said_in_other_shapes(text):
    assert facts(text).get("cross_subnet") is True


@pytest.mark.parametrize("text", [
    "The web pod (10.244.1.7) on worker1 cannot reach the db pod (10.244.2.9) on worker2.",
    "Each host has two NICs, eth0: 10.10.1.5 and eth1: 10.20.1.5, and flannel picked the wrong one.",
    "主机有两个网卡 bond0:10.1.1.10 bond1:10.2.1.10，flannel 用错了网卡。",
])
def test_pod_and_interface_addresses_are_not_node_subnets(text):
    assert facts(text).get("cross_subnet") is not True


def test_node_addresses_in_two_subnets_still_count():
    assert facts("node1 is 10.0.1.5 and node2 is 10.0.2.6.").get("cross_subnet") is True


@pytest.mark.parametrize("text, count", [
    ("kubectl get nodes: alpha Ready control-plane; beta Ready; gamma Ready; delta NotReady", 4),
    ("kubectl get nodes -o wide: 10.0.0.11 Ready master; 10.0.0.12 Ready <none>; 10.0.0.13 Ready <none>", 3),
    ("kops create cluster --networking=cilium --node-count=6 --master-count=3", 9),
])
def test_listings_and_installer_flags_count_every_node(text, count):
    assert facts(text).get("nodes") == count


@pytest.mark.parametrize("text", ["The cluster has two node pools, one for GPUs.", "We use 3 node groups managed by Karpenter."])
def test_node_pools_are_not_node_counts(text):
    assert "nodes" not in facts(text)


@pytest.mark.parametrize("text", [
    "We want the least overhead possible between pods.",
    "Ideally we avoid encapsulation overhead where we can.",
    "希望网络开销最小。",
    "业务需要接近线速的转发。",
])
def test_keeping_overhead_small_is_a_performance_wish(text):
    assert facts(text).get("latency_sensitive") is True


@pytest.mark.parametrize("text", ["We'd like to avoid encapsulation wherever possible.",
                                  "Avoid the tunnel overhead inside a rack if we can."])
def test_a_soft_wish_to_avoid_encapsulation_blocks_nothing(text):
    assert "encap_blocked" not in facts(text)


def test_a_firm_refusal_of_encapsulation_still_blocks_it():
    assert facts("We don't want any encapsulation on this network.").get("encap_blocked")


def test_pods_required_to_take_vpc_addresses_need_routable_ips():
    assert facts("业务要求 Pod 直接使用 VPC 内的 IP 地址。").get("routable_pod_ips") is True


@pytest.mark.parametrize("text", [
    "You do not need to enable policy enforcement on clusters with 40 nodes.",
    "You have two options; either you peer with the ToR switches over BGP, or you use VXLAN.",
    "Current limitation is that this only works if nodes are in the same subnet.",
    "Policy enforcement is built into Dataplane V2 on every GKE node pool.",
])
def test_advice_and_product_limits_are_not_the_writers_cluster(text):
    got = facts(text)
    assert not {"nodes", "bgp_fabric", "cross_subnet", "network_policy"} & set(got)


@pytest.mark.parametrize("text", ["The control plane is a VPS at one provider; the agents run at two other clouds.",
                                  "Our agents are VMs at three other providers."])
def test_counted_other_places_are_the_writers_own(text):
    assert facts(text).get("cross_subnet") is True


@pytest.mark.parametrize("text", ["主机有两块网卡，flannel 选错了接口。", "terway 的辅助网卡在 ECS 上没有拿到 IP。"])
def test_nics_of_the_host_are_not_a_second_pod_interface(text):
    assert "multi_nic" not in facts(text)


@pytest.mark.parametrize("text", ["Our CNF servers carry Intel E810 cards.", "The DPDK workers have Mellanox ConnectX-6 NICs.",
                                  "要求数据面接近线速，服务器用的是 Intel XXV710 网卡。",
                                  "The sriov-network-operator does not work well with my Intel X710 NIC."])
def test_sriov_capable_nic_families_mean_sriov_nics_for_a_fast_data_plane(text):
    assert facts(text).get("sriov_nics") is True


def test_a_nic_family_in_an_ordinary_cluster_says_nothing_of_sriov():
    assert "sriov_nics" not in facts("Three nodes with ConnectX-3 cards cabled to each other, running Calico.")


@pytest.mark.parametrize("text", ["Pods also need a regular cluster interface for management.",
                                  "同时 Pod 还需要有一张普通的集群网卡。"])
def test_pods_that_also_need_a_cluster_interface_need_two(text):
    assert facts(text).get("multi_nic") is True


def test_vms_bridged_on_a_host_share_its_segment():
    assert facts("Three VMs bridged on one Proxmox host run the cluster.").get("l2_adjacent") is True


@pytest.mark.parametrize("text", ["We would like to use Antrea as a CNI on our cluster.",
                                  "We like Cilium and already use it on other Kubernetes distros.",
                                  "Currently, per the Calico docs, IPIP is the default encapsulation."])
def test_wishes_other_clusters_and_docs_name_no_plugin_in_use(text):
    assert "current_plugin" not in facts(text)


def test_a_plugin_used_as_the_cni_is_in_use():
    assert facts("We use Antrea as the CNI on our bare-metal cluster.").get("current_plugin", "").startswith("antrea")


def test_what_the_writer_does_by_the_guide_stays_theirs():
    assert facts("Our OpenStack cluster uses a 1450 MTU according to the admin guide.").get("platform") == "openstack"


@pytest.mark.parametrize("text, plugin", [("We would like to use Antrea on AKS; the alternative is Azure CNI.", "antrea"),
                                          ("我们打算改用 Cilium，哪个模式合适？", "cilium")])
def test_a_plugin_wished_for_without_a_mode_is_wanted(text, plugin):
    wanted = understand(text, CATALOG).wanted
    assert wanted and all(o.split(":")[0] == plugin for o in wanted)


def test_workers_at_other_clouds_are_apart():
    assert facts("Some workers are in other clouds and some at home.").get("cross_subnet") is True

