"""Classes of misreading, eleventh round (second part): pasted os-release lines and misspelt distros, a managed
service ruled out, BGP refused or a symptom of BGP, places counted before servers, dual-stack beside log lines,
a pod's second NIC and the plugin a plane runs on in Chinese, on-premises workers plus cloud instances.
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from reading_facts import facts


@pytest.mark.parametrize("text, os", [('OS: Linux 4.4.0-53-generic x86_64; VERSION="16.04.1 LTS (Xenial Xerus)"', "ubuntu 16.04"),
                                      ("系统：ubantu22.04；架构：ARM64", "ubuntu 22.04")])
def test_a_pasted_os_release_version_and_a_misspelt_ubuntu_name_the_release(text, os):
    assert facts(text).get("os") == os
    assert "os" not in facts('VERSION="3.2.1" of the chart')


def test_a_managed_service_ruled_out_on_its_own_cloud_is_self_managed():
    assert facts("I'm running a Kubernetes cluster on AWS (internally made not EKS) with 3 masters").get("managed") is False
    assert facts("on GKE, not EKS").get("managed") is True


def test_bgp_refused_by_the_network_team_outranks_the_words_around_it():
    assert facts("核心交换机是老设备，不支持 BGP，网络组也不同意和我们建 BGP 邻居。").get("bgp_fabric") is False
    assert facts("网络组同意和我们建 BGP 邻居").get("bgp_fabric") is True


def test_routes_not_propagated_is_a_symptom_of_bgp_not_a_refusal():
    text = "The issue was misconfiguration of BGP on the TOR router: the eBGP routes were not propagated back to the eBGP peers."
    assert facts(text).get("bgp_fabric") is True
    assert facts("The routers are not BGP capable.").get("bgp_fabric") is not True


def test_racks_counted_before_their_servers_are_no_node_count():
    assert "nodes" not in facts("机房里三个机柜的服务器组成一个集群")
    assert facts("三台服务器组成一个集群").get("nodes") == 3


def test_dual_stack_wanted_beside_a_log_line_without_ipv6_is_still_ipv6():
    read = facts('Dual-stack not working: usePodCidrIPv6 found but there is no IPv6 CIDR configured')
    assert read.get("dual_stack") is True and read.get("ipv6") is not False
    assert facts("Support IPv6DualStack with Canal.").get("dual_stack") is True
    assert facts("We want IPv4 only, no dual-stack.").get("ipv6") is False


def test_a_pods_second_nic_and_the_plane_calico_carries_in_chinese():
    read = facts("UPF 的 pod 需要两张网卡，业务面用 SR-IOV 的 VF 跑 DPDK，管理面走 calico。")
    assert read.get("multi_nic") is True and read.get("current_plugin") == "calico"
    assert "multi_nic" not in facts("服务器有两张网卡")


def test_the_existing_plugin_being_replaced_is_the_one_in_use():
    assert facts("准备把现有的 calico 集群换成 cilium，主要是想去掉 kube-proxy").get("current_plugin") == "calico"
    assert "current_plugin" not in facts("想把 calico 换成 flannel 后再试试吗？")


def test_office_workers_plus_cloud_instances_joined_over_a_vpn_are_one_hybrid_cluster():
    text = "Our cluster has six bare-metal workers in the office rack plus four EC2 instances in us-east-1 joined over a site-to-site VPN."
    read = facts(text)
    assert read.get("platform") == "hybrid" and read.get("nodes") == 10
    assert facts("We moved from six bare-metal workers in the office to EC2 instances last year.").get("platform") != "hybrid"


def test_ipv6_weighed_against_ipv4_in_a_question_is_no_need():
    assert "ipv6" not in facts("Will the pod density increase require IPv6, or can I keep using IPv4 and get more pods per node?")
    assert facts("Our pods need IPv6 addresses.").get("ipv6") is True


@pytest.mark.parametrize("text", ["Can Calico run in pure layer 3/BGP without IPIP encapsulation within one VPC subnet?", "我们不想封包，节点都在一个二层"])
def test_encapsulation_to_avoid_is_a_wish_for_less_overhead(text):
    assert facts(text).get("latency_sensitive") is True


def test_encapsulation_that_is_required_is_no_wish_to_avoid_it():
    assert "latency_sensitive" not in facts("Across subnets no encapsulation is not an option for us.")


def test_changing_production_flannel_to_calico_names_flannel_as_in_use_and_is_a_move():
    from assistant.reading import understand
    from reading_facts import CATALOG

    reading = understand("如果更改线上flannel为calico", CATALOG)
    assert any(f.key == "current_plugin" and f.value == "flannel" for f in reading.facts)
    assert "migration" in reading.query
    assert "migration" not in understand("flannel 和 calico 的区别是什么", CATALOG).query


def test_bgp_to_the_users_router_is_a_bgp_fabric_and_a_mesh_among_nodes_is_not():
    assert facts("Access to my pods is working directly using BGP to my router.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("We use BGP with the nodes only (full mesh).")


def test_a_cluster_whose_workers_are_vms_and_cloud_instances_is_hybrid():
    text = "A k0s cluster where the worker nodes are of different kinds: 1 node in a VM and 1 EC2 instance."
    assert facts(text).get("platform") == "hybrid"
    assert facts("A k0s cluster where every worker is an EC2 instance.").get("platform") == "aws"


def test_aks_settings_name_azure_cni_its_mode_and_the_policy_engine():
    read = facts('module "aks" { network_plugin = "azure"; network_plugin_mode = "overlay"; network_policy = "azure" }')
    assert read.get("current_plugin") == "azure-cni:overlay" and read.get("network_policy") is True
    assert facts("az aks create --network-plugin azure --network-dataplane cilium").get("current_plugin") == "azure-cni:cilium"
    assert "current_plugin" not in facts("kubeadm with --network-plugin=cni")


def test_an_azure_vm_size_names_azure_and_its_arm_sizes_arm64():
    read = facts("ARM nodes (Standard_D2pls_v5 + Standard_D4pls_v5) do not work with overlay")
    assert read.get("platform") == "azure" and read.get("arch") == "arm64"
    assert facts("node pool of Standard_D4s_v5").get("arch") is None
    assert "platform" not in facts("the standard_error output")
