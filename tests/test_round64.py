"""Sixty-fourth round: readings and plans from held-out batch 64 (blind456-459), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_pods_told_to_stop_eating_vpc_addresses_reserve_the_network():
    text = "EKS, ~300 nodes. VPC subnets nearly out of IPs and netops says pods have to stop eating VPC addresses. What instead of aws-node?"
    assert facts(text).get("network_ips_reserved") is True
    assert planned(text).options[0].id != "aws-vpc-cni"
    assert "network_ips_reserved" not in facts("EKS: pods eat VPC addresses fast, is prefix delegation the answer?")


def test_policy_at_the_kafka_level_is_l7():
    assert facts("the data team wants policy at the Kafka level: producers may only write to certain topics").get("l7_policy") is True
    assert "l7_policy" not in facts("we run Kafka on the cluster and need plain network policy between namespaces")


def test_a_plural_owners_made_up_mode_is_unknown():
    known = vocabulary("multus", "whereabouts", "kubevirt", "thick", "plugin")
    assert understand("Does Multus' StickyIP mode keep KubeVirt VM addresses across live migration?", CATALOG, vocabulary=known).unknown
    assert not understand("Does Multus' thick plugin mode need more memory?", CATALOG, vocabulary=known).unknown


def test_the_kernel_an_error_found_below_the_floor_it_quotes():
    text = "Error response from daemon: kernel version failed to meet the minimum ipvlan kernel requirement of 4.2, found 3.10.0"
    assert facts(text).get("kernel") == "3.10"
    assert "kernel" not in facts("the minimum ipvlan kernel requirement is 4.2")


def test_a_choice_between_two_named_plugins_one_ruled_out_leads_with_the_other():
    text = "New EKS cluster, IPv6 pods. Some want Cilium in ENI mode, others say stick with the VPC CNI. What should we run?"
    assert planned(text).options[0].id == "aws-vpc-cni"


def test_traditional_chinese_reads_like_simplified():
    from assistant.reading.hanzi import simplified

    traditional = "我們在阿里雲 ECS 上用 kubeadm 自建了一套叢集，30 台節點，三臺物理服務器在不同數據中心。"
    assert len(simplified(traditional)) == len(traditional) and "数据中心" in simplified(traditional)
    said = facts(traditional)
    assert said.get("platform") == "aliyun" and said.get("nodes") == 30 and said.get("managed") is False
    reading = understand("該用 Terway 還是 Calico？我們在阿里雲自建叢集。", CATALOG)
    assert reading.kind == "compare" and reading.lang == "zh"
    assert simplified("Calico BGP on 3 nodes") == "Calico BGP on 3 nodes"


def test_a_mode_called_so_beats_one_named_for_its_routing():
    text = "kubeadm on EC2, Calico in IPIP mode with the default BGP mesh, ~200 GlobalNetworkPolicy objects."
    assert facts(text).get("current_plugin") == "calico:ipip"
    assert facts("We run Calico with the BGP mesh to our ToR, no encapsulation.").get("current_plugin") == "calico:bgp"


def test_traditional_spans_are_quoted_as_written():
    reading = understand("我們在阿里雲 ECS 上自建叢集，30 台節點。", CATALOG)
    spans = {f.key: f.text for f in reading.facts}
    assert spans["nodes"] == "30 台節點" and spans["platform"] in ("阿里雲", "阿里雲 ECS", "ECS")
    assert {f.key: f.text for f in understand("我们在阿里云自建集群，30 台节点。", CATALOG).facts}["nodes"] == "30 台节点"
