"""Fiftieth round: readings from held-out batch 50, each beside a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_pods_that_can_no_longer_have_network_addresses():
    said = facts("There's no room left in our /16, so pods can't have VNet addresses any more.")
    assert said.get("network_ips_reserved") is True
    assert facts("The policy is explicit: pod addresses must not come out of VNet address space.").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("Pods have VNet addresses today.")


def test_a_network_team_that_agreed_to_run_bgp_offers_it():
    assert facts("网络组这次终于同意跟 k8s 节点跑 BGP 了（AS 号都给了）。").get("bgp_fabric") is True
    assert facts("网络组不同意跟 k8s 节点跑 BGP。").get("bgp_fabric") is False


def test_group_networks_allowed_to_overlap_are_tenant_networks():
    assert facts("Each research group must get its own isolated network; group networks have to be allowed to overlap.").get("tenant_networks") is True
    assert "tenant_networks" not in facts("Each group gets its own namespace.")


def test_ebpf_banned_a_few_words_away_in_chinese():
    assert facts("安全规范明确禁止在生产节点上加载 eBPF 程序。").get("ebpf_dataplane") is False
    assert facts("我们想用 eBPF 数据面。").get("ebpf_dataplane") is True


def test_mac_spoofing_kept_off_with_an_aside_and_a_windows_host_that_is_no_node():
    said = facts("节点是 Hyper-V 上的虚拟机（宿主机是 Windows Server 2019），安全基线要求 MAC 地址欺骗（MAC address spoofing）必须保持关闭。")
    assert said.get("mac_filtering") is True and "windows_nodes" not in said
    assert facts("集群里还有两台 Windows Server 2022 节点。").get("windows_nodes") is True


def test_a_security_group_that_can_only_hold_tcp_udp_icmp_rules_drops_ipip():
    said = facts("云平台的安全组只能配 TCP/UDP/ICMP 规则，没办法放行 IP 协议号 4。")
    assert said.get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全组已经放行了 IP 协议号 4。")


def test_a_plugin_no_longer_used_or_the_start_of_a_move_is_the_one_in_use_or_not():
    assert facts("问题解决了，我不再用默认的calico，改为flannel，重新打了镜像部署的。").get("current_plugin") == "flannel"
    assert facts("Can a Flannel to Calico migration happen on a single node cluster?").get("current_plugin") == "flannel"
    assert facts("We use Calico and it works fine.").get("current_plugin") == "calico"


def test_one_cluster_across_a_datacentre_and_a_cloud_in_chinese():
    assert facts("这个是跨数据中心部署，一个是线下机房，一个是阿里云机房。").get("platform") == "hybrid"
    assert facts("我们要把线下机房的业务迁到阿里云。").get("platform") == "aliyun"
