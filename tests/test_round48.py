"""Forty-eighth round: readings from held-out batch 48, each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading import understand
from reading_facts import CATALOG, check_status, facts, planned, vocabulary


def _ruled_out(text: str) -> list[str] | None:
    return understand(text, CATALOG).profile.ruled_out


def test_a_plugin_banned_or_waved_away_is_ruled_out_and_not_in_use():
    assert _ruled_out("Our security team has banned Cilium. 40 bare-metal nodes, need NetworkPolicy.") == ["cilium"]
    assert _ruled_out("Calico is off the table (the network team won't support it). 20 VMs on vSphere.") == ["calico"]
    assert _ruled_out("安全部门禁止使用 Cilium，20 台物理机同一网段，选什么？") == ["cilium"]
    assert _ruled_out("板子资源紧，Cilium 那种就算了。k3s 默认是 flannel vxlan，要换成什么？") == ["cilium"]
    assert understand("Our security team has banned Cilium. Which CNI?", CATALOG).profile.current_plugin is None


def test_a_failed_try_or_a_banned_setting_rules_no_plugin_out():
    # tried as configured, the plugin's other modes stay open
    assert _ruled_out("两边不在一个网段。试过 calico 默认配置跨云不通。该选什么 CNI？") is None
    assert _ruled_out("Calico is not allowed to peer BGP with the ToRs. Which mode?") is None
    # found too heavy but still the one running, and asked about: tuned, not dropped
    assert _ruled_out("We run Cilium and it was too heavy at first; how do we cut its memory use?") is None


def test_every_option_of_a_ruled_out_plugin_is_rejected_by_the_user_not_by_its_docs():
    result = planned("Our security team has banned Cilium. 40 VMs on vSphere across two subnets, need NetworkPolicy. Which CNI?")
    cilium = [o for o in result.options if o.plugin == "cilium"]
    assert cilium and all(o.verdict == "rejected" for o in cilium)
    assert all(any(c.check == "ruled_out" and c.status == "fail" for c in o.checks) for o in cilium)
    assert result.options[0].verdict == "recommended" and result.options[0].plugin != "cilium"
    assert check_status("cilium:vxlan", Profile(ruled_out=["calico"]), "ruled_out") is None


def test_a_switch_that_forbids_forged_transmits_filters_macs():
    said = facts("The VMware team's standard forbids promiscuous mode and forged transmits on every port group, no exceptions.")
    assert said.get("mac_filtering") is True
    assert facts("Forged transmits are set to Accept on the port group.").get("mac_filtering") is False


def test_systems_that_reach_some_pods_or_pods_on_a_named_vlan_need_routable_pod_ips():
    assert facts("院内其他系统要能直接访问这些 pod 的 IP。").get("routable_pod_ips") is True
    assert facts("Can some pods get addresses on the shop-floor VLAN that the barcode scanners talk to?").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pods get IPs from the pod subnet 10.244.0.0/16.")


def test_a_switch_that_can_be_configured_for_bgp_offers_it_even_beside_a_question():
    assert facts("上联核心交换机（华为 CE，可以配 BGP）。").get("bgp_fabric") is True
    assert facts("自己机房的 VMware 集群（30 台 VM，核心交换机支持 BGP）能不能也装 AWS VPC CNI？").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("核心交换机能不能跑 BGP？")
    assert "bgp_fabric" not in facts("交换机支不支持 BGP 我也不清楚。")
    assert facts("交换机不支持 BGP。").get("bgp_fabric") is False


def test_any_tunnel_banned_bans_wireguard_too():
    for text in ("公司安全规范：容器网络禁止使用任何隧道封装（VXLAN、IPIP、Geneve 一律不行）。",
                 "Our standard forbids any tunnel encapsulation between nodes.", "Overlays are not allowed by the network team."):
        assert "wireguard" in (facts(text).get("encap_blocked") or []), text
    assert facts("禁止使用 VXLAN。").get("encap_blocked") == ["vxlan"]
    assert "encap_blocked" not in facts("The two sites are joined by an IPsec tunnel.")


def test_ebpf_banned_rejects_the_ebpf_data_planes():
    said = facts("A written rule from the CISO forbids loading custom eBPF programs on production hosts.")
    assert said.get("ebpf_dataplane") is False
    assert check_status("cilium:vxlan", Profile(ebpf_dataplane=False), "ebpf") == "fail"
    assert check_status("calico:vxlan", Profile(ebpf_dataplane=False), "ebpf") is None
    assert facts("We would like an eBPF data plane.").get("ebpf_dataplane") is True


def test_sriov_switched_off_or_unsupported_is_no_sriov_nic():
    assert facts("The X520s could do SR-IOV in theory but it's disabled in BIOS and the vendor won't support it.").get("sriov_nics") is False
    assert facts("我们的网卡不支持 SR-IOV。").get("sriov_nics") is False
    assert facts("Our NICs don't support SR-IOV.").get("sriov_nics") is False
    assert facts("The UPF pods need SR-IOV VFs.").get("sriov_nics") is True


def test_an_ipsec_tunnel_the_sites_firewalls_run_is_the_underlay_not_a_wish():
    assert "encryption" not in facts("两个机房之间是专线，两端防火墙又做了 IPsec 隧道，隧道里 MTU 只有 1400。")
    assert "encryption" not in facts("The firewalls run an IPsec tunnel between the two DCs.")
    assert facts("跨机房的 pod 流量必须用 IPsec 加密。").get("encryption") is True


def test_cloud_machines_bought_as_workers_beside_the_datacentre_make_one_hybrid_cluster():
    text = "我们 IDC 机房 20 台物理机，calico BGP。现在机柜满了，老板让在阿里云上买 10 台 ECS 当 worker，走 IPsec VPN 连回机房。"
    assert facts(text).get("platform") == "hybrid"
    assert facts("Our 12 on-prem servers are full, so we'll add 6 EC2 instances as workers over a VPN.").get("platform") == "hybrid"
    assert facts("We run 10 EC2 instances as workers.").get("platform") == "aws"


def test_a_quoted_made_up_mode_after_the_owner_is_unknown():
    known = vocabulary("antrea", "geneve", "traffic")
    reading = understand("Is Antrea's 'turbo-encap' traffic mode worth enabling on our 3 nodes?", CATALOG, vocabulary=known)
    assert reading.kind == "decline" and reading.unknown
    assert not understand("Should we use Antrea's 'noEncap' traffic mode?", CATALOG, vocabulary=known).unknown


def test_a_block_smaller_than_the_pods_planned_cannot_give_them_addresses():
    said = facts("The network team gave our spoke a /23 shared with an App Gateway. We expect ~3,000 pods across 40 nodes.")
    assert said.get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("Pod CIDR 10.244.0.0/20 and about 3,000 pods.")
    assert "network_ips_reserved" not in facts("VPC 10.0.0.0/16 with 3000 pods.")
    # a block per node, or a count per node, is no cluster network against the cluster's pods
    assert "network_ips_reserved" not in facts("Calico assigns each node a /26 block; we run 110 pods per node.")
