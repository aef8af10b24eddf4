"""Classes of misreading, ninth round (second part): rivals and families, port security, tenants,
wishes and sizes, multi-cluster needs, hybrid clusters, counts by parts and places, Windows planned
later, hearsay, retrieval topics. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_a_feature_word_after_a_plugin_is_no_rival():
    def knows_nothing(term: str) -> bool:
        return False

    assert understand("Cilium KPR vs Calico eBPF to get rid of kube-proxy?", CATALOG, vocabulary=knows_nothing).kind == "compare"
    assert understand("NetMesh vs Calico for 20 nodes?", CATALOG, vocabulary=knows_nothing).unknown == ["NetMesh"]


def test_dual_stack_refusing_ipv6_only_is_still_dual_stack():
    read = facts("每个 Pod 同时有 IPv4 和 IPv6 地址 (真双栈, 不是 IPv6-only)")
    assert read.get("dual_stack") is True
    assert facts("We run an IPv6-only cluster").get("dual_stack") is False


@pytest.mark.parametrize("text, on", [("openstack network show k8s-net | port_security_enabled | True |", False),
                                      ("openstack network show k8s-net | port_security_enabled | False |", True)])
def test_port_security_in_a_table(text, on):
    assert facts(text).get("l2_adjacent") is on


def test_subnets_per_tenant_and_a_plugin_asked_whether_it_will_do():
    read = facts("VM 热迁移到别的节点以后 IP 不变, 另外要按租户(namespace)划分子网。Kube-OVN 和 Calico 到底选哪个? flannel 行不行?")
    assert read.get("tenant_networks") is True and read.get("static_pod_ips") is True and "current_plugin" not in read


def test_a_plugin_one_would_like_and_a_size_up_to_later():
    read = facts("Planning an AKS cluster: 150 nodes at go-live, up to 400 later. We'd like Cilium for network policy.")
    assert read.get("nodes") == 400 and "current_plugin" not in read
    assert facts("the guide says it supports up to 5000 nodes; we have 12 nodes").get("nodes") == 12


@pytest.mark.parametrize("text, nodes", [("Two data centres joined by our own dark fibre, 20 nodes in each.", 40),
                                         ("3 racks with 16 servers each", 48), ("两个机房，每个机房 20 台服务器", 40),
                                         ("We have two clusters, 40 nodes each", 40), ("3 racks, 48 nodes total", 48),
                                         ("RKE2 with the default Canal, 12 Rocky Linux 9.3 nodes spread over three racks.", 12)])
def test_counts_per_place_multiply_and_an_os_with_linux_in_its_name(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_calico_mode_beside_a_switch_is_in_use():
    # 交换机 holds 换 ("switch to"): a switch is hardware, not a move
    read = facts("40台物理机全部接在同一台接入交换机上，目前用的是 calico BGP 模式。")
    assert read.get("current_plugin") == "calico:bgp"


@pytest.mark.parametrize("text, key, value", [
    ("the port group has Promiscuous mode and Forged transmits set to Reject", "mac_filtering", True),
    ("kube-proxy has to stay because our monitoring still reads the iptables rules", "kube_proxy_replacement", False),
    ("We ran out of VNet IPs for pods before", "pod_density", True),
    ("Still not able to configure an IPv6 cluster (with IPv4 disabled).", "dual_stack", False),
    ("I don't have any hardware that supports BGP.", "bgp_fabric", False),
    ("node1 and node2 are in different NAT and pod to pod networking does not work", "l2_adjacent", False)])
def test_ninth_round_phrasings(text, key, value):
    assert facts(text).get(key) is value


def test_an_isolated_subnet_per_tenant_is_no_policy_need():
    read = facts("Each tenant namespace must get its own isolated subnet, and tenants reuse the same 10.0.0.0/16 range.")
    assert read.get("tenant_networks") is True and "network_policy" not in read
    assert facts("we need isolation between namespaces").get("network_policy") is True


def test_per_node_capacity_is_not_a_single_node_cluster():
    assert "nodes" not in facts("现在 Pod IP 经常不够用，单节点跑不了多少 Pod。")
    assert facts("单节点部署的 k3s").get("nodes") == 1


@pytest.mark.parametrize("text", ["Pods in FRA must call some Services in AMS with failover; we're building two clusters.",
                                  "calico bgp rr模式，如何支持多k8s集群？使之能够将多个k8s集群的pod能够互联互通",
                                  "[Cluster mesh] One pod in cluster1 cannot access another pod in cluster2.",
                                  "the ClusterIP of a service located in a different cluster"])
def test_pods_or_services_reaching_across_clusters(text):
    assert facts(text).get("multi_cluster") is True


@pytest.mark.parametrize("text", ["We have two clusters, 40 nodes each.", "we use Rancher for multi-cluster management"])
def test_several_clusters_that_never_talk_are_no_multi_cluster_need(text):
    assert "multi_cluster" not in facts(text)


@pytest.mark.parametrize("text", ["| port_security_enabled | True |\nThe cloud team refuse to add allowed-address-pairs or disable port security.",
                                  "they refuse to disable port security"])
def test_a_guard_the_cloud_team_refuses_to_switch_off_stays_on(text):
    assert facts(text).get("l2_adjacent") is False


@pytest.mark.parametrize("text", ["3 physical boxes in our office and 4 EC2 instances in a VPC, one kubeadm cluster across all 7 nodes.",
                                  "My cloud provider uses DNAT, and I wanted to join my Pine64 at home into that cluster.",
                                  "一个集群，3台本地物理机加2台阿里云ECS，通过VPN互联"])
def test_one_cluster_on_premises_and_in_a_cloud_is_hybrid(text):
    assert facts(text).get("platform") == "hybrid"


@pytest.mark.parametrize("text, platform", [("We are moving from our on-prem VMware cluster to EKS next year", "vmware"),
                                            ("EKS cluster with 3 node groups in one VPC", "aws"),
                                            ("We run KubeEdge: cloudcore on an Aliyun ECS, edge nodes are Raspberry Pis in shops", "edge")])
def test_a_move_a_single_cloud_or_an_edge_framework_is_not_hybrid(text, platform):
    assert facts(text).get("platform") == platform


@pytest.mark.parametrize("text, nodes", [("40 Dell R650 nodes on Ubuntu 22.04", 40), ("5 Hetzner Cloud CX32 servers on Ubuntu 24.04", 5),
                                         ("The master and the 3 worker node run on Ubuntu 20.04 LTS.", 4)])
def test_a_model_number_between_count_and_noun_and_one_master_beside_workers(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_version_or_a_unit_before_the_noun_is_still_no_count():
    assert "nodes" not in facts("Ubuntu 18.04 nodes") and "nodes" not in facts("4 GB nodes")


@pytest.mark.parametrize("text, key, value", [
    ("Each cluster has 4000 nodes, and the whole network is interconnected by BGP", "bgp_fabric", True),
    ("we trust that link, so no WireGuard or IPsec please", "untrusted_network", False),
    ("GKE Standard. We must keep kube-proxy and nobody wants an eBPF dataplane yet.", "ebpf_dataplane", False),
    ("Testing Cilium with kproxy replacement on Talos", "kube_proxy_replacement", True),
    ("3 Intel NUCs on the office LAN running k3s", "l2_adjacent", True)])
def test_ninth_round_phrasings_two(text, key, value):
    assert facts(text).get(key) is value


def test_a_cloud_named_in_a_component_and_a_lan_that_is_not_the_nodes():
    assert facts("cloud-provider-huaweicloud deployed, all nodes bind eip").get("platform") == "cloud"
    assert "l2_adjacent" not in facts("we want pods reachable from the office LAN")


def test_windows_workers_planned_after_a_linux_only_phase_count():
    q = "OpenShift on vSphere. Phase 1 is Linux only, but next year the .NET team wants Windows Server 2022 workers."
    assert facts(q).get("windows_nodes") is True
    assert facts("Linux only, no Windows nodes").get("windows_nodes") is False


@pytest.mark.parametrize("text, key, value", [
    ("节点分两个网段, 中间是核心三层交换, 不跑 BGP", "bgp_fabric", False),
    ("打算搞一个混合集群: IDC 里 20 台物理机 + 阿里云 ECS 30 台 (自己 kubeadm 搭)", "platform", "hybrid"),
    ("笔记本 A 上 VMware Fusion (NAT) 跑 master + node01, 笔记本 B 上 VMware Workstation (NAT) 跑 node02。", "l2_adjacent", False)])
def test_ninth_round_chinese_phrasings(text, key, value):
    assert facts(text).get(key) == value


@pytest.mark.parametrize("text, nodes", [("IDC 里 20 台物理机 + 阿里云 ECS 30 台", 50), ("3 physical boxes in our office plus 4 EC2 instances", 7),
                                         ("60 nodes now and 400 next year", 400), ("5 nodes in the lab and 3 in prod", 5)])
def test_parts_added_and_a_planned_size_after_and(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_hearsay_blanks_its_own_clause_not_the_setup_before_it():
    q = "flannel 的 backend 纠结中。节点分两个网段, 不跑 BGP:\n```\nip route\n```\nhost-gw 听说性能最好, 还是用 vxlan?"
    read = facts(q)
    assert read.get("cross_subnet") is True and read.get("bgp_fabric") is False
    assert "current_plugin" not in facts("A colleague said flannel is fastest")


def test_routes_for_pod_cidrs_refused_in_chinese():
    assert facts("网络组明确说专线上不跑 BGP, 也不会在 VPC 路由表里给我们一条条加 pod 网段。").get("pod_routes") is False
    assert facts("云控制器会在 VPC 路由表里加 pod 网段").get("pod_routes") is True


def test_new_topics_reach_the_retrieval_query():
    hybrid = understand("3 physical boxes in our office and 4 EC2 instances, one kubeadm cluster across all 7 nodes", CATALOG)
    assert "on premises and in a public cloud" in hybrid.query
    mesh = understand("Pods must reach Services in the other cluster; which CNI?", CATALOG)
    assert "Submariner" in mesh.query
    assert "Submariner" not in understand("Which CNI for 3 bare-metal nodes?", CATALOG).query


def test_rack_server_models_are_bare_metal_and_vfs_handed_to_pods_are_extra_interfaces():
    assert facts("40 Dell R650 nodes on Ubuntu 22.04, Cilium in VXLAN mode.").get("platform") == "bare-metal"
    assert facts("Our UPF pods get two extra VFs from the Intel E810 bound to vfio-pci.").get("multi_nic") is True
    assert "multi_nic" not in facts("our servers run 2 VFs each for the host")
