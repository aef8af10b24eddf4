"""Fortieth round: a plugin weighed beside the one in use, a replacement only asked about, a plugin named as the model to
copy, and made-up names, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, vocabulary


def _read(question: str):
    return understand(question, CATALOG)


def test_a_plugin_added_for_one_feature_asks_about_the_one_in_use():
    assert _read("We run EKS with the default VPC CNI. Can we add Calico just for network policy?").asked == ["aws-vpc-cni"]
    assert _read("我们自建集群用 flannel，能不能再装个 Calico 来做网络策略？").asked == ["flannel"]
    # a plugin to run instead is asked about
    assert "calico" in _read("We run EKS with the default VPC CNI. Can we install Calico as the CNI instead?").asked
    assert "calico" in _read("We run flannel. Can we install Calico for the pod network instead?").asked
    assert "cilium" in _read("我们用 flannel，打算装 Cilium 做 CNI，可以吗？").asked


def test_a_fallback_named_after_or_leaves_the_plugin_in_use_asked():
    assert _read("We use flannel on k3s. Does it support NetworkPolicy or do we need to switch to Calico?").asked == ["flannel"]
    assert _read("集群现在是 flannel vxlan，支持 NetworkPolicy 吗，还是得换成 calico？").asked == ["flannel"]
    assert "calico" in _read("We use flannel on k3s. We want to switch to Calico: what do we need to do?").asked


def test_asking_whether_the_cni_must_be_replaced_is_no_move_away():
    assert not _read("We run EKS with the VPC CNI. Can we get network policy, or do we need to replace the CNI?").leaving
    assert not _read("集群用 flannel，是否需要换CNI才能做网络策略？").leaving
    assert _read("We run Weave and it keeps crashing; we want to replace the CNI with something that works.").leaving
    assert _read("集群用 flannel，想换个 CNI，有什么推荐？").leaving


def test_a_plugin_named_as_the_model_to_copy_by_one_who_stays_is_no_candidate():
    question = "我们 ACK 集群用的 Terway，想看 Pod 之间的流量。能不能像 Cilium 那样用 Hubble？不想换网络插件。"
    reading = _read(question)
    assert reading.asked == ["terway"] and not reading.leaving
    assert _read("We run flannel on k3s and want flow logs like Cilium does, without switching the CNI.").asked == ["flannel"]
    # without the wish to stay, the plugin likened to may be the answer
    assert "cilium" in _read("我们 ACK 集群用的 Terway，能不能像 Cilium 那样用 Hubble？").asked
    assert _read("集群用 flannel，想换网络插件，有什么推荐？").leaving


def test_a_quoted_capitalised_mode_is_a_name_and_a_hyphenated_phrase_is_not():
    knows = vocabulary("ipip", "iptables", "calico", "gke", "networkpolicy")
    made_up = 'We run Calico with IPIP. A vendor says Calico has an "Express-Lane mode" that bypasses iptables. How do we turn it on?'
    assert understand(made_up, CATALOG, vocabulary=knows).kind == "decline"
    phrase = "New GKE cluster for the point-of-sale backend; auditors want NetworkPolicy. Which GKE networking setup do we pick?"
    assert understand(phrase, CATALOG, vocabulary=knows).kind != "decline"
    assert understand("Flannel with the turbo-vxlan backend: is it faster?", CATALOG, vocabulary=knows).kind == "decline"


def test_a_comparison_whose_rival_is_only_the_fallback_is_a_yes_no_on_the_plugin_in_use():
    reading = _read("实验室 6 个节点同一个 VLAN，CNI 是 flannel vxlan。想让 pod 也有 IPv6，做成双栈。flannel 能做吗，还是得换 Calico？")
    assert reading.kind == "feasibility" and reading.asked == ["flannel"]
    assert _read("新集群，flannel 和 Calico 哪个更适合双栈？").kind == "compare"


def test_switches_the_servers_hang_off_and_a_plaintext_symptom_are_read_as_such():
    question = ("We're rebuilding on 40 bare-metal GPU servers. They all hang off one pair of 100G switches. What pod networking should "
                "the new cluster use?")
    assert _read(question).kind == "choice"
    assert _read("给 Calico 开了 WireGuard，但抓包发现经过老节点的 pod 流量还是明文。这是什么原因？").kind == "troubleshoot"
    assert _read("Pods on different nodes hang when they call each other over the pod network.").kind == "troubleshoot"
