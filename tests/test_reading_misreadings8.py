"""Classes of misreading, eighth round: VPNs between sites, moves between plugins and modes, status pages,
wishes about the network, mixed ARM clusters, others' claims, tenants, Chinese refusals and trust.
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["3 boxes in our office and 4 EC2 instances, joined by a site-to-site IPsec VPN",
                                  "Our nodes talk over a WireGuard VPN between the two sites.", "两个机房的节点通过 IPsec VPN 互联"])
def test_nodes_joined_by_a_vpn_are_in_different_networks(text):
    assert facts(text).get("cross_subnet") is True


def test_a_vpn_for_people_says_nothing_of_the_nodes():
    assert "cross_subnet" not in facts("Developers reach the cluster through a VPN; the nodes share one switch.")


def test_a_plugin_asked_about_as_a_next_step_is_not_in_use():
    assert "current_plugin" not in facts("GKE Standard cluster. What are our options? Can I just install Cilium myself?")
    assert facts("We can see calico pods crash on two nodes.").get("current_plugin", "").startswith("calico")


@pytest.mark.parametrize("text", ["Security wants the payment pods to only reach api.stripe.com.",
                                  "k8s NetworkPolicy only does IPs and Stripe's IPs change."])
def test_egress_limited_to_a_domain_is_a_dns_name_need(text):
    assert facts(text).get("fqdn_policy") is True


def test_a_domain_in_a_symptom_is_no_policy_need():
    assert "fqdn_policy" not in facts("curl to api.github.com times out from the pods")


def test_a_chinese_address_that_must_not_change_across_a_move_is_a_fixed_ip():
    assert facts("部分租户跑 KubeVirt 虚机, 热迁移时 IP 不能变").get("static_pod_ips") is True
    assert "static_pod_ips" not in facts("节点 IP 不能变, 机房规定")


def test_nodes_behind_the_same_top_of_rack_pair_share_l2():
    assert facts("nodes are all in one /22 behind the same ToR pair").get("l2_adjacent") is True


def test_a_move_between_plugins_searches_for_migration():
    moving = understand("Our kubeadm cluster runs flannel (vxlan). Can we move to Cilium without rebuilding the cluster?", CATALOG)
    assert "migration" in moving.query
    staying = understand("Our kubeadm cluster runs flannel (vxlan) and pods across nodes time out.", CATALOG)
    assert "migration" not in staying.query
    assert "migration" not in understand("Should we pick Calico or Cilium for a new cluster?", CATALOG).query


def test_a_pasted_status_with_dash_separated_fields():
    got = facts("Platform: ESXi. Calico Network Configuration - IPIP Mode: Disabled - VXLAN Mode: Enabled - Outbound NAT: Enabled")
    assert got.get("current_plugin") == "calico:vxlan" and "encap_blocked" not in got


def test_as_per_rack_means_the_tors_peer_bgp():
    assert facts("We deployed Calico with the AS-per-rack model; nodes under some ToRs share one AS.").get("bgp_fabric") is True


def test_a_change_between_modes_searches_for_the_setting():
    assert "setting" in understand("How do I change Calico from IPIP to BGP mode?", CATALOG).query
    assert "setting" in understand("calico 默认的 IPIP 可以改成 BGP 吗？", CATALOG).query
    assert "setting" not in understand("Which Calico mode fits nodes in two racks?", CATALOG).query


def test_a_wish_about_the_internet_says_nothing_of_the_network_and_refusing_plaintext_wants_encryption():
    got = facts("3 VPS at three providers, they only see each other over public IPs, and I really don't want pod traffic "
                "going over the internet in plaintext")
    assert got.get("cross_subnet") is True and got.get("encryption") is True
    assert "encryption" not in facts("Our traffic runs in plaintext today and that's fine.")
    assert facts("节点之间走公网，不能明文传输").get("encryption") is True


def test_a_mixed_arm_cluster_is_held_back_by_its_32_bit_nodes_not_by_a_wish():
    assert facts("3x Raspberry Pi 3B on 32-bit Raspberry Pi OS (armv7l) and 2x Pi 4 on Ubuntu arm64").get("arch") == "armv7"
    assert facts("ARMv7 support for the operator image? We run Ubuntu 22 on Raspberry Pi 4b (arm64).").get("arch") == "arm64"


def test_jitter_and_one_pair_of_switches():
    got = facts("Game servers, tick-rate sensitive, jitter kills us; all in the same /24 VLAN behind one pair of switches.")
    assert got.get("latency_sensitive") is True and got.get("l2_adjacent") is True


def test_a_self_built_cluster_weighed_as_the_alternative_is_not_the_one_described():
    got = facts("我们用的是 GKE Standard 集群。这个方案在 GKE 上行得通吗？还是只能在 GCE 上自建才行？")
    assert got.get("managed") is True
    assert facts("集群是在阿里云 ECS 上自建的").get("managed") is False


def test_a_plugin_someone_proposed_is_not_in_use():
    assert "current_plugin" not in facts("我们用 GKE。有人提议在 GKE 上装 Calico，用 VXLAN 覆盖网络。")


def test_nodes_called_vms_on_a_named_hypervisor_run_there():
    assert facts("我们生产环境是 vSphere 7，所有 k8s 节点 VM 都挂在同一个 distributed port group").get("platform") == "vmware"


def test_someone_elses_claim_is_not_the_writers_network():
    got = facts("所有节点都在同一个 port group。按网上那篇笔记说跨 Hypervisor 二层不通。")
    assert got.get("l2_adjacent") is True
    assert facts("听说我们的节点是 CentOS 7。").get("os") == "centos 7"


@pytest.mark.parametrize("text, nodes", [
    ("kubeadm with a single controller node and 3 workers, Calico from the \"50 nodes or less\" guide", 4),
    ("kubeasz 3.5.0 部署1master2node节点时 kubelet 起不来", 3),
    ("one eks cluster and 5 m4.xlarge ec2 instance", 5),
])
def test_counts_glued_bounded_and_singular(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_not_really_a_concern_and_least_effort():
    got = facts("Latency isn't really a concern for us; we want whatever is least effort to keep running.")
    assert got.get("latency_sensitive") is False and got.get("simplicity") is True


def test_a_flannel_backend_set_to_none_is_not_flannel_in_use():
    assert facts("k3s with --flannel-backend=none and calico installed").get("current_plugin", "").startswith("calico")
    assert facts("k3s with --flannel-backend=wireguard-native across sites").get("current_plugin") == "flannel:wireguard"


def test_mac_filtering_said_both_ways():
    assert facts("Our Proxmox VMs hang off a bridge with MAC filtering on.").get("mac_filtering") is True
    assert facts("网卡模式选择桥接网卡，混杂模式选全部允许").get("mac_filtering") is False


def test_outside_hosts_scraping_pod_ips_need_routable_pods():
    assert facts("Monitoring hosts outside the cluster scrape the pods directly on their pod IPs.").get("routable_pod_ips") is True


def test_dns_name_rules_imply_network_policy():
    reading = understand("EKS with the VPC CNI; some namespaces need FQDN-based egress rules.", CATALOG)
    assert reading.profile.fqdn_policy is True and reading.profile.network_policy is True


def test_an_arch_written_out_beats_the_board_generation():
    assert facts("k3s via k3sup on a cluster of Pi 3s (the leader is a Pi 4) on raspbian aarch64").get("arch") == "arm64"


def test_a_wide_node_listing_in_several_subnets_and_a_host_named_like_a_tool():
    text = ("NAME   STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP\n"
            "cp-1   Ready    control-plane   12d   v1.30.4   10.0.1.20     <none>\n"
            "wrk-a  Ready    <none>          12d   v1.30.4   10.0.2.61     <none>\n")
    got = facts(text)
    assert got.get("cross_subnet") is True and "latency_sensitive" not in got
    assert facts("We load-test with wrk and iperf3 between pods.").get("latency_sensitive") is True


def test_a_network_team_refusing_bgp_and_a_chinese_refusal_of_promiscuous_mode():
    assert facts("The network team refuses to run BGP with us.").get("bgp_fabric") is False
    assert facts("网络组不同意在端口组上开混杂模式和伪传输").get("mac_filtering") is True


def test_tenants_with_their_own_networks_are_not_nodes_apart():
    got = facts("Bare metal, ~40 nodes. Several tenants, each with its own isolated VPC-like network; address ranges may overlap.")
    assert got.get("tenant_networks") is True and "cross_subnet" not in got and got.get("platform") == "bare-metal"


def test_chinese_ba_construction_and_vnet_exhaustion():
    assert facts("现在要上 NetworkPolicy,顺便想把 kube-proxy 去掉").get("kube_proxy_replacement") is True
    got = facts("AKS 集群用的是传统 Azure CNI,现在 VNet 地址快用完了")
    assert got.get("pod_density") is True and got.get("current_plugin") == "azure-cni:pod-subnet"


def test_vms_on_one_distributed_switch_share_l2():
    assert facts("k8s 虚拟机全部挂在同一个分布式交换机端口组").get("l2_adjacent") is True


def test_a_planned_size_with_a_tilde_and_a_kube_proxy_disabled_by_name():
    assert facts("Cloud: Azure (AKS) | Nodes: 14 today, ~60 after the migration").get("nodes") == 60
    assert facts("Installed Cilium via Helm, then disabled k3s's kube-proxy.").get("kube_proxy_replacement") is True


def test_chinese_plugin_named_as_current_and_trusted_traffic():
    assert facts("网络插件目前是 cilium，打算把 kube-proxy 关掉").get("current_plugin", "").startswith("cilium")
    assert facts("节点之间的流量可以信任，不需要加密").get("untrusted_network") is False
    assert facts("节点之间的流量不可信任").get("untrusted_network") is True
