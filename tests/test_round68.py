"""Sixty-eighth round: readings from held-out batch 68 (blind476-479), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_where_a_colleagues_proposal_would_run_is_the_writers_own():
    text = "colleague wants cilium w/ kube-proxy replacement on our centos 7.9 nodes (3.10.0-1160 kernel, ~25 nodes). is that even possible?"
    read = facts(text)
    assert read.get("kernel") == "3.10" and read.get("nodes") == 25
    assert "nodes" not in facts("a colleague runs cilium on 40 nodes at his company. is that a good idea?")


def test_sticking_with_the_plugin_in_use_keeps_it():
    text = ("we're sticking w/ flannel (vxlan backend) on our 8 node cluster, not switching. security wants pod traffic encrypted "
            "between nodes. can flannel do that on its own or do i have to jump to calico/cilium? kernel 5.15")
    assert understand(text, CATALOG).kind == "feasibility"
    assert planned(text).options[0].id == "flannel:wireguard"


def test_bgp_peers_stuck_before_established_in_chinese():
    text = "calico bgp 模式，节点直接跟 tor 交换机 peer，那两个 peer 一直在 Connect / Active，死活不到 Established。要不要改 vxlan？"
    read = understand(text, CATALOG)
    assert "bgp" in read.suspects and read.profile.bgp_fabric is True
    assert planned(text).options[0].id == "calico:bgp"
    assert "bgp" not in understand("calico bgp 模式，peer 都是 Established，跨节点 pod 偶尔超时。", CATALOG).suspects


def test_vms_on_one_bridge_or_a_different_port_group():
    assert facts("proxmox box, 5 debian 12 VMs all on vmbr0 in the same /24. which cni?").get("l2_adjacent") is True
    assert facts("The Windows VMs live on a different port group / subnet than the Linux VMs.").get("cross_subnet") is True
    assert "l2_adjacent" not in facts("proxmox box, 5 debian 12 VMs. which cni?")
