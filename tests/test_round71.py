"""Seventy-first round: readings from held-out batch 71 (blind496-503), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_no_vnet_address_per_pod_and_wireguard_off_the_list():
    read = facts("The spoke VNet is a /20 shared with App Service, so giving every pod a VNet IP is not going to happen.")
    assert read.get("network_ips_reserved") is True
    assert facts("Audit wants IPsec specifically; WireGuard didn't make our approved crypto list.").get("encryption_protocol") == "ipsec"
    assert understand("We plan to chain Cilium on the VPC CNI and turn on its IPsec. Is that sound, or should the layout be different?",
                      CATALOG).kind == "feasibility"


def test_the_network_folks_offering_bgp_to_the_servers():
    assert facts("The network folks are actually happy to run eBGP down to the servers.").get("bgp_fabric") is True
    assert facts("The network folks won't run BGP with the servers.").get("bgp_fabric") is False


def test_windows_workers_added_and_what_windows_nodes_lack():
    text = ("Hyper-V（宿主机 Windows Server 2022），k8s 全是虚机。得再加 4 台 Windows Server 2022 的 worker。"
            "哪些模式 Windows 节点不支持、要提前避开？")
    assert facts(text).get("windows_nodes") is True
    assert facts("我们没有 Windows 节点。").get("windows_nodes") is False


def test_a_plugin_tried_and_found_too_heavy_is_ruled_out_in_chinese():
    read = understand("12 台虚机，都在同一个网段。之前试过 Cilium，觉得太重、排障门槛太高，先不考虑了。有推荐的 CNI 吗？", CATALOG)
    assert read.profile.ruled_out == ["cilium"] and read.profile.current_plugin is None
    assert understand("12 台虚机，都在同一个网段，现在用的是 Cilium，有推荐的监控方案吗？", CATALOG).profile.ruled_out is None


def test_a_data_plane_not_to_be_touched_keeps_the_plugin_in_use_in_its_default_mode():
    text = ("Just inherited a 25-node kubeadm cluster: kube-flannel-ds pods from the stock manifest, everything on one VLAN. We need "
            "NetworkPolicy between namespaces; ideally we wouldn't even touch the data plane. What's the least painful route?")
    from assistant.planning import plan
    read = understand(text, CATALOG)
    assert read.staying
    result = plan(read, CATALOG)
    assert result is not None and result.options[0].id == "flannel:vxlan"


def test_big_transfers_hanging_and_one_bridge_address_on_every_node():
    text = ("calico vxlan on openstack, eth0 mtu 1450. small curl works, but anything big (helm pulling charts from the in-cluster "
            "chartmuseum, postgres replication) just hangs.")
    assert "mtu" in understand(text, CATALOG).suspects
    table = "calico ipip 跨节点不通。\nNAME    ASN       IPV4               IPV6\nnode1   (64512)   192.168.122.1/24\nnode2   (64512)   192.168.122.1/24\n"
    read = understand(table, CATALOG)
    assert "interface" in read.suspects and read.profile.ipv6 is None
    assert "interface" not in understand("calico ipip 跨节点不通，node1 是 10.8.1.11，node2 是 10.8.1.12", CATALOG).suspects


def test_dead_pings_are_a_symptom_and_a_question_said_not_to_be_about_networking_is_declined():
    assert understand("vagrant lab, kubeadm + flannel, cross-node pod ping is dead. do I need calico instead?", CATALOG).kind == "troubleshoot"
    assert understand("请教个 k8s 问题（不是网络的哈）：CronJob 的 schedule 写的 0 2 * * *，结果每天 10 点才跑，节点时区都是 Asia/Shanghai。",
                      CATALOG).kind == "decline"
    assert understand("两台节点上的 pod 之间不通，是不是网络的问题？", CATALOG).kind != "decline"


def test_only_tcp_udp_icmp_allowed_with_two_verbs():
    assert facts("公司安全组模板只允许放 TCP/UDP/ICMP，别的协议一律不批。").get("encap_blocked") == ["ipip"]


def test_a_node_count_reached_or_exceeded_in_chinese_and_arch_linux_written_as_one_word():
    assert facts("在基于 Calico 的大规模集群中（节点规模达到800+），BGP Mesh 收敛很慢。").get("nodes") == 800
    assert facts("节点数超过 200 个，pod 300 多个。").get("nodes") == 200
    assert facts("cilium v1.9.4 on an archlinux base installation").get("os") == "arch linux"
