"""Classes of misreading and answering, eleventh round: GKE Autopilot as a cluster that offers one data plane,
plugins proposed with an installer's words ("helm install upstream Cilium"), and a comparison between two
options that are both ruled out. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.checks import run_checks
from assistant.compose import compose
from assistant.evidence import CitationBook
from assistant.lexical import LexicalIndex
from assistant.models import Profile
from assistant.reading import understand
from assistant.recommend import recommend
from reading_facts import CATALOG, check_status, facts


@pytest.mark.parametrize("text", ["We're on GKE Autopilot, 40 nodes.", "GKE 集群用的是 Autopilot 模式"])
def test_gke_autopilot_is_read_as_the_cluster_kind(text):
    assert facts(text).get("distribution") == "gke-autopilot"


@pytest.mark.parametrize("text", ["gcloud container clusters describe -> autopilot: {} (standard GKE, not Autopilot)",
                                  "Windows Autopilot provisions our laptops; the cluster is kubeadm on Ubuntu."])
def test_an_autopilot_yaml_key_a_ruled_out_autopilot_or_another_vendors_autopilot_is_not_gke_autopilot(text):
    assert facts(text).get("distribution") != "gke-autopilot"


def test_autopilot_runs_dataplane_v2_and_offers_nothing_else():
    reading = understand("We're on GKE Autopilot. Which network policy options do we have?", CATALOG)
    current = next(f for f in reading.facts if f.key == "current_plugin")
    assert current.value == "gke:dataplane-v2" and current.source == "assumed"
    profile = Profile(platform="gcp", managed=True, distribution="gke-autopilot")
    assert check_status("gke:dataplane-v2", profile, "distribution") == "pass"
    assert check_status("gke:legacy", profile, "distribution") == "fail" and check_status("cilium:vxlan", profile, "distribution") == "fail"
    # a Standard cluster keeps both data planes
    standard = run_checks(CATALOG.option("gke:legacy"), Profile(platform="gcp", managed=True), "en",
                          CATALOG.environments_by_id, CATALOG.distributions_by_id)
    assert not any(r.status == "fail" for r in standard)


@pytest.mark.parametrize("text", ["We're on GKE Autopilot. Can we just helm install upstream Cilium OSS over the top?",
                                  "We're on GKE. Can we swap to the legacy dataplane with Calico policy?"])
def test_a_plugin_proposed_with_install_words_is_not_the_one_in_use(text):
    assert facts(text).get("current_plugin") not in ("cilium", "calico")


def test_a_plugin_named_after_its_use_still_is_the_one_in_use():
    assert facts("We run Calico 3.26 on kubeadm; can we just install Multus next to it?").get("current_plugin") == "calico"


def test_a_comparison_of_two_ruled_out_options_names_no_winner_and_points_to_what_works(tmp_path):
    profile = Profile(platform="gcp", managed=True, distribution="gke-autopilot")
    plan = recommend(profile, CATALOG, "en", ["cilium", "calico"])
    reading = understand("We're on GKE Autopilot. Cilium or Calico?", CATALOG)
    reading.kind, reading.asked = "compare", ["cilium", "calico"]
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert "fits better" not in answer and "Neither works here" in answer
    assert "Instead: GKE Dataplane V2" in answer


@pytest.mark.parametrize("text", ["One service subscribes to a multicast group and another publishes to it.", "行情分发靠 UDP 组播",
                                  "It doesn't seem that multicast is currently functional in kube-router; could it be supported?"])
def test_multicast_is_a_need_even_when_it_does_not_work_yet(text):
    assert facts(text).get("multicast") is True


@pytest.mark.parametrize("text", ["28: net1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500", "the tuning plugin sets allmulticast on net1"])
def test_interface_flags_and_tuning_flags_state_no_multicast_need(text):
    assert "multicast" not in facts(text)


def test_multicast_is_decided_by_what_each_plugin_documents():
    profile = Profile(multicast=True)

    def status(option: str) -> str | None:
        return check_status(option, profile, "multicast")

    assert status("antrea:geneve") == "pass" and status("ovn-kubernetes:geneve") == "pass" and status("macvlan") == "pass"
    assert status("cilium:vxlan") == "warn" and status("cilium:native-routing") == "fail" and status("calico:vxlan") == "fail"
    assert status("weave:fastdp") == "pass" and status("flannel:vxlan") == "fail" and status("kube-router") == "fail" and status("aws-vpc-cni") == "fail"
    assert status("terway:eniip") == "unknown"  # undocumented either way: said so, never guessed
    assert check_status("calico:vxlan", Profile(), "multicast") is None  # nobody asked: no verdict on it


def test_a_troubleshooting_answer_names_an_undocumented_need_as_the_open_cause(tmp_path):
    profile = Profile(platform="azure", managed=True, current_plugin="azure-cni", multicast=True)
    plan = recommend(profile, CATALOG, "en", ["azure-cni"])
    reading = understand("Multicast doesn't work with Azure CNI on AKS. Why?", CATALOG)
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert "leave open" in answer and "Documented for it: Antrea" in answer


def test_a_chinese_full_stop_ends_a_sentence_before_latin_letters():
    # the example after 比如 belongs to its own sentence only; the next one still states a need
    text = "出站只能访问几个域名(比如 api.openai.com),IP 经常变。CNI 选哪个能直接按域名写出站策略?"
    assert facts(text).get("fqdn_policy") is True


def test_a_distro_release_before_a_stated_kernel_is_not_the_kernel():
    assert facts("Ubuntu 22.04 内核 5.15").get("kernel") == "5.15"
    assert facts("CentOS 7.9 的 4.19 内核").get("kernel") == "4.19"


def test_a_platform_the_writer_used_before_is_not_where_the_nodes_run():
    read = facts("我们在自己 IDC 的物理机上搭 k8s，之前在阿里云 ACK 上用的 Terway 感觉挺好")
    assert read.get("platform") == "bare-metal" and read.get("managed") is not True
    assert facts("我们的集群在阿里云 ACK 上").get("platform") == "aliyun"


@pytest.mark.parametrize("text", ["rack B (different /24, L3 ToR between racks)", "the racks are routed between racks via the spine"])
def test_a_different_slash_24_or_a_routed_tor_between_racks_puts_nodes_apart(text):
    assert facts(text).get("cross_subnet") is True


def test_a_pod_cidr_per_node_is_not_a_node_subnet():
    assert "cross_subnet" not in facts("each node gets a different /24 for pods")


def test_plaintext_not_wanted_is_encryption_wanted_and_how_to_choose_is_a_choice():
    assert facts("Pod 之间的流量不想明文跑在公网上").get("encryption") is True
    assert understand("CNI 该怎么选?", CATALOG).kind == "choice"
    assert facts("流量是明文的，不想改配置").get("encryption") is None


def test_in_use_now_said_outright_survives_a_choice_between_others():
    assert facts("我们现在用 Calico，Cilium 和 Antrea 哪个能做七层策略?").get("current_plugin") == "calico"
    assert facts("Calico 和 Cilium 哪个能做?").get("current_plugin") is None
    assert facts("金融客户要求只允许 payment 命名空间调 ledger 服务的 POST /v1/transfer").get("l7_policy") is True
