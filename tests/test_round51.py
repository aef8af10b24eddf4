"""Fifty-first round: readings from held-out batch 51, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_a_plugin_wanted_for_its_features_is_not_the_one_in_use():
    said = facts("We wanted Cilium mainly for eBPF and kube-proxy replacement. The nodes are RHEL 8.6 (kernel 4.18.0-372).")
    assert "current_plugin" not in said
    assert facts("We wanted to see why flannel drops packets on our 3 nodes.").get("current_plugin") == "flannel"


def test_pod_to_pod_traffic_is_pod_networking_whatever_tool_built_the_cluster():
    text = ("Communication between pods is too narrow. EKS cluster built with the terraform-aws-eks module (v18). Communication with the "
            "cluster in node_security_group_rules is fine, but if you deploy ArgoCD it will not work because the communication between pods "
            "does not work.")
    assert understand(text, CATALOG).kind != "decline"
    assert understand("How do I configure the terraform backend for S3?", CATALOG).kind == "decline"


def test_containers_joined_to_the_sites_vlans_and_not_through_an_overlay():
    said = facts("我们想让容器直接接到机房现有的 VLAN 里，不走 overlay，pod 要拿对应 VLAN 网段的地址。")
    assert said.get("routable_pod_ips") is True and "vxlan" in (said.get("encap_blocked") or [])
    assert "encap_blocked" not in facts("host-gw 不走 overlay，所以快。")


def test_one_subnet_per_cluster_of_hosts_is_several_subnets():
    assert facts("The nodes are VMs on two Hyper-V clusters, one subnet per Hyper-V cluster, routed by the campus core.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("The nodes are VMs on one Hyper-V cluster.")


def test_a_need_that_concludes_so_no_overlay_and_the_real_pod_source_ip():
    said = facts("On-prem firewalls reached over Direct Connect must see the real pod source IPs, so no overlay.")
    assert said.get("routable_pod_ips") is True and "vxlan" in (said.get("encap_blocked") or [])


def test_unencapsulated_inside_each_subnet_describes_the_hybrid_modes():
    reading = understand("Antrea hybrid or flannel VXLAN with DirectRouting? One subnet per Hyper-V cluster, no BGP. "
                         "We want pod traffic unencapsulated inside each subnet.", CATALOG)
    assert reading.wanted == ["antrea:hybrid"]
    assert planned("Antrea hybrid or flannel VXLAN with DirectRouting? One subnet per Hyper-V cluster, no BGP. "
                   "We want pod traffic unencapsulated inside each subnet.").options[0].id == "antrea:hybrid"
