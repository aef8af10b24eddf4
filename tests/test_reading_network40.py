"""Fortieth round: network facts, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_a_physical_switchs_mac_cap_is_mac_filtering_not_nodes_apart():
    said = facts("想让 pod 直接用机房网段的 IP。但接入交换机的端口都开了 port-security，每个口只允许学一个 MAC。节点是物理机，在同一个二层。")
    assert said.get("mac_filtering") is True and said.get("l2_adjacent") is True
    # a cloud's port security still drops pod addresses routed without encapsulation
    assert facts("OpenStack VMs with port security enabled; can we run Calico BGP?").get("l2_adjacent") is False


def test_cutting_some_overhead_of_a_double_encapsulation_bans_no_tunnel():
    said = facts("k3s over tailscale with --flannel-iface=tailscale0 is VXLAN-over-wireguard double encapsulation, so I hope to "
                 "reduce some overhead.")
    assert "encap_blocked" not in said
    assert facts("On GKE the big issue is double encapsulation: no overlay on top of the VPC, please.").get("encap_blocked")


def test_a_pods_second_interface_on_a_vlan_is_pod_networking_among_plant_words():
    question = ("Nodes are Ubuntu VMs on vSphere. Some pods (OPC UA gateways) need a second interface on the plant-floor VLAN so the "
                "PLCs can reach them, alongside the cluster network. What should we use for that second interface?")
    assert understand(question, CATALOG).kind != "decline"
    assert understand("How do I tune the Modbus polling interval of our OPC UA gateway pods?", CATALOG).kind == "decline"


def test_connections_opened_from_the_datacentre_to_pods_want_routable_pod_ips():
    assert facts("On-prem servers need to initiate connections to our AKS pods directly over ExpressRoute.").get("routable_pod_ips") is True
    assert facts("本地机房的服务要直接访问 AKS 里的 pod IP").get("routable_pod_ips") is True
    assert facts("IDC 那边也不需要直接访问 pod IP。").get("routable_pod_ips") is not True
    # pods calling out, or the office reaching the nodes, is no such need
    assert "routable_pod_ips" not in facts("Pods initiate connections to the on-prem database.")
    assert "routable_pod_ips" not in facts("Our office VPN connects to the cluster nodes.")


def test_expressroute_is_azures():
    assert facts("We reach the cluster from the datacentre over ExpressRoute.").get("platform") == "azure"


def test_nodes_in_a_counted_number_of_subnets_and_a_protocol_with_no_way_to_allow():
    assert facts("our 35 Ubuntu 22.04 VMs sit in 3 subnets").get("cross_subnet") is True
    assert "cross_subnet" not in facts("version 1.2 subnets")
    said = facts("in the provider security groups we can open TCP/UDP ports but there is no way to allow IP protocol 4.")
    assert said.get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("the security group allows IP protocol 4 between the nodes")


def test_batch_43_network_classes():
    # security rules written only for TCP, UDP and ICMP block IPIP
    assert facts("Our default security group only has rules for TCP, UDP and ICMP between members.").get("encap_blocked") == ["ipip"]
    assert facts("We switched on the firewall with policy DROP and rules allowing TCP, UDP and ICMP inside the VM group.").get(
        "encap_blocked") == ["ipip"]
    # traffic kept within one VLAN says nothing of where the nodes are
    said = facts("机房里节点分在 3 个 VLAN，VLAN 之间走三层网关。大部分流量其实都在同一个 VLAN 内。")
    assert said.get("cross_subnet") is True
    assert facts("节点都在同一个 VLAN。").get("cross_subnet") is False
    # a node that joins over an overlay VPN is elsewhere
    assert facts("I added a third node, a cheap VPS in Frankfurt that joins over Tailscale.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("We connect to the dashboard over Tailscale.")
