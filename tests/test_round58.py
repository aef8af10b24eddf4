"""Fifty-eighth round: readings left from batch 57 and from held-out batch 58 (blind432-435), each beside a near-miss."""

from __future__ import annotations

from reading_facts import facts, planned


def test_a_count_split_over_subnets_is_a_part_not_a_plan():
    assert facts("kube-router on 14 Azure VMs, 7 in 10.1.0.0/24 and 7 in 10.1.1.0/24.").get("nodes") == 14
    assert facts("10 servers, 5 in rack A and 5 in rack B.").get("nodes") == 10
    assert facts("We have 60 nodes now, 400 in two years.").get("nodes") == 400
    assert facts("20 nodes today, 50 in Q3.").get("nodes") == 50


def test_a_macvlan_address_that_does_not_answer_is_no_l2_isolation():
    assert "l2_adjacent" not in facts("从别的虚机 ping 这些 Pod 的 macvlan 地址都不通。")
    assert facts("节点之间 arp 被隔离了。").get("l2_adjacent") is False


def test_macvlan_dropped_by_a_port_group_leads_to_ipvlan_not_to_multus():
    text = ("vSphere 7 的虚机上跑 k8s。用 Multus 给一部分 Pod 加了第二块 macvlan 网卡，想让 Pod 直接拿物理网段的 IP。"
            "从别的虚机 ping 这些 Pod 的 macvlan 地址都不通。端口组的安全策略是默认的，我们没权限改。该怎么办？")
    assert planned(text).options[0].id == "ipvlan"
