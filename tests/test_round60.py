"""Sixtieth round: readings from held-out batch 60 (blind440-443), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.symptoms import symptom_topics
from reading_facts import CATALOG, facts, planned


def test_leaf_switches_that_peer_with_our_nodes_are_a_bgp_fabric():
    assert facts("each rack is its own L3 subnet and the leaf switches already peer with our nodes.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("each rack is its own L3 subnet and the leaf switches are plain L2.")


def test_a_requirement_to_encrypt_outranks_the_unencrypted_state_it_changes():
    said = facts("From Q2 all pod-to-pod traffic between nodes must be encrypted. We are currently on Calico VXLAN with no encryption.")
    assert said.get("encryption") is True
    assert facts("Pod traffic doesn't need to be encrypted.").get("encryption") is False


def test_a_cluster_moved_back_from_a_cloud_is_planned_where_it_goes():
    text = "公司决定明年把跑在 EKS（VPC CNI）上的集群搬回自建 IDC：100 台 Rocky 9 物理机，每个机柜一个网段。回来以后 CNI 怎么选？"
    assert facts(text).get("platform") == "bare-metal"
    assert planned(text).options[0].plugin != "aws-vpc-cni"
    assert facts("我们的集群跑在 EKS 上，用 VPC CNI。").get("platform") == "aws"


def test_a_sibling_mode_of_the_plugin_in_use_comes_before_the_plugin_wondered_about():
    text = ("我们把一套 calico IPIP 的集群（35 个节点）迁到公有云的云主机上，云上安全组只能放行 TCP/UDP/ICMP，IPIP 放不了，跨节点 pod 全不通。"
            "是把 calico 改成 VXLAN，还是直接换成 flannel vxlan？哪个改动小？")
    assert planned(text).options[0].plugin == "calico"


def test_cilium_asked_of_a_managed_cluster_in_a_yes_no_is_the_services_own_flavour():
    text = "AKS 集群现在还是 kubenet，300 个节点。后面还想用 Cilium 的网络策略和可观测性。能不能在现有集群上原地切过去？"
    assert planned(text).options[0].id == "azure-cni:cilium"


def test_a_node_address_on_a_virtual_bridge_is_the_wrong_interface():
    text = "Only wk-05 is dark.\n$ calicoctl get node wk-05 -o yaml | grep ipv4Address\n    ipv4Address: 192.168.122.1/24"
    assert "interface" in symptom_topics(text, True)
    assert "interface" not in symptom_topics("Only wk-05 is dark; pods there cannot reach the others.", True)


def test_a_subnet_said_full_is_density():
    assert facts("the /22 subnet for nodes and pods is full: scale-ups fail with a subnet-is-full error").get("pod_density") is True


def test_one_range_said_to_hold_every_node_outranks_a_stray_address():
    text = ("ipv4Address: 192.168.122.1/24 on wk-05, ipv4Address: 10.8.0.14/24 on wk-04. "
            "Calico in BGP mode, no encapsulation, all nodes on 10.8.0.0/24")
    assert facts(text).get("cross_subnet") is False


def test_a_hypervisor_installed_on_a_node_does_not_make_the_nodes_vms():
    assert "platform" not in facts("wk-05 is the box someone installed libvirt on last week.")
    assert facts("our nodes are KVM VMs managed with libvirt").get("platform") == "vm"


def test_the_centos_stream_release_before_its_edition():
    assert facts("Centos 9 Stream 5.14.0-457.el9.x86_64").get("os") == "centos stream 9"
    assert facts("CentOS 7.9 nodes").get("os") == "centos 7.9"


def test_a_wrong_interface_keeps_the_mode_in_use_whatever_the_network_leaves_unsaid():
    text = ("Only wk-05 is dark: pods on it can't reach anything off the node. wk-05 is the box someone installed libvirt on.\n"
            "$ calicoctl get node wk-05 -o yaml | grep ipv4Address\n    ipv4Address: 192.168.122.1/24\n"
            "Calico in BGP mode, no encapsulation, all nodes on 10.8.0.0/24")
    reading = understand(text, CATALOG)
    assert reading.kind == "troubleshoot" and "interface" in reading.suspects
    assert planned(text).options[0].plugin == "calico"
