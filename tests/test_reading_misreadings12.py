"""Twelfth round: an overlay wished away, a quoted "混合"集群, fallbacks resigned to, one tenant network
named with two words, firewalls between rack subnets, a mode a boss asks for, another site's plugin, and
"一直用" that reports use, not a symptom. Each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_an_overlay_wished_away_asks_for_low_overhead():
    assert facts("We'd like to avoid any overlay if possible, and we need NetworkPolicy.").get("latency_sensitive") is True
    assert "latency_sensitive" not in facts("We run an overlay between the two sites.")


def test_a_quoted_hybrid_cluster_over_idc_and_ec2_is_hybrid():
    text = "公司想搞一个“混合”集群：控制面和 20 台 worker 在自己 IDC 的物理机上，另外 10 台 worker 是 AWS 上的 EC2。"
    assert facts(text).get("platform") == "hybrid"
    assert facts("20 台 worker 都是 AWS 上的 EC2。").get("platform") == "aws"


def test_fallbacks_resigned_to_are_not_what_is_asked():
    q = "内核是 4.18，是不是意味着这个环境就只能用 Calico/flannel 了？Cilium 还能装吗？"
    assert understand(q, CATALOG).asked == ["cilium"]
    assert understand("Are we stuck with flannel, or can Cilium run on kernel 3.10?", CATALOG).asked == ["cilium"]
    assert set(understand("Can Calico or flannel run on kernel 4.18?", CATALOG).asked) == {"calico", "flannel"}


def test_one_tenant_network_named_with_two_words_keeps_nodes_together():
    assert facts("9 VMs on one Neutron tenant network (VXLAN-backed).").get("cross_subnet") is False
    assert facts("all attached to one hcloud private network 10.0.0.0/16").get("cross_subnet") is False
    assert "cross_subnet" not in facts("9 VMs with one Neutron port each.")


def test_firewalls_between_rack_subnets_put_nodes_apart():
    assert facts("our DC firewalls between rack subnets only pass TCP/UDP/ICMP").get("cross_subnet") is True
    assert "cross_subnet" not in facts("traffic between pods is dropped by the firewall")


def test_a_mode_the_boss_asks_for_is_not_the_one_in_use():
    read = facts("老集群 kube-proxy 的 iptables 规则太多了，领导让把 calico 切到 ebpf 数据面顺便把 kube-proxy 干掉。这个内核能搞吗？")
    assert read.get("current_plugin") == "calico"
    assert facts("我们已经把 calico 切到 ebpf 数据面了，现在 Service 不通。").get("current_plugin") == "calico:ebpf"


def test_the_plugin_another_site_runs_is_not_this_clusters():
    text = "新建 AKS 集群，要能做 NetworkPolicy。我们 IDC 那边一直用 calico ipip，想着 AKS 上也装 calico ipip 保持一致，可以吗？"
    assert "current_plugin" not in facts(text)
    assert facts("我们的集群一直用 calico ipip，跨节点 Pod 不通。").get("current_plugin") == "calico:ipip"


def test_always_used_reports_use_not_a_symptom():
    assert understand("我们一直用 calico ipip，新集群在 AKS 上怎么选网络模式？", CATALOG).kind != "troubleshoot"
    assert understand("calico ipip 模式下 pod 一直 pending，怎么办？", CATALOG).kind == "troubleshoot"


def test_a_colleagues_or_former_employers_setup_is_not_the_writers():
    assert facts("同事之前那家公司用的是 AWS EKS 加 Cilium，跑了 300 多个节点，我们这边情况完全不同。") == {}
    read = facts("At my last job we ran Calico on 300 nodes. Now we have 5 Hetzner boxes.")
    assert read.get("nodes") == 5 and "current_plugin" not in read
    assert facts("my colleague's cluster runs Cilium on 40 nodes, ours is 6 nodes of k3s").get("nodes") == 6
    assert facts("我们公司用的是 EKS，3 个节点").get("platform") == "aws"
