"""Fifty-second round: readings and a catalog fact from held-out batch 52, each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status, facts


def test_an_ip_filter_that_holds_only_the_vms_own_address_drops_pod_addresses():
    said = facts("Proxmox firewall with ipfilter on every VM NIC: an IP set that only contains the VM's own address. Same /24.")
    assert said.get("l2_adjacent") is False
    assert facts("The Proxmox firewall is off; all VMs on vmbr0.").get("l2_adjacent") is not False


def test_calico_pools_may_not_overlap_so_tenants_cannot_bring_overlapping_ranges():
    assert check_status("calico:vxlan", Profile(tenant_networks=True), "ipam") == "fail"
    assert check_status("kube-ovn:geneve", Profile(tenant_networks=True), "ipam") == "pass"


def test_vxlan_all_stopped_by_a_firewall_in_chinese():
    assert facts("NSX 分布式防火墙策略把 VXLAN（UDP 4789/8472）都拦了。").get("encap_blocked") == ["vxlan"]
    assert "encap_blocked" not in facts("NSX 分布式防火墙放行了 VXLAN（UDP 4789）。")


def test_a_network_team_agreeing_to_ebgp_offers_bgp():
    assert facts("网络组终于同意跟 k8s 节点跑 eBGP 了。").get("bgp_fabric") is True


def test_pod_addresses_reachable_from_the_backbone_with_no_tunnels():
    said = facts("Pod IPv6 addresses have to be reachable from our backbone directly, no NAT66 or tunnels.")
    assert said.get("routable_pod_ips") is True and "vxlan" in (said.get("encap_blocked") or [])
    assert facts("Keep pod IPs routable from the rest of the DC.").get("routable_pod_ips") is True
    assert "encap_blocked" not in facts("There are no tunnels between the sites yet.")


def test_one_self_managed_cluster_over_a_named_datacentre_and_ec2_is_hybrid():
    text = "We're stretching one self-managed cluster across our Frankfurt data centre (VMware VMs) and EC2 instances in eu-central-1."
    assert facts(text).get("platform") == "hybrid"
    assert facts("Our Frankfurt data centre runs 20 VMware VMs.").get("platform") == "vmware"


def test_isolation_between_namespaces_is_policy_not_tenant_subnets():
    said = facts("安全审计要求不同 namespace 之间做网络隔离。flannel 本身能支持 NetworkPolicy 吗？")
    assert "tenant_networks" not in said and said.get("network_policy") is True
    assert facts("不同租户要有自己独立的网络，网段允许重叠。").get("tenant_networks") is True
