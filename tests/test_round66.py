"""Sixty-sixth round: readings found while batch 66 (blind464-471) was being written, and from that batch, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_a_wish_for_another_mode_unnamed_is_a_choice():
    assert understand("我们用的 flannel，3 台物理机，同一个二层，想换个性能更好的模式", CATALOG).kind == "choice"
    assert understand("We run flannel on 3 bare-metal boxes on one switch and would like to switch to a faster backend.", CATALOG).kind == "choice"
    assert understand("We run flannel on 3 bare-metal boxes on one switch. Explain how the vxlan backend wraps packets.", CATALOG).kind == "concept"


def test_losing_packets_is_a_symptom():
    assert understand("Our Calico cluster on AWS keeps losing packets between nodes.", CATALOG).kind == "troubleshoot"
    assert understand("Our Calico cluster on AWS: how does it handle packets between nodes?", CATALOG).kind != "troubleshoot"


def test_the_mode_in_use_left_for_one_unnamed_does_not_lead():
    for text in ("想把 calico 换一种模式，现在是 ipip，10 台物理机跨两个机房",
                 "We want to switch our Calico to another mode; it runs IPIP today on 10 servers in two DCs."):
        assert facts(text).get("current_plugin") == "calico:ipip"
        top = planned(text).options[0]
        assert top.plugin == "calico" and top.id != "calico:ipip"
    assert planned("Our Calico runs IPIP today on 10 servers in two DCs. Which mode should we use?").options[0].plugin == "calico"


def test_a_plugin_put_onto_a_new_cluster_is_no_plugin_in_use():
    assert "current_plugin" not in facts("想把 cilium 装到新集群上，10 台物理机")
    assert facts("想把现有的 cilium 集群换一种模式，10 台物理机").get("current_plugin") == "cilium"


def test_a_platform_that_ran_before_is_not_where_the_new_cluster_runs():
    text = ("Our lead loves Calico IPIP because that's what we ran on the old VMware farm from 2019 to 2023. "
            "New setup though: kubeadm on plain Azure VMs, nine nodes in two subnets. Which CNI?")
    assert facts(text).get("platform") == "azure"
    assert all(o.id != "calico:ipip" for o in planned(text).recommended)
    assert facts("We run Calico IPIP on our VMware farm, nine nodes. Which mode?").get("platform") == "vmware"


def test_nodes_spread_over_places_are_one_hybrid_cluster_and_their_counts_add_up():
    text = "节点分散在三个地方：公司机房两台、阿里云 ECS 三台、另一家 IDC 两台，彼此之间只能走公网。该选哪个 CNI？"
    read = facts(text)
    assert read.get("platform") == "hybrid" and read.get("nodes") == 7
    assert facts("阿里云 ECS 三台，同一个 VPC。该选哪个 CNI？").get("platform") == "aliyun"


def test_a_need_waved_off_for_now_is_no_need():
    assert facts("安全要求加密，网络策略暂时不强求。").get("network_policy") is False
    assert facts("NetworkPolicy is optional for now, encryption is required.").get("network_policy") is False
    assert facts("安全要求加密，网络策略也必须有。").get("network_policy") is True


def test_a_plugin_in_use_without_its_mode_runs_its_default_in_a_troubleshooting_answer():
    text = ("Vagrant + VirtualBox, three Ubuntu VMs, kubeadm, flannel applied straight from the manifest. "
            "Each VM has a NAT adapter plus a host-only adapter (192.168.56.x). Pods can't reach pods "
            "on the other VMs, and the flannel logs on every node say 'Using 10.0.2.15 as external address'.")
    assert planned(text).options[0].id == "flannel:vxlan"
    assert planned(text.replace("flannel applied straight from the manifest", "flannel host-gw")).options[0].id == "flannel:host-gw"


def test_a_firewall_opening_only_some_ports_is_a_setting_not_a_reason_to_switch():
    text = ("华为云 ECS 自建集群，15 台节点在 3 个子网。之前用 Calico VXLAN，所以安全组里只放行了 UDP 4789。上个月换成了 Cilium，"
            "默认的隧道模式。现在跨节点的 pod 全部超时。要不要换回 Calico？")
    assert "ports" in understand(text, CATALOG).suspects
    assert planned(text).options[0].id == "cilium:vxlan"
    assert "ports" not in understand(text.replace("只放行了 UDP 4789", "放行了所有 UDP"), CATALOG).suspects


def test_pods_kept_off_the_nodes_own_segment_rule_out_underlay_attachments():
    text = ("门店只有一个 /28 网段，门店里的 k8s 节点（两台 ARM64 小主机，同一交换机）肯定不能再让 Pod 去占门店网段的地址。"
            "有人建议用 macvlan，这靠谱吗？该用什么？")
    assert facts(text).get("network_ips_reserved") is True
    verdicts = {o.id: o.verdict for o in planned(text).options}
    assert verdicts["macvlan"] == verdicts["ipvlan"] == "rejected"
    assert "network_ips_reserved" not in facts("门店只有一个 /28 网段，两台 ARM64 小主机在同一交换机。有人建议用 macvlan，这靠谱吗？")


def test_the_bundled_plugin_moved_away_from_is_the_one_in_use():
    text = "家里几块 Orange Pi 5（ARM64），内核 6.1，装了 k3s。想把默认的 flannel 换成 Cilium 玩一下 Hubble，这个架构 Cilium 支持吗？"
    assert facts(text).get("current_plugin") == "flannel"
    assert planned(text).options[0].plugin == "cilium"


def test_a_mode_key_switched_on_or_off_is_a_setting_not_a_made_up_mode():
    known = vocabulary("sriov", "rootdevices", "devicetype", "uio", "calico", "ippool", "crosssubnet")
    text = "The pool stays empty. This was working before with rootDevices, sriovMode: false, deviceType: uio."
    assert not understand(text, CATALOG, vocabulary=known).unknown
    assert understand("Calico IPPool with geneveMode: CrossSubnet, does it work?", CATALOG, vocabulary=known).unknown


def test_installer_and_hypervisor_spellings_users_write():
    assert facts("Orchestrator version: kubespray2.21.0; OS: ubuntu22.04").get("distribution") == "kubespray"
    assert facts("Orchestrator version: kubesprayer tool").get("distribution") is None
    assert facts("kubernetes 1.28 on virtual box machines equipped with Debian 12").get("platform") == "vm"
    assert facts("OS is Ubunttu 16.04 LTS").get("os") == "ubuntu 16.04"


def test_machines_of_a_desktop_hypervisor_are_the_nodes():
    assert facts("Use vagrant create 3 virtualbox machines, OS is Ubuntu 16.04.").get("nodes") == 3
    assert facts("We have three ESXi hosts running 6 VMs.").get("nodes") == 6


def test_an_ansible_inventory_lists_the_master_among_its_hosts():
    text = "Local VM - 1 master,1 node; inventory: node1 ansible_host=10.10.10.105; node2 ansible_host=10.10.10.101; [kube-master] node1"
    assert facts(text).get("nodes") == 2
    assert facts("One master and the workers node1, node2, node3.").get("nodes") == 4


def test_nodes_behind_nat_in_chinese_are_not_on_one_segment():
    assert facts("门店都是普通宽带，主机在路由器 NAT 后面，每家店有固定公网 IP。").get("l2_adjacent") is False
    assert "l2_adjacent" not in facts("三台机器都在家里路由器后面，想装 k3s。")


def test_the_default_mode_taken_is_said_as_an_assumption():
    from assistant.compose.troubleshoot import troubleshoot
    from assistant.evidence import CitationBook

    text = ("Vagrant + VirtualBox, three Ubuntu VMs, kubeadm, flannel applied straight from the manifest. Pods can't reach pods "
            "on the other VMs, and every node says 'Using 10.0.2.15 as external address'.")
    reading = understand(text, CATALOG)
    plan = planned(text)
    assert any("default mode, flannel, VXLAN" in a for a in plan.assumptions)
    assert "default mode, flannel, VXLAN" in troubleshoot(reading, plan, [], CitationBook(lambda note, heading: [], "en"))
    assert not any("default mode" in a for a in planned(text.replace("flannel applied", "flannel vxlan applied")).assumptions)
